using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>The one table of a run, as markdown, with the targets of the largest size checked.</summary>
internal static class Report
{
    public static string Markdown(IReadOnlyList<SizeFigures> sizes, IReadOnlyList<ImportFigures> imports, int seconds, string machine)
    {
        var largest = sizes[^1];
        var md = new StringBuilder();
        Line(md, $"# Benchmark results\n\nRun {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {machine}, by `dotnet run -c Release --project tests/FactCheck.Benchmarks`.");
        Line(md, $"Server and wrk share the machine; throughput runs use 16 connections (2 wrk threads), latency runs one connection; {seconds} s per run.");
        Line(md, $"Targets are checked at {largest.Claims:N0} claims.\n");
        Line(md, "| # | Figure | " + string.Join(" | ", sizes.Select(s => $"{s.Claims:N0} claims")) + " | Target | Met |");
        Line(md, "|---|---|" + string.Concat(sizes.Select(_ => "---:|")) + "---|---|");
        Row(md, sizes, "1", "GET claim by id, req/s", s => N(s.GetClaim.RequestsPerSecond));
        Row(md, sizes, "1", "trivial JSON endpoint, req/s", s => N(s.Trivial.RequestsPerSecond));
        Row(md, sizes, "1", "GET claim / trivial", s => R(s.GetVsTrivial));
        Row(md, sizes, "2", "same GET by raw ADO.NET, req/s", s => N(s.GetClaimRaw.RequestsPerSecond));
        Row(md, sizes, "2", "EF Core / raw ADO.NET", s => R(s.EfVsRaw), "≥ 0.70", largest.EfVsRaw >= 0.7);
        Row(md, sizes, "3", "claims list page 1, p50 ms", s => Ms(s.FirstPage.P50));
        Row(md, sizes, "3", "claims list page after N rows, p50 ms", s => $"{Ms(s.DeepPage.P50)} (N = {s.DeepRows:N0})");
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
        if (imports.Count > 0)
        {
            Line(md, "\n## Importing ClaimReview (`import FILE`, into an empty database)\n");
            Line(md, "Import seconds as the command reports them (after start-up); the whole command includes start-up and the JIT.\n");
            Line(md, "| Reviews | Import, s | Reviews/s | Whole command, s | Peak RSS, MB | Target |");
            Line(md, "|---:|---:|---:|---:|---:|---|");
            foreach (var import in imports)
            {
                Line(md, $"| {import.Reviews:N0} | {import.Seconds:F1} | {N(import.ReviewsPerSecond)} | {import.CommandSeconds:F1} | {N(import.PeakRssMiB)} | "
                    + "≥ 5,000 reviews/s, memory flat |");
            }
            if (imports.Count > 1)
            {
                var (small, large) = (imports.MinBy(i => i.Reviews)!, imports.MaxBy(i => i.Reviews)!);
                Line(md, $"\n{large.Reviews / small.Reviews}× the reviews took {large.PeakRssMiB / small.PeakRssMiB:F2}× the peak memory "
                    + $"({N(large.PeakRssMiB - small.PeakRssMiB)} MB more); the largest import ran at {N(large.ReviewsPerSecond)} reviews/s.");
            }
        }
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
        Line(md, $"| {number} | {figure} | {string.Join(" | ", sizes.Select(value))} | {target} | {(met is null ? "" : met.Value ? "yes" : "**no**")} |");

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
}
