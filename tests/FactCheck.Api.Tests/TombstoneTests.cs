using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class TombstoneTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_deleted_claim_is_hidden_listed_for_editors_and_restored_with_its_parts()
    {
        var claimant = Id(await client.CreateActorAsync());
        var claim = await client.CreateClaimAsync(claimant);
        var path = $"/api/v1/claims/{Id(claim)}";
        await client.PostOkAsync($"{path}/rebuttals", new { actorId = claimant, statement = "Retracted.", kind = "correction" });
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(path)).StatusCode);

        await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.Empty((await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}"))["items"]!.AsArray());
        var withDeleted = (await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&includeDeleted=true"))["items"]!.AsArray();
        Assert.Equal(Id(claim), Id(Assert.Single(withDeleted)!));
        Assert.NotNull((string?)withDeleted[0]!["deletedAt"]);
        var reader = await app.CreateClientWithRoleAsync("reader");
        await ProblemAssert.IsProblemAsync(await reader.GetAsync("/api/v1/claims?includeDeleted=true"), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");

        var restored = await client.PostAsync($"{path}/restore", null);

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var body = await restored.ReadJsonAsync();
        Assert.Null((string?)body["deletedAt"]);
        Assert.Equal("Retracted.", (string?)body["rebuttals"]![0]!["statement"]);
        Assert.Equal((string?)claim["statement"], (string?)(await client.GetOkAsync(path))["statement"]);
        var operations = (await client.GetOkAsync($"{path}/history"))["items"]!.AsArray().Select(h => (string)h!["operation"]!).Take(2);
        Assert.Equal(["restore", "delete"], operations);
        await ProblemAssert.IsProblemAsync(await client.PostAsync($"{path}/restore", null), HttpStatusCode.Conflict, ProblemAssert.Conflict);
    }

    [Fact]
    public async Task Rebuttals_evidence_actors_and_sources_round_trip_through_delete_and_restore()
    {
        var claimPath = $"/api/v1/claims/{Id(await client.CreateClaimAsync())}";
        var rebuttal = await client.PostOkAsync($"{claimPath}/rebuttals", new { actorId = Id(await client.CreateActorAsync()), statement = "No.", kind = "denial" });
        var evidence = await client.PostOkAsync($"{claimPath}/evidence", new { summary = "S", bearing = "refutes", strength = "weak", url = "https://example.org/e" });
        string[] paths = [$"{claimPath}/rebuttals/{Id(rebuttal)}", $"{claimPath}/evidence/{Id(evidence)}",
            $"/api/v1/actors/{Id(await client.CreateActorAsync())}", $"/api/v1/sources/{Id(await client.CreateSourceAsync())}"];

        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(path)).StatusCode);
            await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound, ProblemAssert.NotFound);
            var restored = await client.PostAsync($"{path}/restore", null);
            Assert.True(restored.StatusCode == HttpStatusCode.OK, $"{path}: {await restored.Content.ReadAsStringAsync()}");
            Assert.Null((string?)(await restored.ReadJsonAsync())["deletedAt"]);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
        await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/v1/actors/{Guid.NewGuid()}/restore", null), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task A_claim_cannot_be_restored_while_its_claimant_is_deleted()
    {
        var claimant = Id(await client.CreateActorAsync());
        var claim = Id(await client.CreateClaimAsync(claimant));
        await client.DeleteAsync($"/api/v1/claims/{claim}");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/actors/{claimant}")).StatusCode); // no live claim refers to it

        var body = await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/v1/claims/{claim}/restore", null), HttpStatusCode.Conflict, ProblemAssert.Conflict);

        Assert.Contains("restore the actor first", (string?)body["detail"], StringComparison.Ordinal);
        await client.PostAsync($"/api/v1/actors/{claimant}/restore", null);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/claims/{claim}/restore", null)).StatusCode);
    }

    [Fact]
    public async Task Only_admins_purge_only_tombstones_and_the_purge_is_recorded()
    {
        var claim = await client.CreateClaimAsync();
        var path = $"/api/v1/claims/{Id(claim)}";
        var rebuttal = await client.PostOkAsync($"{path}/rebuttals", new { actorId = Id(claim["claimant"]!), statement = "No.", kind = "denial" });
        var editor = await app.CreateClientWithRoleAsync("editor");

        await ProblemAssert.IsProblemAsync(await client.PostAsync($"{path}/purge", null), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync(path)).StatusCode);
        await ProblemAssert.IsProblemAsync(await editor.PostAsync($"{path}/purge", null), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"{path}/purge", null)).StatusCode);

        await ProblemAssert.IsProblemAsync(await client.PostAsync($"{path}/restore", null), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.DoesNotContain((await client.GetOkAsync("/api/v1/claims?includeDeleted=true&limit=100"))["items"]!.AsArray(), c => Id(c!) == Id(claim));
        var history = (await client.GetOkAsync($"{path}/history"))["items"]!.AsArray();
        Assert.Contains(history, h => (string?)h!["operation"] == "purge" && (string?)h["entityType"] == "claim" && (string?)h["by"] == FactCheckApp.AdminName);
        Assert.Contains(history, h => (string?)h!["operation"] == "purge" && (string?)h["entityId"] == Id(rebuttal));
    }

    [Fact]
    public async Task A_deleted_sources_url_stays_taken_until_purged()
    {
        var source = await client.CreateSourceAsync();
        await client.DeleteAsync($"/api/v1/sources/{Id(source)}");

        var body = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/sources", new { title = "Again", kind = "report", url = (string)source["url"]! }),
            HttpStatusCode.Conflict, ProblemAssert.Conflict);

        Assert.Contains("restore it instead", (string?)body["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/sources/{Id(source)}/purge", null)).StatusCode);
        await client.PostOkAsync("/api/v1/sources", new { title = "Again", kind = "report", url = (string)source["url"]! });
    }
}
