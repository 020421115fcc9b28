using System.Net.Http.Json;
using FactCheck.Api.Data;
using FactCheck.Api.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>Requests with an Idempotency-Key, and what the idempotency tests check them against.</summary>
public static class IdempotentRequests
{
    public const string Replayed = "Idempotent-Replayed";
    public const string Reused = "urn:factcheck:problem:idempotency-key-reused";
    public const string InProgress = "urn:factcheck:problem:idempotency-key-in-progress";

    public static string UniqueName() => $"Idempotent {Guid.NewGuid():N}";

    public static object Actor(string name) => new { name, kind = "person", title = "Minister of Defence", country = "RU" };

    public static HttpRequestMessage PostActor(string name, string key) => Post("/api/v1/actors", Actor(name), key);

    public static HttpRequestMessage Post(string path, object body, string key) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } } };

    /// <summary>Same status, Location, ETag, media type and body bytes.</summary>
    public static async Task AssertSameAnswerAsync(HttpResponseMessage first, string firstBody, HttpResponseMessage other)
    {
        Assert.Equal(first.StatusCode, other.StatusCode);
        Assert.Equal(first.Headers.Location, other.Headers.Location);
        Assert.Equal(first.Headers.ETag, other.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType, other.Content.Headers.ContentType);
        Assert.Equal(firstBody, await other.Content.ReadAsStringAsync());
    }

    /// <summary>Pages through every actor: the list has no name filter, and other tests add actors to the same database.</summary>
    public static async Task<int> CountActorsNamedAsync(this HttpClient client, string name)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var page = await client.GetOkAsync("/api/v1/actors?limit=100" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            count += page["items"]!.AsArray().Count(a => (string?)a!["name"] == name);
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);
        return count;
    }

    public static Task<int> CountIdempotencyRecordsAsync(this FactCheckApp app, string key) =>
        app.WithDbAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key == key));

    /// <summary>Moves a stored record back in time or state, as if the clock had run or the first request were still running.</summary>
    public static Task<int> SetIdempotencyRecordAsync(this FactCheckApp app, string key, IdempotencyState state, DateTime createdAt) =>
        app.WithDbAsync(db => db.IdempotencyRecords.Where(r => r.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.CreatedAt, createdAt)));

    private static async Task<T> WithDbAsync<T>(this FactCheckApp app, Func<FactCheckDb, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<FactCheckDb>());
    }
}
