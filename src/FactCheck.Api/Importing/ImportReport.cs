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
/// <param name="TextualRating">The rating no mapping knows; the claim's status was left as it was.</param>
public sealed record UnmappedRating(int Index, string TextualRating);

/// <summary>What an import did. Importing the same document again reports everything unchanged.</summary>
public sealed record ImportResponse(
    int Reviews,
    Dictionary<string, ImportCounts> Counts,
    List<ImportRejection> Rejected,
    List<UnmappedRating> UnmappedRatings)
{
    public static ImportResponse Empty(int reviews) => new(reviews,
        new() { ["claimants"] = new(), ["sources"] = new(), ["claims"] = new(), ["reviews"] = new() }, [], []);
}
