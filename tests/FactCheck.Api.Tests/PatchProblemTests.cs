using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>The problems a PATCH answers before or instead of changing anything: each a problem+json, never a 500.</summary>
public sealed class PatchProblemTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        var id = Guid.NewGuid();
        foreach (var resource in new[] { "actors", "sources", "claims" })
        {
            var response = await client.PatchJsonAsync($"/api/v1/{resource}/{id}", """{"title": "x"}""");

            var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, ProblemAssert.NotFound);
            Assert.Contains(id.ToString(), (string?)body["detail"], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task Another_media_type_is_a_415_problem_naming_merge_patch(string? mediaType)
    {
        var actor = await client.CreateActorAsync();
        var content = new StringContent("""{"title": "x"}""");
        content.Headers.ContentType = mediaType is null ? null : new(mediaType);

        var response = await client.PatchAsync($"/api/v1/actors/{Id(actor)}", content);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "urn:factcheck:problem:unsupported-media-type");
        Assert.Contains("application/merge-patch+json", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("\"x\"")]
    [InlineData("null")]
    [InlineData("{\"title\": ")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_json_object_is_a_400_problem(string patch)
    {
        var actor = await client.CreateActorAsync();

        var response = await client.PatchJsonAsync($"/api/v1/actors/{Id(actor)}", patch);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "urn:factcheck:problem:malformed-request");
        Assert.False(string.IsNullOrEmpty((string?)body["detail"]));
    }

    [Fact]
    public async Task Duplicate_fields_and_invalid_utf8_are_400_problems_not_500s()
    {
        var actor = await client.CreateActorAsync();
        var path = $"/api/v1/actors/{Id(actor)}";
        var invalidUtf8 = new ByteArrayContent([.. "{\"title\": \""u8, 0xFF, 0xFE, .. "\"}"u8]);
        invalidUtf8.Headers.ContentType = new("application/merge-patch+json");

        var duplicate = await client.PatchJsonAsync(path, """{"title": "a", "title": "b"}""");
        var nested = await client.PatchJsonAsync(path, """{"links": {"a": 1, "a": 2}}""");
        var bytes = await client.PatchAsync(path, invalidUtf8);

        await ProblemAssert.IsProblemAsync(duplicate, HttpStatusCode.BadRequest, "urn:factcheck:problem:validation");
        await ProblemAssert.IsProblemAsync(nested, HttpStatusCode.BadRequest, "urn:factcheck:problem:validation");
        await ProblemAssert.IsProblemAsync(bytes, HttpStatusCode.BadRequest, "urn:factcheck:problem:malformed-request");
        Assert.Equal((string?)actor["title"], (string?)(await client.GetOkAsync(path))["title"]);
    }

    [Fact]
    public async Task A_url_of_another_source_is_a_409_problem()
    {
        var taken = await client.CreateSourceAsync();
        var source = await client.CreateSourceAsync();

        var response = await client.PatchJsonAsync($"/api/v1/sources/{Id(source)}", $$"""{"url": "{{(string)taken["url"]!}}"}""");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.Contains(Id(taken), (string?)body["detail"], StringComparison.Ordinal);
    }
}
