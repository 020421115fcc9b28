using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FluentValidation;

namespace FactCheck.Api.Rebuttals;

/// <summary>A response that contests a claim.</summary>
/// <param name="ActorId">Who responded.</param>
/// <param name="Statement">What they said, quoted exactly where possible.</param>
/// <param name="Kind">denial, counter_evidence, correction or context.</param>
/// <param name="MadeAt">When they said it (ISO 8601; stored in UTC).</param>
/// <param name="SourceId">Where it was said or reported.</param>
public sealed record RebuttalRequest(
    Guid ActorId,
    string Statement,
    RebuttalKind Kind,
    DateTimeOffset? MadeAt = null,
    Guid? SourceId = null);

public sealed record RebuttalResponse(
    Guid Id,
    Guid ClaimId,
    Guid ActorId,
    ActorSummary Actor,
    string Statement,
    DateTime? MadeAt,
    Guid? SourceId,
    RebuttalKind Kind,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeletedAt);

public static class RebuttalMapping
{
    public static RebuttalResponse ToResponse(this Rebuttal r) =>
        new(r.Id, r.ClaimId, r.ActorId, r.Actor!.ToSummary(), r.Statement, r.MadeAt, r.SourceId, r.Kind, r.CreatedAt, r.UpdatedAt, r.DeletedAt);

    public static void Apply(this Rebuttal rebuttal, RebuttalRequest request)
    {
        rebuttal.ActorId = request.ActorId;
        rebuttal.Statement = request.Statement.Trim();
        rebuttal.Kind = request.Kind;
        rebuttal.MadeAt = request.MadeAt.ToUtc();
        rebuttal.SourceId = request.SourceId;
    }
}

internal sealed class RebuttalRequestValidator : AbstractValidator<RebuttalRequest>
{
    public RebuttalRequestValidator()
    {
        RuleFor(r => r.ActorId).NotEmpty();
        RuleFor(r => r.Statement).Text(Rules.StatementMaxLength);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.MadeAt!.Value).Plausible().When(r => r.MadeAt is not null).OverridePropertyName("madeAt").WithName("madeAt");
        RuleFor(r => r.SourceId).NotEqual(Guid.Empty);
    }
}
