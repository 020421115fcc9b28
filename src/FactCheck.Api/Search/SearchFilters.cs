using System.Globalization;
using System.Text;
using FactCheck.Api.Common;

namespace FactCheck.Api.Search;

/// <summary>
/// A search's filters as SQL conditions on the claim a record belongs to (alias <c>c</c>), with their parameters.
/// Actors belong to no claim: any claim filter leaves them out.
/// </summary>
internal sealed class SearchFilters
{
    private SearchFilters(IReadOnlyList<string> kinds, bool kindsAsked, string onClaim, List<(string, object)> parameters)
    {
        Kinds = kinds;
        KindsAsked = kindsAsked;
        OnClaim = onClaim;
        Parameters = parameters;
    }

    /// <summary>The kinds of record wanted (all of them when <c>kind</c> was not given).</summary>
    public IReadOnlyList<string> Kinds { get; }

    public bool KindsAsked { get; }

    /// <summary>" AND ..." conditions on <c>c</c>, or empty when no claim filter was given.</summary>
    public string OnClaim { get; }

    public IReadOnlyList<(string Name, object Value)> Parameters { get; }

    public static SearchFilters Of(SearchQuery query)
    {
        var parameters = new List<(string, object)>();
        var onClaim = new StringBuilder();
        if (query.ClaimantId is { } claimant)
        {
            onClaim.Append(" AND c.ClaimantId = ").Append(Add(parameters, "$claimant", claimant.ToString().ToUpperInvariant()));
        }
        if (query.EvidenceStatus is { Length: > 0 } statuses)
        {
            onClaim.Append(" AND c.EvidenceStatus IN (").AppendJoin(", ", statuses.Distinct()
                .Select((s, i) => Add(parameters, $"$status{i}", Vocabulary.Parse<EvidenceStatus>(s).ToWire()))).Append(')');
        }
        if (query.MadeFrom?.ToUtc() is { } from)
        {
            onClaim.Append(" AND c.MadeAt >= ").Append(Add(parameters, "$from", Stored(from)));
        }
        if (query.MadeTo?.ToUtc() is { } to)
        {
            onClaim.Append(" AND c.MadeAt < ").Append(Add(parameters, "$to", Stored(to)));
        }
        var asked = query.Kind is { Length: > 0 };
        var kinds = asked ? query.Kind!.Distinct().ToList() : [.. SearchIndex.Kinds];
        if (onClaim.Length > 0)
        {
            kinds.Remove("actor");
        }
        return new SearchFilters(kinds, asked, onClaim.ToString(), parameters);
    }

    /// <summary>" AND s.kind IN (...)" when kinds were asked for, with their parameters added to <paramref name="parameters"/>.</summary>
    public string OnKind(List<(string, object)> parameters) => KindsAsked
        ? " AND s.kind IN (" + string.Join(", ", Kinds.Select((k, i) => Add(parameters, $"$kind{i}", k))) + ")"
        : "";

    private static string Add(List<(string, object)> parameters, string name, object value)
    {
        parameters.Add((name, value));
        return name;
    }

    /// <summary>DateTime as EF Core stores it in SQLite TEXT columns, so comparisons with stored values are textual and exact.</summary>
    private static string Stored(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}
