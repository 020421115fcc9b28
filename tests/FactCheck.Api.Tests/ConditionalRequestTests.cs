using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ConditionalRequestTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private static HttpRequestMessage With(HttpMethod method, string path, string header, string etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(header, etag);
        return request;
    }

    [Fact]
    public async Task If_none_match_with_the_current_etag_is_a_304_without_body()
    {
        var claim = await client.CreateClaimAsync();
        var path = $"/api/v1/claims/{Id(claim)}";
        var etag = (await client.GetAsync(path)).Headers.ETag!.Tag;

        var notModified = await client.SendAsync(With(HttpMethod.Get, path, "If-None-Match", etag));
        var modified = await client.SendAsync(With(HttpMethod.Get, path, "If-None-Match", "\"something-else\""));

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag!.Tag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(With(HttpMethod.Get, path, "If-None-Match", "*"))).StatusCode);
    }

    [Fact]
    public async Task A_stale_if_match_is_a_412_and_changes_nothing()
    {
        var actor = await client.CreateActorAsync("Sergei Ryabkov");
        var path = $"/api/v1/actors/{Id(actor)}";
        await client.PutAsJsonAsync(path, new { name = "Sergei Ryabkov", kind = "person", title = "Deputy Foreign Minister" }); // now version 2

        var stale = await client.SendAsync(With(HttpMethod.Put, path, "If-Match", "\"1\"", new { name = "Overwritten", kind = "person" }));
        var staleDelete = await client.SendAsync(With(HttpMethod.Delete, path, "If-Match", "\"1\""));

        var body = await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");
        Assert.Contains("\"2\"", (string?)body["detail"], StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");
        var current = await client.GetOkAsync(path);
        Assert.Equal("Deputy Foreign Minister", (string?)current["title"]);
        Assert.Equal(2, (await client.GetOkAsync($"{path}/history"))["items"]!.AsArray().Count);

        var fresh = await client.SendAsync(With(HttpMethod.Put, path, "If-Match", "\"2\"", new { name = "Sergei Ryabkov", kind = "person" }));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal("\"3\"", fresh.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Claim_parts_and_status_changes_honour_if_match()
    {
        var claim = await client.CreateClaimAsync();
        var claimPath = $"/api/v1/claims/{Id(claim)}";
        var etag = (await client.GetAsync(claimPath)).Headers.ETag!.Tag;
        var rebuttal = await client.PostOkAsync($"{claimPath}/rebuttals", new { actorId = Id(await client.CreateActorAsync()), statement = "No.", kind = "denial" });

        // The rebuttal moved the claim's ETag: a status change based on the old one is refused.
        await ProblemAssert.IsProblemAsync(await client.SendAsync(With(HttpMethod.Post, $"{claimPath}/status", "If-Match", etag, new { status = "refuted", rationale = "R" })),
            HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");
        var current = (await client.GetAsync(claimPath)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(With(HttpMethod.Post, $"{claimPath}/status", "If-Match", current, new { status = "refuted", rationale = "R" }))).StatusCode);

        var rebuttalPath = $"{claimPath}/rebuttals/{Id(rebuttal)}";
        await ProblemAssert.IsProblemAsync(await client.SendAsync(With(HttpMethod.Delete, rebuttalPath, "If-Match", "\"stale\"")),
            HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");
        var rebuttalETag = (await client.GetAsync(rebuttalPath)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(With(HttpMethod.Delete, rebuttalPath, "If-Match", rebuttalETag))).StatusCode);
    }

    [Fact]
    public async Task Twenty_concurrent_updates_with_one_etag_let_exactly_one_through()
    {
        var source = await client.CreateSourceAsync();
        var path = $"/api/v1/sources/{Id(source)}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.SendAsync(With(HttpMethod.Put, path, "If-Match", "\"1\"", new { title = $"Title {i}", kind = "report", url = (string)source["url"]! }))));

        Assert.Single(responses, r => r.IsSuccessStatusCode);
        Assert.All(responses.Where(r => !r.IsSuccessStatusCode), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        foreach (var refused in responses.Where(r => !r.IsSuccessStatusCode))
        {
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");
        }
        var winner = await responses.Single(r => r.IsSuccessStatusCode).ReadJsonAsync();
        Assert.Equal((string?)winner["title"], (string?)(await client.GetOkAsync(path))["title"]);
        Assert.Equal(2, (await client.GetOkAsync($"{path}/history"))["items"]!.AsArray().Count);
    }
}

public sealed class RequiredIfMatchTests : IDisposable
{
    private readonly StrictApp app = new();

    [Fact]
    public async Task Without_if_match_a_change_is_a_428_when_the_server_requires_it()
    {
        var client = app.CreateClient();
        var actor = await client.CreateActorAsync();

        var body = await ProblemAssert.IsProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/actors/{Id(actor)}", new { name = "X", kind = "person" }),
            (HttpStatusCode)428, "urn:factcheck:problem:precondition-required");

        Assert.Contains("If-Match", (string?)body["detail"], StringComparison.Ordinal);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actors/{Id(actor)}") { Content = JsonContent.Create(new { name = "X", kind = "person" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    public void Dispose() => app.Dispose();

    private sealed class StrictApp : FactCheckApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactCheck:RequireIfMatch", "true");
        }
    }
}

public sealed class PatchIfMatchTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    [Fact]
    public async Task A_merge_patch_with_a_stale_if_match_is_a_412_and_changes_nothing()
    {
        var client = app.CreateClient();
        var claim = await client.CreateClaimAsync();
        var path = $"/api/v1/claims/{Id(claim)}";
        var etag = (await client.GetAsync(path)).Headers.ETag!.Tag;

        HttpRequestMessage Patch(string summary, string ifMatch)
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, path)
            {
                Content = new StringContent($$"""{"summary":"{{summary}}"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
            };
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return request;
        }

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Patch("First", etag))).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.SendAsync(Patch("Second", etag)), HttpStatusCode.PreconditionFailed, "urn:factcheck:problem:precondition-failed");
        Assert.Equal("First", (string?)(await client.GetOkAsync(path))["summary"]);
    }
}
