using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FactCheck.Api.Tests;

/// <summary>Measures time and memory: runs alone, so no other test's work is in the figures.</summary>
[CollectionDefinition(nameof(ImportCostTests), DisableParallelization = true)]
public sealed class ImportCostTestsRunAlone;

/// <summary>The service importing up to 256 MB within the request, so a test can time an import by its request.</summary>
public sealed class InRequestImportApp : FactCheckApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FactCheck:Imports:AsyncThresholdBytes", $"{256 * 1024 * 1024}");
    }
}

/// <summary>What an import costs does not depend on how its document is nested, nor on what it carries beside the reviews.</summary>
[Collection(nameof(ImportCostTests))]
public sealed class ImportCostTests
{
    /// <summary>
    /// <paramref name="count"/> reviews, each with many small members beside the ones we read (keywords and the things it
    /// mentions, as publishers' pages carry them), so reading the document is a fair part of the work next to storing it.
    /// </summary>
    private static string Reviews(int count, string run)
    {
        var keywords = string.Join(",", Enumerable.Range(0, 400).Select(k => $"\"word{k}\""));
        var mentions = string.Join(",", Enumerable.Range(0, 200).Select(m => $"{{\"@type\":\"Thing\",\"name\":\"thing {m}\"}}"));
        return "[" + string.Join(",\n", Enumerable.Range(0, count).Select(i => $$"""
            { "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://factcheck.example.org/{{run}}/{{i}}",
              "claimReviewed": "Statement {{i}} of run {{run}}", "keywords": [{{keywords}}], "mentions": [{{mentions}}],
              "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "Speaker {{run}} {{i % 3}}" }, "datePublished": "2024-01-02",
                "appearance": [ { "@type": "CreativeWork", "url": "https://social.example/{{run}}/{{i}}" } ] },
              "author": { "@type": "Organization", "name": "Example Fact Check" },
              "reviewRating": { "@type": "Rating", "alternateName": "False" } }
            """)) + "]";
    }

    /// <summary>
    /// <paramref name="document"/> wrapped in <paramref name="levels"/> containers, turn by turn an array, an <c>@graph</c> and a
    /// <c>DataFeed</c> whose <c>@type</c> comes after its elements: every level holds the rest, as deep as the reader allows.
    /// </summary>
    private static string Nested(string document, int levels)
    {
        var text = new StringBuilder(document);
        for (var level = 0; level < levels; level++)
        {
            var (before, after) = (level % 4) switch
            {
                1 => ("{ \"@context\": \"https://schema.org\", \"@graph\": ", " }"),
                3 => ("{ \"dataFeedElement\": ", ", \"@type\": \"DataFeed\" }"),
                _ => ("[ ", " ]"),
            };
            text.Insert(0, before).Append(after);
        }
        return text.ToString();
    }

    private static async Task<(TimeSpan Took, JsonObject Report)> TimedImportAsync(HttpClient client, string document)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(document));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ld+json");
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync("/api/v1/imports", content);
        var took = clock.Elapsed;
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return (took, body);
    }

    [Fact]
    public async Task A_document_nested_as_deep_as_the_reader_allows_imports_about_as_fast_as_the_same_reviews_flat()
    {
        using var app = new InRequestImportApp();
        var client = app.CreateClient();
        const int count = 600;
        await TimedImportAsync(client, Reviews(20, Guid.NewGuid().ToString("N"))); // warm-up: the first request pays for start-up

        // Two rounds, the faster of each kind compared: one slow moment on a shared machine does not decide.
        var (flat, nested) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var round = 0; round < 2; round++)
        {
            var (flatTook, flatReport) = await TimedImportAsync(client, Reviews(count, Guid.NewGuid().ToString("N")));
            var deep = Nested(Reviews(count, Guid.NewGuid().ToString("N")), 245);
            var (nestedTook, nestedReport) = await TimedImportAsync(client, deep);
            Assert.Equal(count, (int)flatReport["counts"]!["reviews"]!["created"]!);
            Assert.Equal(count, (int)nestedReport["counts"]!["reviews"]!["created"]!);
            Assert.Equal(0, (int)nestedReport["rejectedTotal"]!);
            (flat, nested) = (flatTook < flat ? flatTook : flat, nestedTook < nested ? nestedTook : nested);
        }

        Assert.True(nested < flat * 3, $"nested {nested.TotalMilliseconds:0} ms, flat {flat.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_document_padded_with_tens_of_megabytes_beside_its_reviews_is_imported_in_a_few()
    {
        using var app = new FactCheckApp();
        // The client's redirect handler would keep a copy of the body (to send it again): this one has none.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await ImportTests.ImportAsync(client, ImportFixtures.Quint(ImportFixtures.NewUrl())); // warm-up: start-up allocates too
        var run = Guid.NewGuid().ToString("N");
        var padding = new string('x', 12 * 1024 * 1024);
        var filler = "[" + string.Join(",", Enumerable.Repeat("\"abcdefgh\"", 1024 * 1024)) + "]";
        var numbers = string.Concat(Enumerable.Repeat("[[1,2,3,4,5,6,7,8,9,0]],", 200_000));
        var document = $$"""
            { "@context": "https://schema.org", "padding": "{{padding}}", "filler": {{filler}},
              "@graph": [
                { "@type": "WebPage", "text": "{{padding[..(8 * 1024 * 1024)]}}", "hasPart": [ {{numbers}} 0 ] },
                { "@type": "ClaimReview", "url": "https://factcheck.example.org/{{run}}/1", "reviewBody": "{{padding[..(6 * 1024 * 1024)]}}",
                  "claimReviewed": "Padded statement one {{run}}", "itemReviewed": { "@type": "Claim", "datePublished": "2024-01-02",
                    "text": "{{padding[..(4 * 1024 * 1024)]}}", "author": { "@type": "Person", "name": "Padded speaker {{run}}" } },
                  "author": { "@type": "Organization", "name": "Example Fact Check" }, "reviewRating": { "alternateName": "False" } },
                { "@type": "ClaimReview", "url": "https://factcheck.example.org/{{run}}/2", "claimReviewed": "Padded statement two {{run}}",
                  "itemReviewed": { "datePublished": "2024-01-03", "author": { "name": "Padded speaker {{run}}" } }, "reviewRating": { "alternateName": "True" } }
              ] }
            """;
        var bytes = Encoding.UTF8.GetBytes(document);
        Assert.True(bytes.Length > 40 * 1024 * 1024);
        // Sent 64 KB at a time, as a network would bring it (one write of the whole body would fill the test server's pipe with it).
        var content = new StreamContent(new MemoryStream(bytes), 64 * 1024);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ld+json");
        content.Headers.ContentLength = bytes.Length;

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var response = await client.PostAsync("/api/v1/imports", content);
        // Waited for without polling (each poll would allocate too, and this test counts what is allocated).
        var job = await ImportJobsTests.FinishedAsync(app, client, response.Headers.Location!.ToString());
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        // Everything the request and the job allocated, the body's spooling included: far below the padding it carried.
        Assert.True(allocated < bytes.Length / 4, $"{allocated / (1024 * 1024)} MB allocated for a body of {bytes.Length / (1024 * 1024)} MB");
        Assert.Equal("succeeded", (string?)job["status"]);
        Assert.Equal(2, (int)job["report"]!["counts"]!["reviews"]!["created"]!);
        Assert.Equal(0, (int)job["report"]!["rejectedTotal"]!);
    }
}
