using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FactCheck.Api.Tests;

/// <summary>The service with small budgets: 3 requests a minute per client address, 5 per API key, 3 invalid keys per address.</summary>
public sealed class RateLimitedApp : FactCheckApp
{
    public const int Anonymous = 3;
    public const int PerKey = 5;
    public const int FailedKeys = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FactCheck:RateLimits:Enabled", "true");
        builder.UseSetting("FactCheck:RateLimits:AnonymousPermitLimit", Anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("FactCheck:RateLimits:PermitLimit", PerKey.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("FactCheck:RateLimits:FailedKeyPermitLimit", FailedKeys.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("FactCheck:RateLimits:WindowSeconds", "60");
        builder.UseTestCallers();
    }
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private static int nextAddress;
    private readonly HttpClient client = app.CreateAnonymousClient();

    /// <summary>Each test calls from addresses of its own, so their budgets never mix.</summary>
    private static string NewAddress()
    {
        var n = Interlocked.Increment(ref nextAddress);
        return $"198.51.100.{n}";
    }

    private Task<HttpResponseMessage> GetAsync(string path, string ip, string? apiKey = null) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path).From(ip, apiKey));

    private async Task SpendAsync(int requests, string ip, string? apiKey = null)
    {
        for (var i = 0; i < requests; i++)
        {
            var response = await GetAsync("/api/v1/claims", ip, apiKey);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"request {i + 1} of {requests}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_burst_beyond_the_limit_answers_429_problem_with_retry_after()
    {
        var ip = NewAddress();
        await SpendAsync(RateLimitedApp.Anonymous, ip);

        var response = await GetAsync("/api/v1/claims", ip);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, "urn:factcheck:problem:rate-limited");
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(retryAfter, (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        Assert.Contains($"{retryAfter} second", (string?)body["detail"], StringComparison.Ordinal);
        Assert.Equal("/api/v1/claims", (string?)body["instance"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Every_path_draws_on_the_same_budget_even_unknown_ones()
    {
        var ip = NewAddress();
        await SpendAsync(RateLimitedApp.Anonymous, ip);

        await ProblemAssert.IsProblemAsync(await GetAsync("/api/v1/actors", ip), HttpStatusCode.TooManyRequests, "urn:factcheck:problem:rate-limited");
        await ProblemAssert.IsProblemAsync(await GetAsync("/api/v1/nothing-here", ip), HttpStatusCode.TooManyRequests, "urn:factcheck:problem:rate-limited");
    }

    [Fact]
    public async Task Each_client_address_has_its_own_budget()
    {
        var busy = NewAddress();
        await SpendAsync(RateLimitedApp.Anonymous, busy);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("/api/v1/claims", busy)).StatusCode);

        await SpendAsync(RateLimitedApp.Anonymous, NewAddress());
    }

    [Fact]
    public async Task An_api_key_has_its_own_larger_budget_wherever_it_calls_from()
    {
        var ip = NewAddress();
        var key = $"key-{Guid.NewGuid():N}";
        await SpendAsync(RateLimitedApp.Anonymous, ip);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("/api/v1/claims", ip)).StatusCode);

        // The address is spent, but the key is not; and the key's budget is one, across addresses.
        await SpendAsync(RateLimitedApp.PerKey - 1, ip, key);
        await SpendAsync(1, NewAddress(), key);

        var response = await GetAsync("/api/v1/claims", NewAddress(), key);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, "urn:factcheck:problem:rate-limited");
        Assert.True(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task The_openapi_document_and_swagger_ui_are_not_limited()
    {
        var ip = NewAddress();
        await SpendAsync(RateLimitedApp.Anonymous, ip);

        for (var i = 0; i < RateLimitedApp.Anonymous + 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/openapi/v1.json", ip)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/swagger/index.html", ip)).StatusCode);
        }
    }

    [Fact]
    public async Task Invalid_keys_spend_the_address_budget_then_every_key_from_it_is_refused_until_the_window_ends()
    {
        var guesser = NewAddress();
        HttpRequestMessage WithKey(string key, string ip)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/claims").From(ip);
            request.Headers.Add("X-Api-Key", key);
            return request;
        }
        for (var i = 0; i < RateLimitedApp.FailedKeys; i++)
        {
            await ProblemAssert.IsProblemAsync(await client.SendAsync(WithKey($"fck_guess-{i}", guesser)), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        }

        var guess = await client.SendAsync(WithKey("fck_guess-next", guesser));
        var valid = await client.SendAsync(WithKey(FactCheckApp.AdminKey, guesser));

        var body = await ProblemAssert.IsProblemAsync(guess, HttpStatusCode.TooManyRequests, "urn:factcheck:problem:rate-limited");
        Assert.StartsWith("Too many requests with API keys that are not valid came from this address.", (string?)body["detail"], StringComparison.Ordinal);
        Assert.InRange((int)guess.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // A valid key is refused alike: were it let through, its answer would tell the guesser it was right.
        await ProblemAssert.IsProblemAsync(valid, HttpStatusCode.TooManyRequests, "urn:factcheck:problem:rate-limited");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/claims", guesser)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WithKey(FactCheckApp.AdminKey, NewAddress()))).StatusCode);
    }

    [Fact]
    public async Task Keys_in_the_query_string_spend_the_failed_key_budget_too()
    {
        var guesser = NewAddress();
        string[] names = ["api_key", "apikey", "apiKey", "key", "X-Api-Key"];
        for (var i = 0; i < names.Length; i++)
        {
            var response = await GetAsync($"/api/v1/claims?{names[i]}=fck_guess-{i}", guesser);
            if (i < RateLimitedApp.FailedKeys)
            {
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
                continue;
            }
            var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, "urn:factcheck:problem:rate-limited");
            Assert.StartsWith("Too many requests with API keys that are not valid came from this address.", (string?)body["detail"], StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/claims", guesser)).StatusCode);
    }
}
