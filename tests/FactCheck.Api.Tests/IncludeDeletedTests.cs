using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// <c>includeDeleted=true</c> is taken by the lists of claims, actors and sources, and only from editors and admins: anyone
/// else asking gets a 403 problem and nothing listed. Everywhere else a tombstone stays hidden from readers however they
/// ask, while editors read the histories that hold it.
/// </summary>
[Collection(SharedDatabase.Name)]
public sealed class IncludeDeletedTests(FactCheckApp app)
{
    private readonly HttpClient admin = app.CreateClient();

    /// <summary>A tombstone of the resource and the list route that finds it among few rows.</summary>
    private async Task<(string Id, string List)> TombstoneAsync(string resource)
    {
        var claimant = Id(await admin.CreateActorAsync());
        var (id, list) = resource switch
        {
            "claims" => (Id(await admin.CreateClaimAsync(claimant)), $"/api/v1/claims?claimantId={claimant}"),
            "actors" => (claimant, "/api/v1/actors"),
            _ => (Id(await admin.CreateSourceAsync()), "/api/v1/sources"),
        };
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/{resource}/{id}")).StatusCode);
        return (id, list);
    }

    private async Task<HttpClient> CallerAsync(string role) => role == "anonymous" ? app.CreateAnonymousClient() : await app.CreateClientWithRoleAsync(role);

    private static string With(string list, string query) => list + (list.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    [Theory]
    [InlineData("claims", "anonymous")]
    [InlineData("claims", "reader")]
    [InlineData("actors", "anonymous")]
    [InlineData("actors", "reader")]
    [InlineData("sources", "anonymous")]
    [InlineData("sources", "reader")]
    public async Task Include_deleted_is_refused_to(string resource, string role)
    {
        var (id, list) = await TombstoneAsync(resource);
        var caller = await CallerAsync(role);

        var refused = await caller.GetAsync(With(list, "includeDeleted=true"));

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
        Assert.Equal("includeDeleted=true lists deleted records; it needs an editor or admin key.", (string?)problem["detail"]);
        Assert.DoesNotContain(id, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(id, await caller.ReadAllPagesAsync(With(list, "includeDeleted=false"), limit: 100));
    }

    [Theory]
    [InlineData("claims", "editor")]
    [InlineData("claims", "admin")]
    [InlineData("actors", "editor")]
    [InlineData("actors", "admin")]
    [InlineData("sources", "editor")]
    [InlineData("sources", "admin")]
    public async Task Include_deleted_lists_the_tombstone_to(string resource, string role)
    {
        var (id, list) = await TombstoneAsync(resource);
        var caller = role == "admin" ? admin : await CallerAsync(role);

        var tombstone = await FindAsync(caller, With(list, "includeDeleted=true&limit=100"), id);

        Assert.NotNull((string?)tombstone["deletedAt"]);
        Assert.DoesNotContain(id, await caller.ReadAllPagesAsync(list, limit: 100));
    }

    /// <summary>The item with <paramref name="id"/>, following the pages.</summary>
    private static async Task<JsonNode> FindAsync(HttpClient client, string path, string id)
    {
        for (string? cursor = null; ;)
        {
            var page = await client.GetOkAsync(cursor is null ? path : $"{path}&cursor={Uri.EscapeDataString(cursor)}");
            if (page["items"]!.AsArray().FirstOrDefault(i => Id(i!) == id) is { } found)
            {
                return found;
            }
            cursor = (string?)page["nextCursor"] ?? throw new Xunit.Sdk.XunitException($"{id} is not in {path}");
        }
    }

    [Fact]
    public async Task A_deleted_claim_with_a_deleted_claimant_is_listed_to_editors_with_its_claimant()
    {
        var (claim, list) = await TombstoneAsync("claims");
        var claimant = list.Split('=')[1];
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/actors/{claimant}")).StatusCode);
        var editor = await CallerAsync("editor");

        var listed = (await editor.GetOkAsync(With(list, "includeDeleted=true")))["items"]!.AsArray();

        Assert.Equal(claimant, Id(Assert.Single(listed, c => Id(c!) == claim)!["claimant"]!));
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("sources")]
    public async Task Editors_read_a_deleted_records_history_and_readers_get_a_404(string resource)
    {
        var (id, _) = await TombstoneAsync(resource);
        var editor = await CallerAsync("editor");

        var history = (await editor.GetOkAsync($"/api/v1/{resource}/{id}/history"))["items"]!.AsArray();

        Assert.Equal(["delete", "create"], history.Select(h => (string)h!["operation"]!));
        await ProblemAssert.IsProblemAsync(await editor.GetAsync($"/api/v1/{resource}/{id}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        foreach (var reader in new[] { await CallerAsync("reader"), await CallerAsync("anonymous") })
        {
            await ProblemAssert.IsProblemAsync(await reader.GetAsync($"/api/v1/{resource}/{id}/history?includeDeleted=true"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        }
    }

    [Fact]
    public async Task Editors_read_a_deleted_parts_history_and_time_travel_and_readers_do_not_even_when_asking()
    {
        var claim = await MarkedClaim.CreateAsync(admin);
        var existedAt = Uri.EscapeDataString((string)(await admin.GetOkAsync(claim.Path))["updatedAt"]!);
        foreach (var (parts, id) in claim.Parts)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{claim.Path}/{parts}/{id}")).StatusCode);
        }
        var editor = await CallerAsync("editor");
        var reader = await CallerAsync("reader");

        var editorsHistory = (await editor.GetOkAsync($"{claim.Path}/history?limit=100")).ToJsonString();
        var editorsThen = await editor.GetOkAsync($"{claim.Path}?asOf={existedAt}");

        Assert.All(claim.Parts.Values, id => Assert.Contains(id, editorsHistory, StringComparison.Ordinal));
        Assert.Equal(claim.Parts["rebuttals"], Id(Assert.Single(editorsThen["rebuttals"]!.AsArray())!));
        Assert.Equal(claim.Parts["evidence"], Id(Assert.Single(editorsThen["evidence"]!.AsArray())!));
        string[] routes = [$"{claim.Path}/history", $"{claim.Path}?asOf={existedAt}", $"{claim.Path}/rebuttals", $"{claim.Path}/evidence",
            $"{claim.Path}/reviews", claim.Path, $"/api/v1/search?q={claim.Markers["rebuttal"]}"];
        foreach (var route in routes)
        {
            var body = await reader.GetOkAsync(With(route, "includeDeleted=true"));
            Markers.AssertAbsent(body.ToJsonString(), [.. claim.Parts.Values], route);
        }
    }
}
