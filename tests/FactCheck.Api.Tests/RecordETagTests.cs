using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// The ETags of actors, sources, rebuttals, evidence and reviews: each moves on every change of the record (a rebuttal's
/// also when its author, whose summary it embeds, changes), a delete and restore included, so an old tag is neither a 304
/// nor a valid If-Match.
/// </summary>
[Collection(SharedDatabase.Name)]
public sealed class RecordETagTests(FactCheckApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("actor", "patched")]
    [InlineData("actor", "replaced")]
    [InlineData("actor", "deleted and restored")]
    [InlineData("source", "patched")]
    [InlineData("source", "replaced")]
    [InlineData("source", "deleted and restored")]
    [InlineData("rebuttal", "replaced")]
    [InlineData("rebuttal", "author patched")]
    [InlineData("rebuttal", "deleted and restored")]
    [InlineData("evidence", "replaced")]
    [InlineData("evidence", "deleted and restored")]
    [InlineData("review", "replaced")]
    [InlineData("review", "deleted and restored")]
    public async Task The_etag_moves_when_the_record_is(string kind, string change)
    {
        var (path, authorId, url) = await CreateAsync(kind);
        var before = await client.ETagOfAsync(path);
        await client.AssertUnchangedAsync(path, before);

        var response = change switch
        {
            "patched" => await client.PatchJsonAsync(path, kind == "actor" ? """{"title":"Deputy Foreign Minister"}""" : """{"title":"A corrected headline"}"""),
            "replaced" => await client.PutAsJsonAsync(path, Replacement(kind, authorId, url)),
            "author patched" => await client.PatchJsonAsync($"/api/v1/actors/{authorId}", """{"name":"John F. Kirby"}"""),
            "deleted and restored" => await DeleteAndRestoreAsync(path),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };

        Assert.True(response.IsSuccessStatusCode, $"{kind} {change}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var current = await client.AssertMovedAsync(path, before, $"{kind} {change}");
        if (kind != "rebuttal")
        {
            // The tag is the version, which grows by one on each change: a delete and a restore are two.
            Assert.Equal(change == "deleted and restored" ? "\"3\"" : "\"2\"", current);
        }
        if (change != "deleted and restored" && change != "author patched")
        {
            Assert.Equal(current, response.Headers.ETag!.Tag); // the write answers the tag a GET gives
        }
    }

    private async Task<(string Path, string? AuthorId, string? Url)> CreateAsync(string kind)
    {
        switch (kind)
        {
            case "actor":
                return ($"/api/v1/actors/{Id(await client.CreateActorAsync())}", null, null);
            case "source":
                var source = await client.CreateSourceAsync();
                return ($"/api/v1/sources/{Id(source)}", null, (string)source["url"]!);
        }
        var claim = $"/api/v1/claims/{Id(await client.CreateClaimAsync())}";
        var author = Id(await client.CreateActorAsync());
        var url = $"https://factcheck.example.org/{Guid.NewGuid():N}";
        var (parts, body) = kind switch
        {
            "rebuttal" => ("rebuttals", (object)new { actorId = author, statement = "Completely false.", kind = "denial" }),
            "evidence" => ("evidence", new { summary = "The Pentagon denies it.", bearing = "refutes", strength = "weak", url }),
            _ => ("reviews", new { publisher = new { name = "Example Fact Check" }, url, title = "No", textualRating = "False", publishedAt = "2021-12-23T00:00:00Z" }),
        };
        return ($"{claim}/{parts}/{Id(await client.PostOkAsync($"{claim}/{parts}", body))}", author, url);
    }

    private static object Replacement(string kind, string? authorId, string? url) => kind switch
    {
        "actor" => new { name = $"Sergei Ryabkov {Guid.NewGuid():N}", kind = "person", title = "Deputy Foreign Minister" },
        "source" => new { title = "Retitled", kind = "report", url },
        "rebuttal" => new { actorId = authorId, statement = "Utterly false.", kind = "correction" },
        "evidence" => new { summary = "Imagery shows no shipments.", bearing = "refutes", strength = "strong", url },
        _ => new { publisher = new { name = "Example Fact Check" }, url, title = "No", textualRating = "Mostly false", publishedAt = "2021-12-23T00:00:00Z" },
    };

    private async Task<HttpResponseMessage> DeleteAndRestoreAsync(string path)
    {
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(path)).StatusCode);
        return await client.PostAsync($"{path}/restore", null);
    }
}
