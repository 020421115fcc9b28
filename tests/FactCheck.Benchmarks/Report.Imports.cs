namespace FactCheck.Benchmarks;

/// <summary>The import section of the report: throughput per import, and whether memory stays flat as imports grow.</summary>
internal static partial class Report
{
    private const double ReviewsPerSecondTarget = 5_000;

    /// <summary>
    /// "Memory flat": the largest import's peak may be at most this many times the smallest's. With the default sizes that
    /// is ten times the reviews for half as much memory again; memory that grew with the document would take several times as much.
    /// </summary>
    private const double FlatMemoryRatio = 1.5;

    private static void ImportRows(System.Text.StringBuilder md, IReadOnlyList<ImportFigures> imports)
    {
        if (imports.Count == 0)
        {
            return;
        }
        Line(md, "\n## Importing ClaimReview (`import FILE`, into an empty database)\n");
        Line(md, "Import seconds as the command reports them (after start-up); the whole command includes start-up and the JIT.\n");
        Line(md, "| Reviews | Import, s | Reviews/s | Whole command, s | Peak RSS, MB | Target | Met |");
        Line(md, "|---:|---:|---:|---:|---:|---|---|");
        foreach (var import in imports)
        {
            Line(md, $"| {import.Reviews:N0} | {import.Seconds:F1} | {N(import.ReviewsPerSecond)} | {import.CommandSeconds:F1} | {N(import.PeakRssMiB)} | "
                + $"≥ {N(ReviewsPerSecondTarget)} reviews/s | {Met(import.ReviewsPerSecond >= ReviewsPerSecondTarget)} |");
        }
        if (imports.Count > 1)
        {
            var (small, large) = (imports.MinBy(i => i.Reviews)!, imports.MaxBy(i => i.Reviews)!);
            var ratio = large.PeakRssMiB / small.PeakRssMiB;
            Line(md, $"| {large.Reviews / small.Reviews}× the reviews | | | | {R(ratio)}× the peak ({N(large.PeakRssMiB - small.PeakRssMiB)} MB more) | "
                + $"memory flat: ≤ {R(FlatMemoryRatio)}× the peak | {Met(ratio <= FlatMemoryRatio)} |");
        }
    }
}
