using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Search;

/// <summary>
/// A full-text search over claims, rebuttals, evidence and actors, best match first. Filters are exact (applied before
/// ranking); at most the 2,000 most recently recorded matches that pass them are ranked.
/// </summary>
/// <param name="Q">Words (all must match), "quoted phrases", prefix* and -excluded words; case and diacritics are ignored.</param>
/// <param name="Kind">Only hits of these kinds: claim, rebuttal, evidence, actor (repeat for several).</param>
/// <param name="ClaimantId">Only hits on claims of this claimant (and their rebuttals and evidence).</param>
/// <param name="EvidenceStatus">Only hits on claims with one of these evidence statuses (repeat for several).</param>
/// <param name="MadeFrom">Only hits on claims made at or after this instant (ISO 8601).</param>
/// <param name="MadeTo">Only hits on claims made before this instant (ISO 8601; exclusive).</param>
public sealed record SearchQuery(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "limit")] int? Limit,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "kind")] string[]? Kind,
    [FromQuery(Name = "claimantId")] Guid? ClaimantId,
    [FromQuery(Name = "evidenceStatus")] string[]? EvidenceStatus,
    [FromQuery(Name = "madeFrom")] DateTimeOffset? MadeFrom,
    [FromQuery(Name = "madeTo")] DateTimeOffset? MadeTo) : Http.IPageQuery;

/// <summary>One match.</summary>
/// <param name="Kind">claim, rebuttal, evidence or actor.</param>
/// <param name="Id">The id of the record that matched.</param>
/// <param name="ClaimId">The claim the record belongs to (the claim itself for a claim; null for an actor).</param>
/// <param name="Snippet">The matching text with each match between &lt;mark&gt; and &lt;/mark&gt;.</param>
/// <param name="Score">Relevance (from BM25): higher is better; comparable within one search only.</param>
public sealed record SearchHit(string Kind, Guid Id, Guid? ClaimId, string Snippet, double Score);

/// <summary>A ranked match with its snippet.</summary>
internal sealed class SearchRow
{
    public required string Kind { get; init; }
    public required Guid EntityId { get; init; }
    public Guid? ClaimId { get; init; }
    public required string Snippet { get; init; }
    public double Score { get; init; }
}
