using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.Http;
using FactCheck.Api.Rebuttals;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Claims;

/// <summary>What was asserted, by whom, when and where. The evidence status is not part of it: see POST .../status.</summary>
/// <param name="Statement">The statement as said (or as reported), quoted exactly where possible.</param>
/// <param name="ClaimantId">The actor who made the claim.</param>
/// <param name="MadeAt">When the claim was made (ISO 8601; stored in UTC).</param>
/// <param name="Summary">A neutral one-line summary.</param>
/// <param name="Appearances">Ids of the sources where the claim appeared, the first appearance first.</param>
/// <param name="Topics">Free topics; stored trimmed and in lower case.</param>
/// <param name="Language">BCP 47 language tag of the statement.</param>
public sealed record ClaimRequest(
    string Statement,
    Guid ClaimantId,
    DateTimeOffset MadeAt,
    string? Summary = null,
    IReadOnlyList<Guid>? Appearances = null,
    IReadOnlyList<string>? Topics = null,
    string? Language = null);

/// <summary>A claim with everything recorded about it embedded.</summary>
/// <param name="Appearances">Source ids, the first appearance first (the same list a request sends).</param>
/// <param name="Sources">The sources of <c>appearances</c>, in the same order.</param>
/// <param name="StatusRationale">Why the current evidence status was set.</param>
public sealed record ClaimResponse(
    Guid Id,
    string Statement,
    string? Summary,
    Guid ClaimantId,
    ActorSummary Claimant,
    DateTime MadeAt,
    IReadOnlyList<Guid> Appearances,
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<string> Topics,
    string? Language,
    EvidenceStatus EvidenceStatus,
    string? StatusRationale,
    DateTime? StatusChangedAt,
    string? StatusChangedBy,
    IReadOnlyList<RebuttalResponse> Rebuttals,
    IReadOnlyList<EvidenceResponse> Evidence,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeletedAt);

/// <summary>The few fields of a source that other resources embed.</summary>
public sealed record SourceSummary(Guid Id, string Title, string? Publisher, DateTime? PublishedAt, string? Url);

/// <summary>Lists claims, by default in the order they were recorded. Filters combine with AND; several <c>evidenceStatus</c> values combine with OR.</summary>
/// <param name="EvidenceStatus">One or more of: unverified, no_evidence_offered, under_review, unsubstantiated, disputed, refuted, substantiated.</param>
/// <param name="MadeFrom">Only claims made at or after this instant (ISO 8601).</param>
/// <param name="MadeTo">Only claims made before this instant (ISO 8601; exclusive).</param>
/// <param name="HasRebuttal">true: only claims with a rebuttal; false: only claims without.</param>
/// <param name="HasEvidence">true: only claims with evidence; false: only claims without.</param>
/// <param name="UpdatedSince">Only claims changed at or after this instant (ISO 8601), including changes to their rebuttals and evidence.</param>
/// <param name="Q">Full-text search in the statement and summary, and in the claim's rebuttals and evidence (syntax as in GET /api/v1/search). Every matching claim is listed, in the list's sort (not ranked).</param>
/// <param name="Sort">madeAt, createdAt or updatedAt; a leading '-' sorts descending (e.g. -madeAt). Default: the order of recording.</param>
public sealed record ClaimListQuery(
    [FromQuery(Name = "limit")] int? Limit,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "claimantId")] Guid? ClaimantId,
    [FromQuery(Name = "evidenceStatus")] string[]? EvidenceStatus,
    [FromQuery(Name = "topic")] string? Topic,
    [FromQuery(Name = "language")] string? Language,
    [FromQuery(Name = "includeDeleted")] bool? IncludeDeleted,
    [FromQuery(Name = "madeFrom")] DateTimeOffset? MadeFrom = null,
    [FromQuery(Name = "madeTo")] DateTimeOffset? MadeTo = null,
    [FromQuery(Name = "hasRebuttal")] bool? HasRebuttal = null,
    [FromQuery(Name = "hasEvidence")] bool? HasEvidence = null,
    [FromQuery(Name = "updatedSince")] DateTimeOffset? UpdatedSince = null,
    [FromQuery(Name = "sort")] string? Sort = null,
    [FromQuery(Name = "q")] string? Q = null) : IPageQuery;
