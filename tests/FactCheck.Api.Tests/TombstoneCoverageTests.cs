using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// A deleted part of a live claim (rebuttal, evidence item, review) is out of every body that embeds or counts the claim's
/// parts: the claim itself wherever it is answered (GET, a write's answer, the list, the editors' list with tombstones,
/// matching, similar claims), the export's counts and latest review, search, <c>q</c> and the <c>has*</c> filters.
/// </summary>
[Collection(SharedDatabase.Name)]
public sealed class TombstoneCoverageTests(FactCheckApp app)
{
    private readonly HttpClient client = app.CreateClient();

    private static List<string> IdsOf(JsonNode claim, string parts) => [.. claim[parts]!.AsArray().Select(p => Id(p!))];

    private static object Part(string parts, string actorId, string text) => parts == "rebuttals"
        ? new { actorId, statement = text, kind = "denial" }
        : new { summary = text, bearing = "refutes", strength = "weak", url = "https://example.org/evidence" };

    [Theory]
    [InlineData("rebuttals")]
    [InlineData("evidence")]
    public async Task A_deleted_part_is_out_of_the_claims_body_wherever_the_claim_is_answered(string parts)
    {
        var claimant = Id(await client.CreateActorAsync());
        var claim = await client.CreateClaimAsync(claimant);
        var path = $"/api/v1/claims/{Id(claim)}";
        var twin = Id(await client.PostOkAsync("/api/v1/claims", new { statement = (string)claim["statement"]!, claimantId = claimant, madeAt = "2021-12-22T00:00:00Z" }));
        var kept = Id(await client.PostOkAsync($"{path}/{parts}", Part(parts, claimant, "Kept.")));
        var gone = Id(await client.PostOkAsync($"{path}/{parts}", Part(parts, claimant, "Withdrawn.")));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{path}/{parts}/{gone}")).StatusCode);
        var editor = await app.CreateClientWithRoleAsync("editor");

        var bodies = new Dictionary<string, JsonNode>
        {
            ["GET"] = await client.GetOkAsync(path),
            ["PATCH answer"] = await (await client.PatchJsonAsync(path, """{"summary":"Reworded."}""")).ReadJsonAsync(),
            ["list"] = (await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}"))["items"]!.AsArray().Single(c => Id(c!) == Id(claim))!,
            ["list with tombstones"] = (await editor.GetOkAsync($"/api/v1/claims?claimantId={claimant}&includeDeleted=true"))["items"]!.AsArray().Single(c => Id(c!) == Id(claim))!,
            ["list with q"] = (await client.GetOkAsync($"/api/v1/claims?q={Uri.EscapeDataString((string)claim["statement"]!)}"))["items"]!.AsArray().Single(c => Id(c!) == Id(claim))!,
            ["match"] = (await (await client.PostAsJsonAsync("/api/v1/claims/match", new { text = (string)claim["statement"]!, limit = 5 })).ReadJsonAsync())["items"]!
                .AsArray().Select(i => i!["claim"]!).Single(c => Id(c) == Id(claim)),
            ["similar"] = (await client.GetOkAsync($"/api/v1/claims/{twin}/similar"))["items"]!.AsArray().Select(i => i!["claim"]!).Single(c => Id(c) == Id(claim)),
        };

        foreach (var (where, body) in bodies)
        {
            Assert.True(IdsOf(body, parts).SequenceEqual([kept]), $"{where}: {parts} {body[parts]!.ToJsonString()}");
        }
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{path}/{parts}/{gone}/restore", null)).StatusCode);
        Assert.Equal([kept, gone], IdsOf(await client.GetOkAsync(path), parts));
    }

    [Fact]
    public async Task The_export_counts_live_parts_only_and_names_the_latest_live_review()
    {
        var claim = await client.CreateClaimAsync();
        var path = $"/api/v1/claims/{Id(claim)}";
        var actor = Id(claim["claimant"]!);
        foreach (var parts in new[] { "rebuttals", "evidence" })
        {
            await client.PostOkAsync($"{path}/{parts}", Part(parts, actor, "Kept."));
            var gone = Id(await client.PostOkAsync($"{path}/{parts}", Part(parts, actor, "Withdrawn.")));
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{path}/{parts}/{gone}")).StatusCode);
        }
        var older = $"https://factcheck.example.org/{Guid.NewGuid():N}";
        await client.PostOkAsync($"{path}/reviews", new { publisher = new { name = "Live Check" }, url = older, textualRating = "False", publishedAt = "2021-12-23T00:00:00Z" });
        var newer = await client.PostOkAsync($"{path}/reviews", new
        {
            publisher = new { name = "Withdrawn Check" }, url = $"https://factcheck.example.org/{Guid.NewGuid():N}", textualRating = "True", publishedAt = "2021-12-30T00:00:00Z",
        });
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{path}/reviews/{Id(newer)}")).StatusCode);

        var ndjson = (await client.GetStringAsync("/api/v1/claims/export?format=ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = JsonNode.Parse(Assert.Single(ndjson, l => l.Contains(Id(claim), StringComparison.Ordinal)))!;
        var csv = (await client.GetStringAsync("/api/v1/claims/export?format=csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var row = Assert.Single(csv, l => l.StartsWith(Id(claim), StringComparison.Ordinal));

        Assert.Equal((1, 1), ((int)line["rebuttals"]!, (int)line["evidence"]!));
        Assert.Equal((older, "Live Check", "False"), ((string?)line["latestReviewUrl"], (string?)line["latestReviewPublisher"], (string?)line["latestReviewRating"]));
        Assert.EndsWith($",1,1,{older},Live Check,False,2021-12-23T00:00:00Z", row.TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rebuttals", "rebuttal", "hasRebuttal")]
    [InlineData("evidence", "evidence", "hasEvidence")]
    public async Task A_deleted_part_is_not_found_by_search_nor_q_nor_counted_by_the_has_filter(string parts, string kind, string filter)
    {
        var marker = Markers.New(kind);
        var claim = await client.CreateClaimAsync();
        var path = $"/api/v1/claims/{Id(claim)}";
        var claimant = Id(claim["claimant"]!);
        var part = Id(await client.PostOkAsync($"{path}/{parts}", Part(parts, claimant, $"Denied ({marker}).")));
        Assert.Single((await client.GetOkAsync($"/api/v1/search?q={marker}"))["items"]!.AsArray()); // found while it lives

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{path}/{parts}/{part}")).StatusCode);

        Assert.Empty((await client.GetOkAsync($"/api/v1/search?q={marker}"))["items"]!.AsArray());
        Assert.Empty((await client.GetOkAsync($"/api/v1/search?q={marker}&kind={kind}"))["items"]!.AsArray());
        Assert.Empty((await client.GetOkAsync($"/api/v1/claims?q={marker}"))["items"]!.AsArray());
        Assert.Empty((await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&{filter}=true"))["items"]!.AsArray());
        Assert.Equal([Id(claim)], (await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&{filter}=false"))["items"]!.AsArray().Select(c => Id(c!)));
        // Editors listing tombstones see deleted claims, not deleted parts of live ones.
        Assert.Empty((await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&{filter}=true&includeDeleted=true"))["items"]!.AsArray());
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("sources")]
    public async Task A_deleted_actor_or_source_is_out_of_its_list_unless_an_editor_asks_for_tombstones(string resource)
    {
        var record = resource == "actors" ? await client.CreateActorAsync() : await client.CreateSourceAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/{resource}/{Id(record)}")).StatusCode);
        var editor = await app.CreateClientWithRoleAsync("editor");

        Assert.DoesNotContain(Id(record), await editor.ReadAllPagesAsync($"/api/v1/{resource}", limit: 100));
        Assert.Contains(Id(record), await editor.ReadAllPagesAsync($"/api/v1/{resource}?includeDeleted=true", limit: 100));
        if (resource == "sources")
        {
            var byUrl = $"/api/v1/sources?url={Uri.EscapeDataString((string)record["url"]!)}";
            Assert.Empty((await editor.GetOkAsync(byUrl))["items"]!.AsArray());
            Assert.Empty((await app.CreateAnonymousClient().GetOkAsync(byUrl))["items"]!.AsArray());
            Assert.Equal([Id(record)], (await editor.GetOkAsync($"{byUrl}&includeDeleted=true"))["items"]!.AsArray().Select(s => Id(s!)));
        }
    }
}
