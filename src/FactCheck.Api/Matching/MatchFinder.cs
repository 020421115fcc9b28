using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Matching;

/// <summary>An indexed claim and how like the text it is, from 0 to 1 (rounded to four places).</summary>
public readonly record struct ScoredClaim(Guid ClaimId, double Score);

/// <summary>
/// Finds the claims most like a text's stems with work bounded however common its words are. Candidates come from the
/// text's rarest stems: their postings are summed, rarest first, up to <see cref="PostingBudget"/> in all (a stem that
/// would go past it is left out; when the rarest alone would, its most recent claims are the candidates). The
/// <see cref="Candidates"/> sharing the most weight are then scored exactly: the cosine of the two stem sets with each stem weighted by its rarity
/// (inverse document frequency), so sharing "smuggle" counts for more than sharing "US"; equal sets score 1.
/// </summary>
public static class MatchFinder
{
    /// <summary>Postings read per match at most: a few milliseconds, and far more than a text's rare stems have.</summary>
    public const int PostingBudget = 10_000;

    /// <summary>How many of the claims sharing the most are scored exactly (each costs a read of its terms' counts).</summary>
    public const int Candidates = 50;

    public static async Task<List<ScoredClaim>> FindAsync(FactCheckDb db, IReadOnlySet<string> stems, Guid? except, int limit,
        CancellationToken cancellationToken)
    {
        await MatchIndex.CatchUpForMatchAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var terms = await TermsAsync(connection, stems, cancellationToken);
            if (terms.Count == 0)
            {
                return [];
            }
            double indexed;
            await using (var lastRow = connection.Command(null, SqliteMatchSql.LastRow))
            {
                indexed = Convert.ToDouble(await lastRow.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }
            // A stem no claim has yet weighs as one that a single claim has.
            double Weight(long claims) => Math.Log(1 + indexed / Math.Max(claims, 1));
            var weights = terms.ToDictionary(t => t.Id, t => Weight(t.Claims));
            var textNorm = Math.Sqrt(weights.Values.Sum(w => w * w) + (stems.Count - terms.Count) * Math.Pow(Weight(1), 2));
            var scored = await ScoreAsync(connection, CandidatesOf(terms, weights), weights, textNorm, Weight, cancellationToken);
            return [.. scored.Where(s => s.ClaimId != except && s.Score > 0)
                .OrderByDescending(s => s.Score).ThenBy(s => s.ClaimId).Take(limit)];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Term(long Id, long Claims);

    private sealed record DbCommandText(string Sql, params (string Name, object Value)[] Parameters);

    private static async Task<List<Term>> TermsAsync(DbConnection connection, IReadOnlySet<string> stems, CancellationToken cancellationToken)
    {
        var terms = new List<Term>();
        foreach (var chunk in stems.Chunk(SqliteMatchSql.MaxTerms))
        {
            await using var command = connection.Command(null, SqliteMatchSql.Terms(chunk.Length), [.. chunk.Select((_, i) => $"@t{i}")]);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With($"@t{i}", chunk[i]);
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                terms.Add(new(reader.GetInt64(0), reader.GetInt64(2)));
            }
        }
        return [.. terms.Where(t => t.Claims > 0)];
    }

    /// <summary>
    /// The statement that finds the candidates: the claims sharing the most weight among the postings of the rarest
    /// terms, read up to <see cref="PostingBudget"/>; when the rarest alone has more, its most recent claims.
    /// </summary>
    private static DbCommandText CandidatesOf(List<Term> terms, Dictionary<long, double> weights)
    {
        var rarest = terms.OrderBy(t => t.Claims).ThenBy(t => t.Id).ToList();
        if (rarest[0].Claims > PostingBudget)
        {
            return new(SqliteMatchSql.MostRecent, ("@term", rarest[0].Id), ("@candidates", Candidates));
        }
        var read = 0L;
        var within = rarest.TakeWhile(t => (read += t.Claims) <= PostingBudget).Select(t => (t.Id, weights[t.Id] * weights[t.Id]));
        return new(SqliteMatchSql.SharingMost, ("@read", MatchJson.Weights(within)), ("@candidates", Candidates));
    }

    /// <summary>The exact weighted cosine of each candidate with the text.</summary>
    private static async Task<List<ScoredClaim>> ScoreAsync(DbConnection connection, DbCommandText candidates, Dictionary<long, double> weights,
        double textNorm, Func<long, double> weight, CancellationToken cancellationToken)
    {
        var sums = new Dictionary<long, (string ClaimId, double Dot, double Norm)>();
        await using var command = connection.Command(null, candidates.Sql, [.. candidates.Parameters.Select(p => p.Name)]);
        foreach (var (name, value) in candidates.Parameters)
        {
            command.With(name, value);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (row, term, w) = (reader.GetInt64(0), reader.GetInt64(2), weight(reader.GetInt64(3)));
            var (claimId, dot, norm) = sums.TryGetValue(row, out var sum) ? sum : (reader.GetString(1), 0, 0);
            sums[row] = (claimId, dot + (weights.TryGetValue(term, out var textWeight) ? textWeight * w : 0), norm + w * w);
        }
        // Counts read a moment apart may differ by a write in between: a score never leaves 0..1 for it.
        return [.. sums.Values.Select(s => new ScoredClaim(Guid.Parse(s.ClaimId), Math.Round(Math.Clamp(s.Dot / (textNorm * Math.Sqrt(s.Norm)), 0, 1), 4)))];
    }
}
