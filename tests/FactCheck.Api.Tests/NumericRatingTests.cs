using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>The numeric fallback: a rating no mapping knows, stated as a number on a declared (or schema.org's default) scale.</summary>
public sealed class NumericRatingTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    [Fact]
    public async Task A_review_rated_only_by_number_on_its_scale_sets_the_status_its_place_stands_for()
    {
        var unknown = $"Wymyślone {Guid.NewGuid():N}";
        var (report, claims) = await RatedImports.ImportAsync(app.CreateClient(),
        [
            new(unknown, 1, Best: 5, Worst: 1), // the example: 1 on 1..5
            new(unknown, 2, Best: 5, Worst: 1), // a quarter of the way up: still refuted
            new(unknown, 3, Best: 5, Worst: 1),
            new(unknown, 4, Best: 5, Worst: 1), // three quarters: substantiated
            new(unknown, 5, Best: 5, Worst: 1),
            new(unknown, 7, Best: 10, Worst: 0), // 0.7: disputed
            new(unknown, 0, Best: 1, Worst: 0),
            new(unknown, 2), // schema.org's defaults, 1 and 5
            new(null, 5, Best: 5), // no words at all: "5 of 5"
            new("False", 5, Best: 5, Worst: 1), // words the table knows win over the numbers
            new(unknown, 8), // outside the default scale: nothing
            new(unknown, 3, Best: 3, Worst: 3), // an empty scale: nothing
            new(unknown), // no number: nothing
        ]);

        Assert.Equal(["refuted", "refuted", "disputed", "substantiated", "substantiated", "disputed", "refuted", "refuted", "substantiated",
            "refuted", "unverified", "unverified", "unverified"], claims.Select(c => c.Status));
        var numeric = report["numericRatings"]!.AsArray();
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8], numeric.Select(n => (int)n!["index"]!));
        Assert.Equal(9, (int)report["numericRatingsTotal"]!);
        Assert.Equal(unknown, (string?)numeric[0]!["textualRating"]);
        Assert.Equal("refuted", (string?)numeric[0]!["status"]);
        Assert.Equal((2d, 1d, 5d), ((double)numeric[7]!["ratingValue"]!, (double)numeric[7]!["worstRating"]!, (double)numeric[7]!["bestRating"]!));
        Assert.Equal("5 of 5", (string?)numeric[8]!["textualRating"]);
        Assert.Equal([10, 11, 12], report["unmappedRatings"]!.AsArray().Select(u => (int)u!["index"]!));

        var status = await app.CreateClient().GetOkAsync($"/api/v1/claims/{claims[5].Id}/status");
        var change = status["items"]![0]!;
        Assert.Equal($"Imported: rated \"{unknown}\" (7 on a scale of 0 to 10) by Example Fact Check ({claims[5].ReviewUrl}).", (string?)change["rationale"]);
        Assert.Equal(FactCheckApp.AdminName, (string?)change["by"]);
    }
}
