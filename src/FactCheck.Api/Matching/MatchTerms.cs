using System.Globalization;

namespace FactCheck.Api.Matching;

/// <summary>
/// An indexed claim's term ids as <c>match_claims.Terms</c> stores them: a JSON array of integers ("[3,17,42]"), which
/// the triggers read with json_each to take the claim out of the postings and the counts.
/// </summary>
internal static class MatchTerms
{
    public static string Format(IEnumerable<long> terms) =>
        "[" + string.Join(',', terms.Select(t => t.ToString(CultureInfo.InvariantCulture))) + "]";

    public static long[] Parse(string terms) =>
        [.. terms.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => long.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture))];
}
