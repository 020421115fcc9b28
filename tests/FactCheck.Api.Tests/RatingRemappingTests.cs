using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>PUT /rating-mappings/{label} applies the new mapping to the reviews already imported with that label.</summary>
public sealed class RatingRemappingTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient admin = app.CreateClient();

    private async Task<JsonObject> PutAsync(string label, string status)
    {
        var response = await admin.PutAsJsonAsync("/api/v1/rating-mappings/" + Uri.EscapeDataString(label), new { status, note = "Demagog.cz's rating." });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<string> StatusAsync(string claimId) => (string)(await admin.GetOkAsync($"/api/v1/claims/{claimId}"))["evidenceStatus"]!;

    [Fact]
    public async Task A_new_mapping_changes_imported_claims_with_history_and_leaves_hand_set_ones_alone()
    {
        var label = $"Nepravda {Guid.NewGuid():N}";
        var key = label.ToLowerInvariant();
        var (_, claims) = await RatedImports.ImportAsync(admin,
            [new(label), new(label), new(label), new(label, 1, Best: 5, Worst: 1), new(label), new($"Pravda {label}")]);
        var (open, byHand, otherLabel, byNumber, deleted) = (claims[0], claims[1], claims[2], claims[3], claims[4]);
        Assert.Equal("refuted", byNumber.Status);
        var editor = await app.CreateClientWithRoleAsync("editor", "desk-editor");
        await editor.PostOkAsync($"/api/v1/claims/{byHand.Id}/status", new { status = "under_review", rationale = "Checking with the ministry." });
        await ImportSameClaimAsync(otherLabel.Id, "False"); // a second review, of a label the table knows, sets this one
        Assert.Equal("refuted", await StatusAsync(otherLabel.Id));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/claims/{deleted.Id}")).StatusCode);

        var put = await PutAsync($"«{label}»", "disputed");

        Assert.Equal(key, (string?)put["label"]);
        Assert.Equal("disputed", (string?)put["status"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)put["updatedBy"]);
        Assert.Equal(4, (int)put["reviews"]!); // the deleted claim's review is not counted
        Assert.Equal(2, (int)put["claimsChanged"]!);
        Assert.Equal(1, (int)put["claimsSetByHand"]!);
        Assert.Equal("disputed", await StatusAsync(open.Id));
        Assert.Equal("disputed", await StatusAsync(byNumber.Id)); // the table now knows the words: they win over the numbers
        Assert.Equal("under_review", await StatusAsync(byHand.Id));
        Assert.Equal("refuted", await StatusAsync(otherLabel.Id));
        Assert.Equal("unverified", await StatusAsync(claims[5].Id));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/claims/{deleted.Id}/restore", null)).StatusCode);
        Assert.Equal("unverified", await StatusAsync(deleted.Id));

        var history = (await admin.GetOkAsync($"/api/v1/claims/{open.Id}/history"))["items"]!.AsArray();
        Assert.Equal("status_change", (string?)history[0]!["operation"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)history[0]!["by"]);
        var changes = history[0]!["changes"]!.AsArray().ToDictionary(c => (string)c!["field"]!);
        Assert.Equal("unverified", (string?)changes["evidenceStatus"]!["before"]);
        Assert.Equal("disputed", (string?)changes["evidenceStatus"]!["after"]);
        var rationale = $"Rating mapping \"{key}\" → disputed: rated \"{label}\" by Example Fact Check ({open.ReviewUrl}).";
        Assert.Equal(rationale, (string?)changes["statusRationale"]!["after"]);
        var status = (await admin.GetOkAsync($"/api/v1/claims/{open.Id}/status"))["items"]![0]!;
        Assert.Equal(rationale, (string?)status["rationale"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)status["by"]);
        Assert.Null(await RatedImports.FindUnmappedAsync(admin, key));

        // Changed again, the mapping moves the claims it set, and the restored claim, still unverified; the same PUT again changes nothing.
        var again = await PutAsync(label, "refuted");
        Assert.Equal((5, 3, 1), ((int)again["reviews"]!, (int)again["claimsChanged"]!, (int)again["claimsSetByHand"]!));
        Assert.Equal(["refuted", "refuted", "under_review", "refuted", "refuted"],
            await Task.WhenAll(new[] { open, byNumber, byHand, otherLabel, deleted }.Select(c => StatusAsync(c.Id))));
        Assert.Equal(0, (int)(await PutAsync(label, "refuted"))["claimsChanged"]!);
        Assert.Equal(2, (await admin.GetOkAsync($"/api/v1/claims/{open.Id}/status"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Claims_are_remapped_in_batches_past_the_first()
    {
        var label = $"Zavádějící {Guid.NewGuid():N}";
        var (_, claims) = await RatedImports.ImportAsync(admin, [.. Enumerable.Range(0, 1_100).Select(_ => new Rated(label))]);

        var put = await PutAsync(label, "disputed");

        Assert.Equal(1_100, (int)put["reviews"]!);
        Assert.Equal(1_100, (int)put["claimsChanged"]!);
        var disputed = await admin.GetOkAsync($"/api/v1/claims?claimantId={(await admin.GetOkAsync($"/api/v1/claims/{claims[0].Id}"))["claimant"]!["id"]}"
            + "&evidenceStatus=unverified&limit=1");
        Assert.Empty(disputed["items"]!.AsArray());
    }

    /// <summary>Imports another review of the claim (same statement, same claimant) rated <paramref name="rating"/>.</summary>
    private async Task ImportSameClaimAsync(string claimId, string rating)
    {
        var claim = await admin.GetOkAsync($"/api/v1/claims/{claimId}");
        var review = new JsonObject
        {
            ["@type"] = "ClaimReview", ["url"] = ImportFixtures.NewUrl(), ["claimReviewed"] = (string?)claim["statement"],
            ["itemReviewed"] = new JsonObject { ["@type"] = "Claim", ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = (string?)claim["claimant"]!["name"] } },
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = "Another Fact Check" },
            ["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["alternateName"] = rating },
        };
        var report = await ImportTests.ImportAsync(admin, review.ToJsonString());
        Assert.Equal(1, (int)report["counts"]!["claims"]!["unchanged"]!);
    }
}
