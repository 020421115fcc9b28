using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Api.Tests.Infrastructure;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// Restore and purge act only on the record their path names, and a restore is written to history as the exact undoing
/// of the deletion: both tombstone fields back to null.
/// </summary>
public sealed class TombstoneAddressTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient admin = app.CreateClient();

    public static TheoryData<string> PartKinds => ["rebuttals", "evidence", "reviews"];

    /// <summary>A deleted part of a new claim and the path of another live claim.</summary>
    private async Task<(string Part, string Claim, string OtherClaim)> DeletedPartAsync(string parts)
    {
        var claim = $"/api/v1/claims/{Id(await admin.CreateClaimAsync())}";
        var other = $"/api/v1/claims/{Id(await admin.CreateClaimAsync())}";
        var part = parts switch
        {
            "rebuttals" => await admin.PostOkAsync($"{claim}/rebuttals", new { actorId = Id(await admin.CreateActorAsync()), statement = "No.", kind = "denial" }),
            "evidence" => await admin.PostOkAsync($"{claim}/evidence", new { summary = "S", bearing = "refutes", strength = "weak", url = "https://example.org/e" }),
            _ => await admin.PostOkAsync($"{claim}/reviews", new
            {
                publisher = new { name = "AFP Factuel", url = "https://factuel.afp.com" },
                url = $"https://factuel.afp.com/{Guid.NewGuid():N}", textualRating = "False", publishedAt = "2021-12-23T00:00:00Z",
            }),
        };
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{claim}/{parts}/{Id(part)}")).StatusCode);
        return (Id(part), claim, other);
    }

    [Theory]
    [MemberData(nameof(PartKinds))]
    public async Task A_deleted_part_named_under_another_claim_is_neither_restored_nor_purged_there(string parts)
    {
        var (part, claim, other) = await DeletedPartAsync(parts);

        foreach (var action in new[] { "restore", "purge" })
        {
            var body = await ProblemAssert.IsProblemAsync(await admin.PostAsync($"{other}/{parts}/{part}/{action}", null), HttpStatusCode.NotFound, ProblemAssert.NotFound);
            Assert.Contains(part, (string?)body["detail"], StringComparison.Ordinal);
        }

        var restored = await admin.PostAsync($"{claim}/{parts}/{part}/restore", null); // still there, still deleted
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(part, Id(await restored.ReadJsonAsync()));
    }

    [Theory]
    [MemberData(nameof(PartKinds))]
    public async Task A_live_part_is_neither_restored_nor_purged_and_says_why(string parts)
    {
        var (part, claim, _) = await DeletedPartAsync(parts);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{claim}/{parts}/{part}/restore", null)).StatusCode);

        var restore = await ProblemAssert.IsProblemAsync(await admin.PostAsync($"{claim}/{parts}/{part}/restore", null), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.EndsWith($"'{part}' is not deleted.", (string?)restore["detail"], StringComparison.Ordinal);
        var purge = await ProblemAssert.IsProblemAsync(await admin.PostAsync($"{claim}/{parts}/{part}/purge", null), HttpStatusCode.Conflict, ProblemAssert.Conflict);
        Assert.StartsWith("Only deleted records are purged", (string?)purge["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{claim}/{parts}/{part}")).StatusCode);
    }

    [Fact]
    public async Task A_restore_is_recorded_as_both_tombstone_fields_going_back_to_null()
    {
        var claim = $"/api/v1/claims/{Id(await admin.CreateClaimAsync())}";
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(claim)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{claim}/restore", null)).StatusCode);

        var items = (await admin.GetOkAsync($"{claim}/history"))["items"]!.AsArray();
        var restore = items[0]!;
        Assert.Equal("restore", (string?)restore["operation"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)restore["by"]);
        var changes = restore["changes"]!.AsArray().ToDictionary(c => (string)c!["field"]!, c => c!);
        Assert.Equal(["deletedAt", "deletedBy"], changes.Keys.Order(StringComparer.Ordinal));
        Assert.Null(changes["deletedAt"]["after"]);
        Assert.Null(changes["deletedBy"]["after"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)changes["deletedBy"]["before"]);
        Assert.Equal((string?)items[1]!["changes"]!.AsArray().Single(c => (string?)c!["field"] == "deletedAt")!["after"], (string?)changes["deletedAt"]["before"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(claim)).StatusCode);
    }
}
