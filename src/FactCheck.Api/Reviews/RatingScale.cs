using FactCheck.Api.Common;

namespace FactCheck.Api.Reviews;

/// <summary>
/// The numeric fallback: a review whose words no mapping knows, but which states its verdict as a number on a scale, is
/// placed on that scale. Position p = (ratingValue - worstRating) / (bestRating - worstRating), 0 the worst and 1 the best;
/// a missing bound takes schema.org's default (worst 1, best 5). p ≤ 0.25 is refuted, p ≥ 0.75 substantiated, anything
/// between disputed: on the 1–5 scale of most ClaimReview markup, 1 and 2 ("false", "mostly false") are refuted, 3
/// ("half true") disputed, 4 and 5 ("mostly true", "true") substantiated, as the mapping table reads those words. No
/// status is given without a value, or when the scale is empty (best not above worst) or the value lies outside it.
/// </summary>
public static class RatingScale
{
    public const double DefaultWorst = 1;
    public const double DefaultBest = 5;
    public const double RefutedAtMost = 0.25;
    public const double SubstantiatedAtLeast = 0.75;

    /// <summary>The scale a review's numbers place its verdict on, its bounds defaulted; null when they place it nowhere.</summary>
    public static (double Value, double Worst, double Best)? Of(double? value, double? best, double? worst)
    {
        var (low, high) = (worst ?? DefaultWorst, best ?? DefaultBest);
        return value is { } v && double.IsFinite(v) && high > low && v >= low && v <= high ? (v, low, high) : null;
    }

    public static EvidenceStatus StatusAt(double value, double worst, double best)
    {
        var position = (value - worst) / (best - worst);
        return position <= RefutedAtMost ? EvidenceStatus.Refuted
            : position >= SubstantiatedAtLeast ? EvidenceStatus.Substantiated
            : EvidenceStatus.Disputed;
    }
}

/// <summary>How a textual rating found its status.</summary>
public enum RatingMatch
{
    /// <summary>One of our own status words ("Refuted", "No evidence offered").</summary>
    Own,

    /// <summary>The mapping table.</summary>
    Table,

    /// <summary>The numeric fallback (<see cref="RatingScale"/>).</summary>
    Number,
}

/// <param name="Label">The normalised label.</param>
/// <param name="Scale">For <see cref="RatingMatch.Number"/>: the value and the scale it was placed on.</param>
public sealed record RatingVerdict(EvidenceStatus Status, RatingMatch Match, string Label, (double Value, double Worst, double Best)? Scale = null)
{
    /// <summary>Our own status words first, then the mapping table, then the review's numbers; null when none knows it.</summary>
    public static RatingVerdict? Of(string textualRating, double? value, double? best, double? worst, IReadOnlyDictionary<string, EvidenceStatus> table)
    {
        var label = RatingLabels.Normalise(textualRating);
        if (Vocabulary.TryParse<EvidenceStatus>(label.Replace(' ', '_'), out var own))
        {
            return new(own, RatingMatch.Own, label);
        }
        if (table.TryGetValue(label, out var mapped))
        {
            return new(mapped, RatingMatch.Table, label);
        }
        return RatingScale.Of(value, best, worst) is { } scale
            ? new(RatingScale.StatusAt(scale.Value, scale.Worst, scale.Best), RatingMatch.Number, label, scale)
            : null;
    }

    /// <summary>The labels that map to themselves (<see cref="RatingMatch.Own"/>), as stored keys: never reported unmapped.</summary>
    public static IReadOnlyList<string> OwnLabels { get; } =
        [.. Enum.GetValues<EvidenceStatus>().SelectMany(s => new[] { s.ToWire(), s.ToWire().Replace('_', ' ') }).Distinct()];
}
