using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// What other records quote of a purged one goes with it: the rationale of the status a review's rating set names the review's
/// URL (on the status change, the claim and its history), and an import's report names a left-out source's URL (in a job's
/// report and in the stored answer of an import sent with an Idempotency-Key).
/// </summary>
public sealed class PurgedQuoteTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private const string PurgedRationale = "Set by the rating of a review that has since been purged.";
    private readonly HttpClient admin = app.CreateClient();

    [Fact]
    public async Task A_purged_review_and_source_leave_no_quote_in_rationales_history_job_reports_stored_answers_or_on_disk()
    {
        var markers = new[] { "review", "source" }.ToDictionary(f => f, Markers.New);
        var actor = await admin.CreateActorAsync($"Speaker {Guid.NewGuid():N}");
        var claimant = (string)actor["name"]!;
        var source = Id(await admin.CreateSourceAsync($"https://news.example.org/{markers["source"]}"));
        var sourceUrl = $"https://news.example.org/{markers["source"]}";
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/sources/{source}")).StatusCode);
        var reviewUrl = $"https://factcheck.example.org/{markers["review"]}";
        var document = ImportRulesTests.Review(reviewUrl, $"The bridge {Guid.NewGuid():N} was closed.", claimant, appearances: [sourceUrl]);
        var idempotencyKey = $"import-{Guid.NewGuid():N}";

        var answer = await (await admin.SendAsync(Import(document, ("Idempotency-Key", idempotencyKey)))).ReadJsonAsync();
        var job = await ImportJobsTests.FinishedAsync(app, admin, (await admin.SendAsync(Import(document, ("Prefer", "respond-async")))).Headers.Location!.ToString());

        Assert.Contains(sourceUrl, (string?)Assert.Single(answer["notes"]!.AsArray())!["note"], StringComparison.Ordinal);
        Assert.Contains(sourceUrl, job["report"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(idempotencyKey));
        var claim = Id(Assert.Single((await admin.GetOkAsync($"/api/v1/claims?q=bridge&claimantId={Id(actor)}"))["items"]!.AsArray())!);
        var before = await admin.GetOkAsync($"/api/v1/claims/{claim}");
        Assert.Equal("refuted", (string?)before["evidenceStatus"]);
        Assert.Contains(reviewUrl, (string?)before["statusRationale"], StringComparison.Ordinal);
        Assert.NotEmpty(Markers.FoundOnDisk(app.DataDirectory, markers.Values));

        var review = Id(Assert.Single((await admin.GetOkAsync($"/api/v1/claims/{claim}/reviews"))["items"]!.AsArray())!);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/claims/{claim}/reviews/{review}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/claims/{claim}/reviews/{review}/purge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/sources/{source}/purge", null)).StatusCode);

        var after = await admin.GetOkAsync($"/api/v1/claims/{claim}");
        Assert.Equal("refuted", (string?)after["evidenceStatus"]); // the verdict stands; only the quote goes
        Assert.Equal(PurgedRationale, (string?)after["statusRationale"]);
        var change = Assert.Single((await admin.GetOkAsync($"/api/v1/claims/{claim}/status"))["items"]!.AsArray())!;
        Assert.Equal(PurgedRationale, (string?)change["rationale"]);
        var history = (await admin.GetOkAsync($"/api/v1/claims/{claim}/history?limit=100"))["items"]!.AsArray();
        var rationales = history.SelectMany(h => h!["changes"]!.AsArray()).Where(c => (string?)c!["field"] == "statusRationale").ToList();
        Assert.Equal(PurgedRationale, (string?)Assert.Single(rationales)!["after"]);
        Markers.AssertAbsent(history.ToJsonString(), markers.Values, "the claim's history");
        var report = (await admin.GetOkAsync($"/api/v1/imports/{Id(job)}"))["report"]!;
        Assert.Equal("The appearance in (purged) was left out: that source is deleted.", (string?)Assert.Single(report["notes"]!.AsArray())!["note"]);
        Assert.Equal(0, await app.CountIdempotencyRecordsAsync(idempotencyKey));
        Markers.AssertNotOnDisk(app.DataDirectory, [.. markers.Values]);
    }

    private static HttpRequestMessage Import(string document, (string Name, string Value) header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = new StringContent(document, Encoding.UTF8, "application/ld+json") };
        request.Headers.Add(header.Name, header.Value);
        return request;
    }
}
