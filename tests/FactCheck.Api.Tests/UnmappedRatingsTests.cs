using System.Net;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>GET /rating-mappings/unmapped: the labels imports could not map, counted from the stored reviews.</summary>
public sealed class UnmappedRatingsTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient admin = app.CreateClient();

    private static Task<System.Text.Json.Nodes.JsonNode?> FindAsync(HttpClient client, string label) => RatedImports.FindUnmappedAsync(client, label);

    [Fact]
    public async Task Editors_see_each_unmapped_label_with_its_counts_publishers_and_a_sample_claim()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (report, claims) = await RatedImports.ImportAsync(admin,
        [
            new($"Nepravda {run}", Publisher: "Demagog.cz"),
            new($"NEPRAVDA {run}!", 1, Best: 5, Worst: 1, Publisher: "Example Fact Check"),
            new($"„Nepravda {run}“", Publisher: "Demagog.cz"),
            new($"Zavádějící {run}", Publisher: "Demagog.cz"),
        ]);
        Assert.Equal(3, (int)report["unmappedRatingsTotal"]!);
        var editor = await app.CreateClientWithRoleAsync("editor");

        var item = (await FindAsync(editor, $"nepravda {run}"))!;

        Assert.Equal(3, (int)item["reviews"]!);
        Assert.Equal(1, (int)item["mappedByNumber"]!);
        Assert.Equal(["Demagog.cz", "Example Fact Check"], item["publishers"]!.AsArray().Select(p => (string?)p));
        Assert.True((DateTime)item["firstSeenAt"]! <= (DateTime)item["lastSeenAt"]!);
        var sample = item["sample"]!;
        Assert.Equal(claims[2].Id, (string?)sample["claimId"]);
        Assert.Equal(claims[2].ReviewUrl, (string?)sample["url"]);
        Assert.Equal($"„Nepravda {run}“", (string?)sample["textualRating"]);
        Assert.Equal("Demagog.cz", (string?)sample["publisher"]);
        Assert.Equal("unverified", (string?)sample["evidenceStatus"]);
        Assert.StartsWith("Claim 2 of run", (string?)sample["statement"], StringComparison.Ordinal);
        Assert.Equal(1, (int)(await FindAsync(editor, $"zavadejici {run}"))!["reviews"]!);
        Assert.Null(await FindAsync(editor, "false")); // mapped labels are not listed
    }

    [Fact]
    public async Task Deleted_and_purged_reviews_and_deleted_claims_are_not_counted_nor_samples()
    {
        var label = $"Chybí kontext {Guid.NewGuid():N}";
        var (_, claims) = await RatedImports.ImportAsync(admin, [new(label), new(label), new(label)]);
        var key = label.ToLowerInvariant().Replace("í", "i", StringComparison.Ordinal);
        var sampleReview = (string)(await FindAsync(admin, key))!["sample"]!["reviewId"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/claims/{claims[2].Id}/reviews/{sampleReview}")).StatusCode);
        var afterDelete = (await FindAsync(admin, key))!;
        Assert.Equal(2, (int)afterDelete["reviews"]!);
        Assert.Equal(claims[1].Id, (string?)afterDelete["sample"]!["claimId"]);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/claims/{claims[2].Id}/reviews/{sampleReview}/purge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/claims/{claims[1].Id}")).StatusCode);
        var afterPurge = (await FindAsync(admin, key))!;
        Assert.Equal(1, (int)afterPurge["reviews"]!);
        Assert.Equal(claims[0].Id, (string?)afterPurge["sample"]!["claimId"]);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/claims/{claims[0].Id}")).StatusCode);
        Assert.Null(await FindAsync(admin, key));
    }

    [Fact]
    public async Task The_list_is_paged_most_used_first_and_only_for_editors()
    {
        var run = Guid.NewGuid().ToString("N");
        await RatedImports.ImportAsync(admin, [new($"Paging a {run}"), new($"Paging b {run}"), new($"Paging b {run}")]);

        var first = await admin.GetAsync("/api/v1/rating-mappings/unmapped?limit=1");
        var firstPage = await first.ReadJsonAsync();
        Assert.Single(firstPage["items"]!.AsArray());
        Assert.Contains("rel=\"next\"", string.Join(",", first.Headers.GetValues("Link")), StringComparison.Ordinal);
        var all = new List<(string Label, int Reviews)>();
        string? cursor = null;
        do
        {
            var page = await admin.GetOkAsync("/api/v1/rating-mappings/unmapped?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            all.AddRange(page["items"]!.AsArray().Select(i => ((string)i!["label"]!, (int)i["reviews"]!)));
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);
        Assert.Equal(all.OrderByDescending(l => l.Reviews).ThenBy(l => l.Label, StringComparer.Ordinal), all);
        Assert.Equal(all.Count, all.Select(l => l.Label).Distinct().Count());
        Assert.True(all.IndexOf(($"paging b {run}", 2)) < all.IndexOf(($"paging a {run}", 1)));

        await ProblemAssert.IsValidationProblemAsync(await admin.GetAsync("/api/v1/rating-mappings/unmapped?cursor=not-a-cursor"), "cursor");
        await ProblemAssert.IsValidationProblemAsync(await admin.GetAsync("/api/v1/rating-mappings/unmapped?limit=0"), "limit");
        await ProblemAssert.IsProblemAsync(await app.CreateAnonymousClient().GetAsync("/api/v1/rating-mappings/unmapped"),
            HttpStatusCode.Unauthorized, "urn:factcheck:problem:unauthorized");
        var reader = await app.CreateClientWithRoleAsync("reader");
        await ProblemAssert.IsProblemAsync(await reader.GetAsync("/api/v1/rating-mappings/unmapped"), HttpStatusCode.Forbidden, "urn:factcheck:problem:forbidden");
    }
}
