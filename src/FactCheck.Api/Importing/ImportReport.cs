namespace FactCheck.Api.Importing;

/// <summary>How many records of one kind an import created, changed or found already as they were.</summary>
public sealed class ImportCounts
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
}

/// <param name="Index">The review's position among the reviews found in the document (0 first).</param>
/// <param name="Reason">Why it was not imported.</param>
public sealed record ImportRejection(int Index, string Reason);

/// <param name="Index">The review's position among the reviews found in the document.</param>
/// <param name="TextualRating">The rating no mapping knows, given without a number on a scale either; the claim's status was left as it was.</param>
public sealed record UnmappedRating(int Index, string TextualRating);

/// <param name="Index">The review's position among the reviews found in the document.</param>
/// <param name="TextualRating">The rating no mapping knows.</param>
/// <param name="RatingValue">The review's numeric rating.</param>
/// <param name="WorstRating">The worst value of its scale (1 when the review gives none, as schema.org says).</param>
/// <param name="BestRating">The best value of its scale (5 when the review gives none).</param>
/// <param name="Status">The status its place on the scale stands for (see README, "Rating mappings": at most a quarter of the way up is
/// refuted, at least three quarters substantiated, disputed between); set on its claim if the claim was still unverified.</param>
public sealed record NumericRating(int Index, string TextualRating, double RatingValue, double WorstRating, double BestRating, Common.EvidenceStatus Status);

/// <param name="Index">The review's position among the reviews found in the document.</param>
/// <param name="Note">What was left out of the review, which was imported without it, and why.</param>
public sealed record ImportNote(int Index, string Note);

/// <summary>What an import did. Importing the same document again reports everything unchanged.</summary>
/// <param name="Reviews">Reviews found in the document, imported or rejected.</param>
/// <param name="Counts">Created, updated and unchanged records of each kind: claimants, sources, claims, reviews.</param>
/// <param name="Rejected">The first 1,000 reviews not imported, in document order (see <paramref name="RejectedTotal"/>).</param>
/// <param name="UnmappedRatings">The first 1,000 ratings no mapping knows (see <paramref name="UnmappedRatingsTotal"/>).</param>
/// <param name="RejectedTotal">How many reviews were rejected, listed or not.</param>
/// <param name="UnmappedRatingsTotal">How many ratings were unmapped, listed or not.</param>
/// <param name="Notes">
/// The first 1,000 things left out of reviews that were imported (an appearance in a deleted source), in document order
/// (see <paramref name="NotesTotal"/>).
/// </param>
/// <param name="NotesTotal">How many notes there were, listed or not.</param>
/// <param name="NumericRatings">
/// The first 1,000 reviews whose rating no mapping knows but whose numbers placed it on its scale (the numeric fallback), in
/// document order (see <paramref name="NumericRatingsTotal"/>).
/// </param>
/// <param name="NumericRatingsTotal">How many reviews were mapped by number, listed or not.</param>
public sealed record ImportResponse(
    int Reviews,
    Dictionary<string, ImportCounts> Counts,
    List<ImportRejection> Rejected,
    List<UnmappedRating> UnmappedRatings,
    int RejectedTotal,
    int UnmappedRatingsTotal,
    List<ImportNote> Notes,
    int NotesTotal,
    List<NumericRating> NumericRatings,
    int NumericRatingsTotal)
{
    /// <summary>A feed of 100,000 reviews may reject all of them: the lists keep the first ones, the totals count all.</summary>
    public const int MaxListed = 1000;

    public static ImportResponse Empty(int reviews) => new(reviews,
        new() { ["claimants"] = new(), ["sources"] = new(), ["claims"] = new(), ["reviews"] = new() }, [], [], 0, 0, [], 0, [], 0);

    public int RejectedTotal { get; private set; } = RejectedTotal;

    public int UnmappedRatingsTotal { get; private set; } = UnmappedRatingsTotal;

    // Absent from the reports of jobs finished before notes existed: none, then.
    public List<ImportNote> Notes { get; init; } = Notes ?? [];

    public int NotesTotal { get; private set; } = NotesTotal;

    // Absent from the reports of jobs finished before the numeric fallback: none, then.
    public List<NumericRating> NumericRatings { get; init; } = NumericRatings ?? [];

    public int NumericRatingsTotal { get; private set; } = NumericRatingsTotal;

    public void Reject(ImportRejection rejection)
    {
        RejectedTotal++;
        if (Rejected.Count < MaxListed)
        {
            Rejected.Add(rejection);
        }
    }

    public void Unmapped(UnmappedRating rating)
    {
        UnmappedRatingsTotal++;
        if (UnmappedRatings.Count < MaxListed)
        {
            UnmappedRatings.Add(rating);
        }
    }

    public void ByNumber(NumericRating rating)
    {
        NumericRatingsTotal++;
        if (NumericRatings.Count < MaxListed)
        {
            NumericRatings.Add(rating);
        }
    }

    public void Note(ImportNote note)
    {
        NotesTotal++;
        if (Notes.Count < MaxListed)
        {
            Notes.Add(note);
        }
    }

    /// <summary>Adds what one batch did, once it is saved.</summary>
    public void Add(ImportResponse batch)
    {
        foreach (var (kind, counts) in batch.Counts)
        {
            Counts[kind].Created += counts.Created;
            Counts[kind].Updated += counts.Updated;
            Counts[kind].Unchanged += counts.Unchanged;
        }
        batch.Rejected.ForEach(Reject);
        batch.UnmappedRatings.ForEach(Unmapped);
        batch.Notes.ForEach(Note);
        batch.NumericRatings.ForEach(ByNumber);
    }
}
