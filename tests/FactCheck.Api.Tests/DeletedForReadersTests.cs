using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>Deleted means gone for readers (anonymous or with a reader key) on every route; editors still see it all.</summary>
public sealed class DeletedForReadersTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient admin = app.CreateClient();

    private async Task<HttpClient[]> ReadersAsync() => [app.CreateAnonymousClient(), await app.CreateClientWithRoleAsync("reader")];

    private static string AsOf(string path, string instant) =>
        $"{path}?asOf={Uri.EscapeDataString(DateTime.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).ToString("O", CultureInfo.InvariantCulture))}";

    [Fact]
    public async Task A_deleted_claim_and_everything_under_it_is_404_to_readers_on_every_route_and_absent_from_every_aggregate()
    {
        var claim = await MarkedClaim.CreateAsync(admin);
        var existedAt = DateTime.Parse((string)(await admin.GetOkAsync(claim.Path))["updatedAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var editor = await app.CreateClientWithRoleAsync("editor");

        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync(claim.Path)).StatusCode);

        foreach (var reader in await ReadersAsync())
        {
            foreach (var route in claim.OwnRoutes(existedAt))
            {
                var body = await ProblemAssert.IsProblemAsync(await reader.GetAsync(route), HttpStatusCode.NotFound, ProblemAssert.NotFound);
                Markers.AssertAbsent(body.ToJsonString(), claim.Markers.Values, route);
            }
            foreach (var route in AggregateRoutes(claim))
            {
                var response = await reader.GetAsync(route);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Markers.AssertAbsent(await response.Content.ReadAsStringAsync(), claim.Markers.Values, route);
            }
        }
        var match = await editor.PostAsJsonAsync("/api/v1/claims/match", new { text = $"US contractors are smuggling {claim.Markers["statement"]} chemical components into Ukraine" });
        Markers.AssertAbsent(await match.Content.ReadAsStringAsync(), claim.Markers.Values, "match");
        var card = await admin.GetOkAsync($"/api/v1/actors/{claim.ClaimantId}/scorecard");
        Assert.Equal(1, (int)card["claims"]!); // the twin only

        // Editors still read all of it: the history, the claim as it stood, and the tombstone in the list.
        var history = await editor.GetAsync($"{claim.Path}/history?limit=100");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        var text = await history.Content.ReadAsStringAsync();
        Assert.All(claim.Markers.Values, m => Assert.Contains(m, text, StringComparison.Ordinal));
        var then = await editor.GetOkAsync(claim.OwnRoutes(existedAt).ElementAt(1));
        Assert.Contains(claim.Markers["statement"], (string?)then["statement"], StringComparison.Ordinal);
        Assert.Contains(claim.Markers["rebuttal"], (string?)then["rebuttals"]![0]!["statement"], StringComparison.Ordinal);
        Assert.Contains((await editor.GetOkAsync($"/api/v1/claims?includeDeleted=true&claimantId={claim.ClaimantId}"))["items"]!.AsArray(), c => Id(c!) == claim.Id);
    }

    /// <summary>Lists, search, exports, statistics and feeds a reader may read; none may hold a tombstone.</summary>
    private static IEnumerable<string> AggregateRoutes(MarkedClaim claim)
    {
        foreach (var marker in claim.Markers.Values)
        {
            yield return $"/api/v1/search?q={marker}";
            yield return $"/api/v1/claims?q={marker}";
        }
        yield return $"/api/v1/claims?topic={claim.Markers["topic"]}";
        yield return $"/api/v1/claims?claimantId={claim.ClaimantId}&limit=100";
        yield return "/api/v1/claims/export?format=ndjson";
        yield return "/api/v1/claims/export?format=csv";
        yield return "/api/v1/stats";
        yield return "/api/v1/claimreview?limit=100";
        yield return $"/api/v1/actors/{claim.ClaimantId}/scorecard";
        yield return $"/api/v1/claims/{claim.TwinId}";
        yield return $"/api/v1/claims/{claim.TwinId}/similar";
        yield return $"/api/v1/claims/{claim.TwinId}/repeats";
        yield return $"/api/v1/claims/{claim.TwinId}/history";
    }

    [Fact]
    public async Task Readers_read_the_history_of_every_live_record_of_every_kind()
    {
        var claim = await MarkedClaim.CreateAsync(admin);
        var source = Id(await admin.CreateSourceAsync());

        foreach (var reader in await ReadersAsync())
        {
            var items = (await reader.GetOkAsync($"{claim.Path}/history?limit=100"))["items"]!.AsArray();
            var kinds = items.Select(h => ((string)h!["entityType"]!, (string)h["entityId"]!)).ToHashSet();
            Assert.Contains(("claim", claim.Id), kinds);
            Assert.Contains(("rebuttal", claim.Parts["rebuttals"]), kinds);
            Assert.Contains(("evidence", claim.Parts["evidence"]), kinds);
            Assert.Contains(("review", claim.Parts["reviews"]), kinds);
            Assert.Contains(items, h => (string?)h!["entityType"] == "repeat" && (string?)h["operation"] == "create");
            var actor = Assert.Single((await reader.GetOkAsync($"/api/v1/actors/{claim.ClaimantId}/history"))["items"]!.AsArray())!;
            Assert.Equal(("actor", claim.ClaimantId, "create"), ((string?)actor["entityType"], (string?)actor["entityId"], (string?)actor["operation"]));
            var created = Assert.Single((await reader.GetOkAsync($"/api/v1/sources/{source}/history"))["items"]!.AsArray())!;
            Assert.Equal(("source", source), ((string?)created["entityType"], (string?)created["entityId"]));
        }
    }

    [Fact]
    public async Task A_deleted_part_of_a_live_claim_leaves_its_history_and_time_travel_for_readers_only()
    {
        var claim = await MarkedClaim.CreateAsync(admin);
        var existedAt = (string)(await admin.GetOkAsync(claim.Path))["updatedAt"]!;
        foreach (var (parts, id) in claim.Parts)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{claim.Path}/{parts}/{id}")).StatusCode);
        }
        string[] partMarkers = [claim.Markers["rebuttal"], claim.Markers["evidence"], claim.Markers["review"], claim.Markers["rating"]];

        foreach (var reader in await ReadersAsync())
        {
            var history = await reader.GetOkAsync($"{claim.Path}/history?limit=100");
            Assert.DoesNotContain(history["items"]!.AsArray(), h => claim.Parts.ContainsValue((string)h!["entityId"]!));
            Markers.AssertAbsent(history.ToJsonString(), partMarkers, "the history");
            var then = await reader.GetOkAsync(AsOf(claim.Path, existedAt));
            Assert.Empty(then["rebuttals"]!.AsArray());
            Assert.Empty(then["evidence"]!.AsArray());
            Assert.Contains(claim.Markers["statement"], (string?)then["statement"], StringComparison.Ordinal);
            foreach (var (parts, id) in claim.Parts)
            {
                await ProblemAssert.IsProblemAsync(await reader.GetAsync($"{claim.Path}/{parts}/{id}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
                Assert.Empty((await reader.GetOkAsync($"{claim.Path}/{parts}"))["items"]!.AsArray());
            }
        }
        var full = await admin.GetOkAsync($"{claim.Path}/history?limit=100");
        Assert.All(claim.Parts.Values, id => Assert.Contains(full["items"]!.AsArray(), h => (string?)h!["entityId"] == id));
        Assert.Single((await admin.GetOkAsync(AsOf(claim.Path, existedAt)))["rebuttals"]!.AsArray());
    }

    [Fact]
    public async Task A_deleted_actor_or_source_is_404_to_readers_on_its_history_scorecard_and_search()
    {
        var name = Markers.New("actor");
        var actor = Id(await admin.CreateActorAsync(name));
        var source = await admin.CreateSourceAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/actors/{actor}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/sources/{Id(source)}")).StatusCode);
        string[] routes = [$"/api/v1/actors/{actor}", $"/api/v1/actors/{actor}/history", $"/api/v1/actors/{actor}/scorecard",
            $"/api/v1/sources/{Id(source)}", $"/api/v1/sources/{Id(source)}/history"];

        foreach (var reader in await ReadersAsync())
        {
            foreach (var route in routes)
            {
                await ProblemAssert.IsProblemAsync(await reader.GetAsync(route), HttpStatusCode.NotFound, ProblemAssert.NotFound);
            }
            Assert.Empty((await reader.GetOkAsync($"/api/v1/search?q={name}"))["items"]!.AsArray());
        }
        Assert.Contains(name, await (await admin.GetAsync($"/api/v1/actors/{actor}/history")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((string?)source["title"], (string?)(await admin.GetOkAsync($"/api/v1/sources/{Id(source)}/history"))["items"]![1]!["changes"]!
            .AsArray().Single(c => (string?)c!["field"] == "title")!["after"]);
    }
}
