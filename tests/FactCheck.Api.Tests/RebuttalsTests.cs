using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class RebuttalsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<(string ClaimId, string KirbyId, string BriefingId)> ClaimWithRebutterAsync()
    {
        var claim = await client.CreateClaimAsync();
        return (Id(claim), Id(await client.CreateActorAsync("John Kirby")), Id(await client.CreateSourceAsync()));
    }

    [Fact]
    public async Task Create_records_the_rebuttal_and_embeds_it_in_the_claim()
    {
        var (claimId, kirby, briefing) = await ClaimWithRebutterAsync();
        var claimEtag = (await client.GetAsync($"/api/v1/claims/{claimId}")).Headers.ETag!.Tag;

        var response = await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/rebuttals", new
        {
            actorId = kirby, statement = "The allegation is \"completely false\".", kind = "denial", madeAt = "2021-12-21T18:00:00Z", sourceId = briefing,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var rebuttal = await response.ReadJsonAsync();
        Assert.Equal($"/api/v1/claims/{claimId}/rebuttals/{Id(rebuttal)}", response.Headers.Location!.OriginalString);
        Assert.Equal("John Kirby", (string?)rebuttal["actor"]!["name"]);
        Assert.Equal("denial", (string?)rebuttal["kind"]);
        Assert.Equal(claimId, (string?)rebuttal["claimId"]);
        var claim = await client.GetAsync($"/api/v1/claims/{claimId}");
        Assert.NotEqual(claimEtag, claim.Headers.ETag!.Tag); // the claim's representation changed with it
        Assert.Equal(Id(rebuttal), Id((await claim.ReadJsonAsync())["rebuttals"]![0]!));
    }

    [Fact]
    public async Task List_get_update_and_delete()
    {
        var (claimId, kirby, _) = await ClaimWithRebutterAsync();
        var first = await client.PostOkAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = kirby, statement = "False.", kind = "denial" });
        var second = await client.PostOkAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = kirby, statement = "Context.", kind = "context" });

        Assert.Equal([Id(first), Id(second)], await client.ReadAllPagesAsync($"/api/v1/claims/{claimId}/rebuttals", limit: 1));
        var got = await client.GetAsync($"/api/v1/claims/{claimId}/rebuttals/{Id(first)}");
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.NotNull(got.Headers.ETag);

        var updated = await client.PutAsJsonAsync($"/api/v1/claims/{claimId}/rebuttals/{Id(first)}", new { actorId = kirby, statement = "Completely false.", kind = "correction" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("correction", (string?)(await updated.ReadJsonAsync())["kind"]);
        Assert.NotEqual(got.Headers.ETag!.Tag, updated.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{claimId}/rebuttals/{Id(first)}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{claimId}/rebuttals/{Id(first)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.Equal([Id(second)], await client.ReadAllPagesAsync($"/api/v1/claims/{claimId}/rebuttals", limit: 5));
    }

    [Fact]
    public async Task Unknown_claims_and_rebuttals_of_another_claim_are_404s()
    {
        var (claimId, kirby, _) = await ClaimWithRebutterAsync();
        var other = Id(await client.CreateClaimAsync());
        var rebuttal = await client.PostOkAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = kirby, statement = "False.", kind = "denial" });
        var body = new { actorId = kirby, statement = "False.", kind = "denial" };

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{other}/rebuttals/{Id(rebuttal)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/v1/claims/{other}/rebuttals/{Id(rebuttal)}", body), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/claims/{other}/rebuttals/{Id(rebuttal)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/rebuttals", body), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/rebuttals"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task Unknown_actor_or_source_is_a_422_and_bad_fields_a_400()
    {
        var (claimId, kirby, _) = await ClaimWithRebutterAsync();

        var body = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = Guid.NewGuid(), statement = "False.", kind = "denial", sourceId = Guid.NewGuid() }),
            HttpStatusCode.UnprocessableEntity, ProblemAssert.UnknownReference);
        Assert.Equal(["actorId", "sourceId"], body["errors"]!.AsObject().Select(e => e.Key).Order());

        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = kirby, statement = " ", kind = "denial", madeAt = "0001-01-01T00:00:00Z" }),
            "statement", "madeAt");
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = kirby, statement = "x", kind = "rebuttal" }), "kind");
    }
}

public sealed class ConcurrentPartsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Rebuttals_and_evidence_added_at_once_to_one_claim_are_all_kept()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var actor = Id(await client.CreateActorAsync());
        var etag = (await client.GetAsync($"/api/v1/claims/{claimId}")).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => i % 2 == 0
            ? client.PostAsJsonAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = actor, statement = $"Rebuttal {i}", kind = "denial" })
            : client.PostAsJsonAsync($"/api/v1/claims/{claimId}/evidence", new { summary = $"Evidence {i}", bearing = "refutes", strength = "weak", url = "https://example.org/" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var claim = await client.GetAsync($"/api/v1/claims/{claimId}");
        var body = await claim.ReadJsonAsync();
        Assert.Equal(8, body["rebuttals"]!.AsArray().Count);
        Assert.Equal(8, body["evidence"]!.AsArray().Count);
        Assert.NotEqual(etag, claim.Headers.ETag!.Tag);
        var history = await client.ReadAllPagesAsync($"/api/v1/claims/{claimId}/history", limit: 100);
        Assert.Equal(17, history.Count);
    }
}
