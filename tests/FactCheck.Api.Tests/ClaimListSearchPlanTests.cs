using FactCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static FactCheck.Api.Tests.Infrastructure.ApiClient;

namespace FactCheck.Api.Tests;

/// <summary>
/// The claims list with <c>q</c> finds its page from the cheaper side, which is what keeps it fast at a million claims:
/// the term's own records when they are few against the filtered claims (or against the page, unfiltered), else a walk
/// of the filtered claims in list order. Both give the same answer; the SQL SQLite runs tells which one was taken.
/// </summary>
public sealed class ClaimListSearchPlanTests(ClaimListSearchPlanTests.PlannedApp app) : IClassFixture<ClaimListSearchPlanTests.PlannedApp>
{
    private const string ByTerm = "claim_id AS Value FROM search_index"; // every claim of the term, then filtered
    private const string Walk = "WITH batch(Id) AS MATERIALIZED"; // a batch of filtered claims checked against the term

    private readonly HttpClient client = app.CreateClient();

    /// <summary>The page's claim ids, and the statements run for it.</summary>
    private async Task<(List<string> Ids, string Sql)> PageAsync(string query)
    {
        var before = app.Statements.Of("/api/v1/claims").Count;
        var page = await client.GetOkAsync($"/api/v1/claims?{query}");
        var sql = string.Join("\n", app.Statements.Of("/api/v1/claims").Skip(before));
        return ([.. page["items"]!.AsArray().Select(c => Id(c!))], sql);
    }

    private static void AssertPlan(string sql, string taken, string avoided)
    {
        Assert.Contains(taken, sql, StringComparison.Ordinal);
        Assert.DoesNotContain(avoided, sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unfiltered_a_small_page_walks_a_term_in_many_records_and_a_large_page_reads_them_with_the_same_order()
    {
        var (small, smallSql) = await PageAsync($"q={app.Common}&limit=1");
        var (large, largeSql) = await PageAsync($"q={app.Common}&limit=100");

        AssertPlan(smallSql, Walk, ByTerm);
        AssertPlan(largeSql, ByTerm, Walk);
        Assert.Equal(100, large.Distinct().Count());
        Assert.Equal([large[0]], small);
        Assert.DoesNotContain(app.LoneClaim, large); // recorded last: at the end of the list's order
    }

    [Fact]
    public async Task Filtered_to_few_claims_a_term_in_many_records_is_walked_and_a_rare_one_read()
    {
        var (common, commonSql) = await PageAsync($"q={app.Common}&claimantId={app.LoneClaimant}");
        var (rare, rareSql) = await PageAsync($"q={app.Rare}&claimantId={app.LoneClaimant}");

        Assert.Equal([app.LoneClaim], common);
        AssertPlan(commonSql, Walk, ByTerm);
        Assert.Equal([app.LoneClaim], rare);
        AssertPlan(rareSql, ByTerm, Walk);
    }

    [Fact]
    public async Task Filtered_to_claims_that_hold_most_of_the_terms_records_the_records_are_read()
    {
        var (ids, sql) = await PageAsync($"q={app.Common}&claimantId={app.BusyClaimant}&limit=100");

        Assert.Equal(PlannedApp.Imported / 2, ids.Count);
        AssertPlan(sql, ByTerm, Walk);
    }

    /// <summary>
    /// <see cref="Imported"/> imported claims with the common word, half by one claimant, then one claim of another claimant
    /// with both words.
    /// </summary>
    public sealed class PlannedApp : FactCheckApp, IAsyncLifetime
    {
        public const int Imported = 200;

        public SqlStatementTrace Statements { get; } = new();

        public string Common { get; } = $"c{Guid.NewGuid():N}"[..12];

        public string Rare { get; } = $"r{Guid.NewGuid():N}"[..12];

        public string BusyClaimant { get; private set; } = "";

        public string LoneClaimant { get; private set; } = "";

        public string LoneClaim { get; private set; } = "";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Statements.AddTo(builder);
        }

        public async Task InitializeAsync()
        {
            var client = CreateClient();
            var reviews = Enumerable.Range(0, Imported).Select(i => $$"""
                {"@type":"ClaimReview","url":"https://factcheck.example.org/{{Common}}/{{i}}","claimReviewed":"Statement {{i}} on {{Common}}",
                 "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Speaker {{i % 2}}"},"datePublished":"2024-01-02"},
                 "author":{"@type":"Organization","name":"Example Fact Check"},"reviewRating":{"@type":"Rating","alternateName":"False" } }
                """);
            await ImportTests.ImportAsync(client, "[" + string.Join(",", reviews) + "]");
            var actors = (await client.GetOkAsync("/api/v1/actors?limit=100"))["items"]!.AsArray(); // the two speakers
            BusyClaimant = Id(actors.Single(a => (string?)a!["name"] == "Speaker 0")!);
            LoneClaimant = Id(await client.CreateActorAsync());
            LoneClaim = Id(await client.PostOkAsync("/api/v1/claims", new
            {
                statement = $"Both {Common} and {Rare} in one claim.", claimantId = LoneClaimant, madeAt = "2024-01-03T00:00:00Z",
            }));
        }

        Task IAsyncLifetime.DisposeAsync()
        {
            Dispose();
            return Task.CompletedTask;
        }
    }
}
