using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>One ClaimReview built from its parts, and an import of it within the request or as a background job.</summary>
public static class ReviewImports
{
    public static string Review(string url, string statement, string claimant, string rating, string headline = "A fact check") => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "ClaimReview",
        ["url"] = url,
        ["headline"] = headline,
        ["claimReviewed"] = statement,
        ["itemReviewed"] = new JsonObject
        {
            ["@type"] = "Claim",
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = claimant },
            ["datePublished"] = "2021-12-21",
        },
        ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = "Example Fact Check" },
        ["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["alternateName"] = rating },
    }.ToJsonString();

    /// <summary>
    /// Imports <paramref name="document"/> and answers its report: within the request (200), or with <c>Prefer: respond-async</c>
    /// as a job (202), waited for until it succeeds. A job must name the caller's key as its creator.
    /// </summary>
    public static async Task<JsonObject> ImportAsync(FactCheckApp app, HttpClient client, string document, bool asJob, string? by = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = new StringContent(document, Encoding.UTF8, "application/ld+json") };
        if (asJob)
        {
            request.Headers.Add("Prefer", "respond-async");
        }
        var response = await client.SendAsync(request);
        var body = await response.ReadJsonAsync();
        if (!asJob)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
            return body;
        }
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode} {body}");
        if (by is not null)
        {
            Assert.Equal(by, (string?)body["createdBy"]);
        }
        var job = await ImportJobsTests.FinishedAsync(app, client, response.Headers.Location!.ToString());
        Assert.True((string?)job["status"] == "succeeded", job.ToJsonString());
        return job["report"]!.AsObject();
    }
}
