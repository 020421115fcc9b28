namespace FactCheck.Api.Importing;

/// <summary>One review found in an imported document, reduced to what we store, whatever shape it came in.</summary>
public sealed record ImportItem(
    string ClaimText,
    string? ClaimantName,
    bool ClaimantIsOrganization,
    string? ClaimantJobTitle,
    string? ClaimantSameAs,
    DateTime? ClaimDate,
    IReadOnlyList<(string Url, string? Headline)> Appearances,
    string PublisherName,
    string? PublisherUrl,
    string ReviewUrl,
    string? Title,
    DateTime? ReviewDate,
    string? Language,
    string TextualRating,
    double? RatingValue,
    double? BestRating,
    double? WorstRating);

/// <summary>An element of the document: either a review, or the reason it cannot be one.</summary>
public sealed record ImportCandidate(int Index, ImportItem? Item, string? Rejection);
