using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>A purge is a takedown: only who purged what, and when, remains; the text leaves history, index, stored answers and disk.</summary>
public sealed class PurgeTakedownTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient admin = app.CreateClient();

    private static void AssertOnlyPurges(JsonArray entries, IEnumerable<string> ids)
    {
        Assert.Equal(ids.Order(), entries.Select(e => (string)e!["entityId"]!).Order());
        Assert.All(entries, e =>
        {
            Assert.Equal("purge", (string?)e!["operation"]);
            Assert.Equal(FactCheckApp.AdminName, (string?)e["by"]);
            Assert.NotNull((string?)e["at"]);
            Assert.Empty(e["changes"]!.AsArray());
        });
    }

    private async Task AssertForgottenAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            Assert.Equal(0, await app.CountIdempotencyRecordsAsync(key));
        }
    }

    [Fact]
    public async Task A_purged_claim_leaves_only_who_purged_what_and_when_and_its_text_leaves_the_disk()
    {
        var claim = await MarkedClaim.CreateAsync(admin);
        var link = await RepeatLinkAsync(claim.Id);
        var twinLink = await RepeatLinkAsync(claim.TwinId);
        foreach (var key in claim.IdempotencyKeys)
        {
            Assert.Equal(1, await app.CountIdempotencyRecordsAsync(key));
        }
        Assert.NotEmpty(Markers.FoundOnDisk(app.DataDirectory, claim.Markers.Values)); // the scan below would see them
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(claim.Path)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{claim.Path}/purge", null)).StatusCode);

        var history = (await admin.GetOkAsync($"{claim.Path}/history?limit=100"))["items"]!.AsArray();
        AssertOnlyPurges(history, [claim.Id, .. claim.Parts.Values, link]);
        var twinHistory = (await admin.GetOkAsync($"/api/v1/claims/{claim.TwinId}/history?limit=100"))["items"]!.AsArray();
        AssertOnlyPurges([.. twinHistory.Where(h => (string?)h!["entityId"] == twinLink).Select(h => h!.DeepClone())], [twinLink]);
        foreach (var client in new[] { admin, app.CreateAnonymousClient() })
        {
            foreach (var marker in claim.Markers.Values)
            {
                Assert.Empty((await client.GetOkAsync($"/api/v1/search?q={marker}"))["items"]!.AsArray());
            }
        }
        foreach (var route in claim.OwnRoutes(DateTime.UtcNow).Where(r => !r.EndsWith("/history", StringComparison.Ordinal)))
        {
            await ProblemAssert.IsProblemAsync(await admin.GetAsync(route), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        }
        await ProblemAssert.IsProblemAsync(await app.CreateAnonymousClient().GetAsync($"{claim.Path}/history"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await AssertForgottenAsync(claim.IdempotencyKeys);
        Markers.AssertNotOnDisk(app.DataDirectory, claim.Markers.Values);
    }

    /// <summary>The id of the repeat link row that belongs to this claim (a link is a row on each side).</summary>
    private async Task<string> RepeatLinkAsync(string claimId) =>
        (string)(await admin.GetOkAsync($"/api/v1/claims/{claimId}/history"))["items"]!.AsArray()
            .Single(h => (string?)h!["entityType"] == "repeat")!["entityId"]!;

    [Fact]
    public async Task A_purged_part_of_a_live_claim_leaves_its_history_stored_answers_and_the_disk()
    {
        var claim = await MarkedClaim.CreateAsync(admin);
        string[] partMarkers = [claim.Markers["rebuttal"], claim.Markers["evidence"], claim.Markers["review"], claim.Markers["rating"]];
        foreach (var (parts, id) in claim.Parts)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{claim.Path}/{parts}/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{claim.Path}/{parts}/{id}/purge", null)).StatusCode);
        }

        var history = (await admin.GetOkAsync($"{claim.Path}/history?limit=100"))["items"]!.AsArray();
        AssertOnlyPurges([.. history.Where(h => claim.Parts.ContainsValue((string)h!["entityId"]!)).Select(h => h!.DeepClone())], claim.Parts.Values);
        Markers.AssertAbsent(history.ToJsonString(), partMarkers, "the claim's history");
        Assert.Contains(claim.Markers["statement"], history.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(claim.IdempotencyKeys[0])); // the claim's own answer names no part
        await AssertForgottenAsync(claim.IdempotencyKeys[1..4]);
        Markers.AssertNotOnDisk(app.DataDirectory, partMarkers);
    }

    [Fact]
    public async Task A_purged_actor_and_source_leave_their_history_stored_answers_and_the_disk()
    {
        var markers = new[] { "name", "title", "source", "publisher" }.ToDictionary(f => f, Markers.New);
        var actorKey = $"actor-{Guid.NewGuid():N}";
        var sourceKey = $"source-{Guid.NewGuid():N}";
        var claimKey = $"claim-{Guid.NewGuid():N}";
        var actor = Id(await (await admin.SendAsync(IdempotentRequests.Post("/api/v1/actors",
            new { name = markers["name"], kind = "person", title = markers["title"] }, actorKey))).ReadJsonAsync());
        var source = Id(await (await admin.SendAsync(IdempotentRequests.Post("/api/v1/sources",
            new { title = markers["source"], kind = "report", publisher = markers["publisher"], url = $"https://example.org/{markers["source"]}" }, sourceKey))).ReadJsonAsync());
        var claim = Id(await (await admin.SendAsync(IdempotentRequests.Post("/api/v1/claims",
            new { statement = "Something was said.", claimantId = actor, madeAt = "2021-12-21T10:00:00Z", appearances = new[] { source } }, claimKey))).ReadJsonAsync());
        var createdAt = (string)(await admin.GetOkAsync($"/api/v1/claims/{claim}"))["createdAt"]!;
        var other = await admin.PutAsJsonAsync($"/api/v1/claims/{claim}", new { statement = "Something was said.", claimantId = Id(await admin.CreateActorAsync()), madeAt = "2021-12-21T10:00:00Z" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        foreach (var path in new[] { $"/api/v1/actors/{actor}", $"/api/v1/sources/{source}" })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{path}/purge", null)).StatusCode);
            AssertOnlyPurges((await admin.GetOkAsync($"{path}/history"))["items"]!.AsArray(), [path.Split('/')[^1]]);
            await ProblemAssert.IsProblemAsync(await app.CreateAnonymousClient().GetAsync($"{path}/history"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        }

        var then = await admin.GetOkAsync($"/api/v1/claims/{claim}?asOf={Uri.EscapeDataString(createdAt)}");
        Assert.Equal("(deleted)", (string?)then["claimant"]!["name"]);
        Markers.AssertAbsent(then.ToJsonString(), markers.Values, "the claim as it stood");
        await AssertForgottenAsync([actorKey, sourceKey, claimKey]); // the claim's first answer embedded the actor and the source
        Markers.AssertNotOnDisk(app.DataDirectory, [.. markers.Values]);
    }
}
