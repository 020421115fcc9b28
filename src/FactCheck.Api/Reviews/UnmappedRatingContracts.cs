using FactCheck.Api.Common;

namespace FactCheck.Api.Reviews;

/// <summary>A textual rating that no mapping knows, as stored reviews carry it.</summary>
/// <param name="Label">The rating normalised: what <c>PUT /rating-mappings/{label}</c> takes to map it.</param>
/// <param name="Reviews">Live reviews of live claims that carry it.</param>
/// <param name="MappedByNumber">How many of them also state a number on a scale, by which the numeric fallback gave their claims a status.</param>
/// <param name="FirstSeenAt">When the first of them was stored.</param>
/// <param name="LastSeenAt">When the last of them was stored.</param>
/// <param name="Publishers">The publishers that use it, alphabetically, at most 10.</param>
/// <param name="Sample">The review that carries it most recently stored, and its claim.</param>
public sealed record UnmappedLabelResponse(
    string Label, int Reviews, int MappedByNumber, DateTime FirstSeenAt, DateTime LastSeenAt, IReadOnlyList<string> Publishers, UnmappedLabelSample Sample);

/// <param name="ClaimId">The claim the review is about.</param>
/// <param name="Statement">The claim's statement.</param>
/// <param name="EvidenceStatus">The claim's status now.</param>
/// <param name="ReviewId">The review.</param>
/// <param name="TextualRating">The rating as the publisher wrote it.</param>
/// <param name="Publisher">Who published the review.</param>
/// <param name="Url">Where the review is published.</param>
public sealed record UnmappedLabelSample(
    Guid ClaimId, string Statement, EvidenceStatus EvidenceStatus, Guid ReviewId, string TextualRating, string Publisher, string Url);

/// <summary>The answer to <c>PUT /rating-mappings/{label}</c>: the mapping, and what applying it to the stored reviews did.</summary>
/// <param name="Label">The textual rating, normalised.</param>
/// <param name="Status">The evidence status it stands for.</param>
/// <param name="Note">Why the rating means this.</param>
/// <param name="UpdatedAt">When it was set.</param>
/// <param name="UpdatedBy">Who set it.</param>
/// <param name="Reviews">Live reviews of live claims that carry the label.</param>
/// <param name="ClaimsChanged">Claims whose evidence status the mapping changed (each change is in the claim's history).</param>
/// <param name="ClaimsSetByHand">Claims left as they were because an editor set their status by hand.</param>
public sealed record RatingMappingChangeResponse(
    string Label, EvidenceStatus Status, string? Note, DateTime UpdatedAt, string UpdatedBy, int Reviews, int ClaimsChanged, int ClaimsSetByHand);
