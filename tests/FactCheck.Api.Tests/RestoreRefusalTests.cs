using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// A restore is refused (409, saying what to restore first) while a record the tombstone refers to is itself deleted:
/// a claim's claimant or any of its sources; a rebuttal's claim, author or source; an evidence item's claim or source; a
/// review's claim. The refused restore changes nothing, and once the blocker is back the restore goes through. The other
/// side of the rule: an actor or source that something live refers to cannot be deleted.
/// </summary>
[Collection(SharedDatabase.Name)]
public sealed class RestoreRefusalTests(FactCheckApp app)
{
    private readonly HttpClient client = app.CreateClient();

    private async Task DeleteAsync(string path) =>
        Assert.True((await client.DeleteAsync(path)).StatusCode == HttpStatusCode.NoContent, $"DELETE {path}");

    [Theory]
    [InlineData("claim", "claimant")]
    [InlineData("claim", "second source")]
    [InlineData("rebuttal", "claim")]
    [InlineData("rebuttal", "author")]
    [InlineData("rebuttal", "source")]
    [InlineData("evidence", "claim")]
    [InlineData("evidence", "source")]
    [InlineData("review", "claim")]
    public async Task A_restore_is_refused_while_a_record_it_refers_to_is_deleted(string record, string blocker)
    {
        var claimant = Id(await client.CreateActorAsync());
        var author = Id(await client.CreateActorAsync());
        var sources = new[] { Id(await client.CreateSourceAsync()), Id(await client.CreateSourceAsync()) };
        var partSource = Id(await client.CreateSourceAsync());
        var claimPath = $"/api/v1/claims/{Id(await client.CreateClaimAsync(claimant, sources))}";
        var path = record switch
        {
            "claim" => claimPath,
            "rebuttal" => $"{claimPath}/rebuttals/{Id(await client.PostOkAsync($"{claimPath}/rebuttals", new { actorId = author, statement = "No.", kind = "denial", sourceId = partSource }))}",
            "evidence" => $"{claimPath}/evidence/{Id(await client.PostOkAsync($"{claimPath}/evidence", new { summary = "Denied.", bearing = "refutes", strength = "weak", sourceId = partSource }))}",
            _ => $"{claimPath}/reviews/{Id(await client.PostOkAsync($"{claimPath}/reviews", new
            {
                publisher = new { name = "Example Fact Check" }, url = $"https://factcheck.example.org/{Guid.NewGuid():N}", textualRating = "False", publishedAt = "2021-12-23T00:00:00Z",
            }))}",
        };
        await DeleteAsync(path);
        var (blockerPath, blockerId, detail) = blocker switch
        {
            "claimant" => ($"/api/v1/actors/{claimant}", claimant, "restore the actor first"),
            "second source" => ($"/api/v1/sources/{sources[1]}", sources[1], "which is deleted; restore the source first"),
            "author" => ($"/api/v1/actors/{author}", author, "restore the actor first"),
            "source" => ($"/api/v1/sources/{partSource}", partSource, "restore the source first"),
            _ => (claimPath, "", "Its claim is deleted; restore the claim first."),
        };
        await DeleteAsync(blockerPath); // nothing live refers to it any more
        var historyBefore = await HistoryCountAsync(claimPath);

        var refused = await ProblemAssert.IsProblemAsync(await client.PostAsync($"{path}/restore", null), HttpStatusCode.Conflict, ProblemAssert.Conflict);

        Assert.Contains(detail, (string?)refused["detail"], StringComparison.Ordinal);
        Assert.Contains(blockerId, (string?)refused["detail"], StringComparison.Ordinal);
        Assert.Equal(historyBefore, await HistoryCountAsync(claimPath));
        await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound, ProblemAssert.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{blockerPath}/restore", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{path}/restore", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    /// <summary>The claim's history as editors read it (deleted claims included), whose length a refused restore must not change.</summary>
    private async Task<int> HistoryCountAsync(string claimPath) => (await client.ReadAllPagesAsync($"{claimPath}/history", limit: 100)).Count;

    [Theory]
    [InlineData("rebuttal author")]
    [InlineData("rebuttal source")]
    [InlineData("evidence source")]
    public async Task An_actor_or_source_a_live_part_refers_to_cannot_be_deleted(string reference)
    {
        var claimPath = $"/api/v1/claims/{Id(await client.CreateClaimAsync())}";
        var (actor, source) = (Id(await client.CreateActorAsync()), Id(await client.CreateSourceAsync()));
        var part = reference.StartsWith("rebuttal", StringComparison.Ordinal)
            ? $"{claimPath}/rebuttals/{Id(await client.PostOkAsync($"{claimPath}/rebuttals", new { actorId = actor, statement = "No.", kind = "denial", sourceId = source }))}"
            : $"{claimPath}/evidence/{Id(await client.PostOkAsync($"{claimPath}/evidence", new { summary = "Denied.", bearing = "refutes", strength = "weak", sourceId = source }))}";
        var referred = reference.EndsWith("author", StringComparison.Ordinal) ? $"/api/v1/actors/{actor}" : $"/api/v1/sources/{source}";
        var etag = await client.ETagOfAsync(referred);

        var refused = await ProblemAssert.IsProblemAsync(await client.DeleteAsync(referred), HttpStatusCode.Conflict, ProblemAssert.Conflict);

        Assert.Contains(referred.Contains("actors", StringComparison.Ordinal) ? "still referred to by 0 claim(s) and 1 rebuttal(s)" : "still referred to 1 time(s)",
            (string?)refused["detail"], StringComparison.Ordinal);
        await client.AssertUnchangedAsync(referred, etag);
        await DeleteAsync(part);
        await DeleteAsync(referred); // nothing live refers to it any more
    }
}
