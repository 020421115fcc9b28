using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>GET /api/v1/claims/{id}?asOf=: the claim as it stood at an instant, rebuilt from its history.</summary>
public sealed class TimeTravelTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private readonly HttpClient client = app.CreateClient();

    private static string AsOf(string claimId, DateTime instant) =>
        $"/api/v1/claims/{claimId}?asOf={Uri.EscapeDataString(instant.ToString("O", CultureInfo.InvariantCulture))}";

    /// <summary>The instant just after a step, then a second on the service's clock, so the next step's history entry is strictly later.</summary>
    private DateTime Mark()
    {
        var instant = app.UtcNow;
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        return instant;
    }

    [Fact]
    public async Task Each_instant_shows_the_statement_rebuttals_and_status_of_that_time()
    {
        var claim = await client.CreateClaimAsync();
        var id = Id(claim);
        var created = Mark();
        await client.PatchJsonAsync($"/api/v1/claims/{id}", """{"statement": "US contractors are bringing chemical components into Ukraine."}""");
        var reworded = Mark();
        var rebuttal = await client.PostOkAsync($"/api/v1/claims/{id}/rebuttals", new { actorId = Id(await client.CreateActorAsync("John Kirby")), statement = "Completely false.", kind = "denial" });
        var rebutted = Mark();
        await client.PostOkAsync($"/api/v1/claims/{id}/status", new { status = "refuted", rationale = "The Pentagon denied it." });
        var current = await client.GetOkAsync($"/api/v1/claims/{id}");

        var atCreation = await client.GetAsync(AsOf(id, created));
        var first = await atCreation.ReadJsonAsync();
        var second = await client.GetOkAsync(AsOf(id, reworded));
        var third = await client.GetOkAsync(AsOf(id, rebutted));
        var now = await client.GetOkAsync(AsOf(id, app.UtcNow));

        Assert.Equal(HttpStatusCode.OK, atCreation.StatusCode);
        Assert.Null(atCreation.Headers.ETag);
        Assert.Equal(created.ToString("R", CultureInfo.InvariantCulture), string.Join(",", atCreation.Headers.GetValues("Memento-Datetime")));
        Assert.Equal((string?)claim["statement"], (string?)first["statement"]);
        Assert.Empty(first["rebuttals"]!.AsArray());
        Assert.Equal("unverified", (string?)first["evidenceStatus"]);
        Assert.Equal((string?)claim["createdAt"], (string?)first["createdAt"]);
        Assert.Equal((string?)claim["updatedAt"], (string?)first["updatedAt"]);
        Assert.Equal((string?)claim["claimant"]!["name"], (string?)first["claimant"]!["name"]);
        Assert.Equal((string?)claim["sources"]![0]!["title"], (string?)first["sources"]![0]!["title"]);

        Assert.Equal("US contractors are bringing chemical components into Ukraine.", (string?)second["statement"]);
        Assert.Empty(second["rebuttals"]!.AsArray());

        Assert.Equal("unverified", (string?)third["evidenceStatus"]);
        var rebuttalThen = third["rebuttals"]!.AsArray().Single()!;
        Assert.Equal(Id(rebuttal), Id(rebuttalThen));
        Assert.Equal("John Kirby", (string?)rebuttalThen["actor"]!["name"]);
        Assert.Equal((string?)rebuttal["createdAt"], (string?)third["updatedAt"]);

        Assert.Equal("refuted", (string?)now["evidenceStatus"]);
        Assert.Equal("The Pentagon denied it.", (string?)now["statusRationale"]);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(current, now), $"{current.ToJsonString()}\n{now.ToJsonString()}");
    }

    [Fact]
    public async Task Before_creation_and_after_deletion_are_404_problems_saying_so()
    {
        var before = app.UtcNow.AddSeconds(-1);
        var claim = await client.CreateClaimAsync();
        var id = Id(claim);
        await client.PostOkAsync($"/api/v1/claims/{id}/evidence", new { summary = "Checked.", bearing = "refutes", strength = "strong", url = "https://example.org/e" });
        var existed = Mark();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{id}")).StatusCode);

        var notYet = await ProblemAssert.IsProblemAsync(await client.GetAsync(AsOf(id, before)), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var gone = await ProblemAssert.IsProblemAsync(await client.GetAsync(AsOf(id, app.UtcNow)), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var never = await ProblemAssert.IsProblemAsync(await client.GetAsync(AsOf(Guid.NewGuid().ToString(), app.UtcNow)), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        var then = await client.GetOkAsync(AsOf(id, existed));

        Assert.Contains("did not exist", (string?)notYet["detail"], StringComparison.Ordinal);
        Assert.Contains("was deleted at", (string?)gone["detail"], StringComparison.Ordinal);
        Assert.Contains("No claim has the id", (string?)never["detail"], StringComparison.Ordinal);
        Assert.Equal((string?)claim["statement"], (string?)then["statement"]);
        Assert.Equal("Checked.", (string?)then["evidence"]![0]!["summary"]);
    }

    [Fact]
    public async Task A_source_deleted_since_is_embedded_as_deleted()
    {
        var old = Id(await client.CreateSourceAsync());
        var claim = await client.CreateClaimAsync(appearances: [old]);
        var withOld = Mark();
        await client.PatchJsonAsync($"/api/v1/claims/{Id(claim)}", $$"""{"appearances": ["{{Id(await client.CreateSourceAsync())}}"]}""");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/sources/{old}")).StatusCode);

        var then = await client.GetOkAsync(AsOf(Id(claim), withOld));

        Assert.Equal([old], then["appearances"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(old, Id(then["sources"]![0]!));
        Assert.Equal("(deleted)", (string?)then["sources"]![0]!["title"]);
    }

    [Fact]
    public async Task A_claimant_or_rebuttal_author_deleted_since_is_embedded_as_deleted_without_its_name()
    {
        var (claimantName, authorName) = (Markers.New("claimant"), Markers.New("author"));
        var (claimant, author) = (Id(await client.CreateActorAsync(claimantName)), Id(await client.CreateActorAsync(authorName)));
        var successor = Id(await client.CreateActorAsync());
        var claim = Id(await client.CreateClaimAsync(claimant));
        var rebuttal = Id(await client.PostOkAsync($"/api/v1/claims/{claim}/rebuttals", new { actorId = author, statement = "No.", kind = "denial" }));
        var then = (string)(await client.GetOkAsync($"/api/v1/claims/{claim}"))["updatedAt"]!;
        await client.PatchJsonAsync($"/api/v1/claims/{claim}", $$"""{"claimantId":"{{successor}}"}""");
        await client.PutAsJsonAsync($"/api/v1/claims/{claim}/rebuttals/{rebuttal}", new { actorId = successor, statement = "No.", kind = "denial" });
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/actors/{claimant}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/actors/{author}")).StatusCode);

        foreach (var caller in new[] { client, app.CreateAnonymousClient() })
        {
            var body = await caller.GetOkAsync($"/api/v1/claims/{claim}?asOf={Uri.EscapeDataString(then)}");

            Assert.Equal((claimant, "(deleted)"), (Id(body["claimant"]!), (string?)body["claimant"]!["name"]));
            Assert.Equal((author, "(deleted)"), (Id(body["rebuttals"]![0]!["actor"]!), (string?)body["rebuttals"]![0]!["actor"]!["name"]));
            Markers.AssertAbsent(body.ToJsonString(), [claimantName, authorName], "the claim as it stood");
        }
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2021-13-45T00:00:00Z")]
    [InlineData("1700-01-01T00:00:00Z")]
    public async Task An_asOf_that_is_not_a_plausible_date_time_is_a_validation_problem(string asOf)
    {
        var claim = await client.CreateClaimAsync();

        var response = await client.GetAsync($"/api/v1/claims/{Id(claim)}?asOf={Uri.EscapeDataString(asOf)}");

        var body = await ProblemAssert.IsValidationProblemAsync(response, "asOf");
        Assert.Contains("'asOf'", body["errors"]!["asOf"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
