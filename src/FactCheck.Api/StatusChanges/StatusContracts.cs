using FactCheck.Api.Common;
using FluentValidation;

namespace FactCheck.Api.StatusChanges;

/// <summary>Moves a claim to a new evidence status. The rationale is required: it is what a reader of the verdict will ask for.</summary>
/// <param name="Status">The new evidence status.</param>
/// <param name="Rationale">Why, in words a reader can check against the evidence.</param>
public sealed record StatusChangeRequest(Common.EvidenceStatus Status, string Rationale);

/// <param name="PreviousStatus">The status before this change.</param>
/// <param name="Status">The status this change set.</param>
/// <param name="By">The name of who made the change.</param>
public sealed record StatusChangeResponse(
    Guid Id,
    Guid ClaimId,
    Common.EvidenceStatus PreviousStatus,
    Common.EvidenceStatus Status,
    string Rationale,
    DateTime At,
    string By);

/// <summary>A claim's status changes, newest first.</summary>
public sealed record StatusHistoryResponse(Common.EvidenceStatus Current, IReadOnlyList<StatusChangeResponse> Items);

public static class StatusMapping
{
    public static StatusChangeResponse ToResponse(this StatusChange s) =>
        new(s.Id, s.ClaimId, s.From, s.To, s.Rationale, s.At, s.By);
}

internal sealed class StatusChangeRequestValidator : AbstractValidator<StatusChangeRequest>
{
    public StatusChangeRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Rationale).Text(Rules.StatementMaxLength);
    }
}
