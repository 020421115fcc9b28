using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Importing;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static FactCheck.Api.Tests.ImportFixtures;

namespace FactCheck.Api.Tests;

/// <summary>
/// The service with small caps on what waits to be imported, and no job runner: every job accepted stays queued, so what
/// a cap admits is exactly what the test posted.
/// </summary>
public sealed class SmallImportCapsApp : FactCheckApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FactCheck:Imports:MaxQueuedJobsPerKey", "2");
        builder.UseSetting("FactCheck:Imports:MaxQueuedBytesPerKey", "30000");
        builder.UseSetting("FactCheck:Imports:MaxQueuedJobs", "3");
        builder.UseSetting("FactCheck:Imports:MaxQueuedBytes", "1000000");
        builder.UseSetting("FactCheck:Imports:QueueFullRetryAfterSeconds", "7");
        builder.ConfigureTestServices(services =>
            services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(ImportJobRunner))));
    }

    public int SpooledFiles => Directory.Exists(Path.Combine(DataDirectory, "imports")) ? Directory.GetFiles(Path.Combine(DataDirectory, "imports")).Length : 0;
}

public sealed class ImportCapsTests
{
    private static HttpRequestMessage Job(string document, bool chunked = false)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        HttpContent content = chunked ? new StreamContent(new UnknownLength(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ld+json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = content };
        request.Headers.Add("Prefer", "respond-async");
        return request;
    }

    private static async Task<JsonObject> IsQueueFullAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, "urn:factcheck:problem:import-queue-full");
        Assert.Equal("7", string.Join("", response.Headers.GetValues("Retry-After")));
        Assert.EndsWith("Retry after 7 second(s), once a job has finished.", (string?)problem["detail"], StringComparison.Ordinal);
        return problem;
    }

    [Fact]
    public async Task Jobs_past_the_cap_of_a_key_and_of_the_server_are_a_429_and_leave_nothing_behind()
    {
        using var app = new SmallImportCapsApp();
        var first = await app.CreateClientWithRoleAsync("editor");
        var second = await app.CreateClientWithRoleAsync("editor");

        Assert.Equal(HttpStatusCode.Accepted, (await first.SendAsync(Job(Quint(NewUrl())))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await first.SendAsync(Job(Quint(NewUrl())))).StatusCode);
        var problem = await IsQueueFullAsync(await first.SendAsync(Job(Quint(NewUrl()))));
        Assert.StartsWith("This key has 2 import job(s) queued or running, the most a key may have.", (string?)problem["detail"], StringComparison.Ordinal);

        // Another key has a cap of its own, up to what the server takes in all (3).
        Assert.Equal(HttpStatusCode.Accepted, (await second.SendAsync(Job(Quint(NewUrl())))).StatusCode);
        problem = await IsQueueFullAsync(await second.SendAsync(Job(Quint(NewUrl()))));
        Assert.StartsWith("The server has 3 import job(s) queued or running, the most it takes.", (string?)problem["detail"], StringComparison.Ordinal);

        Assert.Equal(3, app.SpooledFiles);
        var jobs = await app.CreateClient().ReadAllPagesAsync("/api/v1/imports", 100);
        Assert.Equal(3, jobs.Count);
    }

    [Fact]
    public async Task Spooled_bytes_past_the_cap_of_a_key_are_a_429_even_for_a_body_without_a_length()
    {
        using var app = new SmallImportCapsApp();
        var client = await app.CreateClientWithRoleAsync("editor");
        var big = Generated(40, Guid.NewGuid().ToString("N")); // about 20 KB: one fits in the key's 30,000 bytes, two do not
        Assert.InRange(Encoding.UTF8.GetByteCount(big), 15_001, 29_999);
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(Job(big))).StatusCode);

        var declared = await IsQueueFullAsync(await client.SendAsync(Job(big)));
        Assert.StartsWith("This key's queued imports would take more than 30000 bytes", (string?)declared["detail"], StringComparison.Ordinal);
        // Chunked, the size shows only while spooling: refused once the file passes the cap, and the file is deleted.
        await IsQueueFullAsync(await client.SendAsync(Job(big, chunked: true)));

        Assert.Equal(1, app.SpooledFiles);
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(Job(Quint(NewUrl()), chunked: true))).StatusCode);
        Assert.Equal(2, app.SpooledFiles);
    }

    [Fact]
    public async Task Concurrent_posts_of_one_key_never_pass_its_cap()
    {
        using var app = new SmallImportCapsApp();
        var client = await app.CreateClientWithRoleAsync("editor");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.SendAsync(Job(Quint(NewUrl())))));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests))
        {
            var problem = await IsQueueFullAsync(refused);
            Assert.StartsWith("This key has 2 import job(s) queued or running", (string?)problem["detail"], StringComparison.Ordinal);
        }
        Assert.Equal(2, app.SpooledFiles);
    }

    private sealed class UnknownLength(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
