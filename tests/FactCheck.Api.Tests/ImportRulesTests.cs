using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.ImportFixtures;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>An import obeys the rules the API does: nothing deleted is linked, changed or moved; a known claim needs no date.</summary>
public sealed class ImportRulesTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    /// <summary>A ClaimReview of <paramref name="statement"/> by <paramref name="claimant"/>; dates and appearances only when given.</summary>
    internal static string Review(string url, string statement, string claimant, string? claimDate = "2024-03-01", string? reviewDate = null,
        string rating = "False", params string[] appearances) => new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = url,
            ["claimReviewed"] = statement,
            ["datePublished"] = reviewDate,
            ["itemReviewed"] = new JsonObject
            {
                ["@type"] = "Claim",
                ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = claimant },
                ["datePublished"] = claimDate,
                ["appearance"] = new JsonArray([.. appearances.Select(a => (JsonNode)new JsonObject { ["@type"] = "CreativeWork", ["url"] = a })]),
            },
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = "Example Fact Check" },
            ["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["alternateName"] = rating },
        }.ToJsonString();

    private async Task<JsonObject> ImportAsync(string document) => await ImportTests.ImportAsync(client, document);

    private static int Count(JsonObject report, string kind, string what) => (int)report["counts"]![kind]![what]!;

    /// <summary>The claims of <paramref name="claimantId"/>, each read whole (with its sources).</summary>
    private async Task<List<JsonObject>> ClaimsOfAsync(string claimantId)
    {
        var claims = new List<JsonObject>();
        foreach (var id in await client.ReadAllPagesAsync($"/api/v1/claims?claimantId={claimantId}", 100))
        {
            claims.Add(await client.GetOkAsync($"/api/v1/claims/{id}"));
        }
        return claims;
    }

    [Fact]
    public async Task An_appearance_in_a_deleted_source_is_left_out_with_a_note()
    {
        var claimant = await client.CreateActorAsync($"Speaker {Guid.NewGuid():N}");
        var source = await client.CreateSourceAsync();
        var (deleted, deletedId) = ((string)source["url"]!, Id(source));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/sources/{deletedId}")).StatusCode);
        var live = $"https://news.example.org/{Guid.NewGuid():N}";

        var report = await ImportAsync($"[{Quint(NewUrl())}, {Review(NewUrl(), "The bridge was closed for a year.", (string)claimant["name"]!, appearances: [deleted, live])}]");

        Assert.Empty(report["rejected"]!.AsArray());
        var note = Assert.Single(report["notes"]!.AsArray())!;
        Assert.Equal(1, (int)note["index"]!);
        Assert.Equal($"The appearance in {deleted} was left out: that source is deleted.", (string?)note["note"]);
        Assert.Equal(1, (int)report["notesTotal"]!);
        var claim = Assert.Single(await ClaimsOfAsync(Id(claimant)));
        Assert.Equal([live], claim["sources"]!.AsArray().Select(s => (string?)s!["url"]));
        Assert.Equal(1, Count(report, "sources", "created"));
        Assert.Equal(0, Count(report, "sources", "unchanged"));
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/sources/{deletedId}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);

        // Not linked while hidden either: restored, the source still is not one of the claim's.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/sources/{deletedId}/restore", null)).StatusCode);
        var reread = await client.GetOkAsync($"/api/v1/claims/{claim["id"]}");
        Assert.Equal([live], reread["sources"]!.AsArray().Select(s => (string?)s!["url"]));
    }

    [Fact]
    public async Task A_deleted_review_is_rejected_and_neither_changed_nor_moved()
    {
        var actor = await client.CreateActorAsync($"Speaker {Guid.NewGuid():N}");
        var claimant = (string)actor["name"]!;
        var url = NewUrl();
        await ImportAsync(Review(url, "Wind turbines cause drought.", claimant));
        var claim = Assert.Single(await ClaimsOfAsync(Id(actor)));
        var review = (await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/reviews"))["items"]![0]!;
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{claim["id"]}/reviews/{review["id"]}")).StatusCode);

        // The same URL again, rated otherwise and about another claim: importing it would change and move the deleted review.
        var report = await ImportAsync(Review(url, "Solar panels cause drought.", claimant, rating: "True"));

        var rejected = Assert.Single(report["rejected"]!.AsArray())!;
        Assert.Equal(0, (int)rejected["index"]!);
        Assert.Equal("The review at this URL is deleted; restore it to import it again.", (string?)rejected["reason"]);
        Assert.Equal(0, Count(report, "claims", "created"));
        Assert.Equal(0, Count(report, "reviews", "updated"));
        Assert.Single(await ClaimsOfAsync(Id(actor)));
        var restored = await client.PostAsync($"/api/v1/claims/{claim["id"]}/reviews/{review["id"]}/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var after = await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/reviews/{review["id"]}");
        Assert.Equal("False", (string?)after["textualRating"]);
        Assert.Equal((string?)claim["id"], (string?)after["claimId"]);
    }

    [Fact]
    public async Task A_review_of_a_deleted_claim_is_rejected_and_stays_with_it()
    {
        var actor = await client.CreateActorAsync($"Speaker {Guid.NewGuid():N}");
        var url = NewUrl();
        await ImportAsync(Review(url, "The moon landing was filmed in a studio.", (string)actor["name"]!));
        var claim = Assert.Single(await ClaimsOfAsync(Id(actor)));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{claim["id"]}")).StatusCode);

        var report = await ImportAsync(Review(url, "The moon landing was filmed in a studio.", (string)actor["name"]!));

        var rejected = Assert.Single(report["rejected"]!.AsArray())!;
        Assert.Equal("The review at this URL belongs to a deleted claim; restore the claim to import it again.", (string?)rejected["reason"]);
        Assert.Equal(0, Count(report, "claims", "created"));
        Assert.Empty(await ClaimsOfAsync(Id(actor)));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/claims/{claim["id"]}/restore", null)).StatusCode);
        Assert.Equal(url, (string?)(await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/reviews"))["items"]![0]!["url"]);
    }

    [Fact]
    public async Task Graph_nodes_that_are_not_reviews_are_skipped_not_rejected()
    {
        string[] urls = [NewUrl(), NewUrl(), NewUrl()];
        var typedAsArray = Quint(urls[1]).Replace("\"@type\": \"ClaimReview\"", "\"@type\": [\"ClaimReview\", \"Thing\"]", StringComparison.Ordinal);
        var prefixed = Boom(urls[2]).Replace("\"@type\": \"ClaimReview\"", "\"@type\": \"schema:ClaimReview\"", StringComparison.Ordinal);
        var document = $$"""
            { "@context": "https://schema.org", "@graph": [
              { "@type": "Organization", "@id": "https://factcheck.example.org/#org", "name": "Example Fact Check", "logo": { "@type": "ImageObject", "url": "https://factcheck.example.org/logo.png" } },
              { "@type": "WebSite", "@id": "https://factcheck.example.org/#site", "url": "https://factcheck.example.org/", "publisher": { "@id": "https://factcheck.example.org/#org" } },
              { "@type": "WebPage", "@id": "{{urls[0]}}#page", "url": "{{urls[0]}}", "name": "Fact check", "datePublished": "2024-03-02" },
              { "@type": "BreadcrumbList", "itemListElement": [ { "@type": "ListItem", "position": 1, "item": { "@id": "https://factcheck.example.org/", "name": "Home" } } ] },
              { "@type": "ImageObject", "url": "https://factcheck.example.org/photo.jpg" },
              { "@type": "Person", "name": "A. Reporter" },
              {{Quint(urls[0])}}, {{typedAsArray}}, {{prefixed}}, "a stray string", [ { "@type": "Thing" } ]
            ] }
            """;

        var report = await ImportAsync(document);

        Assert.Equal(3, (int)report["reviews"]!);
        Assert.Equal(3, Count(report, "reviews", "created"));
        Assert.Empty(report["rejected"]!.AsArray());
        Assert.Equal(0, (int)report["rejectedTotal"]!);
    }

    [Fact]
    public async Task A_review_of_a_known_claim_needs_no_date_of_its_own()
    {
        var actor = await client.CreateActorAsync($"Speaker {Guid.NewGuid():N}");
        var name = (string)actor["name"]!;
        const string statement = "Vaccines contain microchips.";
        // The second review of the document finds the claim the first one made; the third names a claim nobody knows.
        var document = $"[{Review(NewUrl(), statement, name, claimDate: "2021-05-04")}, {Review(NewUrl(), "  VACCINES contain microchips ", name, claimDate: null)}, "
            + $"{Review(NewUrl(), "Vaccines contain magnets.", name, claimDate: null)}]";

        var report = await ImportAsync(document);

        var rejected = Assert.Single(report["rejected"]!.AsArray())!;
        Assert.Equal(2, (int)rejected["index"]!);
        Assert.Equal("Neither the claim nor the review has a date, and the claim is not known yet.", (string?)rejected["reason"]);
        Assert.Equal(2, Count(report, "reviews", "created"));
        Assert.Equal(1, Count(report, "claims", "created"));

        // Known from the database this time, in a document of its own.
        var later = await ImportAsync(Review(NewUrl(), statement, name, claimDate: null));

        Assert.Empty(later["rejected"]!.AsArray());
        Assert.Equal(1, Count(later, "reviews", "created"));
        var claim = Assert.Single(await ClaimsOfAsync(Id(actor)));
        Assert.Equal("2021-05-04T00:00:00Z", (string?)claim["madeAt"]);
        Assert.Equal(3, (await client.GetOkAsync($"/api/v1/claims/{claim["id"]}/reviews"))["items"]!.AsArray().Count);
    }
}
