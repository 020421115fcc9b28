using FactCheck.Client.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace FactCheck.Client.Tests;

/// <summary>
/// The README's walk-through (Shoigu's allegation, Kirby's rebuttal, the verdict) through the client Kiota generates from
/// openapi/v1.json, against the live service: a contract that no longer fits what the service does fails here.
/// </summary>
public sealed class ShoiguScenarioTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const string Rationale = "The Pentagon called the allegation \"completely false\"; no evidence was offered for it.";

    [Fact]
    public async Task The_walk_through_runs_end_to_end_through_the_generated_client()
    {
        var keyName = $"client-editor-{Guid.NewGuid():N}";
        var api = server.CreateFactCheckClient(await server.CreateKeyAsync(keyName, ApiKeyRole.Editor)).Api.V1;
        // A word of this test's own, so that search and matching find this claim and no other.
        var marker = $"zx{Guid.NewGuid():N}q";

        var shoigu = await api.Actors.PostAsync(new ActorRequest
        {
            Name = "Sergei Shoigu", Kind = ActorKind.Person, Title = "Minister of Defence",
            Affiliation = "Government of the Russian Federation", Country = "RU",
        });
        var kirby = await api.Actors.PostAsync(new ActorRequest
        {
            Name = "John Kirby", Kind = ActorKind.Person, Title = "Pentagon Press Secretary", Affiliation = "U.S. Department of Defense", Country = "US",
        });
        var source = await api.Sources.PostAsync(new SourceRequest
        {
            Title = "Russia will engage in US security talks as tensions escalate over Ukraine", Kind = SourceKind.News_article,
            Publisher = "Fox News", PublishedAt = new DateTimeOffset(2021, 12, 22, 0, 0, 0, TimeSpan.Zero), Language = "en",
        });
        Assert.Equal(ActorKind.Person, shoigu!.Kind);
        Assert.Equal("RU", shoigu.Country);
        Assert.Equal(SourceKind.News_article, source!.Kind);

        var created = await api.Claims.PostAsync(new ClaimRequest
        {
            Statement = $"US contractors are smuggling \"unidentified chemical components\" into Ukraine {marker}.",
            Summary = "Shoigu says US contractors are bringing chemical components into Ukraine.",
            ClaimantId = shoigu.Id, MadeAt = new DateTimeOffset(2021, 12, 21, 0, 0, 0, TimeSpan.Zero),
            Appearances = [source.Id], Topics = ["chemical weapons", "ukraine"], Language = "en",
        });
        var claimId = created!.Id!.Value;
        var claim = api.Claims[claimId];
        Assert.Equal(EvidenceStatus.Unverified, created.EvidenceStatus);
        Assert.Equal("Sergei Shoigu", created.Claimant!.Name);
        Assert.Equal([source.Id], created.Appearances);

        // A merge patch names only what changes; everything else stays as it was. (The body's type is the contract's
        // patch schema, whatever its name.)
        var patched = await claim.PatchAsync(new() { Summary = "Shoigu alleges US contractors smuggle chemicals into Ukraine." });
        Assert.Equal("Shoigu alleges US contractors smuggle chemicals into Ukraine.", patched!.Summary);
        Assert.Equal(created.Statement, patched.Statement);
        Assert.Equal(["chemical weapons", "ukraine"], patched.Topics);

        var rebuttal = await claim.Rebuttals.PostAsync(new RebuttalRequest
        {
            ActorId = kirby!.Id, Statement = "The allegation is \"completely false\".", Kind = RebuttalKind.Denial,
            MadeAt = new DateTimeOffset(2021, 12, 21, 0, 0, 0, TimeSpan.Zero), SourceId = source.Id,
        });
        var evidence = await claim.Evidence.PostAsync(new EvidenceRequest
        {
            Summary = "The Pentagon calls the accusations unfounded.", Bearing = EvidenceBearing.Refutes,
            Strength = EvidenceStrength.Moderate, SourceId = source.Id,
        });
        Assert.Equal(RebuttalKind.Denial, rebuttal!.Kind);
        Assert.Equal(EvidenceBearing.Refutes, evidence!.Bearing);
        Assert.Equal(EvidenceStrength.Moderate, evidence.Strength);

        var verdict = await claim.Status.PostAsync(new StatusChangeRequest { Status = EvidenceStatus.Refuted, Rationale = Rationale });
        Assert.Equal(EvidenceStatus.Refuted, verdict!.Status);

        var read = await claim.GetAsync();
        Assert.Equal(EvidenceStatus.Refuted, read!.EvidenceStatus);
        Assert.Equal(Rationale, read.StatusRationale);
        Assert.Equal(keyName, read.StatusChangedBy);
        Assert.Equal(["The allegation is \"completely false\"."], read.Rebuttals!.Select(r => r.Statement));
        Assert.Equal(["The Pentagon calls the accusations unfounded."], read.Evidence!.Select(e => e.Summary));

        await AssertHistoryAsync(claim, keyName);
        await AssertFoundAsync(api, claimId, marker);
        await AssertClaimReviewAsync(claim, created.Statement!);
    }

    /// <summary>The history's before and after values arrive typed, not as the members of some .NET type.</summary>
    private static async Task AssertHistoryAsync(Api.V1.Claims.Item.ClaimItemRequestBuilder claim, string keyName)
    {
        var history = (await claim.History.GetAsync())!.Items!;

        Assert.Equal(
            [HistoryOperation.Status_change, HistoryOperation.Create, HistoryOperation.Create, HistoryOperation.Update, HistoryOperation.Create],
            history.Select(h => h.Operation));
        Assert.All(history, h => Assert.Equal(keyName, h.By));
        var summary = Assert.Single(history[3].Changes!, c => c.Field == "summary");
        Assert.Equal("Shoigu says US contractors are bringing chemical components into Ukraine.", Text(summary.Before));
        Assert.Equal("Shoigu alleges US contractors smuggle chemicals into Ukraine.", Text(summary.After));
        var status = Assert.Single(history[0].Changes!, c => c.Field == "evidenceStatus");
        Assert.Equal("unverified", Text(status.Before));
        Assert.Equal("refuted", Text(status.After));
    }

    private static async Task AssertFoundAsync(Api.V1.V1RequestBuilder api, Guid claimId, string marker)
    {
        var hits = (await api.Search.GetAsync(r => r.QueryParameters.Q = marker))!.Items!;
        var hit = Assert.Single(hits);
        Assert.Equal("claim", hit.Kind);
        Assert.Equal(claimId, hit.ClaimId);
        Assert.Contains(marker, hit.Snippet, StringComparison.Ordinal);

        var matches = (await api.Claims.Match.PostAsync(new ClaimMatchRequest
        {
            Text = $"American contractors smuggle chemical components into Ukraine {marker}", Limit = 3,
        }))!.Items!;
        Assert.Equal(claimId, matches[0].Claim!.Id);
        Assert.All(matches, m => Assert.InRange(m.Score!.Value, 0, 1));
    }

    private static async Task AssertClaimReviewAsync(Api.V1.Claims.Item.ClaimItemRequestBuilder claim, string statement)
    {
        // Served as application/ld+json and typed by the contract: the client reads it like any JSON answer.
        var review = (await claim.Claimreview.GetAsync())!;

        Assert.Equal(Api.V1.Claims.Item.Claimreview.ClaimreviewGetResponse_Type.ClaimReview, review.Type);
        Assert.Equal(statement, review.ClaimReviewed);
        Assert.Equal("Sergei Shoigu", review.ItemReviewed!.Author!.Name);
        Assert.Equal(1, review.ReviewRating!.RatingValue);
    }

    private static string? Text(UntypedNode? node) => Assert.IsType<UntypedString>(node).GetValue();
}
