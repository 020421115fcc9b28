using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

public sealed class StatusTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_transition_sets_the_status_with_rationale_author_and_time()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var before = (await client.GetAsync($"/api/v1/claims/{claimId}")).Headers.ETag!.Tag;

        var response = await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted", rationale = "Kirby: \"completely false\"." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal($"/api/v1/claims/{claimId}/status/{Id(change)}", response.Headers.Location!.OriginalString);
        Assert.Equal("unverified", (string?)change["previousStatus"]);
        Assert.Equal("refuted", (string?)change["status"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)change["by"]);
        var claim = await client.GetAsync($"/api/v1/claims/{claimId}");
        Assert.NotEqual(before, claim.Headers.ETag!.Tag);
        var body = await claim.ReadJsonAsync();
        Assert.Equal("refuted", (string?)body["evidenceStatus"]);
        Assert.Equal("Kirby: \"completely false\".", (string?)body["statusRationale"]);
        Assert.Equal((string?)change["at"], (string?)body["statusChangedAt"]);
        Assert.Equal(Id(change), Id(await client.GetOkAsync($"/api/v1/claims/{claimId}/status/{Id(change)}")));
    }

    [Fact]
    public async Task The_status_history_lists_every_change_newest_first()
    {
        var claimId = Id(await client.CreateClaimAsync());
        await client.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "under_review", rationale = "Looking into it." });
        await client.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted", rationale = "Contradicted by the evidence." });

        var history = await client.GetOkAsync($"/api/v1/claims/{claimId}/status");

        Assert.Equal("refuted", (string?)history["current"]);
        Assert.Equal(["refuted", "under_review"], history["items"]!.AsArray().Select(i => (string)i!["status"]!));
        Assert.Equal(["under_review", "unverified"], history["items"]!.AsArray().Select(i => (string)i!["previousStatus"]!));
    }

    [Fact]
    public async Task A_rationale_is_required_and_the_status_must_be_known()
    {
        var claimId = Id(await client.CreateClaimAsync());

        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted", rationale = "   " }), "rationale");
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted" }), "rationale");
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/status", new { status = "false", rationale = "R" }), "status");
        Assert.Equal("unverified", (string?)(await client.GetOkAsync($"/api/v1/claims/{claimId}"))["evidenceStatus"]);
    }

    [Fact]
    public async Task Setting_the_current_status_again_is_a_409_and_unknown_claims_404()
    {
        var claimId = Id(await client.CreateClaimAsync());

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/status", new { status = "unverified", rationale = "Again." }),
            HttpStatusCode.Conflict, ProblemAssert.Conflict);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/status", new { status = "refuted", rationale = "R" }),
            HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/status"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{claimId}/status/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task A_change_is_read_only_under_its_own_live_claim_and_keeps_its_rationale_trimmed()
    {
        var claimId = Id(await client.CreateClaimAsync());
        var otherId = Id(await client.CreateClaimAsync());
        var change = await client.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "disputed", rationale = "  Both sides have material.\n" });
        Assert.Equal("Both sides have material.", (string?)change["rationale"]);
        Assert.Equal("Both sides have material.", (string?)(await client.GetOkAsync($"/api/v1/claims/{claimId}"))["statusRationale"]);

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/claims/{otherId}/status/{Id(change)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        Assert.Equal("unverified", (string?)(await client.GetOkAsync($"/api/v1/claims/{otherId}/status"))["current"]);
        Assert.Empty((await client.GetOkAsync($"/api/v1/claims/{otherId}/status"))["items"]!.AsArray());

        var reader = await app.CreateClientWithRoleAsync("reader");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{claimId}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await reader.GetAsync($"/api/v1/claims/{claimId}/status/{Id(change)}"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await reader.GetAsync($"/api/v1/claims/{claimId}/status"), HttpStatusCode.NotFound, ProblemAssert.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/status", new { status = "refuted", rationale = "R" }),
            HttpStatusCode.NotFound, ProblemAssert.NotFound);
    }

    [Fact]
    public async Task The_conflict_names_the_status_the_claim_already_has()
    {
        var claimId = Id(await client.CreateClaimAsync());
        await client.PostOkAsync($"/api/v1/claims/{claimId}/status", new { status = "under_review", rationale = "Checking." });

        var body = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/status", new { status = "under_review", rationale = "Again." }),
            HttpStatusCode.Conflict, ProblemAssert.Conflict);

        Assert.Equal("The claim is already 'under_review'.", (string?)body["detail"]);
        Assert.Single((await client.GetOkAsync($"/api/v1/claims/{claimId}/status"))["items"]!.AsArray());
    }
}
