using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class HistoryTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_claims_history_holds_every_change_to_it_and_its_parts_newest_first()
    {
        var claim = await client.CreateClaimAsync();
        var claimId = Id(claim);
        var added = Id(await client.CreateSourceAsync());
        await client.PutAsJsonAsync($"/api/v1/claims/{claimId}", new
        {
            statement = claim["statement"]!.GetValue<string>(), claimantId = Id(claim["claimant"]!), madeAt = "2021-12-21T10:00:00Z",
            summary = "Reworded summary.", appearances = new[] { (string)claim["appearances"]![0]!, added }, topics = new[] { "chemical weapons" }, language = "en",
        });
        var rebuttal = await client.PostOkAsync($"/api/v1/claims/{claimId}/rebuttals", new { actorId = Id(await client.CreateActorAsync()), statement = "False.", kind = "denial" });
        var evidence = await client.PostOkAsync($"/api/v1/claims/{claimId}/evidence", new { summary = "Checked.", bearing = "refutes", strength = "strong", url = "https://example.org/e" });
        await client.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted", rationale = "Contradicted." });

        var items = (await client.GetOkAsync($"/api/v1/claims/{claimId}/history"))["items"]!.AsArray();

        Assert.Equal(
            ["status_change:claim", "create:evidence", "create:rebuttal", "update:claim", "create:claim"],
            items.Select(i => $"{i!["operation"]}:{i["entityType"]}"));
        Assert.All(items, i => Assert.Equal(FactCheckApp.AdminName, (string?)i!["by"]));
        Assert.Equal(Id(evidence), (string?)items[1]!["entityId"]);
        Assert.Equal(Id(rebuttal), (string?)items[2]!["entityId"]);

        var update = items[3]!["changes"]!.AsArray().ToDictionary(c => (string)c!["field"]!);
        Assert.Equal(["appearances", "summary"], update.Keys.Order());
        Assert.Equal("An allegation about chemical components.", (string?)update["summary"]!["before"]);
        Assert.Equal("Reworded summary.", (string?)update["summary"]!["after"]);
        Assert.Single(update["appearances"]!["before"]!.AsArray());
        Assert.Equal(added, (string?)update["appearances"]!["after"]![1]);

        var status = items[0]!["changes"]!.AsArray().ToDictionary(c => (string)c!["field"]!);
        Assert.Equal("unverified", (string?)status["evidenceStatus"]!["before"]);
        Assert.Equal("refuted", (string?)status["evidenceStatus"]!["after"]);
        Assert.Equal("Contradicted.", (string?)status["statusRationale"]!["after"]);
    }

    [Fact]
    public async Task A_reworded_statement_is_one_field_and_appearances_emptied_or_set_from_none_read_null()
    {
        var claim = await client.CreateClaimAsync();
        var (claimId, first) = (Id(claim), (string)claim["appearances"]![0]!);
        var second = Id(await client.CreateSourceAsync());
        object Body(string statement, string[] appearances) => new
        {
            statement, claimantId = Id(claim["claimant"]!), madeAt = "2021-12-21T10:00:00Z", summary = "An allegation about chemical components.",
            appearances, topics = new[] { "chemical weapons" }, language = "en",
        };
        var reworded = $"Reworded allegation ({Guid.NewGuid():N}).";

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/claims/{claimId}", Body(reworded, []))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/claims/{claimId}", Body(reworded, [second, first]))).StatusCode);

        var items = (await client.GetOkAsync($"/api/v1/claims/{claimId}/history"))["items"]!.AsArray();
        Assert.Equal(["update", "update", "create"], items.Select(i => (string?)i!["operation"]));
        // The statement's search key is a column of its own, and bookkeeping: it is never a field of the history.
        var emptied = items[1]!["changes"]!.AsArray().ToDictionary(c => (string)c!["field"]!);
        Assert.Equal(["appearances", "statement"], emptied.Keys.Order());
        Assert.Equal(reworded, (string?)emptied["statement"]!["after"]);
        Assert.Equal([first], emptied["appearances"]!["before"]!.AsArray().Select(a => (string?)a));
        Assert.Null(emptied["appearances"]!["after"]);
        var set = Assert.Single(items[0]!["changes"]!.AsArray())!;
        Assert.Equal("appearances", (string?)set["field"]);
        Assert.Null(set["before"]);
        Assert.Equal([second, first], set["after"]!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public async Task History_pages_newest_first_and_unknown_records_404()
    {
        var actor = await client.CreateActorAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.PutAsJsonAsync($"/api/v1/actors/{Id(actor)}", new { name = $"Name {i}", kind = "person" });
        }

        var ids = await client.ReadAllPagesAsync($"/api/v1/actors/{Id(actor)}/history", limit: 2);

        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), ids);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/history"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/sources/{Guid.NewGuid()}/history"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_writes_no_history()
    {
        var source = await client.CreateSourceAsync();
        var body = new { title = (string)source["title"]!, kind = "news_article", url = (string)source["url"]!, publisher = "Example News", publishedAt = "2021-12-22T08:00:00Z", language = "en" };

        var response = await client.PutAsJsonAsync($"/api/v1/sources/{Id(source)}", body);

        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Single((await client.GetOkAsync($"/api/v1/sources/{Id(source)}/history"))["items"]!.AsArray());
    }
}
