using FactCheck.Api.Common;
using FluentValidation;

namespace FactCheck.Api.Evidence;

/// <summary>An item bearing on a claim. Give a <c>sourceId</c>, a <c>url</c>, or both, so it can be checked.</summary>
/// <param name="Summary">What the item shows, in a sentence or two.</param>
/// <param name="Bearing">supports, refutes, inconclusive or context.</param>
/// <param name="Strength">weak, moderate or strong.</param>
/// <param name="SourceId">A recorded source where it can be checked.</param>
/// <param name="Url">Where it can be checked, when it is not a recorded source (absolute http(s) URL).</param>
public sealed record EvidenceRequest(
    string Summary,
    EvidenceBearing Bearing,
    EvidenceStrength Strength,
    Guid? SourceId = null,
    string? Url = null);

public sealed record EvidenceResponse(
    Guid Id,
    Guid ClaimId,
    string Summary,
    Guid? SourceId,
    string? Url,
    EvidenceBearing Bearing,
    EvidenceStrength Strength,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeletedAt);

public static class EvidenceMapping
{
    public static EvidenceResponse ToResponse(this EvidenceItem e) =>
        new(e.Id, e.ClaimId, e.Summary, e.SourceId, e.Url, e.Bearing, e.Strength, e.CreatedAt, e.UpdatedAt, e.DeletedAt);

    public static void Apply(this EvidenceItem item, EvidenceRequest request)
    {
        item.Summary = request.Summary.Trim();
        item.Bearing = request.Bearing;
        item.Strength = request.Strength;
        item.SourceId = request.SourceId;
        item.Url = request.Url;
    }
}

internal sealed class EvidenceRequestValidator : AbstractValidator<EvidenceRequest>
{
    public EvidenceRequestValidator()
    {
        RuleFor(r => r.Summary).Text(Rules.StatementMaxLength);
        RuleFor(r => r.Bearing).IsInEnum();
        RuleFor(r => r.Strength).IsInEnum();
        RuleFor(r => r.SourceId).NotEqual(Guid.Empty);
        RuleFor(r => r.Url).HttpUrl().When(r => r.Url is not null);
        RuleFor(r => r.Url).NotNull().When(r => r.SourceId is null)
            .WithMessage("Give 'sourceId' or 'url' (or both), so the evidence can be checked.");
    }
}
