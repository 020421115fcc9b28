using FactCheck.Api.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Stats;

/// <summary>Limits a scorecard to claims made in [from, to).</summary>
/// <param name="From">Only claims made at or after this instant (ISO 8601).</param>
/// <param name="To">Only claims made before this instant (ISO 8601; exclusive).</param>
public sealed record ScorecardQuery([FromQuery(Name = "from")] DateTimeOffset? From, [FromQuery(Name = "to")] DateTimeOffset? To);

/// <summary>A claim in a few fields.</summary>
public sealed record ClaimBrief(Guid Id, string Statement, DateTime MadeAt, EvidenceStatus EvidenceStatus);

/// <summary>An actor's claims counted by evidence status (every status listed, 0 included), and the most recent five.</summary>
public sealed record ScorecardResponse(Guid ActorId, string Name, int Claims, IReadOnlyDictionary<string, int> ByEvidenceStatus, IReadOnlyList<ClaimBrief> Recent);

/// <summary>A count under a label (a topic, or a month as yyyy-MM).</summary>
public sealed record LabelCount(string Label, int Count);

/// <summary>Counts of live claims: all, by evidence status, by topic (most frequent first) and by month of madeAt.</summary>
public sealed record StatsResponse(int Claims, IReadOnlyDictionary<string, int> ByEvidenceStatus, IReadOnlyList<LabelCount> ByTopic, IReadOnlyList<LabelCount> ByMonth);

internal sealed class ScorecardQueryValidator : AbstractValidator<ScorecardQuery>
{
    public ScorecardQueryValidator() =>
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must be after 'from'.");
}
