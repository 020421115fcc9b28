using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class ClaimsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Create_records_the_claim_unverified_with_its_claimant_and_sources_embedded()
    {
        var shoigu = await client.CreateActorAsync("Sergei Shoigu");
        var fox = await client.CreateSourceAsync();
        var reuters = await client.CreateSourceAsync();

        var response = await client.PostAsJsonAsync("/api/v1/claims", new
        {
            statement = "US contractors are smuggling \"unidentified chemical components\" into Ukraine.",
            claimantId = Id(shoigu), madeAt = "2021-12-21T00:00:00Z", appearances = new[] { Id(reuters), Id(fox) },
            topics = new[] { " Ukraine ", "chemical weapons", "ukraine" }, language = "en",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var claim = await response.ReadJsonAsync();
        Assert.Equal($"/api/v1/claims/{Id(claim)}", response.Headers.Location!.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("unverified", (string?)claim["evidenceStatus"]);
        Assert.Equal("Sergei Shoigu", (string?)claim["claimant"]!["name"]);
        Assert.Equal([Id(reuters), Id(fox)], claim["appearances"]!.AsArray().Select(a => (string)a!));
        Assert.Equal([Id(reuters), Id(fox)], claim["sources"]!.AsArray().Select(s => Id(s!)));
        Assert.Equal(["ukraine", "chemical weapons"], claim["topics"]!.AsArray().Select(t => (string)t!));
        Assert.Empty(claim["rebuttals"]!.AsArray());
        Assert.Empty(claim["evidence"]!.AsArray());
        Assert.Null((string?)claim["statusRationale"]);
    }

    [Fact]
    public async Task Unknown_claimant_and_sources_are_a_422_naming_each_field()
    {
        var source = await client.CreateSourceAsync();
        var response = await client.PostAsJsonAsync("/api/v1/claims", new
        {
            statement = "A claim", claimantId = Guid.NewGuid(), madeAt = "2021-12-21T00:00:00Z", appearances = new[] { Id(source), Guid.NewGuid().ToString() },
        });

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, ProblemAssert.UnknownReference);
        Assert.True(body["errors"]!.AsObject().ContainsKey("claimantId"));
        Assert.True(body["errors"]!.AsObject().ContainsKey("appearances[1]"));
        Assert.False(body["errors"]!.AsObject().ContainsKey("appearances[0]"));
    }

    [Fact]
    public async Task Invalid_claims_are_validation_problems()
    {
        var actor = await client.CreateActorAsync();
        var source = Id(await client.CreateSourceAsync());
        var response = await client.PostAsJsonAsync("/api/v1/claims", new
        {
            statement = new string('x', 5001), claimantId = Guid.Empty, madeAt = "2999-01-01T00:00:00Z",
            appearances = new[] { source, source }, topics = new[] { "", new string('t', 65) }, language = "not a tag", summary = new string('s', 501),
        });
        await ProblemAssert.IsValidationProblemAsync(response, "statement", "claimantId", "madeAt", "appearances", "topics[0]", "topics[1]", "language", "summary");
        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync("/api/v1/claims", new { statement = "S", claimantId = Id(actor) }), "madeAt");
    }

    [Fact]
    public async Task Get_embeds_everything_and_404s_for_unknown_ids()
    {
        var claim = await client.CreateClaimAsync();
        var response = await client.GetAsync($"/api/v1/claims/{Id(claim)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var body = await response.ReadJsonAsync();
        Assert.Equal((string?)claim["statement"], (string?)body["statement"]);
        Assert.Equal(Id(claim["claimant"]!), Id(body["claimant"]!));

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/claims/not-a-uuid"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task Update_replaces_fields_and_reorders_appearances()
    {
        var first = await client.CreateSourceAsync();
        var second = await client.CreateSourceAsync();
        var claim = await client.CreateClaimAsync(appearances: [Id(first), Id(second)]);
        var etag = (await client.GetAsync($"/api/v1/claims/{Id(claim)}")).Headers.ETag!.Tag;

        var response = await client.PutAsJsonAsync($"/api/v1/claims/{Id(claim)}", new
        {
            statement = "Reworded statement.", claimantId = Id(claim["claimant"]!), madeAt = "2021-12-20T00:00:00Z",
            appearances = new[] { Id(second), Id(first) }, topics = new[] { "nato" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Reworded statement.", (string?)body["statement"]);
        Assert.Equal([Id(second), Id(first)], body["appearances"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("2021-12-20T00:00:00Z", (string?)body["madeAt"]);
        Assert.Null((string?)body["language"]);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}", new
        {
            statement = "S", claimantId = Id(claim["claimant"]!), madeAt = "2021-12-20T00:00:00Z",
        }), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/v1/claims/{Id(claim)}", new
        {
            statement = "S", claimantId = Guid.NewGuid(), madeAt = "2021-12-20T00:00:00Z",
        }), HttpStatusCode.UnprocessableEntity, ProblemAssert.UnknownReference);
    }

    [Fact]
    public async Task Delete_hides_the_claim_and_its_parts_and_records_who_deleted_it()
    {
        var claim = await client.CreateClaimAsync();
        var rebuttal = await client.PostOkAsync($"/api/v1/claims/{Id(claim)}/rebuttals", new { actorId = Id(await client.CreateActorAsync()), statement = "False.", kind = "denial" });

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{Id(claim)}")).StatusCode);

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Id(claim)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Id(claim)}/rebuttals/{Id(rebuttal)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"/api/v1/claims/{Id(claim)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var history = (await client.GetOkAsync($"/api/v1/claims/{Id(claim)}/history"))["items"]!.AsArray();
        var deletion = history[0]!;
        Assert.Equal("delete", (string?)deletion["operation"]);
        Assert.Equal("claim", (string?)deletion["entityType"]);
        Assert.Contains(deletion["changes"]!.AsArray(), c => (string?)c!["field"] == "deletedBy" && (string?)c["after"] == FactCheckApp.AdminName);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Id(claim)}/rebuttals"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task The_list_filters_by_claimant_status_topic_and_language()
    {
        var claimant = Id(await client.CreateActorAsync());
        var plain = await client.CreateClaimAsync(claimant, topics: ["nato"]);
        var refuted = await client.CreateClaimAsync(claimant, topics: ["ukraine"]);
        await client.PostOkAsync($"/api/v1/claims/{Id(refuted)}/status", new { status = "refuted", rationale = "Denied with evidence." });
        await client.CreateClaimAsync(); // another claimant's

        var byClaimant = await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}");
        var byStatus = await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&evidenceStatus=refuted&evidenceStatus=disputed");
        var byTopic = await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&topic=NATO");
        var byLanguage = await client.GetOkAsync($"/api/v1/claims?claimantId={claimant}&language=ru");

        Assert.Equal([Id(plain), Id(refuted)], byClaimant["items"]!.AsArray().Select(c => Id(c!)));
        Assert.Equal([Id(refuted)], byStatus["items"]!.AsArray().Select(c => Id(c!)));
        Assert.Equal([Id(plain)], byTopic["items"]!.AsArray().Select(c => Id(c!)));
        Assert.Empty(byLanguage["items"]!.AsArray());
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/claims?evidenceStatus=false"), "evidenceStatus[0]");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/v1/claims?claimantId=nobody"), "claimantId");
    }

    [Fact]
    public async Task Paging_visits_every_claim_exactly_once()
    {
        var claimant = Id(await client.CreateActorAsync());
        var source = Id(await client.CreateSourceAsync());
        var created = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            created.Add(Id(await client.CreateClaimAsync(claimant, [source])));
        }

        foreach (var limit in new[] { 1, 4, 11, 100 })
        {
            Assert.Equal(created, await client.ReadAllPagesAsync($"/api/v1/claims?claimantId={claimant}", limit));
        }
    }

    [Fact]
    public async Task The_next_link_keeps_the_filters()
    {
        var claimant = Id(await client.CreateActorAsync());
        await client.CreateClaimAsync(claimant);
        await client.CreateClaimAsync(claimant);

        var response = await client.GetAsync($"/api/v1/claims?claimantId={claimant}&limit=1");

        var link = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains($"claimantId={claimant}", link, StringComparison.Ordinal);
        Assert.Contains("limit=1", link, StringComparison.Ordinal);
        var next = link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)];
        // Relative: with no public base URL configured, no link names the Host the client sent.
        var second = await client.GetOkAsync(new Uri(client.BaseAddress!, next).PathAndQuery);
        Assert.Single(second["items"]!.AsArray());
        Assert.Null((string?)second["nextCursor"]);
    }
}
