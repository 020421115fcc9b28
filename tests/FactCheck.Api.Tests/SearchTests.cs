using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>Full-text search. Each test uses words of its own (a unique token) so other tests' records never match.</summary>
public sealed class SearchTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    private static string Word() => $"w{Guid.NewGuid():N}"[..14];

    private async Task<string> ClaimAsync(string statement, string? summary = null, string? claimantId = null) =>
        Id(await client.PostOkAsync("/api/v1/claims", new
        {
            statement, summary, claimantId = claimantId ?? Id(await client.CreateActorAsync()), madeAt = "2021-12-21T00:00:00Z",
        }));

    private async Task<JsonArray> SearchAsync(string query) =>
        (await client.GetOkAsync($"/api/v1/search?{query}"))["items"]!.AsArray();

    [Fact]
    public async Task More_occurrences_rank_higher_and_matches_are_highlighted()
    {
        var word = Word();
        var once = await ClaimAsync($"Contractors bring {word} components into Ukraine.");
        var twice = await ClaimAsync($"Contractors bring {word} into Ukraine.", $"An allegation about {word}.");

        var hits = await SearchAsync($"q={word}");

        Assert.Equal([twice, once], hits.Select(h => Id(h!)));
        Assert.True((double)hits[0]!["score"]! > (double)hits[1]!["score"]!);
        Assert.Equal("claim", (string?)hits[0]!["kind"]);
        Assert.Equal(twice, (string?)hits[0]!["claimId"]);
        Assert.Contains($"<mark>{word}</mark>", (string)hits[1]!["snippet"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phrases_prefixes_and_exclusions()
    {
        var word = Word();
        var ordered = await ClaimAsync($"{word} chemical components smuggled.");
        var reversed = await ClaimAsync($"{word} components, chemical ones.");

        Assert.Equal([ordered], (await SearchAsync($"q={word}+%22chemical+components%22")).Select(h => Id(h!)));
        Assert.Equal(2, (await SearchAsync($"q={word[..8]}*+chem*")).Count);
        Assert.Equal([reversed], (await SearchAsync($"q={word}+-smuggled")).Select(h => Id(h!)));
        Assert.Equal([ordered], (await SearchAsync($"q={word}+-%22components+chemical%22")).Select(h => Id(h!)));
    }

    [Fact]
    public async Task Case_and_diacritics_are_ignored()
    {
        var word = Word();
        var claim = await ClaimAsync($"{word} Sojgu said it.");
        Assert.Equal([claim], (await SearchAsync($"q={word.ToUpperInvariant()}+%C5%A0ojgu")).Select(h => Id(h!)));
        var actor = Id(await client.CreateActorAsync($"Sergej Šojgu {word}"));
        Assert.Equal([actor], (await SearchAsync($"q={word}+sojgu&kind=actor")).Select(h => Id(h!)));
    }

    [Fact]
    public async Task Rebuttals_evidence_and_actors_are_found_and_kind_filters()
    {
        var word = Word();
        var claim = await ClaimAsync($"A claim about {word}.");
        var rebuttal = Id(await client.PostOkAsync($"/api/v1/claims/{claim}/rebuttals", new { actorId = Id(await client.CreateActorAsync()), statement = $"{word} is false.", kind = "denial", madeAt = "2021-12-21T00:00:00Z" }));
        var evidence = Id(await client.PostOkAsync($"/api/v1/claims/{claim}/evidence", new { summary = $"No trace of {word}.", bearing = "refutes", strength = "weak", url = "https://example.org/e" }));

        var hits = await SearchAsync($"q={word}");
        Assert.Equal(new HashSet<string> { claim, rebuttal, evidence }, hits.Select(h => Id(h!)).ToHashSet());
        Assert.All(hits, h => Assert.Equal(claim, (string?)h!["claimId"]));
        Assert.Equal([rebuttal], (await SearchAsync($"q={word}&kind=rebuttal")).Select(h => Id(h!)));
        Assert.Equal(2, (await SearchAsync($"q={word}&kind=rebuttal&kind=evidence")).Count);
        Assert.Equal(3, (await SearchAsync($"q={word}&evidenceStatus=unverified")).Count);
        Assert.Empty(await SearchAsync($"q={word}&evidenceStatus=refuted"));
        Assert.Empty(await SearchAsync($"q={word}&madeFrom=2022-01-01T00:00:00Z"));
        Assert.Equal([claim], (await client.GetOkAsync($"/api/v1/claims?q={word}+false"))["items"]!.AsArray().Select(c => Id(c!)));
    }

    [Fact]
    public async Task Deleted_records_are_not_found_and_come_back_on_restore()
    {
        var word = Word();
        var claim = await ClaimAsync($"A claim about {word}.");
        await client.PostOkAsync($"/api/v1/claims/{claim}/evidence", new { summary = $"Evidence on {word}.", bearing = "refutes", strength = "weak", url = "https://example.org/e" });
        Assert.Equal(2, (await SearchAsync($"q={word}")).Count);

        (await client.DeleteAsync($"/api/v1/claims/{claim}")).EnsureSuccessStatusCode();
        Assert.Empty(await SearchAsync($"q={word}"));
        Assert.Empty((await client.GetOkAsync($"/api/v1/claims?q={word}"))["items"]!.AsArray());

        (await client.PostAsync($"/api/v1/claims/{claim}/restore", null)).EnsureSuccessStatusCode();
        Assert.Equal(2, (await SearchAsync($"q={word}")).Count);
    }

    [Fact]
    public async Task A_purged_record_leaves_the_index_and_a_restored_one_keeps_its_place()
    {
        var word = Word();
        var older = await ClaimAsync($"Older {word} claim.");
        var purged = await ClaimAsync($"Purged {word} claim.");
        (await client.DeleteAsync($"/api/v1/claims/{older}")).EnsureSuccessStatusCode();
        (await client.DeleteAsync($"/api/v1/claims/{purged}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/claims/{purged}/purge", null)).StatusCode);
        (await client.PostAsync($"/api/v1/claims/{older}/restore", null)).EnsureSuccessStatusCode();

        var hits = await SearchAsync($"q={word}");
        Assert.Equal([older], hits.Select(h => (string)h!["id"]!));
        Assert.Contains("<mark>", (string)hits[0]!["snippet"]!);
    }

    [Fact]
    public async Task Edits_reindex_and_paging_visits_every_hit_once()
    {
        var word = Word();
        var claimant = Id(await client.CreateActorAsync());
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await ClaimAsync(string.Join(' ', Enumerable.Repeat(word, i + 1)) + " end.", claimantId: claimant));
        }
        var paged = await client.ReadAllPagesAsync($"/api/v1/search?q={word}", 2);
        Assert.Equal(ids.AsEnumerable().Reverse(), paged);

        var edited = await client.PutAsJsonAsync($"/api/v1/claims/{ids[0]}", new { statement = "Something else entirely.", claimantId = claimant, madeAt = "2021-12-21T00:00:00Z" });
        edited.EnsureSuccessStatusCode();
        Assert.Equal(4, (await SearchAsync($"q={word}&claimantId={claimant}")).Count);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"", "\"unbalanced", "unbalanced\"", "a\"b\"c", "(", ")", "(chemical", "NEAR(a b)", "NEAR(\"a\" \"b\", 2)",
        "a AND b", "a OR b", "NOT a", "AND", "OR", "NOT", "statement:x", "body:chemical", "^x", "*", "-", "--", "-chemical",
        "- - -", "**", "chem**", "\"chem\"*", "😀", "😀 chemical", "שלום עולם", "مرحبا", "a\0b", "\0", new string('x', 8_000),
        "'; DROP TABLE claims; --", "\" OR 1=1 --", "x' UNION SELECT * FROM api_keys --", "{}[]", "+", "a+b", ":", "a:b:c",
        "\\", "%", "_", "  ", "\t\n", "chemical -", "\"chemical components\" -\"\"", "é́́́", new string('a', 501), string.Join(' ', Enumerable.Repeat("w", 40)),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_query_text_is_a_result_or_a_validation_problem(string query)
    {
        foreach (var path in new[] { "/api/v1/search", "/api/v1/claims" })
        {
            var response = await client.GetAsync($"{path}?q={Uri.EscapeDataString(query)}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await ProblemAssert.IsValidationProblemAsync(response, "q");
                continue;
            }
            // A result is a page like any other: JSON with its list of items.
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.ReadJsonAsync();
            Assert.True(body["items"] is System.Text.Json.Nodes.JsonArray, $"{path}?q={query}: {body.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Only_exclusions_or_nothing_to_find_is_a_400_naming_q()
    {
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/search?q=-chemical"), "q");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/search"), "q");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/search?q=x&kind=source&limit=101"), "kind[0]", "limit");
    }
}
