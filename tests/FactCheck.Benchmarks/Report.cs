using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>How a run was made, for the report's opening lines.</summary>
internal sealed record RunFacts(string Command, int Seconds, string Machine, TimeSpan Elapsed);

/// <summary>The one table of a run, as markdown, with the targets of the largest size checked.</summary>
internal static partial class Report
{
    public static string Markdown(IReadOnlyList<SizeFigures> sizes, IReadOnlyList<ImportFigures> imports, RunFacts run)
    {
        var largest = sizes[^1];
        var md = new StringBuilder();
        Line(md, $"# Benchmark results\n\nRun {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {run.Machine}, by `{run.Command}`; "
            + $"the run took {Duration(run.Elapsed)} (building the API, seeding, measuring, importing).");
        Line(md, $"Server and wrk share the machine; throughput runs use 16 connections (2 wrk threads), latency runs one connection; {run.Seconds} s per run.");
        Line(md, ServerSettings());
        Line(md, "Every GET by id (the claim, its raw ADO.NET read, similar claims) draws its id uniformly from all the claims in the database. "
            + $"List pages hold {SizeRun.PageSize} claims; the deep page is reached by following the list's own cursors.");
        Line(md, $"Targets are checked at {largest.Claims:N0} claims.\n");
        Line(md, "| # | Figure | " + string.Join(" | ", sizes.Select(s => $"{s.Claims:N0} claims")) + " | Target | Met |");
        Line(md, "|---|---|" + string.Concat(sizes.Select(_ => "---:|")) + "---|---|");
        Row(md, sizes, "1", "GET claim by id, req/s", s => N(s.GetClaim.RequestsPerSecond));
        Row(md, sizes, "1", "trivial JSON endpoint, req/s", s => N(s.Trivial.RequestsPerSecond));
        Row(md, sizes, "1", "GET claim / trivial", s => R(s.GetVsTrivial));
        Row(md, sizes, "2", "same GET by raw ADO.NET (EF Core's 3 SQL statements), req/s", s => N(s.GetClaimRaw.RequestsPerSecond));
        Row(md, sizes, "2", "EF Core / raw ADO.NET", s => R(s.EfVsRaw), "≥ 0.70", largest.EfVsRaw >= 0.7);
        Row(md, sizes, "3", "claims list page 1, p50 ms", s => Ms(s.FirstPage.P50));
        Row(md, sizes, "3", "claims list deep page, p50 ms", s => $"{Ms(s.DeepPage.P50)} (page {N(s.DeepRows / SizeRun.PageSize + 1)}, after {N(s.DeepRows)} rows)");
        Row(md, sizes, "3", "deep page / page 1", s => R(s.DeepVsFirst), "≤ 1.50", largest.DeepVsFirst <= 1.5);
        foreach (var (frequency, index) in new[] { ("rare", 0), ("mid", 1), ("common", 2) })
        {
            var limit = frequency == "common" ? 50 : 25;
            Row(md, sizes, "4", $"search, {frequency} term \"{largest.Search[index].Term}\": matching rows", s => N(s.Search[index].Rows));
            Row(md, sizes, "4", $"search, {frequency} term: p50 / p99 ms", s => $"{Ms(s.Search[index].Latency.P50)} / {Ms(s.Search[index].Latency.P99)}",
                $"p99 ≤ {limit}", largest.Search[index].Latency.P99 <= limit);
        }
        FilteredSearchRows(md, sizes);
        MatchRows(md, sizes, largest);
        Row(md, sizes, "5", "create claim, req/s (16 connections)", s => N(s.Create.RequestsPerSecond));
        Row(md, sizes, "5", "raw SQLite single-row commits/s", s => N(s.RawCommitsPerSecond));
        Row(md, sizes, "5", "create / raw commits", s => R(s.CreateVsRaw));
        Row(md, sizes, "6", "server peak RSS, MB", s => N(s.PeakRssMiB), "≤ 400", largest.PeakRssMiB <= 400);
        Row(md, sizes, "", "bulk seeding time, s", s => N(s.SeedTime.TotalSeconds));
        Row(md, sizes, "", "failed requests (non-2xx, socket errors)", s => N(s.Errors), "0", sizes.All(s => s.Errors == 0));
        ImportRows(md, imports);
        return md.ToString();
    }

    private static void MatchRows(StringBuilder md, IReadOnlyList<SizeFigures> sizes, SizeFigures largest)
    {
        if (largest.Match is not { } match)
        {
            return;
        }
        Row(md, sizes, "7", "claim match (`POST /claims/match`, reworded claim): p50 / p99 ms", s => $"{Ms(s.Match!.Match.P50)} / {Ms(s.Match.Match.P99)}",
            "p99 ≤ 50", match.Match.P99 <= 50);
        Row(md, sizes, "7", "claim match: the claim reworded found first", s => $"{s.Match!.FoundFirst:P1} of {s.Match.Texts}");
        Row(md, sizes, "7", "similar claims (`GET /claims/{id}/similar`): p50 / p99 ms", s => $"{Ms(s.Match!.Similar.P50)} / {Ms(s.Match.Similar.P99)}",
            "p99 ≤ 50", match.Similar.P99 <= 50);
        Row(md, sizes, "7", "server start after seeding (migrations, matching backfill), s", s => N(s.StartSeconds));
    }

    /// <summary>Filtered search: matches returned of those that exist (exactness), and latency.</summary>
    private static void FilteredSearchRows(StringBuilder md, IReadOnlyList<SizeFigures> sizes)
    {
        var largest = sizes[^1];
        for (var index = 0; index < largest.FilteredSearch.Count; index++)
        {
            var figure = largest.FilteredSearch[index];
            var name = $"{figure.Route} {figure.Frequency} term \"{figure.Term}\" + claimant";
            var at = index;
            Row(md, sizes, "4", $"{name}: matches returned / existing", s => $"{N(s.FilteredSearch[at].Returned)} / {N(s.FilteredSearch[at].Existing)}",
                "all", sizes.All(s => s.FilteredSearch[at].Returned == s.FilteredSearch[at].Existing));
            Row(md, sizes, "4", $"{name}: p50 / p99 ms", s => $"{Ms(s.FilteredSearch[at].Latency.P50)} / {Ms(s.FilteredSearch[at].Latency.P99)}",
                "p99 ≤ 25", figure.Latency.P99 <= 25);
        }
    }

    private static void Row(StringBuilder md, IReadOnlyList<SizeFigures> sizes, string number, string figure, Func<SizeFigures, string> value,
        string target = "", bool? met = null) =>
        Line(md, $"| {number} | {figure} | {string.Join(" | ", sizes.Select(value))} | {target} | {(met is null ? "" : Met(met.Value))} |");

    private static string Met(bool met) => met ? "yes" : "**no**";

    /// <summary>"14 min 32 s", or "48 s" under a minute.</summary>
    public static string Duration(TimeSpan time) =>
        time.TotalMinutes >= 1 ? $"{(int)time.TotalMinutes} min {time.Seconds} s" : $"{time.TotalSeconds:F0} s";

    private static string ServerSettings()
    {
        var settings = string.Join(", ", ApiServer.Settings.Select(s => $"`{s.Key}={s.Value}`"));
        var limitsOff = ApiServer.Settings.Contains(("FactCheck:RateLimits:Enabled", "false"));
        return $"The server runs in Production with {settings}"
            + (limitsOff ? ": rate limits are off during the whole run, so no request is throttled or refused with 429." : ".");
    }

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
}
