using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FactCheck.Api.Tests;

/// <summary>The benchmark program's yardsticks: served only in benchmark mode, never in the contract, and the raw read is the same GET.</summary>
public sealed class BenchmarkModeTests(BenchmarkModeTests.BenchmarkApp app, DemoApp plain) : IClassFixture<BenchmarkModeTests.BenchmarkApp>, IClassFixture<DemoApp>
{
    private const string ShoiguClaim = "017ddfa6-f280-77ce-9f37-a214592c0798";

    [Fact]
    public async Task The_raw_read_answers_exactly_what_the_api_answers()
    {
        var client = app.CreateClient();
        using var viaEf = await client.GetAsync($"/api/v1/claims/{ShoiguClaim}");
        using var viaRaw = await client.GetAsync($"/benchmark/claims/{ShoiguClaim}");

        Assert.Equal(HttpStatusCode.OK, viaRaw.StatusCode);
        Assert.Equal(viaEf.Headers.ETag, viaRaw.Headers.ETag);
        var ef = JsonNode.Parse(await viaEf.Content.ReadAsStringAsync())!;
        var raw = JsonNode.Parse(await viaRaw.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(ef, raw), $"EF: {ef}\nraw: {raw}");
        Assert.NotEmpty(raw["rebuttals"]!.AsArray());
        Assert.NotEmpty(raw["evidence"]!.AsArray());

        var ping = JsonNode.Parse(await client.GetStringAsync("/benchmark/ping"))!;
        Assert.Equal("pong", (string?)ping["status"]);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/benchmark/claims/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.DoesNotContain("/benchmark", await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_benchmark_mode_there_is_nothing_to_find()
    {
        var client = plain.CreateClient();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/benchmark/ping"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/benchmark/claims/{ShoiguClaim}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    public sealed class BenchmarkApp : FactCheckApp
    {
        protected override bool DemoData => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactCheck:BenchmarkMode", "true");
        }
    }
}
