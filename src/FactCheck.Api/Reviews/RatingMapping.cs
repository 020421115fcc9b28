using FactCheck.Api.Common;
using FluentValidation;

namespace FactCheck.Api.Reviews;

/// <summary>
/// Which evidence status a fact-checker's textual rating stands for. Not an <see cref="Data.Entity"/>: it is
/// configuration, edited by admins, and keeps only who changed it last.
/// </summary>
public sealed class RatingMapping
{
    /// <summary>The <see cref="UpdatedBy"/> of the mappings the migrations seed (see Data/RatingTables).</summary>
    public const string Seeded = "seed";

    /// <summary>The rating as <see cref="RatingLabels.Normalise"/> leaves it.</summary>
    public required string Label { get; init; }
    public EvidenceStatus Status { get; set; }
    public string? Note { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>The evidence status a textual rating stands for.</summary>
/// <param name="Status">One of the evidence statuses (unverified, no_evidence_offered, under_review, unsubstantiated, disputed, refuted, substantiated).</param>
/// <param name="Note">Why the rating means this, for the next admin.</param>
public sealed record RatingMappingRequest(EvidenceStatus Status, string? Note = null);

/// <param name="Label">The textual rating, normalised (lower case, no diacritics, single spaces, no lead-in or explanation: see PUT).</param>
/// <param name="Status">The evidence status it stands for.</param>
/// <param name="Note">Why the rating means this.</param>
/// <param name="UpdatedAt">When it was last set.</param>
/// <param name="UpdatedBy">Who last set it (`seed` for the built-in ones).</param>
public sealed record RatingMappingResponse(string Label, EvidenceStatus Status, string? Note, DateTime UpdatedAt, string UpdatedBy);

public sealed record RatingMappingListResponse(IReadOnlyList<RatingMappingResponse> Items);

internal sealed class RatingMappingRequestValidator : AbstractValidator<RatingMappingRequest>
{
    public const int NoteMaxLength = 500;

    public RatingMappingRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(NoteMaxLength);
    }
}
