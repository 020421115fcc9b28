using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>The benchmark program's yardsticks: served only in benchmark mode, never in the contract, and the raw read is the same GET.</summary>
public sealed class BenchmarkModeTests(BenchmarkModeTests.BenchmarkApp app, DemoApp plain) : IClassFixture<BenchmarkModeTests.BenchmarkApp>, IClassFixture<DemoApp>
{
    private const string ShoiguClaim = "017ddfa6-f280-77ce-9f37-a214592c0798";

    [Fact]
    public async Task The_raw_read_answers_exactly_what_the_api_answers()
    {
        var client = app.CreateClient();
        var (ef, raw) = await ReadBothAsync(client, ShoiguClaim);
        Assert.NotEmpty(raw["rebuttals"]!.AsArray());
        Assert.NotEmpty(raw["evidence"]!.AsArray());

        var ping = JsonNode.Parse(await client.GetStringAsync("/benchmark/ping"))!;
        Assert.Equal("pong", (string?)ping["status"]);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/benchmark/claims/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.DoesNotContain("/benchmark", await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_raw_read_runs_the_statements_ef_core_runs_and_leaves_out_what_it_leaves_out()
    {
        var client = app.CreateClient();
        // Two sources listed against the order they were made, two rebuttals and two evidence items of which one each is deleted,
        // a review and a status change.
        var (first, second) = (Id(await client.CreateSourceAsync()), Id(await client.CreateSourceAsync()));
        var claim = Id(await client.CreateClaimAsync(appearances: [second, first]));
        var path = $"/api/v1/claims/{claim}";
        var kept = await client.PostOkAsync($"{path}/rebuttals", new
        {
            actorId = Id(await client.CreateActorAsync()), statement = "Completely false.", kind = "denial", madeAt = "2021-12-22T09:00:00Z", sourceId = first,
        });
        var dropped = await client.PostOkAsync($"{path}/rebuttals", new { actorId = Id(await client.CreateActorAsync()), statement = "Nonsense.", kind = "denial" });
        var evidence = await client.PostOkAsync($"{path}/evidence", new { summary = "The Pentagon denies it.", bearing = "refutes", strength = "strong", sourceId = second });
        var gone = await client.PostOkAsync($"{path}/evidence", new { summary = "A leaked memo.", bearing = "supports", strength = "weak", url = "https://example.org/memo" });
        await client.PostOkAsync($"{path}/reviews", new
        {
            publisher = new { name = "Example Fact Check" }, url = $"https://factcheck.example.org/{Guid.NewGuid():N}",
            title = "No smuggling", textualRating = "False", publishedAt = "2021-12-23T09:00:00Z",
        });
        await client.PostOkAsync($"{path}/status", new { status = "refuted", rationale = "The Pentagon denied it." });
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{path}/rebuttals/{Id(dropped)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{path}/evidence/{Id(gone)}")).StatusCode);

        var (ef, raw) = await ReadBothAsync(client, claim);

        Assert.Equal([second, first], raw["appearances"]!.AsArray().Select(a => (string)a!));
        Assert.Equal([Id(kept)], raw["rebuttals"]!.AsArray().Select(r => Id(r!)));
        Assert.Equal([Id(evidence)], raw["evidence"]!.AsArray().Select(e => Id(e!)));
        Assert.Equal("refuted", (string?)ef["evidenceStatus"]);
        var statements = app.Statements.Of(path).Where(s => s.Contains(claim, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(3, statements.Count);
        Assert.Equal(statements, app.Statements.Of($"/benchmark/claims/{claim}").Where(s => s.Contains(claim, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Without_benchmark_mode_there_is_nothing_to_find()
    {
        var client = plain.CreateClient();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/benchmark/ping"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/benchmark/claims/{ShoiguClaim}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    /// <summary>GETs the claim through the API and through the raw read; asserts the same status, ETag and body.</summary>
    private static async Task<(JsonNode Ef, JsonNode Raw)> ReadBothAsync(HttpClient client, string claim)
    {
        using var viaEf = await client.GetAsync($"/api/v1/claims/{claim}");
        using var viaRaw = await client.GetAsync($"/benchmark/claims/{claim}");
        Assert.Equal(HttpStatusCode.OK, viaEf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaRaw.StatusCode);
        Assert.NotNull(viaEf.Headers.ETag);
        Assert.Equal(viaEf.Headers.ETag, viaRaw.Headers.ETag);
        var ef = JsonNode.Parse(await viaEf.Content.ReadAsStringAsync())!;
        var raw = JsonNode.Parse(await viaRaw.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(ef, raw), $"EF: {ef}\nraw: {raw}");
        return (ef, raw);
    }

    public sealed class BenchmarkApp : FactCheckApp
    {
        protected override bool DemoData => true;

        /// <summary>What SQLite runs for each request path.</summary>
        public SqlStatementTrace Statements { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactCheck:BenchmarkMode", "true");
            Statements.AddTo(builder);
        }
    }
}
