using System.Text;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>
/// Requests Kestrel used to refuse itself, with an empty body, before the application ran: a URL or headers too large,
/// header values that are not text, several API keys. Sent byte for byte to a real Kestrel; each answer is a problem.
/// </summary>
public sealed class RequestEdgeTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static byte[] Get(string target, params string[] headers) =>
        RawHttp.Request($"GET {target} HTTP/1.1\nHost: localhost\n{string.Concat(headers.Select(h => h + "\n"))}Connection: close\n");

    private static System.Text.Json.Nodes.JsonObject AssertProblem(RawResponse response, int status, string type)
    {
        Assert.True(status == response.Status, $"Expected {status}, got {response.Status}: '{response.Body}'");
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        var body = System.Text.Json.Nodes.JsonNode.Parse(response.Body)!.AsObject();
        Assert.Equal(status, (int)body["status"]!);
        Assert.Equal(type, (string?)body["type"]);
        Assert.False(string.IsNullOrEmpty((string?)body["traceId"]));
        return body;
    }

    [Fact]
    public async Task A_url_over_the_limit_is_a_414_problem_and_one_under_it_is_served()
    {
        var fits = await app.SendRawAsync(Get($"/api/v1/claims?pad={new string('a', 8000)}"));
        Assert.Equal(200, fits.Status);

        var response = await app.SendRawAsync(Get($"/api/v1/claims?pad={new string('a', 20_000)}"));

        var body = AssertProblem(response, 414, "urn:factcheck:problem:uri-too-long");
        Assert.Equal("The URL (path and query) may be at most 8192 characters; this one has 20019.", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_long_path_is_named_only_by_its_start()
    {
        var response = await app.SendRawAsync(Get("/api/v1/" + new string('p', 20_000)));

        var body = AssertProblem(response, 414, "urn:factcheck:problem:uri-too-long");
        Assert.Equal(200, ((string?)body["instance"])!.Length);
    }

    [Fact]
    public async Task Headers_over_the_limit_together_are_a_431_problem()
    {
        var response = await app.SendRawAsync(Get("/api/v1/claims", $"X-Padding: {new string('h', 40_000)}"));

        var body = AssertProblem(response, 431, "urn:factcheck:problem:request-header-fields-too-large");
        Assert.StartsWith("The header fields of a request may be at most 32768 characters together", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_header_fields_are_a_431_problem()
    {
        var response = await app.SendRawAsync(Get("/api/v1/claims", [.. Enumerable.Range(0, 150).Select(i => $"X-Field-{i}: {i}")]));

        var body = AssertProblem(response, 431, "urn:factcheck:problem:request-header-fields-too-large");
        Assert.Equal("A request may have at most 100 header fields; this one has 152.", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_header_value_that_is_not_utf8_is_a_400_problem_naming_the_header()
    {
        // 0xFF is never part of UTF-8.
        var response = await app.SendRawAsync(Encoding.Latin1.GetBytes("GET /api/v1/claims HTTP/1.1\r\nHost: localhost\r\nX-Reporter: Zo\u00ff\r\nConnection: close\r\n\r\n"));

        var body = AssertProblem(response, 400, "urn:factcheck:problem:malformed-request");
        Assert.Contains("'X-Reporter'", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_value_with_a_control_character_is_a_400_problem_and_utf8_text_is_served()
    {
        var utf8 = await app.SendRawAsync(Encoding.UTF8.GetBytes("GET /api/v1/claims HTTP/1.1\r\nHost: localhost\r\nX-Reporter: Zoë\r\nConnection: close\r\n\r\n"));
        Assert.Equal(200, utf8.Status);

        var response = await app.SendRawAsync(Get("/api/v1/claims", "X-Reporter: a\u0001b"));

        var body = AssertProblem(response, 400, "urn:factcheck:problem:malformed-request");
        Assert.Contains("'X-Reporter'", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_api_key_headers_are_a_400_problem_even_when_the_first_is_valid()
    {
        var response = await app.SendRawAsync(Get("/api/v1/keys", $"X-Api-Key: {FactCheckApp.AdminKey}", "X-Api-Key: fck_second"));

        var body = AssertProblem(response, 400, "urn:factcheck:problem:malformed-request");
        Assert.Equal("Send one API key in one X-Api-Key header; this request has 2.", (string?)body["detail"]);
        // Joined into one field (as a proxy may join them), the value is no key at all.
        var joined = await app.SendRawAsync(Get("/api/v1/keys", $"X-Api-Key: {FactCheckApp.AdminKey}, fck_second"));
        AssertProblem(joined, 401, "urn:factcheck:problem:unauthorized");
        Assert.Equal(200, (await app.SendRawAsync(Get("/api/v1/keys", $"X-Api-Key: {FactCheckApp.AdminKey}"))).Status);
    }
}
