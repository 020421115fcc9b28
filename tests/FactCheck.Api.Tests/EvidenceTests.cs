using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class EvidenceTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Create_list_get_update_delete()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var source = Id(await client.CreateSourceAsync());

        var response = await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/evidence", new
        {
            summary = "The Pentagon calls the accusations unfounded.", bearing = "refutes", strength = "moderate", sourceId = source,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await response.ReadJsonAsync();
        Assert.Equal($"/api/v1/claims/{claimId}/evidence/{Id(item)}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("refutes", (string?)item["bearing"]);
        Assert.Equal(source, (string?)item["sourceId"]);

        var byUrl = await client.PostOkAsync($"/api/v1/claims/{claimId}/evidence", new
        {
            summary = "Satellite imagery shows no shipments.", bearing = "inconclusive", strength = "weak", url = "https://data.example.org/imagery",
        });
        Assert.Equal([Id(item), Id(byUrl)], await client.ReadAllPagesAsync($"/api/v1/claims/{claimId}/evidence", limit: 1));
        Assert.Equal("weak", (string?)(await client.GetOkAsync($"/api/v1/claims/{claimId}/evidence/{Id(byUrl)}"))["strength"]);

        var updated = await client.PutAsJsonAsync($"/api/v1/claims/{claimId}/evidence/{Id(byUrl)}", new
        {
            summary = "Imagery shows no shipments.", bearing = "refutes", strength = "strong", url = "https://data.example.org/imagery",
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);
        Assert.Equal("strong", (string?)(await updated.ReadJsonAsync())["strength"]);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{claimId}/evidence/{Id(byUrl)}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{claimId}/evidence/{Id(byUrl)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var claim = await client.GetOkAsync($"/api/v1/claims/{claimId}");
        Assert.Equal([Id(item)], claim["evidence"]!.AsArray().Select(e => Id(e!)));
    }

    [Fact]
    public async Task Evidence_needs_a_source_or_url_and_valid_fields()
    {
        var claimId = Id(await client.CreateClaimAsync());

        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/evidence", new { summary = "No way to check it.", bearing = "supports", strength = "weak" }), "url");
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/evidence", new { summary = "S", bearing = "proves", strength = "weak", url = "https://example.org" }),
            "bearing");
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/evidence", new { summary = "", bearing = "supports", strength = "weak", url = "https://example.org" }),
            "summary");
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/evidence", new { summary = "S", bearing = "supports", strength = "weak", url = "mailto:a@b.c" }), "url");
        var unknown = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/evidence", new { summary = "S", bearing = "supports", strength = "weak", sourceId = Guid.NewGuid() }),
            HttpStatusCode.UnprocessableEntity, ProblemAssert.UnknownReference);
        Assert.True(unknown["errors"]!.AsObject().ContainsKey("sourceId"));
    }

    [Fact]
    public async Task Unknown_claims_and_items_are_404s()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var body = new { summary = "S", bearing = "supports", strength = "weak", url = "https://example.org/" };

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/evidence", body), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/evidence"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{claimId}/evidence/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/v1/claims/{claimId}/evidence/{Guid.NewGuid()}", body), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/claims/{claimId}/evidence/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }
}
