using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// The role rules of what is not a record of its own: status changes, repeat links and matching (editors), rating
/// mappings (anyone reads, admins set), the unmapped ratings and import jobs (editors read them).
/// </summary>
[Collection(SharedDatabase.Name)]
public sealed class ActionRoleRuleTests(FactCheckApp app)
{
    private const string Forbidden = "urn:factcheck:problem:forbidden";
    private const string Unauthorized = "urn:factcheck:problem:unauthorized";
    private readonly HttpClient admin = app.CreateClient();

    [Fact]
    public async Task Status_changes_repeat_links_and_matching_are_for_editors()
    {
        var claim = Id(await admin.CreateClaimAsync());
        var other = Id(await admin.CreateClaimAsync());
        var reader = await app.CreateClientWithRoleAsync("reader");
        var editor = await app.CreateClientWithRoleAsync("editor");
        var status = new { status = "refuted", rationale = "Denied with evidence." };

        await ProblemAssert.IsProblemAsync(await reader.PostAsJsonAsync($"/api/v1/claims/{claim}/status", status), HttpStatusCode.Forbidden, Forbidden);
        await ProblemAssert.IsProblemAsync(await reader.PostAsJsonAsync($"/api/v1/claims/{claim}/repeats", new { claimId = other }), HttpStatusCode.Forbidden, Forbidden);
        await ProblemAssert.IsProblemAsync(await reader.PostAsJsonAsync("/api/v1/claims/match", new { text = "chemical components" }), HttpStatusCode.Forbidden, Forbidden);
        Assert.Equal("unverified", (string?)(await reader.GetOkAsync($"/api/v1/claims/{claim}"))["evidenceStatus"]);
        Assert.Empty((await reader.GetOkAsync($"/api/v1/claims/{claim}/repeats"))["items"]!.AsArray());

        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync($"/api/v1/claims/{claim}/status", status)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync($"/api/v1/claims/{claim}/repeats", new { claimId = other })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync("/api/v1/claims/match", new { text = "chemical components" })).StatusCode);
        await ProblemAssert.IsProblemAsync(await reader.DeleteAsync($"/api/v1/claims/{claim}/repeats/{other}"), HttpStatusCode.Forbidden, Forbidden);
        Assert.Equal([other], (await reader.GetOkAsync($"/api/v1/claims/{claim}/repeats"))["items"]!.AsArray().Select(i => (string)i!["claimId"]!));
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/claims/{claim}/repeats/{other}")).StatusCode);
    }

    [Fact]
    public async Task Rating_mappings_are_read_by_anyone_and_set_by_admins_only()
    {
        var label = Markers.New("label");
        var editor = await app.CreateClientWithRoleAsync("editor");
        var mapping = new { status = "refuted", note = "A test label." };

        await ProblemAssert.IsProblemAsync(await editor.PutAsJsonAsync($"/api/v1/rating-mappings/{label}", mapping), HttpStatusCode.Forbidden, Forbidden);
        Assert.DoesNotContain((await app.CreateAnonymousClient().GetOkAsync("/api/v1/rating-mappings"))["items"]!.AsArray(), m => (string?)m!["label"] == label);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/rating-mappings/{label}", mapping)).StatusCode);
        var listed = (await app.CreateAnonymousClient().GetOkAsync("/api/v1/rating-mappings"))["items"]!.AsArray();
        Assert.Equal("refuted", (string?)Assert.Single(listed, m => (string?)m!["label"] == label)!["status"]);
    }

    [Theory]
    [InlineData("/api/v1/rating-mappings/unmapped")]
    [InlineData("/api/v1/imports")]
    public async Task Editors_read_what_readers_may_not(string path)
    {
        var reader = await app.CreateClientWithRoleAsync("reader");
        var editor = await app.CreateClientWithRoleAsync("editor");

        await ProblemAssert.IsProblemAsync(await app.CreateAnonymousClient().GetAsync(path), HttpStatusCode.Unauthorized, Unauthorized);
        await ProblemAssert.IsProblemAsync(await reader.GetAsync(path), HttpStatusCode.Forbidden, Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(path)).StatusCode);
        if (path.EndsWith("/imports", StringComparison.Ordinal))
        {
            var job = $"{path}/{Guid.NewGuid()}";
            await ProblemAssert.IsProblemAsync(await reader.GetAsync(job), HttpStatusCode.Forbidden, Forbidden);
            await ProblemAssert.IsProblemAsync(await editor.GetAsync(job), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        }
    }
}
