using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ExportTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonObject> ReviewedClaimAsync()
    {
        var claim = await client.CreateClaimAsync();
        await client.PostOkAsync($"/api/v1/claims/{Id(claim)}/rebuttals", new { actorId = Id(await client.CreateActorAsync()), statement = "False, \"completely\".", kind = "denial" });
        await client.PostOkAsync($"/api/v1/claims/{Id(claim)}/reviews", new
        {
            publisher = new { name = "Example, Fact Check" }, url = ImportFixtures.NewUrl(), textualRating = "False", publishedAt = "2021-12-23T00:00:00Z",
        });
        return claim;
    }

    [Fact]
    public async Task Ndjson_has_one_claim_per_line_with_counts_and_the_latest_review()
    {
        var claim = await ReviewedClaimAsync();

        var response = await client.GetAsync("/api/v1/claims/export?format=ndjson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var line = Assert.Single(lines, l => (string?)l["id"] == Id(claim));
        Assert.Equal((string?)claim["statement"], (string?)line["statement"]);
        Assert.Equal((string?)claim["claimant"]!["name"], (string?)line["claimant"]);
        Assert.Equal("unverified", (string?)line["evidenceStatus"]);
        Assert.Equal(1, (int)line["rebuttals"]!);
        Assert.Equal(0, (int)line["evidence"]!);
        Assert.Equal("False", (string?)line["latestReviewRating"]);
        Assert.Equal("2021-12-23T00:00:00Z", (string?)line["latestReviewAt"]);
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_what_needs_quoting()
    {
        var claim = await ReviewedClaimAsync();

        var response = await client.GetAsync("/api/v1/claims/export?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,statement,claimantId,claimant,madeAt,evidenceStatus,rebuttals,evidence,latestReviewUrl", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, l => l.StartsWith(Id(claim), StringComparison.Ordinal));
        Assert.Contains(",\"Example, Fact Check\",False,", row, StringComparison.Ordinal);
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/claims/export?format=xml"), "format");
    }
}

/// <summary>The program's <c>import</c> and <c>export</c> subcommands, run as a process on a database of their own.</summary>
public sealed class FormatsCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    private Task<(int Code, string Out, string Error)> RunAsync(params string[] args) => CommandLine.RunAsync(directory, args);

    [Fact]
    public async Task Import_files_then_export_them()
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "reviews.json");
        await File.WriteAllTextAsync(file, $"[{ImportFixtures.Quint(ImportFixtures.NewUrl())}, {ImportFixtures.Google(ImportFixtures.NewUrl())}]");

        var import = await RunAsync("import", file);
        Assert.True(import.Code == 0, import.Error);
        Assert.Contains("2 review(s)", import.Error, StringComparison.Ordinal);
        Assert.Contains("reviews 2 created", import.Error, StringComparison.Ordinal);
        Assert.Contains("0 rejected", import.Error, StringComparison.Ordinal);
        Assert.Contains("reviews 0 created, 0 updated, 2 unchanged", (await RunAsync("import", file)).Error, StringComparison.Ordinal);

        var export = await RunAsync("export", "--format", "csv");
        Assert.True(export.Code == 0, export.Error);
        Assert.Equal(3, export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Exported 2 claim(s) as csv.", export.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync("import", Path.Combine(directory, "missing.json"))).Code);
        Assert.Equal(2, (await RunAsync("export", "--format", "xml")).Code);

        // What the command line wrote is in the history as by "command-line", statuses set from the ratings included.
        using var app = new FactCheckApp { DataDirectory = directory, KeepDataOnDispose = true };
        var client = app.CreateAnonymousClient();
        var claims = (await client.GetOkAsync("/api/v1/claims"))["items"]!.AsArray();
        Assert.Equal(2, claims.Count);
        foreach (var claim in claims)
        {
            var history = (await client.GetOkAsync($"/api/v1/claims/{claim!["id"]}/history"))["items"]!.AsArray();
            Assert.Contains(history, e => (string?)e!["operation"] == "create" && (string?)e["entityType"] == "review");
            Assert.All(history, e => Assert.Equal("command-line", (string?)e!["by"]));
            var status = Assert.Single((await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/status"))["items"]!.AsArray())!;
            Assert.Equal(("command-line", "unverified", "refuted"), ((string?)status["by"], (string?)status["previousStatus"], (string?)status["status"]));
        }
    }

    [Fact]
    public async Task Import_with_standard_error_redirected_prints_the_summary_without_a_progress_bar()
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "many.json");
        await File.WriteAllTextAsync(file, ImportFixtures.Generated(1200, Guid.NewGuid().ToString("N")));

        var import = await RunAsync("import", file);

        Assert.True(import.Code == 0, import.Error);
        Assert.DoesNotContain('\r', import.Error);
        Assert.DoesNotContain("reviews/s", import.Error, StringComparison.Ordinal);
        var summary = Assert.Single(import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^.+many\.json: 1200 review\(s\) in [0-9.]+ s \([0-9,]+/s\); claimants 3 created, 0 updated, 1197 unchanged, "
            + @"sources 1200 created, 0 updated, 0 unchanged, claims 1200 created, 0 updated, 0 unchanged, reviews 1200 created, 0 updated, 0 unchanged; "
            + @"0 rejected; 0 unmapped rating\(s\); 0 mapped by number; 0 note\(s\)\.$", summary);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
