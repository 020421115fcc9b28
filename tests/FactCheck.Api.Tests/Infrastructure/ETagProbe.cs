using System.Net;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// Checks what an ETag promises a client: while a record is unchanged a conditional GET with its tag is a 304, and once
/// it changes the old tag neither saves a GET (200, another tag) nor lets a write through (If-Match: 412, nothing done).
/// </summary>
public static class ETagProbe
{
    public const string PreconditionFailed = "urn:factcheck:problem:precondition-failed";

    public static async Task<string> ETagOfAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    public static Task<HttpResponseMessage> SendWithAsync(this HttpClient client, HttpMethod method, string path, string header, string etag)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation(header, etag);
        return client.SendAsync(request);
    }

    /// <summary>The record still answers to <paramref name="etag"/>: a conditional GET with it is a 304.</summary>
    public static async Task AssertUnchangedAsync(this HttpClient client, string path, string etag)
    {
        var response = await client.SendWithAsync(HttpMethod.Get, path, "If-None-Match", etag);
        Assert.True(response.StatusCode == HttpStatusCode.NotModified, $"GET {path} with If-None-Match {etag}: {(int)response.StatusCode}");
    }

    /// <summary>
    /// The record no longer answers to <paramref name="old"/>: a conditional GET with it is a full 200 under a new tag, and a
    /// DELETE with <c>If-Match: old</c> is a 412 naming the new tag that deletes nothing. Answers the new tag.
    /// </summary>
    public static async Task<string> AssertMovedAsync(this HttpClient client, string path, string old, string because)
    {
        var response = await client.SendWithAsync(HttpMethod.Get, path, "If-None-Match", old);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{because}: GET {path} with the old ETag answered {(int)response.StatusCode}, the ETag did not move");
        var current = response.Headers.ETag!.Tag;
        Assert.NotEqual(old, current);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());

        var stale = await client.SendWithAsync(HttpMethod.Delete, path, "If-Match", old);
        var problem = await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed, PreconditionFailed);
        Assert.Contains(current, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(current, await client.ETagOfAsync(path)); // the stale delete changed nothing
        return current;
    }
}
