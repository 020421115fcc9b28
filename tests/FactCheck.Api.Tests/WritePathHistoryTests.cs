using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// Whom the history names for a change, and the values it keeps, on every path that writes: the API, an import within the
/// request and one run as a background job (the command line's <c>import</c> and <c>keys</c>: <see cref="FormatsCommandTests"/>,
/// <see cref="KeysCommandTests"/>). Each change is made with a key of its own, so an entry naming the wrong key, or none, shows.
/// </summary>
public sealed class WritePathHistoryTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient admin = app.CreateClient();

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private async Task<(HttpClient Client, string Name)> EditorAsync(string prefix)
    {
        var name = Unique(prefix);
        return (await app.CreateClientWithRoleAsync("editor", name), name);
    }

    internal static async Task<JsonArray> HistoryAsync(HttpClient client, string path) =>
        (await client.GetOkAsync(path))["items"]!.AsArray();

    internal static JsonNode Entry(JsonArray history, string operation, string entityType) =>
        Assert.Single(history, e => (string?)e!["operation"] == operation && (string?)e["entityType"] == entityType)!;

    internal static Dictionary<string, JsonNode?> Changes(JsonNode entry) =>
        entry["changes"]!.AsArray().ToDictionary(c => (string)c!["field"]!, c => c);

    [Fact]
    public async Task Api_writes_name_the_key_that_made_each_change_with_its_values_before_and_after()
    {
        var (first, firstName) = await EditorAsync("desk-first");
        var (second, secondName) = await EditorAsync("desk-second");
        var claim = await first.CreateClaimAsync();
        var claimId = Id(claim);
        var rebuttalActor = Id(await first.CreateActorAsync());
        var rebuttal = Id(await first.PostOkAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = rebuttalActor, statement = "False.", kind = "denial" }));
        var evidence = Id(await first.PostOkAsync($"/api/v1/claims/{claimId}/evidence", new { summary = "Checked.", bearing = "refutes", strength = "weak", url = "https://example.org/e" }));

        (await second.PatchJsonAsync($"/api/v1/claims/{claimId}", """{"summary":"Shoigu alleged a plot."}""")).EnsureSuccessStatusCode();
        (await second.PutAsJsonAsync($"/api/v1/claims/{claimId}/rebuttals/{rebuttal}", new { actorId = rebuttalActor, statement = "Completely false.", kind = "denial" }))
            .EnsureSuccessStatusCode();
        (await second.DeleteAsync($"/api/v1/claims/{claimId}/evidence/{evidence}")).EnsureSuccessStatusCode();
        await first.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted", rationale = "The Pentagon denied it." });

        var history = await HistoryAsync(first, $"/api/v1/claims/{claimId}/history");

        var created = Entry(history, "create", "claim");
        Assert.Equal(firstName, (string?)created["by"]);
        Assert.Equal((string)claim["statement"]!, (string?)Changes(created)["statement"]!["after"]);
        Assert.Null(Changes(created)["statement"]!["before"]);
        var patched = Entry(history, "update", "claim");
        Assert.Equal(secondName, (string?)patched["by"]);
        Assert.Equal(["summary"], Changes(patched).Keys);
        Assert.Equal("An allegation about chemical components.", (string?)Changes(patched)["summary"]!["before"]);
        Assert.Equal("Shoigu alleged a plot.", (string?)Changes(patched)["summary"]!["after"]);
        Assert.Equal(firstName, (string?)Entry(history, "create", "rebuttal")["by"]);
        var reworded = Entry(history, "update", "rebuttal");
        Assert.Equal(secondName, (string?)reworded["by"]);
        Assert.Equal("False.", (string?)Changes(reworded)["statement"]!["before"]);
        Assert.Equal("Completely false.", (string?)Changes(reworded)["statement"]!["after"]);
        Assert.Equal(firstName, (string?)Entry(history, "create", "evidence")["by"]);
        var deleted = Entry(history, "delete", "evidence");
        Assert.Equal(secondName, (string?)deleted["by"]);
        Assert.Equal(secondName, (string?)Changes(deleted)["deletedBy"]!["after"]);
        var status = Entry(history, "status_change", "claim");
        Assert.Equal(firstName, (string?)status["by"]);
        Assert.Equal("unverified", (string?)Changes(status)["evidenceStatus"]!["before"]);
        Assert.Equal("refuted", (string?)Changes(status)["evidenceStatus"]!["after"]);
        Assert.Equal(firstName, (string?)(await first.GetOkAsync($"/api/v1/claims/{claimId}/status"))["items"]![0]!["by"]);
        Assert.Equal(firstName, (string?)(await first.GetOkAsync($"/api/v1/claims/{claimId}"))["statusChangedBy"]);
        Assert.Equal(firstName, (string?)Assert.Single(await HistoryAsync(first, $"/api/v1/actors/{rebuttalActor}/history"))!["by"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_names_the_key_that_posted_it_on_what_it_created_and_on_what_a_later_import_changed(bool asJob)
    {
        var (first, firstName) = await EditorAsync("importer-first");
        var (second, secondName) = await EditorAsync("importer-second");
        var word = $"w{Guid.NewGuid():N}"[..14];
        var statement = $"NATO is preparing an attack, says {word}.";
        var url = ImportFixtures.NewUrl();
        var speaker = $"Speaker {word}";

        await ReviewImports.ImportAsync(app, first, ReviewImports.Review(url, statement, speaker, "False", "No attack is planned"), asJob, firstName);
        var claim = Assert.Single((await first.GetOkAsync($"/api/v1/claims?q={word}"))["items"]!.AsArray())!;
        var claimId = Id(claim);
        var history = await HistoryAsync(first, $"/api/v1/claims/{claimId}/history");

        Assert.All(history, e => Assert.Equal(firstName, (string?)e!["by"]));
        Assert.Equal(statement, (string?)Changes(Entry(history, "create", "claim"))["statement"]!["after"]);
        var review = Changes(Entry(history, "create", "review"));
        Assert.Equal(url, (string?)review["url"]!["after"]);
        Assert.Equal("False", (string?)review["textualRating"]!["after"]);
        // A claim the import made carries its first status from its creation; one it found gets a status change of its own.
        var recorded = history.First(e => Changes(e!).ContainsKey("evidenceStatus"))!;
        Assert.Equal("refuted", (string?)Changes(recorded)["evidenceStatus"]!["after"]);
        Assert.StartsWith("Imported: rated \"False\" by Example Fact Check", (string?)Changes(recorded)["statusRationale"]!["after"], StringComparison.Ordinal);
        var statusChange = Assert.Single((await first.GetOkAsync($"/api/v1/claims/{claimId}/status"))["items"]!.AsArray())!;
        Assert.Equal(firstName, (string?)statusChange["by"]);
        Assert.Equal("unverified", (string?)statusChange["previousStatus"]);
        Assert.Equal("refuted", (string?)statusChange["status"]);
        Assert.Equal(firstName, (string?)claim["statusChangedBy"]);
        var claimant = Id(claim["claimant"]!);
        Assert.Equal(firstName, (string?)Assert.Single(await HistoryAsync(first, $"/api/v1/actors/{claimant}/history"))!["by"]);

        await ReviewImports.ImportAsync(app, second, ReviewImports.Review(url, statement, speaker, "True", "An attack is planned after all"), asJob, secondName);
        var after = await HistoryAsync(first, $"/api/v1/claims/{claimId}/history");

        var update = after[0]!;
        Assert.Equal(history.Count + 1, after.Count);
        Assert.Equal("update", (string?)update["operation"]);
        Assert.Equal("review", (string?)update["entityType"]);
        Assert.Equal(secondName, (string?)update["by"]);
        Assert.Equal("No attack is planned", (string?)Changes(update)["title"]!["before"]);
        Assert.Equal("An attack is planned after all", (string?)Changes(update)["title"]!["after"]);
        Assert.Equal("False", (string?)Changes(update)["textualRating"]!["before"]);
        Assert.Equal("True", (string?)Changes(update)["textualRating"]!["after"]);
    }
}
