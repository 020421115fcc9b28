using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// An import sets the status of a claim still unverified from its review's rating, and never overwrites another status:
/// not one an editor set by hand, nor one an earlier review's rating set. Within the request and as a background job alike.
/// </summary>
public sealed class ImportKeepsStatusTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient admin = app.CreateClient();

    private async Task<JsonObject> ClaimAsync(string id) => await admin.GetOkAsync($"/api/v1/claims/{id}");

    private async Task<int> StatusChangesAsync(string id) => (await admin.GetOkAsync($"/api/v1/claims/{id}/status"))["items"]!.AsArray().Count;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_leaves_a_status_set_by_an_editor_or_by_an_earlier_rating_and_sets_only_unverified_ones(bool asJob)
    {
        var editor = await app.CreateClientWithRoleAsync("editor");
        var importer = await app.CreateClientWithRoleAsync("editor");
        var word = $"w{Guid.NewGuid():N}"[..14];
        var speaker = $"Speaker {word}";
        var claimant = Id(await admin.CreateActorAsync(speaker));
        async Task<string> RecordAsync(string statement) =>
            Id(await editor.PostOkAsync("/api/v1/claims", new { statement, claimantId = claimant, madeAt = "2021-12-21T00:00:00Z" }));
        var (byHand, byRating, untouched) = ($"By hand {word}.", $"By rating {word}.", $"Untouched {word}.");
        var byHandId = await RecordAsync(byHand);
        var untouchedId = await RecordAsync(untouched);
        await editor.PostOkAsync($"/api/v1/claims/{byHandId}/status", new { status = "under_review", rationale = "Checking with the ministry." });
        await ReviewImports.ImportAsync(app, importer, ReviewImports.Review(ImportFixtures.NewUrl(), byRating, speaker, "False"), asJob);
        var byRatingId = Id(Assert.Single((await admin.GetOkAsync($"/api/v1/claims?claimantId={claimant}&evidenceStatus=refuted"))["items"]!.AsArray())!);

        var byHandReview = ImportFixtures.NewUrl();
        var document = "[" + string.Join(",", ReviewImports.Review(byHandReview, byHand, speaker, "True"),
            ReviewImports.Review(ImportFixtures.NewUrl(), byRating, speaker, "Mostly true"),
            ReviewImports.Review(ImportFixtures.NewUrl(), untouched, speaker, "Pants on fire")) + "]";
        var report = await ReviewImports.ImportAsync(app, importer, document, asJob);

        Assert.Equal(0, (int)report["counts"]!["claims"]!["created"]!);
        Assert.Equal(3, (int)report["counts"]!["reviews"]!["created"]!);
        var handSet = await ClaimAsync(byHandId);
        Assert.Equal("under_review", (string?)handSet["evidenceStatus"]);
        Assert.Equal("Checking with the ministry.", (string?)handSet["statusRationale"]);
        Assert.Equal(1, await StatusChangesAsync(byHandId));
        Assert.Equal(byHandReview, (string?)Assert.Single((await admin.GetOkAsync($"/api/v1/claims/{byHandId}/reviews"))["items"]!.AsArray())!["url"]);
        var ratingSet = await ClaimAsync(byRatingId);
        Assert.Equal("refuted", (string?)ratingSet["evidenceStatus"]);
        Assert.StartsWith("Imported: rated \"False\"", (string?)ratingSet["statusRationale"], StringComparison.Ordinal);
        Assert.Equal(1, await StatusChangesAsync(byRatingId));
        Assert.Equal("refuted", (string?)(await ClaimAsync(untouchedId))["evidenceStatus"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_leaves_a_claim_an_editor_set_back_to_unverified_by_hand(bool asJob)
    {
        var editor = await app.CreateClientWithRoleAsync("editor");
        var word = $"w{Guid.NewGuid():N}"[..14];
        var speaker = $"Speaker {word}";
        var statement = $"Reopened {word}.";
        var claimId = Id(await editor.PostOkAsync("/api/v1/claims", new { statement, claimantId = Id(await admin.CreateActorAsync(speaker)), madeAt = "2021-12-21T00:00:00Z" }));
        await editor.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted", rationale = "Denied." });
        await editor.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "unverified", rationale = "Reopened: new material came in." });

        await ReviewImports.ImportAsync(app, editor, ReviewImports.Review(ImportFixtures.NewUrl(), statement, speaker, "True"), asJob);

        var claim = await ClaimAsync(claimId);
        Assert.Equal("unverified", (string?)claim["evidenceStatus"]);
        Assert.Equal("Reopened: new material came in.", (string?)claim["statusRationale"]);
        Assert.Equal(2, await StatusChangesAsync(claimId));
    }
}
