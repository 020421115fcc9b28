using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.ImportFixtures;

namespace FactCheck.Api.Tests;

/// <summary>
/// Every member may hold anything schema.org allows and more (a string, a number, an object, an array of either, null,
/// arrays of arrays, a lone surrogate, a name written twice): the import answers 200 with each review imported or
/// rejected, never a 500, and a job with the same document succeeds.
/// </summary>
public sealed class ImportShapeTests(SmallImportThresholdApp app) : IClassFixture<SmallImportThresholdApp>
{
    private const string Marker = "\"__SHAPE__\"";
    private const string UrlMarker = "https://review.example/__URL__";

    /// <summary>A review with every member the reader looks at, each given every shape in turn.</summary>
    private const string Review = """
        { "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://review.example/__URL__",
          "claimReviewed": "The bridge was closed for a year.", "datePublished": "2024-03-02", "inLanguage": "en",
          "headline": "No, the bridge was not closed", "name": "Bridge", "title": "Bridge check",
          "author": { "@type": "Organization", "name": "Example Fact Check", "url": "https://factcheck.example.org/" },
          "publisher": { "@type": "Organization", "name": "Example Fact Check", "url": "/about" },
          "itemReviewed": { "@type": "Claim", "name": "The bridge was closed", "datePublished": "2024-03-01",
            "author": { "@type": "Person", "name": "Shape Speaker", "sameAs": "https://people.example/shape", "jobTitle": "Mayor" },
            "appearance": [ { "@type": "CreativeWork", "url": "https://social.example/bridge" } ],
            "firstAppearance": { "@type": "CreativeWork", "url": "https://social.example/bridge-first" } },
          "reviewRating": { "@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False", "name": "False" } }
        """;

    /// <summary>The values each member is given in turn, as JSON text (some cannot be written from a JsonNode).</summary>
    private static readonly string[] Shapes =
    [
        "\"text\"", "\"\"", "42", "-1.5e308", "1e400", "true", "null", "{}", "[]",
        """{ "@type": "Thing", "name": "x", "url": "https://x.example/a", "@id": "_:b0" }""",
        """[ "a", "b" ]""",
        """[ { "name": "x" }, { "url": "/relative" }, "https://x.example/b" ]""",
        """[ [ [ "deep", { "name": [ [ "deeper" ] ] } ] ] ]""",
        "\"\\uD83D\"", "[ \"\\uDC00x\", 7 ]",
        """{ "name": "a", "name": "b", "url": "https://x.example/1", "url": 2 }""",
        "{ \"\\uD800\": 1, \"name\": \"\\uD83D\\uDE00\" }",
        "\"" + new string('x', 70_000) + "\"",
    ];

    private static readonly string[] ReviewMembers =
    [
        "url", "claimReviewed", "datePublished", "inLanguage", "headline", "name", "title", "@type", "@context",
        "author", "author.name", "author.url", "publisher", "publisher.url",
        "itemReviewed", "itemReviewed.@type", "itemReviewed.name", "itemReviewed.datePublished", "itemReviewed.author",
        "itemReviewed.author.@type", "itemReviewed.author.name", "itemReviewed.author.sameAs", "itemReviewed.author.jobTitle",
        "itemReviewed.appearance", "itemReviewed.appearance.0", "itemReviewed.appearance.0.url", "itemReviewed.firstAppearance",
        "reviewRating", "reviewRating.ratingValue", "reviewRating.bestRating", "reviewRating.worstRating", "reviewRating.alternateName", "reviewRating.name",
    ];

    private static readonly string[] GoogleMembers =
    [
        "claims.0", "claims.0.text", "claims.0.claimant", "claims.0.claimDate", "claims.0.claimReview", "claims.0.claimReview.0",
        "claims.0.claimReview.0.url", "claims.0.claimReview.0.publisher", "claims.0.claimReview.0.publisher.name",
        "claims.0.claimReview.0.publisher.site", "claims.0.claimReview.0.textualRating", "claims.0.claimReview.0.languageCode",
        "claims.0.claimReview.0.reviewDate", "claims.0.claimReview.0.title",
    ];

    /// <summary>Containers of reviews, each member of a wrapper given every shape in turn.</summary>
    private static readonly string[] Wrappers =
    [
        """{ "@context": "https://schema.org", "@graph": "__SHAPE__" }""",
        """{ "@type": "DataFeed", "dataFeedElement": "__SHAPE__" }""",
        """{ "dataFeedElement": "__SHAPE__", "@type": "DataFeed" }""",
        """{ "@type": "DataFeedItem", "item": "__SHAPE__" }""",
        """{ "claims": "__SHAPE__" }""",
        "\"__SHAPE__\"",
    ];

    /// <summary><paramref name="template"/> with the member at <paramref name="path"/> (names and array positions, dotted) set to the marker.</summary>
    private static string WithMarker(string template, string path)
    {
        var root = JsonNode.Parse(template)!;
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(root, (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!);
        if (int.TryParse(parts[^1], out var at))
        {
            parent[at] = "__SHAPE__";
        }
        else
        {
            parent[parts[^1]] = "__SHAPE__";
        }
        return root.ToJsonString();
    }

    private static string Document(string template, string path) =>
        "[" + string.Join(",\n", Shapes.Select(shape => WithMarker(template, path).Replace(Marker, shape, StringComparison.Ordinal)
            .Replace(UrlMarker, NewUrl(), StringComparison.Ordinal))) + "]";

    private static IEnumerable<string> Documents() =>
    [
        .. ReviewMembers.Select(path => Document(Review, path)),
        .. GoogleMembers.Select(path => Document(Google(UrlMarker), path)),
        .. Wrappers.Select(wrapper => "[" + string.Join(",\n", Shapes.Select(shape => wrapper.Replace(Marker, shape, StringComparison.Ordinal))) + "]"),
    ];

    [Fact]
    public async Task Any_shape_of_any_member_is_imported_or_rejected_never_a_500()
    {
        var client = app.CreateClient();
        foreach (var document in Documents())
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = new StringContent(document, Encoding.UTF8, "application/ld+json") };
            // Bodies over the test threshold become jobs; the job must succeed just the same.
            var response = await client.SendAsync(request);
            var body = await response.ReadJsonAsync();
            var report = response.StatusCode switch
            {
                HttpStatusCode.OK => body,
                HttpStatusCode.Accepted => (await ImportJobsTests.FinishedAsync(app, client, response.Headers.Location!.ToString())) is var job
                    && (string?)job["status"] == "succeeded" ? job["report"]!.AsObject() : throw new Xunit.Sdk.XunitException($"{job} for {document[..200]}"),
                _ => throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {body} for {document[..Math.Min(300, document.Length)]}"),
            };
            var reviews = report["counts"]!["reviews"]!;
            Assert.True((int)report["reviews"]! == (int)report["rejectedTotal"]! + (int)reviews["created"]! + (int)reviews["updated"]! + (int)reviews["unchanged"]!,
                report.ToJsonString());
        }
    }

    [Fact]
    public async Task Every_shape_at_once_as_a_job_succeeds()
    {
        var client = app.CreateClient();
        var document = "[" + string.Join(",\n", Documents()) + "]";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = new StringContent(document, Encoding.UTF8, "application/ld+json") };
        request.Headers.Add("Prefer", "respond-async");

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await ImportJobsTests.FinishedAsync(app, client, response.Headers.Location!.ToString());

        Assert.True((string?)job["status"] == "succeeded", job.ToJsonString()[..Math.Min(2000, job.ToJsonString().Length)]);
        Assert.Null(job["error"]);
        Assert.True((int)job["report"]!["reviews"]! > Shapes.Length * (ReviewMembers.Length + GoogleMembers.Length));
    }
}
