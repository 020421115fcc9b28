using System.Net;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 body: media type, status, stable type, trace id. Returns the body for further checks.</summary>
    public static async Task<JsonObject> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, (int)body["status"]!);
        Assert.Equal(type, (string?)body["type"]);
        Assert.False(string.IsNullOrEmpty((string?)body["title"]));
        Assert.False(string.IsNullOrEmpty((string?)body["traceId"]));
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FactCheck.Api.", text, StringComparison.Ordinal);
        return body;
    }

    /// <summary>A 400 validation problem whose errors name <paramref name="fields"/>.</summary>
    public static async Task<JsonObject> IsValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var body = await IsProblemAsync(response, HttpStatusCode.BadRequest, "urn:factcheck:problem:validation");
        var errors = body["errors"]!.AsObject();
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"No error for '{field}' in {errors.ToJsonString()}");
        }
        return body;
    }

    public const string NotFound = "urn:factcheck:problem:not-found";
    public const string Conflict = "urn:factcheck:problem:conflict";
    public const string UnknownReference = "urn:factcheck:problem:unknown-reference";
}
