using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>Creates the records a test needs through the API itself, each with unique values.</summary>
public static class ApiClient
{
    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonObject> PostOkAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonObject> GetOkAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>A GET whose answer is a JSON array (the list of API keys).</summary>
    public static async Task<JsonArray> GetOkArrayAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsArray();
    }

    public static Task<JsonObject> CreateActorAsync(this HttpClient client, string? name = null) =>
        client.PostOkAsync("/api/v1/actors", new { name = name ?? $"Actor {Guid.NewGuid():N}", kind = "person", title = "Minister", country = "RU" });

    public static Task<JsonObject> CreateSourceAsync(this HttpClient client, string? url = null) =>
        client.PostOkAsync("/api/v1/sources", new
        {
            title = $"Report {Guid.NewGuid():N}",
            kind = "news_article",
            url = url ?? $"https://news.example.org/{Guid.NewGuid():N}",
            publisher = "Example News",
            publishedAt = "2021-12-22T08:00:00Z",
            language = "en",
        });

    public static async Task<JsonObject> CreateClaimAsync(this HttpClient client, string? claimantId = null, string[]? appearances = null, string[]? topics = null)
    {
        claimantId ??= Id(await client.CreateActorAsync());
        appearances ??= [Id(await client.CreateSourceAsync())];
        return await client.PostOkAsync("/api/v1/claims", new
        {
            statement = $"US contractors are smuggling chemical components into Ukraine ({Guid.NewGuid():N}).",
            claimantId,
            madeAt = "2021-12-21T10:00:00Z",
            summary = "An allegation about chemical components.",
            appearances,
            topics = topics ?? ["chemical weapons"],
            language = "en",
        });
    }

    public static string Id(JsonNode node) => (string)node["id"]!;

    /// <summary>Follows nextCursor from the first page to the last and returns every item id in order.</summary>
    public static async Task<List<string>> ReadAllPagesAsync(this HttpClient client, string path, int limit)
    {
        var ids = new List<string>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        for (var page = 0; page < 1000; page++)
        {
            var url = $"{path}{separator}limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var response = await client.GetAsync(url);
            var body = await response.ReadJsonAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = body["items"]!.AsArray();
            Assert.True(items.Count <= limit);
            ids.AddRange(items.Select(i => Id(i!)));
            cursor = (string?)body["nextCursor"];
            Assert.Equal(cursor is not null, response.Headers.Contains("Link"));
            if (cursor is null)
            {
                return ids;
            }
            Assert.Contains("rel=\"next\"", string.Join(",", response.Headers.GetValues("Link")), StringComparison.Ordinal);
        }
        throw new InvalidOperationException("Paging did not end.");
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
