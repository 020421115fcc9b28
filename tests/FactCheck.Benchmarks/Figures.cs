namespace FactCheck.Benchmarks;

/// <summary>A search term, how many indexed rows contain it, and its latency at one request at a time.</summary>
internal sealed record SearchFigure(string Frequency, string Term, long Rows, WrkResult Latency);

/// <summary>Everything measured at one database size, in one run.</summary>
internal sealed partial record SizeFigures(
    int Claims,
    TimeSpan SeedTime,
    WrkResult Trivial,
    WrkResult GetClaim,
    WrkResult GetClaimRaw,
    WrkResult FirstPage,
    WrkResult DeepPage,
    int DeepRows,
    IReadOnlyList<SearchFigure> Search,
    WrkResult Create,
    double RawCommitsPerSecond,
    double PeakRssMiB)
{
    public double GetVsTrivial => GetClaim.RequestsPerSecond / Trivial.RequestsPerSecond;
    public double EfVsRaw => GetClaim.RequestsPerSecond / GetClaimRaw.RequestsPerSecond;
    public double DeepVsFirst => DeepPage.P50 / FirstPage.P50;
    public double CreateVsRaw => Create.RequestsPerSecond / RawCommitsPerSecond;

    /// <summary>Search and the claims list with q, filtered by a claimant (see FilteredSearch).</summary>
    public IReadOnlyList<FilteredSearchFigure> FilteredSearch { get; init; } = [];

    public long Errors => new[] { Trivial, GetClaim, GetClaimRaw, FirstPage, DeepPage, Create }.Concat(Search.Select(s => s.Latency))
        .Concat(FilteredSearch.Select(f => f.Latency)).Sum(r => r.Errors) + (Match?.Errors ?? 0);
}
