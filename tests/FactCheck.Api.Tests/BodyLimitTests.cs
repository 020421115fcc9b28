using FactCheck.Api.Tests.Infrastructure.Contract;
using System.Net;
using System.Text;
using System.Text.Json;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>Bodies over FactCheck:Limits are refused with a 413 problem, whether they announce their length or not.</summary>
public sealed class BodyLimitTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private const string TooLarge = "urn:factcheck:problem:payload-too-large";
    private const int TwoMegabytes = 2 * 1024 * 1024;
    // No redirects: the redirect handler buffers request bodies (to resend them), which gives them a Content-Length.
    private readonly HttpClient client = app.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>A valid claim, padded with whitespace: without the limit it would be recorded.</summary>
    private async Task<(string ClaimantId, string Json)> ValidClaimAsync()
    {
        var claimantId = Id(await client.CreateActorAsync());
        var sourceId = Id(await client.CreateSourceAsync());
        var json = JsonSerializer.Serialize(new
        {
            statement = $"NATO is looking to deploy intermediate-range missiles in Europe ({Guid.NewGuid():N}).",
            claimantId, madeAt = "2021-12-01T00:00:00Z", appearances = new[] { sourceId }, language = "en",
        });
        return (claimantId, json);
    }

    private static string Padded(string json, int size) => json[..^1] + new string(' ', size) + "}";

    private async Task AssertNothingRecordedAsync(string claimantId)
    {
        var claims = await client.GetOkAsync($"/api/v1/claims?claimantId={claimantId}");
        Assert.Empty(claims["items"]!.AsArray());
    }

    [Fact]
    public async Task A_2_MB_body_with_content_length_is_a_413_problem_and_nothing_is_recorded()
    {
        var (claimantId, json) = await ValidClaimAsync();
        var content = new StringContent(Padded(json, TwoMegabytes), Encoding.UTF8, "application/json");
        Assert.NotNull(content.Headers.ContentLength);

        var response = await client.PostAsync("/api/v1/claims", content);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, TooLarge);
        Assert.Equal("The request body may be at most 1048576 bytes.", (string?)body["detail"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        await AssertNothingRecordedAsync(claimantId);
        // The same claim without the padding is accepted: the size was the only fault.
        await client.PostOkAsync("/api/v1/claims", JsonDocument.Parse(json).RootElement);
    }

    [Fact]
    public async Task A_2_MB_chunked_body_is_a_413_problem_and_nothing_is_recorded()
    {
        var (claimantId, json) = await ValidClaimAsync();
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(Padded(json, TwoMegabytes))));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        Assert.Null(content.Headers.ContentLength); // So it is sent chunked, and the server must count as it reads.

        var response = await client.PostAsync("/api/v1/claims", content);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, TooLarge);
        Assert.Equal("The request body may be at most 1048576 bytes.", (string?)body["detail"]);
        await AssertNothingRecordedAsync(claimantId);
    }

    [Fact]
    public async Task A_chunked_body_under_the_limit_is_accepted()
    {
        var (_, json) = await ValidClaimAsync();
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(Padded(json, 500_000))));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };

        var response = await client.PostAsync("/api/v1/claims", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_limit_is_configurable()
    {
        using var small = app.WithWebHostBuilder(b => b.UseSetting("FactCheck:Limits:MaxRequestBodyBytes", "2000"));
        var smallClient = small.CreateCheckedClient();
        var body = new StringContent(Padded("""{"name":"Sergei Ryabkov","kind":"person"}""", 3000), Encoding.UTF8, "application/json");

        var response = await smallClient.PostAsync("/api/v1/actors", body);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, TooLarge);
        Assert.Equal("The request body may be at most 2000 bytes.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Imports_have_a_larger_limit()
    {
        // 2 MB of spaces pass the import's limit; above the 1 MB threshold they become a job, whose reader finds no document in them.
        var content = new StringContent(new string(' ', TwoMegabytes), Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/imports", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await ImportJobsTests.FinishedAsync(app, client, response.Headers.Location!.ToString());
        Assert.Equal("failed", (string?)job["status"]);
        Assert.Contains("not valid JSON after 0 review(s)", (string?)job["error"], StringComparison.Ordinal);
    }

    /// <summary>A stream whose length cannot be known in advance, as when a client streams a body.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
