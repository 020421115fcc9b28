using System.Net;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>JSON Merge Patch (RFC 7396) on claims: fields, appearances and references.</summary>
public sealed class ClaimPatchTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Patching_the_summary_changes_only_it_moves_the_etag_and_records_an_update()
    {
        var claim = await client.CreateClaimAsync();
        var etag = (await client.GetAsync($"/api/v1/claims/{Id(claim)}")).Headers.ETag!.Tag;

        var response = await client.PatchJsonAsync($"/api/v1/claims/{Id(claim)}", """{"summary": "Shoigu alleged chemical smuggling by US contractors."}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        Assert.Equal(response.Headers.ETag.Tag, (await client.GetAsync($"/api/v1/claims/{Id(claim)}")).Headers.ETag!.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Shoigu alleged chemical smuggling by US contractors.", (string?)body["summary"]);
        foreach (var field in new[] { "statement", "claimantId", "madeAt", "appearances", "topics", "language", "evidenceStatus", "createdAt" })
        {
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(claim[field], body[field]), $"{field} changed");
        }
        var changes = await client.LatestChangesAsync($"/api/v1/claims/{Id(claim)}/history", "update");
        Assert.Equal(["summary"], changes.Keys);
        Assert.Equal("An allegation about chemical components.", (string?)changes["summary"]!["before"]);
    }

    [Fact]
    public async Task Patching_appearances_replaces_the_list_in_the_order_sent()
    {
        var first = Id(await client.CreateSourceAsync());
        var second = Id(await client.CreateSourceAsync());
        var third = Id(await client.CreateSourceAsync());
        var claim = await client.CreateClaimAsync(appearances: [first, second]);

        var reordered = await (await client.PatchJsonAsync($"/api/v1/claims/{Id(claim)}", $$"""{"appearances": ["{{second}}", "{{first}}"]}""")).ReadJsonAsync();
        var replaced = await (await client.PatchJsonAsync($"/api/v1/claims/{Id(claim)}", $$"""{"appearances": ["{{third}}", "{{second}}"]}""")).ReadJsonAsync();

        Assert.Equal([second, first], reordered["appearances"]!.AsArray().Select(a => (string)a!));
        Assert.Equal([second, first], reordered["sources"]!.AsArray().Select(s => Id(s!)));
        Assert.Equal([third, second], replaced["appearances"]!.AsArray().Select(a => (string)a!));
        var changes = await client.LatestChangesAsync($"/api/v1/claims/{Id(claim)}/history", "update");
        Assert.Equal(["appearances"], changes.Keys);
        Assert.Equal([second, first], changes["appearances"]!["before"]!.AsArray().Select(a => (string)a!));
        Assert.Equal([third, second], changes["appearances"]!["after"]!.AsArray().Select(a => (string)a!));
    }

    [Fact]
    public async Task Null_clears_the_summary_and_the_appearances()
    {
        var claim = await client.CreateClaimAsync();

        var body = await (await client.PatchJsonAsync($"/api/v1/claims/{Id(claim)}", """{"summary": null, "appearances": null}""")).ReadJsonAsync();

        Assert.Null((string?)body["summary"]);
        Assert.Empty(body["appearances"]!.AsArray());
        Assert.Equal((string?)claim["statement"], (string?)body["statement"]);
    }

    [Fact]
    public async Task An_unknown_claimant_or_source_is_a_422_naming_the_field()
    {
        var claim = await client.CreateClaimAsync();

        var response = await client.PatchJsonAsync($"/api/v1/claims/{Id(claim)}",
            $$"""{"claimantId": "{{Guid.NewGuid()}}", "appearances": ["{{(string)claim["appearances"]![0]!}}", "{{Guid.NewGuid()}}"]}""");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, ProblemAssert.UnknownReference);
        Assert.Equal(["appearances[1]", "claimantId"], body["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal((string?)claim["claimantId"], (string?)(await client.GetOkAsync($"/api/v1/claims/{Id(claim)}"))["claimantId"]);
    }

    [Theory]
    [InlineData("""{"statement": null}""", "statement")]
    [InlineData("""{"statement": "  "}""", "statement")]
    [InlineData("""{"madeAt": "21 December"}""", "madeAt")]
    [InlineData("""{"evidenceStatus": "refuted"}""", "evidenceStatus")]
    [InlineData("""{"topics": {"ukraine": true}}""", "topics")]
    public async Task Invalid_results_are_validation_problems_naming_the_field(string patch, string field)
    {
        var claim = await client.CreateClaimAsync();

        var response = await client.PatchJsonAsync($"/api/v1/claims/{Id(claim)}", patch);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }
}
