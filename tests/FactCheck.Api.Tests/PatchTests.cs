using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>JSON Merge Patch (RFC 7396) on actors and sources: only the fields sent change, and the result is validated like a PUT.</summary>
public sealed class PatchTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Patching_one_field_of_an_actor_changes_only_it_moves_the_etag_and_records_it()
    {
        var actor = await client.CreateActorAsync("Sergei Shoigu");

        var response = await client.PatchJsonAsync($"/api/v1/actors/{Id(actor)}", """{"title": "Minister of Defence"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Minister of Defence", (string?)body["title"]);
        foreach (var field in new[] { "name", "kind", "country", "affiliation", "links", "createdAt" })
        {
            Assert.True(JsonNode.DeepEquals(actor[field], body[field]), $"{field} changed");
        }
        var changes = await client.LatestChangesAsync($"/api/v1/actors/{Id(actor)}/history", "update");
        Assert.Equal(["title"], changes.Keys);
        Assert.Equal("Minister", (string?)changes["title"]!["before"]);
        Assert.Equal("Minister of Defence", (string?)changes["title"]!["after"]);
    }

    [Fact]
    public async Task Null_clears_an_optional_field_and_application_json_is_accepted_too()
    {
        var source = await client.CreateSourceAsync();

        var response = await client.PatchJsonAsync($"/api/v1/sources/{Id(source)}", """{"language": null, "publisher": "Fox News"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Null((string?)body["language"]);
        Assert.Equal("Fox News", (string?)body["publisher"]);
        Assert.Equal((string?)source["title"], (string?)body["title"]);
        Assert.Equal("2021-12-22T08:00:00Z", (string?)body["publishedAt"]);
        var changes = await client.LatestChangesAsync($"/api/v1/sources/{Id(source)}/history", "update");
        Assert.Equal(["language", "publisher"], changes.Keys.Order());
        Assert.Null(changes["language"]!["after"]);
    }

    [Fact]
    public async Task An_empty_patch_changes_nothing_and_writes_no_history()
    {
        var actor = await client.CreateActorAsync();

        var response = await client.PatchJsonAsync($"/api/v1/actors/{Id(actor)}", "{}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Single((await client.GetOkAsync($"/api/v1/actors/{Id(actor)}/history"))["items"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"name": null}""", "name")]
    [InlineData("""{"kind": null}""", "kind")]
    [InlineData("""{"nickname": "Shoigu"}""", "nickname")]
    [InlineData("""{"country": "Russia"}""", "country")]
    [InlineData("""{"links": ["not a url"]}""", "links[0]")]
    [InlineData("""{"kind": "robot"}""", "kind")]
    public async Task A_patch_whose_result_is_invalid_is_a_validation_problem_naming_the_field(string patch, string field)
    {
        var actor = await client.CreateActorAsync();

        var response = await client.PatchJsonAsync($"/api/v1/actors/{Id(actor)}", patch);

        var body = await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Single(body["errors"]!.AsObject());
        Assert.Equal("\"1\"", (await client.GetAsync($"/api/v1/actors/{Id(actor)}")).Headers.ETag!.Tag);
    }
}
