using FactCheck.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Claims;

/// <summary>Reads one claim, now or as it stood at an earlier instant.</summary>
/// <param name="AsOf">ISO 8601 date-time: answer with the claim as it stood then, rebuilt from its history.</param>
public sealed record ClaimGetQuery([FromQuery(Name = "asOf")] DateTimeOffset? AsOf);

internal sealed class ClaimGetQueryValidator : AbstractValidator<ClaimGetQuery>
{
    // A text that is not a date-time never gets here: the binder refuses it with a 400 naming 'asOf'.
    public ClaimGetQueryValidator() =>
        RuleFor(q => q.AsOf!.Value).Plausible().When(q => q.AsOf is not null).OverridePropertyName("asOf").WithName("asOf");
}
