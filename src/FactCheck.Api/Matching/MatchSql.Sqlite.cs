using System.Data.Common;

namespace FactCheck.Api.Matching;

/// <summary>
/// The SQL the matching index runs, in SQLite's dialect; its tables and triggers are in the MatchIndex migration.
/// Where rows are passed as JSON arrays, SQLite's json_each reads them (PostgreSQL: jsonb_array_elements); the rest is
/// standard SQL that PostgreSQL runs as written.
/// </summary>
internal static class SqliteMatchSql
{
    /// <summary>How many claims are queued, counted no further than @most.</summary>
    public const string QueuedUpTo = "SELECT count(*) FROM (SELECT 1 FROM match_queue LIMIT @most)";

    /// <summary>The next queued claims with their text; a claim since deleted or purged comes without (it is only dequeued).</summary>
    public const string QueuedRun = """
        SELECT q.ClaimId, c.Statement, c.Summary, c.Language FROM match_queue AS q
        LEFT JOIN claims AS c ON c.Id = q.ClaimId AND c.DeletedAt IS NULL
        ORDER BY q.ClaimId LIMIT @run
        """;

    /// <summary>Claims of the next run that are indexed all the same (never, while the triggers are in place); they are taken out first.</summary>
    public const string IndexedAmongQueued = """
        SELECT m.Id, m.Terms FROM (SELECT ClaimId FROM match_queue ORDER BY ClaimId LIMIT @run) AS q
        JOIN match_claims AS m ON m.ClaimId = q.ClaimId
        """;

    public const string Dequeue = "DELETE FROM match_queue WHERE ClaimId <= @last";

    /// <summary>Rows are handed out in indexing order, so the highest is about the number of claims indexed (gaps aside).</summary>
    public const string LastRow = "SELECT coalesce(max(Id), 0) FROM match_claims";

    // A run writes its terms, claims, postings and counts in a few statements, the rows passed as one JSON array each:
    // row by row, binding and stepping from .NET costs several times SQLite's own work. PostgreSQL reads such arrays
    // with jsonb_array_elements.

    /// <summary>Adds the stems of @terms (a JSON array of strings, in order) that are not terms yet, uncounted.</summary>
    public const string AddTerms = "INSERT INTO match_terms (Term, Claims) SELECT value, 0 FROM json_each(@terms) WHERE true ON CONFLICT (Term) DO NOTHING";

    /// <summary>The ids of the stems of @terms.</summary>
    public const string TermIds = "SELECT t.Term, t.Id FROM json_each(@terms) AS j JOIN match_terms AS t ON t.Term = j.value";

    /// <summary>Adds the claims of @claims, a JSON array of [row, claim id, [term ids]].</summary>
    public const string AddClaims = "INSERT INTO match_claims (Id, ClaimId, Terms) SELECT value ->> 0, value ->> 1, value -> 2 FROM json_each(@claims)";

    /// <summary>Adds the postings of @postings, a JSON array of term id × 2³² + claim row, in key order.</summary>
    public const string AddPostings = "INSERT INTO match_postings (TermId, ClaimRow) SELECT value >> 32, value & 4294967295 FROM json_each(@postings)";

    /// <summary>Adds to each term's count: @counts is a JSON array of [term id, claims]. Answers one change per term.</summary>
    public const string CountClaims = """
        UPDATE match_terms SET Claims = Claims + (c.value ->> 1) FROM json_each(@counts) AS c WHERE match_terms.Id = (c.value ->> 0)
        """;

    // Row by row, for the claims a run finds indexed already (which the triggers never leave).
    public const string RemovePosting = "DELETE FROM match_postings WHERE TermId = @term AND ClaimRow = @row";
    public const string UncountClaim = "UPDATE match_terms SET Claims = Claims - 1 WHERE Id = @term";
    public const string DropUnusedTerm = "DELETE FROM match_terms WHERE Id = @term AND Claims <= 0";
    public const string RemoveClaim = "DELETE FROM match_claims WHERE Id = @row";

    /// <summary>At most this many stems are looked up (SQLite binds up to 32,766 parameters; a statement has far fewer stems).</summary>
    public const int MaxTerms = 1000;

    /// <summary>The terms among <paramref name="count"/> stems (parameters @t0, @t1, ...) with the number of claims having each.</summary>
    public static string Terms(int count) =>
        $"SELECT Id, Term, Claims FROM match_terms WHERE Term IN ({string.Join(", ", Enumerable.Range(0, count).Select(i => $"@t{i}"))})";

    /// <summary>
    /// The candidates' terms with the number of claims having each, for an exact score: the @candidates claims sharing
    /// the most weight with the text among the postings of @read (a JSON array of [term id, weight]). The postings are
    /// summed in SQL, so only the candidates' rows come back.
    /// </summary>
    public const string SharingMost = """
        WITH candidates AS MATERIALIZED (
            SELECT p.ClaimRow AS Row FROM json_each(@read) AS r JOIN match_postings AS p ON p.TermId = (r.value ->> 0)
            GROUP BY p.ClaimRow ORDER BY sum(r.value ->> 1) DESC, p.ClaimRow DESC LIMIT @candidates)
        """ + CandidateTerms;

    /// <summary>The same for a text whose rarest term alone has too many claims to read: its most recent @candidates claims.</summary>
    public const string MostRecent = """
        WITH candidates AS MATERIALIZED (
            SELECT ClaimRow AS Row FROM match_postings WHERE TermId = @term ORDER BY ClaimRow DESC LIMIT @candidates)
        """ + CandidateTerms;

    private const string CandidateTerms = """

        SELECT m.Id, m.ClaimId, t.Id, t.Claims
        FROM candidates AS c JOIN match_claims AS m ON m.Id = c.Row, json_each(m.Terms) AS j JOIN match_terms AS t ON t.Id = j.value
        """;

    /// <summary>A command on the context's connection (and transaction), with its parameters declared once for reuse.</summary>
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }
}
