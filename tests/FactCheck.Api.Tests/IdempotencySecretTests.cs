using System.Net;
using System.Net.Http.Json;
using System.Text;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.IdempotentRequests;

namespace FactCheck.Api.Tests;

/// <summary>
/// An answer that holds a secret (a new API key) is never stored for replay: a retry with the same Idempotency-Key
/// creates nothing and shows nothing, it says the key was already issued.
/// </summary>
public sealed class IdempotencySecretTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private const string AlreadyAnswered = "urn:factcheck:problem:idempotency-answer-not-stored";

    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_key_minted_with_an_idempotency_key_is_nowhere_in_the_database()
    {
        var idempotencyKey = Guid.NewGuid().ToString();
        var name = $"desk-{Guid.NewGuid():N}";

        var created = await client.SendAsync(Post("/api/v1/keys", new { name, role = "editor" }, idempotencyKey));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (string)(await created.ReadJsonAsync())["key"]!;
        Assert.StartsWith("fck_", secret, StringComparison.Ordinal);
        // Only the first characters are kept on purpose (the key's prefix); the rest must be nowhere on disk.
        var hidden = secret[10..];
        foreach (var file in Directory.GetFiles(app.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(hidden)) < 0, $"The secret is in {Path.GetFileName(file)}");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(hidden)) < 0, $"The secret (UTF-16) is in {Path.GetFileName(file)}");
        }
        Assert.Contains(Directory.GetFiles(app.DataDirectory), f => f.EndsWith("-wal", StringComparison.Ordinal));
        Assert.Equal(1, await app.CountIdempotencyRecordsAsync(idempotencyKey));

        var keyed = app.CreateAnonymousClient();
        keyed.DefaultRequestHeaders.Add("X-Api-Key", secret);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync("/api/v1/actors")).StatusCode);
    }

    [Fact]
    public async Task A_retry_creates_no_second_key_and_says_the_key_was_already_issued()
    {
        var idempotencyKey = Guid.NewGuid().ToString();
        var name = $"desk-{Guid.NewGuid():N}";
        var first = await client.SendAsync(Post("/api/v1/keys", new { name, role = "reader" }, idempotencyKey));
        var secret = (string)(await first.ReadJsonAsync())["key"]!;

        var retry = await client.SendAsync(Post("/api/v1/keys", new { name, role = "reader" }, idempotencyKey));
        var again = await client.SendAsync(Post("/api/v1/keys", new { name, role = "reader" }, idempotencyKey));

        foreach (var response in new[] { retry, again })
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(secret[10..], text, StringComparison.Ordinal);
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, AlreadyAnswered);
            Assert.Contains("secret", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Contains("revoke", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Equal(first.Headers.Location, response.Headers.Location);
            Assert.False(response.Headers.Contains(Replayed));
        }
        var keys = await client.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/v1/keys");
        Assert.Single(keys!, k => k["name"].ToString() == name);
        // The same key with another request is still refused as reused, not run.
        var other = await client.SendAsync(Post("/api/v1/keys", new { name = name + "-2", role = "reader" }, idempotencyKey));
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.UnprocessableEntity, Reused);
        // A refusal holds no secret, so it is stored and replayed as before.
        var refusalKey = Guid.NewGuid().ToString();
        var refused = await client.SendAsync(Post("/api/v1/keys", new { name = "", role = "reader" }, refusalKey));
        var refusedAgain = await client.SendAsync(Post("/api/v1/keys", new { name = "", role = "reader" }, refusalKey));
        await ProblemAssert.IsValidationProblemAsync(refused, "name");
        await AssertSameAnswerAsync(refused, await refused.Content.ReadAsStringAsync(), refusedAgain);
        Assert.Equal(["true"], refusedAgain.Headers.GetValues(Replayed));
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
