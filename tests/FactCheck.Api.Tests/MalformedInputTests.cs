using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>
/// Sends broken bodies to every operation of the OpenAPI document that takes one (so a new write endpoint
/// cannot escape) and expects a 4xx problem+json, never a 500 and never an HTML page. The demo data is loaded
/// because a merge patch can only be judged against a record that exists: PATCH paths use the demo ids of
/// the document's parameter examples.
/// </summary>
public sealed class MalformedInputTests(DemoApp app) : IClassFixture<DemoApp>
{
    private readonly HttpClient client = app.CreateClient();

    public static TheoryData<string> Kinds => new() { "malformed-json", "empty-body", "wrong-content-type", "oversize-string", "json-array", "deep-nesting" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_write_endpoint_answers_broken_input_with_a_4xx_problem(string kind)
    {
        var operations = await WriteOperationsAsync();
        Assert.True(operations.Count >= 14, $"Only {operations.Count} write operations found");
        Assert.Equal(3, operations.Count(o => o.MediaType == MergePatch));
        foreach (var (method, path, mediaType, example) in operations)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(kind, example, mediaType) };

            var response = await client.SendAsync(request);

            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            Assert.True(status is >= 400 and < 500, $"{kind} to {method} {path}: {status} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(text)!;
            Assert.Equal(status, (int)problem["status"]!);
            Assert.StartsWith("urn:factcheck:problem:", (string?)problem["type"], StringComparison.Ordinal);
            AssertSaysWhatIsWrong(kind, mediaType, problem, $"{kind} to {method} {path}: {text}");
            if (kind == "oversize-string")
            {
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                // A body whose only string is an id (linking a repeat) gets a format error rather than a length error.
                var errors = problem["errors"]!.ToJsonString();
                Assert.True(errors.Contains("characters", StringComparison.Ordinal) || errors.Contains("wrong type or format", StringComparison.Ordinal), errors);
            }
        }
    }

    [Theory]
    [InlineData("GET", "/api/v1/unknown")]
    [InlineData("GET", "/api/v2/claims")]
    [InlineData("PATCH", "/api/v1/claims")]
    [InlineData("DELETE", "/api/v1/actors")]
    [InlineData("POST", "/api/v1/claims/017ddfa6-f280-77ce-9f37-a214592c0798")]
    [InlineData("GET", "/api/v1/claims/%E2%98%83%FF")]
    public async Task Unknown_routes_and_methods_are_problems_not_pages(string method, string path)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method} {path}: {response.StatusCode}");
        var problem = await ProblemAssert.IsProblemAsync(response, response.StatusCode,
            response.StatusCode == HttpStatusCode.NotFound ? ProblemAssert.NotFound : "urn:factcheck:problem:method-not-allowed");
        Assert.Equal(path.Split('%')[0], ((string?)problem["instance"])![..path.Split('%')[0].Length]);
    }

    private const string MergePatch = "application/merge-patch+json";
    private const string Validation = "urn:factcheck:problem:validation";
    private const string MalformedRequest = "urn:factcheck:problem:malformed-request";

    /// <summary>
    /// The problem each kind of broken body gets: its status, its type, a title and trace id, and a detail (or, for a
    /// validation problem, errors) saying what is wrong. A body that cannot be read at all may also be judged field by
    /// field (a validation problem), as long as the problem names a field.
    /// </summary>
    private static void AssertSaysWhatIsWrong(string kind, string mediaType, JsonNode problem, string where)
    {
        var type = (string?)problem["type"];
        var detail = (string?)problem["detail"] ?? "";
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]), where);
        Assert.False(string.IsNullOrEmpty((string?)problem["traceId"]), where);
        Assert.False(string.IsNullOrEmpty(detail), where);
        Assert.Equal(kind == "wrong-content-type" ? 415 : 400, (int)problem["status"]!);
        if (type == Validation)
        {
            Assert.True(problem["errors"] is JsonObject { Count: > 0 }, where);
        }
        switch (kind)
        {
            case "wrong-content-type":
                Assert.Equal("urn:factcheck:problem:unsupported-media-type", type);
                Assert.Contains($"must be sent as {mediaType}", detail, StringComparison.Ordinal);
                Assert.Contains("'text/plain", detail, StringComparison.Ordinal);
                break;
            case "empty-body":
                Assert.Equal(MalformedRequest, type);
                Assert.Contains(mediaType == MergePatch ? "needs a JSON merge patch body" : "needs a JSON request body", detail, StringComparison.Ordinal);
                break;
            case "json-array" when mediaType == MergePatch:
                Assert.Equal(MalformedRequest, type);
                Assert.StartsWith("A merge patch must be a JSON object", detail, StringComparison.Ordinal);
                break;
            case "json-array" or "oversize-string":
                Assert.Equal(Validation, type);
                break;
            default: // malformed-json, deep-nesting
                Assert.True(type == Validation || (type == MalformedRequest && detail.StartsWith("The request body is not valid JSON", StringComparison.Ordinal)), where);
                break;
        }
    }

    private static StringContent Body(string kind, JsonNode example, string mediaType) => kind switch
    {
        "malformed-json" => new("{\"name\": \"unterminated", Encoding.UTF8, mediaType),
        "empty-body" => new("", Encoding.UTF8, mediaType),
        "wrong-content-type" => new StringContent(example.ToJsonString(), Encoding.UTF8, "text/plain"),
        "oversize-string" => new(Oversize(example.DeepClone()).ToJsonString(), Encoding.UTF8, mediaType),
        "json-array" => new("[1, 2, 3]", Encoding.UTF8, mediaType),
        "deep-nesting" => new(new string('[', 5000) + new string(']', 5000), Encoding.UTF8, mediaType),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>Replaces every free-text value (one with a space in it), or else the first string, with a 200,000-character string.</summary>
    private static JsonNode Oversize(JsonNode node)
    {
        var strings = node.AsObject().Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _)).Select(p => p.Key).ToList();
        var text = strings.Where(k => ((string)node[k]!).Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (var name in text.Count > 0 ? text : strings.Take(1))
        {
            node[name] = new string('x', 200_000);
        }
        return node;
    }

    /// <summary>
    /// Every operation with a JSON request body, its path ids filled in, its media type (a merge patch where one is
    /// accepted) and its request example. Ids are random, so a body is judged before the record is looked up, except
    /// for a merge patch, which needs the record: its ids are the parameter examples (demo records).
    /// </summary>
    private async Task<List<(string Method, string Path, string MediaType, JsonNode Example)>> WriteOperationsAsync()
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var result = new List<(string, string, string, JsonNode)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var content = operation!["requestBody"]?["content"];
                var mediaType = content?[MergePatch] is null ? "application/json" : MergePatch;
                if (content?[mediaType]?["schema"]?["$ref"] is not { } reference)
                {
                    continue;
                }
                var schema = schemas[((string)reference!).Split('/')[^1]]!;
                var examples = (operation["parameters"]?.AsArray() ?? []).ToDictionary(p => (string)p!["name"]!, p => (string?)p!["example"]);
                var concrete = System.Text.RegularExpressions.Regex.Replace(path, "{([^}]+)}",
                    m => mediaType == MergePatch ? examples[m.Groups[1].Value]! : Guid.NewGuid().ToString());
                result.Add((method.ToUpperInvariant(), concrete, mediaType, schema["example"]!));
            }
        }
        return result;
    }
}
