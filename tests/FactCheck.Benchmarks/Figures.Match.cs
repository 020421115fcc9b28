namespace FactCheck.Benchmarks;

/// <summary>The claim-matching figures of a size (see <see cref="MatchBenchmark"/>), beside the others.</summary>
internal sealed partial record SizeFigures
{
    public MatchFigures? Match { get; init; }

    /// <summary>Seconds the server took to answer after seeding, its start-up backfills included.</summary>
    public double StartSeconds { get; init; }
}
