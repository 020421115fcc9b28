using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static FactCheck.Api.Tests.ImportFixtures;

namespace FactCheck.Api.Tests;

/// <summary>The service with a small threshold (4 KB), so a few reviews make a background import.</summary>
public sealed class SmallImportThresholdApp : FactCheckApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("FactCheck:Imports:AsyncThresholdBytes", "4096");
        builder.UseSetting("FactCheck:Imports:RetryAfterSeconds", "1");
    }
}

public sealed class ImportJobsTests(SmallImportThresholdApp app) : IClassFixture<SmallImportThresholdApp>
{
    private readonly HttpClient client = app.CreateClient();

    private static StringContent Json(string document) => new(document, Encoding.UTF8, "application/ld+json");

    /// <summary>Posts a document that must become a job; answers the job's URL.</summary>
    private async Task<string> PostJobAsync(HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode} {body}");
        var location = response.Headers.Location!.ToString();
        Assert.Equal($"/api/v1/imports/{body["id"]}", location);
        Assert.Equal("1", string.Join("", response.Headers.GetValues("Retry-After")));
        Assert.Contains((string?)body["status"], new[] { "queued", "running", "succeeded" });
        Assert.Equal(FactCheckApp.AdminName, (string?)body["createdBy"]);
        return location;
    }

    /// <summary>
    /// The job at <paramref name="location"/> once it has finished, waited for without polling: the runner deletes a job's
    /// spooled body right after recording its end, so that file's deletion is the signal. The job is read once the
    /// watch is set (it may have finished already) and again on the signal.
    /// </summary>
    internal static async Task<JsonObject> FinishedAsync(FactCheckApp app, HttpClient client, string location)
    {
        static bool Finished(JsonObject job) => (string?)job["status"] is "succeeded" or "failed";
        var spooled = $"{Guid.Parse(location.Split('/')[^1]):N}.json";
        var deleted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(Path.Combine(app.DataDirectory, "imports"), spooled);
        watcher.Deleted += (_, _) => deleted.TrySetResult(true);
        watcher.EnableRaisingEvents = true;
        var job = await client.GetOkAsync(location);
        if (!Finished(job))
        {
            await Signal.WithinAsync(deleted.Task, TimeSpan.FromMinutes(2), $"the import job {location} finishes and its spooled body is deleted");
            job = await client.GetOkAsync(location);
        }
        Assert.True(Finished(job), $"The import job's body is gone but the job is {job["status"]}.");
        return job;
    }

    [Fact]
    public async Task A_large_body_is_a_job_that_reaches_succeeded_with_the_counts()
    {
        var document = Generated(60, Guid.NewGuid().ToString("N"));
        Assert.True(Encoding.UTF8.GetByteCount(document) > 4096);

        var location = await PostJobAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Json(document) });
        var job = await FinishedAsync(app, client, location);

        Assert.Equal("succeeded", (string?)job["status"]);
        Assert.Equal(60, (int)job["reviews"]!);
        Assert.Equal((long)job["bytesTotal"]!, (long)job["bytesRead"]!);
        Assert.NotNull(job["startedAt"]);
        Assert.NotNull(job["finishedAt"]);
        Assert.Null(job["error"]);
        var report = job["report"]!;
        Assert.Equal(60, (int)report["reviews"]!);
        Assert.Equal(60, (int)report["counts"]!["reviews"]!["created"]!);
        Assert.Equal(60, (int)report["counts"]!["claims"]!["created"]!);
        Assert.Equal(3, (int)report["counts"]!["claimants"]!["created"]!);
        Assert.Equal(0, (int)report["rejectedTotal"]!);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "imports")));
        var listed = await client.ReadAllPagesAsync("/api/v1/imports", 100);
        Assert.Contains((string?)job["id"], listed);

        // The same document again, as a job too: everything unchanged.
        var again = await FinishedAsync(app, client, await PostJobAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Json(document) }));
        Assert.Equal(60, (int)again["report"]!["counts"]!["reviews"]!["unchanged"]!);
        Assert.Equal(0, (int)again["report"]!["counts"]!["claims"]!["created"]!);
    }

    [Fact]
    public async Task An_element_larger_than_a_megabyte_is_read_piecewise_too()
    {
        // The feed is one element of the outer array, too big to hold whole, and says it is a DataFeed only at its end.
        var feed = Generated(2500, Guid.NewGuid().ToString("N"));
        var document = $$"""[ {{Quint(NewUrl())}}, { "dataFeedElement": {{feed}}, "@type": "DataFeed" }, { "@type": "Person" } ]""";
        Assert.True(Encoding.UTF8.GetByteCount(feed) > 1024 * 1024);

        var job = await FinishedAsync(app, client, await PostJobAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Json(document) }));

        Assert.Equal("succeeded", (string?)job["status"]);
        Assert.Equal(2502, (int)job["report"]!["reviews"]!);
        Assert.Equal(2501, (int)job["report"]!["counts"]!["reviews"]!["created"]!);
        Assert.Equal(2501, (int)Assert.Single(job["report"]!["rejected"]!.AsArray())!["index"]!);
    }

    [Fact]
    public async Task A_body_without_a_length_is_read_up_to_the_threshold_then_spooled()
    {
        // Chunked: the size shows only while reading, so the first 4 KB are read into memory and the rest follows them to the file.
        var document = Generated(30, Guid.NewGuid().ToString("N"));
        var content = new StreamContent(new UnknownLength(Encoding.UTF8.GetBytes(document)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ld+json");

        var job = await FinishedAsync(app, client, await PostJobAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = content }));

        Assert.Equal("succeeded", (string?)job["status"]);
        Assert.Equal(Encoding.UTF8.GetByteCount(document), (long)job["bytesTotal"]!);
        Assert.Equal(30, (int)job["report"]!["counts"]!["reviews"]!["created"]!);
    }

    private sealed class UnknownLength(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task Prefer_respond_async_makes_a_small_body_a_job()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Json(Quint(NewUrl())) };
        request.Headers.Add("Prefer", "respond-async");

        var job = await FinishedAsync(app, client, await PostJobAsync(request));

        Assert.Equal("succeeded", (string?)job["status"]);
        Assert.Equal(1, (int)job["report"]!["counts"]!["reviews"]!["created"]!);
    }

    [Fact]
    public async Task A_document_malformed_midway_fails_the_job_keeping_what_came_before()
    {
        var run = Guid.NewGuid().ToString("N");
        var document = Generated(40, run)[..^1] + ", { \"@type\": \"ClaimReview\", \"url\": ";

        var job = await FinishedAsync(app, client, await PostJobAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Json(document) }));

        Assert.Equal("failed", (string?)job["status"]);
        Assert.Contains("after 40 review(s)", (string?)job["error"], StringComparison.Ordinal);
        Assert.Equal(40, (int)job["report"]!["counts"]!["reviews"]!["created"]!);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "imports")));
    }

    [Fact]
    public async Task An_unknown_job_is_a_404_problem_and_readers_may_not_see_jobs()
    {
        var id = Guid.NewGuid();
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/imports/{id}"), HttpStatusCode.NotFound, "urn:factcheck:problem:not-found");
        Assert.Equal($"No import job has the id '{id}'.", (string?)problem["detail"]);
        var reader = await app.CreateClientWithRoleAsync("reader");
        await ProblemAssert.IsProblemAsync(await reader.GetAsync("/api/v1/imports"), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
        await ProblemAssert.IsProblemAsync(await app.CreateAnonymousClient().GetAsync($"/api/v1/imports/{id}"), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
    }

    [Fact]
    public async Task A_job_left_running_by_a_crash_runs_again_at_the_next_start()
    {
        var document = Generated(5, Guid.NewGuid().ToString("N"));
        var first = new FactCheckApp { KeepDataOnDispose = true };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Json(document) };
        request.Headers.Add("Prefer", "respond-async");
        var response = await first.CreateClient().SendAsync(request);
        var location = response.Headers.Location!.ToString();
        Assert.Equal("succeeded", (string?)(await FinishedAsync(first, first.CreateClient(), location))["status"]);
        first.Dispose();

        // As a crash leaves it: still running, its body still spooled.
        var id = Guid.Parse(location.Split('/')[^1]);
        await File.WriteAllTextAsync(Path.Combine(first.DataDirectory, "imports", $"{id:N}.json"), document);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(first.DataDirectory, "factcheck.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE import_jobs SET Status = 'running', Report = NULL, FinishedAt = NULL, SpoolFile = $file WHERE upper(Id) = upper($id)";
            command.Parameters.AddWithValue("$file", $"{id:N}.json");
            command.Parameters.AddWithValue("$id", id.ToString());
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var second = new FactCheckApp { DataDirectory = first.DataDirectory };
        var job = await FinishedAsync(second, second.CreateClient(), location);

        Assert.Equal("succeeded", (string?)job["status"]);
        Assert.Equal(5, (int)job["report"]!["counts"]!["reviews"]!["unchanged"]!); // imported again: nothing new
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(first.DataDirectory, "imports")));
    }
}
