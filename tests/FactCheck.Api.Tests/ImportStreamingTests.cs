using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static FactCheck.Api.Tests.ImportFixtures;

namespace FactCheck.Api.Tests;

/// <summary>What streaming and batching changed: member order, faults midway, a batch the database refuses in part.</summary>
public sealed class ImportStreamingTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private static int Count(JsonObject report, string kind, string what) => (int)report["counts"]![kind]![what]!;

    [Fact]
    public async Task The_type_may_come_after_the_array_it_explains()
    {
        string[] urls = [NewUrl(), NewUrl(), NewUrl()];
        var google = Google(urls[2]).TrimEnd()[..^1] + ", \"@context\": \"https://schema.org\" }";
        var document = $$"""
            [ { "dataFeedElement": [ {{DataFeedItem(urls[0])}}, {{Quint(urls[1])}} ], "name": "a feed", "@type": "DataFeed" },
              { "claims": [ { "text": "no reviews here" } ], "@type": "Thing" },
              {{google}} ]
            """;

        var report = await ImportTests.ImportAsync(client, document);

        Assert.Equal(4, (int)report["reviews"]!);
        Assert.Equal(3, Count(report, "reviews", "created"));
        var rejected = Assert.Single(report["rejected"]!.AsArray());
        Assert.Equal(2, (int)rejected!["index"]!); // the object typed Thing, after the feed's two reviews
        Assert.Equal(1, (int)report["rejectedTotal"]!);
    }

    [Fact]
    public async Task Rejections_are_listed_in_document_order_when_a_batch_written_aside_is_followed_by_one_that_updates()
    {
        // The first batch only inserts, so it is written on the side while the second, which updates a review, is
        // prepared; the second is written only after it, and reported after it too.
        var (run, url, claimant) = (Guid.NewGuid().ToString("N"), NewUrl(), $"Speaker {Guid.NewGuid():N}");
        const string Bad = """{ "@type": "ClaimReview", "claimReviewed": "x", "url": "/relative-only" }""";
        await ImportTests.ImportAsync(client, ImportRulesTests.Review(url, "The harbour was sold abroad.", claimant));
        var rerated = ImportRulesTests.Review(url, "The harbour was sold abroad.", claimant, rating: "True");

        var report = await ImportTests.ImportAsync(client, $"[{Bad}, {Generated(499, run)[1..^1]}, {rerated}, {Bad}]");

        Assert.Equal([0, 501], report["rejected"]!.AsArray().Select(r => (int)r!["index"]!));
        Assert.Equal(499, Count(report, "reviews", "created"));
        Assert.Equal(1, Count(report, "reviews", "updated"));
    }

    [Fact]
    public async Task A_document_malformed_midway_is_a_400_with_the_index_and_what_was_imported()
    {
        var run = Guid.NewGuid().ToString("N");
        var document = Generated(3, run)[..^1] + ", { \"@type\": \"ClaimReview\" \"url\": \"x\" } ]";

        var response = await client.PostAsync("/api/v1/imports", new StringContent(document, Encoding.UTF8, "application/ld+json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "urn:factcheck:problem:malformed-request");
        Assert.Equal(3, (int)problem["index"]!);
        Assert.True((long)problem["bytePosition"]! > 100);
        Assert.StartsWith("The document is not valid JSON after 3 review(s)", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(3, (int)problem["report"]!["counts"]!["reviews"]!["created"]!);
        Assert.Equal(3, Count(await ImportTests.ImportAsync(client, Generated(3, run)), "reviews", "unchanged"));
    }

    [Fact]
    public async Task A_review_the_database_refuses_is_rejected_and_the_rest_of_its_batch_imported()
    {
        // 1,200 reviews make three batches; the refused one is in the second, written while the third is prepared.
        var marker = Guid.NewGuid().ToString("N");
        await RefuseReviewAsync(marker, 700);

        var report = await ImportTests.ImportAsync(client, Generated(1200, marker));

        var rejected = Assert.Single(report["rejected"]!.AsArray());
        Assert.Equal(700, (int)rejected!["index"]!);
        Assert.Contains("refused by the test", (string?)rejected["reason"], StringComparison.Ordinal);
        Assert.Equal(1199, Count(report, "reviews", "created"));
        Assert.Equal(1199, Count(report, "claims", "created")); // the refused review's claim went with it
        Assert.Equal(1199, Count(report, "sources", "created"));
        Assert.Equal(3, Count(report, "claimants", "created"));
        var again = await ImportTests.ImportAsync(client, Generated(1200, marker));
        Assert.Equal(1199, Count(again, "reviews", "unchanged"));
        Assert.Equal(700, (int)Assert.Single(again["rejected"]!.AsArray())!["index"]!);
    }

    [Fact]
    public async Task A_refused_write_aside_followed_by_a_batch_that_updates_loses_neither()
    {
        // Two insert-only batches, the second refused in part while written aside, then a batch that updates a review:
        // the refused batch is saved again review by review before the update is written, and the update is kept.
        var (marker, url, claimant) = (Guid.NewGuid().ToString("N"), NewUrl(), $"Speaker {Guid.NewGuid():N}");
        await RefuseReviewAsync(marker, 700);
        await ImportTests.ImportAsync(client, ImportRulesTests.Review(url, "The tunnel was never finished.", claimant));
        var rerated = ImportRulesTests.Review(url, "The tunnel was never finished.", claimant, rating: "True");

        var report = await ImportTests.ImportAsync(client, $"[{Generated(1000, marker)[1..^1]}, {rerated}]");

        Assert.Equal(700, (int)Assert.Single(report["rejected"]!.AsArray())!["index"]!);
        Assert.Equal(999, Count(report, "reviews", "created"));
        Assert.Equal(1, Count(report, "reviews", "updated"));
        Assert.Equal(0, Count(report, "reviews", "unchanged"));
        var again = await ImportTests.ImportAsync(client, $"[{Generated(1000, marker)[1..^1]}, {rerated}]");
        Assert.Equal(1000, Count(again, "reviews", "unchanged"));
        Assert.Equal(700, (int)Assert.Single(again["rejected"]!.AsArray())!["index"]!);
    }

    /// <summary>Makes the database refuse the generated review number <paramref name="index"/> of <paramref name="marker"/>'s run.</summary>
    private async Task RefuseReviewAsync(string marker, int index)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "factcheck.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TRIGGER refuse_{marker} BEFORE INSERT ON reviews WHEN NEW.Url LIKE '%/{marker}/{index}' "
            + "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;";
        await command.ExecuteNonQueryAsync();
    }
}
