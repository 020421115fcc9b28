using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The matching index (see Matching/MatchIndex.cs): an inverted index of each live claim's stems in plain tables, and
    /// the triggers that keep it in step with every write to claims, whoever makes it. SQL cannot stem, so a claim added
    /// or changed is queued and indexed by the service (before the next match, and at start-up); a claim deleted or
    /// purged leaves the index here, in the writing transaction. Every live claim is queued now, for the first start.
    /// </summary>
    public partial class MatchIndex : Migration
    {
        // Takes the claim old.Id out of the index: its postings, its share of each term's count (a term no claim has any
        // more goes too: a purged claim's words leave with it), and its row. match_claims.Terms lists its term ids.
        private const string Unindex = """
            DELETE FROM match_postings WHERE ClaimRow = (SELECT Id FROM match_claims WHERE ClaimId = old.Id)
                AND TermId IN (SELECT value FROM json_each((SELECT Terms FROM match_claims WHERE ClaimId = old.Id)));
            UPDATE match_terms SET Claims = Claims - 1
                WHERE Id IN (SELECT value FROM json_each((SELECT Terms FROM match_claims WHERE ClaimId = old.Id)));
            DELETE FROM match_terms WHERE Claims <= 0
                AND Id IN (SELECT value FROM json_each((SELECT Terms FROM match_claims WHERE ClaimId = old.Id)));
            DELETE FROM match_claims WHERE ClaimId = old.Id;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE match_terms (Id INTEGER PRIMARY KEY, Term TEXT NOT NULL UNIQUE, Claims INTEGER NOT NULL);");
            // Row ids rather than claim ids in the postings keep them to a few bytes each; Terms is a JSON array of term ids.
            migrationBuilder.Sql("CREATE TABLE match_claims (Id INTEGER PRIMARY KEY, ClaimId TEXT NOT NULL UNIQUE, Terms TEXT NOT NULL);");
            migrationBuilder.Sql("CREATE TABLE match_postings (TermId INTEGER NOT NULL, ClaimRow INTEGER NOT NULL, PRIMARY KEY (TermId, ClaimRow)) WITHOUT ROWID;");
            migrationBuilder.Sql("CREATE TABLE match_queue (ClaimId TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;");
            migrationBuilder.Sql("CREATE TRIGGER claims_match_insert AFTER INSERT ON claims WHEN new.DeletedAt IS NULL BEGIN "
                + "INSERT OR IGNORE INTO match_queue (ClaimId) VALUES (new.Id); END;");
            // Only changes to what is indexed (the text, its language) or to being deleted touch the index; version bumps do not.
            migrationBuilder.Sql("CREATE TRIGGER claims_match_update AFTER UPDATE OF Statement, Summary, Language, DeletedAt ON claims "
                + "WHEN old.Statement IS NOT new.Statement OR old.Summary IS NOT new.Summary OR old.Language IS NOT new.Language "
                + $"OR old.DeletedAt IS NOT new.DeletedAt BEGIN {Unindex} "
                + "DELETE FROM match_queue WHERE ClaimId = old.Id AND new.DeletedAt IS NOT NULL; "
                + "INSERT OR IGNORE INTO match_queue (ClaimId) SELECT new.Id WHERE new.DeletedAt IS NULL; END;");
            migrationBuilder.Sql($"CREATE TRIGGER claims_match_delete AFTER DELETE ON claims BEGIN {Unindex} "
                + "DELETE FROM match_queue WHERE ClaimId = old.Id; END;");
            migrationBuilder.Sql("INSERT INTO match_queue (ClaimId) SELECT Id FROM claims WHERE DeletedAt IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "insert", "update", "delete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS claims_match_{trigger};");
            }
            foreach (var table in new[] { "match_queue", "match_postings", "match_claims", "match_terms" })
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
            }
        }
    }
}
