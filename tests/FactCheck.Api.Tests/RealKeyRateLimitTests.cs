using System.Globalization;
using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FactCheck.Api.Tests;

/// <summary>
/// Small budgets, counted for real API keys made through the API: 2 requests per window for each client address without a key,
/// 4 for each key, in a window of 15 minutes, so no budget refills while a test runs (the rate limiter keeps its own clock,
/// which a test cannot move). Only the client address is set per request (X-Test-Client-Ip); the keys are the service's own.
/// </summary>
public sealed class RealKeyRateLimitedApp : FactCheckApp
{
    public const int Anonymous = 2;
    public const int PerKey = 4;
    public const int WindowSeconds = 900;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FactCheck:RateLimits:Enabled", "true");
        builder.UseSetting("FactCheck:RateLimits:AnonymousPermitLimit", Anonymous.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("FactCheck:RateLimits:PermitLimit", PerKey.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("FactCheck:RateLimits:WindowSeconds", WindowSeconds.ToString(CultureInfo.InvariantCulture));
        builder.UseTestCallers();
    }
}

/// <summary>
/// The admin key makes the keys and has a budget of <see cref="RealKeyRateLimitedApp.PerKey"/> requests like any other, so the
/// class makes two keys in all, once.
/// </summary>
public sealed class RealKeyRateLimitTests(RealKeyRateLimitedApp app) : IClassFixture<RealKeyRateLimitedApp>
{
    private const string RateLimited = "urn:factcheck:problem:rate-limited";
    private readonly HttpClient client = app.CreateAnonymousClient();

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, string path, string address, string? key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content }.From(address);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await client.SendAsync(request);
    }

    private async Task<string> CreateKeyAsync(string role)
    {
        var response = await CallAsync(HttpMethod.Post, "/api/v1/keys", "203.0.113.1", FactCheckApp.AdminKey,
            System.Net.Http.Json.JsonContent.Create(new { name = $"{role}-{Guid.NewGuid():N}", role }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["key"]!;
    }

    private static async Task AssertRateLimitedAsync(HttpResponseMessage response, string path)
    {
        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, RateLimited);
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        // The window is fixed and Retry-After gives (about) its whole length: never less than the wait.
        Assert.InRange(retryAfter, RealKeyRateLimitedApp.WindowSeconds - 5, RealKeyRateLimitedApp.WindowSeconds);
        Assert.Equal($"This client has used its requests for now. Retry after {retryAfter} second(s).", (string?)body["detail"]);
        Assert.Equal(path, (string?)body["instance"]);
    }

    [Fact]
    public async Task Each_real_key_has_a_budget_of_its_own_across_addresses_apart_from_the_addresses_and_other_keys()
    {
        var reader = await CreateKeyAsync("reader");
        var editor = await CreateKeyAsync("editor");

        // The reader's budget is one wherever it calls from, and reads and writes draw on it alike.
        for (var i = 0; i < RealKeyRateLimitedApp.PerKey; i++)
        {
            var response = await CallAsync(HttpMethod.Get, "/api/v1/claims", $"198.51.100.{10 + i}", reader);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"request {i + 1}: {(int)response.StatusCode}");
        }
        await AssertRateLimitedAsync(await CallAsync(HttpMethod.Get, "/api/v1/actors", "198.51.100.20", reader), "/api/v1/actors");

        // From the same address, another key and a caller without a key still have their own budgets.
        for (var i = 0; i < RealKeyRateLimitedApp.PerKey - 1; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync(HttpMethod.Get, "/api/v1/claims", "198.51.100.20", editor)).StatusCode);
        }
        var write = await CallAsync(HttpMethod.Post, "/api/v1/actors", "198.51.100.21", editor,
            System.Net.Http.Json.JsonContent.Create(new { name = $"Actor {Guid.NewGuid():N}", kind = "person" }));
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        await AssertRateLimitedAsync(await CallAsync(HttpMethod.Post, "/api/v1/actors", "198.51.100.20", editor,
            System.Net.Http.Json.JsonContent.Create(new { name = $"Actor {Guid.NewGuid():N}", kind = "person" })), "/api/v1/actors");
        for (var i = 0; i < RealKeyRateLimitedApp.Anonymous; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync(HttpMethod.Get, "/api/v1/claims", "198.51.100.20", null)).StatusCode);
        }
        await AssertRateLimitedAsync(await CallAsync(HttpMethod.Get, "/api/v1/claims", "198.51.100.20", null), "/api/v1/claims");

        // A refused key is refused on every path, and the admin that made the keys was not charged for their requests.
        await AssertRateLimitedAsync(await CallAsync(HttpMethod.Get, "/api/v1/stats", "198.51.100.22", reader), "/api/v1/stats");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(HttpMethod.Get, "/api/v1/keys", "198.51.100.20", FactCheckApp.AdminKey)).StatusCode);
    }
}
