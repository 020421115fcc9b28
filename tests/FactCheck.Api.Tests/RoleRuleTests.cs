using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// Who may do what, resource by resource, on real records (README, "API keys and roles"; "Deletion, restore and purge"):
/// readers read; editors also create, change, delete and restore; only admins purge. A refused request changes nothing.
/// </summary>
[Collection(SharedDatabase.Name)]
public sealed class RoleRuleTests(FactCheckApp app)
{
    private const string Forbidden = "urn:factcheck:problem:forbidden";
    private readonly HttpClient admin = app.CreateClient();

    private sealed record Shape(string Collection, Func<object> Create, Func<string, object> Replace, string? Patch);

    /// <summary>Where the resource is created, a valid body to create one, one to replace it (given its URL), a merge patch if it takes one.</summary>
    private async Task<Shape> ShapeAsync(string resource)
    {
        switch (resource)
        {
            case "actors":
                return new("/api/v1/actors", () => new { name = $"Actor {Guid.NewGuid():N}", kind = "person" }, _ => new { name = "Renamed", kind = "person" },
                    """{"title":"Deputy Foreign Minister"}""");
            case "sources":
                return new("/api/v1/sources", () => new { title = "Report", kind = "report", url = $"https://news.example.org/{Guid.NewGuid():N}" },
                    _ => new { title = "Retitled", kind = "report" }, """{"title":"A corrected headline"}""");
            case "claims":
                var claimant = Id(await admin.CreateActorAsync());
                var source = Id(await admin.CreateSourceAsync());
                return new("/api/v1/claims", () => new { statement = $"Claim {Guid.NewGuid():N}", claimantId = claimant, madeAt = "2021-12-21T00:00:00Z", appearances = new[] { source } },
                    _ => new { statement = "Reworded.", claimantId = claimant, madeAt = "2021-12-21T00:00:00Z" }, """{"summary":"Summed up."}""");
        }
        var claim = $"/api/v1/claims/{Id(await admin.CreateClaimAsync())}";
        var actor = Id(await admin.CreateActorAsync());
        return resource switch
        {
            "rebuttals" => new($"{claim}/rebuttals", () => new { actorId = actor, statement = "False.", kind = "denial" },
                _ => new { actorId = actor, statement = "Utterly false.", kind = "correction" }, null),
            "evidence" => new($"{claim}/evidence", () => new { summary = "Denied.", bearing = "refutes", strength = "weak", url = "https://example.org/e" },
                _ => new { summary = "Denied firmly.", bearing = "refutes", strength = "strong", url = "https://example.org/e" }, null),
            _ => new($"{claim}/reviews", () => Review($"https://factcheck.example.org/{Guid.NewGuid():N}", "False"), url => Review(url, "Mostly false"), null),
        };
    }

    private static object Review(string url, string rating) =>
        new { publisher = new { name = "Example Fact Check" }, url, textualRating = rating, publishedAt = "2021-12-23T00:00:00Z" };

    /// <summary>Every resource with create, change, delete, restore and purge.</summary>
    public static TheoryData<string> Resources => new("actors", "sources", "claims", "rebuttals", "evidence", "reviews");

    private static async Task<(string Path, string Url)> CreateAsync(HttpClient client, Shape shape)
    {
        var created = await client.PostOkAsync(shape.Collection, shape.Create());
        return ($"{shape.Collection}/{Id(created)}", (string?)created["url"] ?? "");
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Readers_may_not_create_change_delete_restore_or_purge(string resource)
    {
        var shape = await ShapeAsync(resource);
        var reader = await app.CreateClientWithRoleAsync("reader");
        var (path, url) = await CreateAsync(admin, shape);
        var etag = await admin.ETagOfAsync(path);

        await ProblemAssert.IsProblemAsync(await reader.PostAsJsonAsync(shape.Collection, shape.Create()), HttpStatusCode.Forbidden, Forbidden);
        await ProblemAssert.IsProblemAsync(await reader.PutAsJsonAsync(path, shape.Replace(url)), HttpStatusCode.Forbidden, Forbidden);
        if (shape.Patch is not null)
        {
            await ProblemAssert.IsProblemAsync(await reader.PatchJsonAsync(path, shape.Patch), HttpStatusCode.Forbidden, Forbidden);
        }
        await ProblemAssert.IsProblemAsync(await reader.DeleteAsync(path), HttpStatusCode.Forbidden, Forbidden);
        await ProblemAssert.IsProblemAsync(await app.CreateAnonymousClient().DeleteAsync(path), HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        await admin.AssertUnchangedAsync(path, etag);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(path)).StatusCode);
        await ProblemAssert.IsProblemAsync(await reader.PostAsync($"{path}/restore", null), HttpStatusCode.Forbidden, Forbidden);
        await ProblemAssert.IsProblemAsync(await reader.PostAsync($"{path}/purge", null), HttpStatusCode.Forbidden, Forbidden);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync(path), HttpStatusCode.NotFound, ProblemAssert.NotFound); // not restored
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{path}/restore", null)).StatusCode); // nor purged
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Editors_create_change_delete_and_restore_and_only_admins_purge(string resource)
    {
        var shape = await ShapeAsync(resource);
        var editor = await app.CreateClientWithRoleAsync("editor");

        var (path, url) = await CreateAsync(editor, shape);
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync(path, shape.Replace(url))).StatusCode);
        if (shape.Patch is not null)
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.PatchJsonAsync(path, shape.Patch)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"{path}/restore", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync(path)).StatusCode);

        var refused = await ProblemAssert.IsProblemAsync(await editor.PostAsync($"{path}/purge", null), HttpStatusCode.Forbidden, Forbidden);
        Assert.Contains("does not have a role that allows this operation", (string?)refused["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{path}/purge", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await admin.PostAsync($"{path}/restore", null), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }
}
