using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The FTS5 full-text index and the triggers that keep it in step with every write, inside the writing transaction.
    /// Tombstones leave the index; only changes to indexed text or to DeletedAt touch it (version bumps do not).
    /// </summary>
    public partial class SearchIndex : Migration
    {
        // (kind, table, claim id expression, indexed text expression) for each indexed record type.
        private static readonly (string Kind, string Table, string ClaimId, string Text, string Columns)[] Sources =
        [
            ("claim", "claims", "{0}.Id", "{0}.Statement || ' ' || coalesce({0}.Summary, '')", "Statement, Summary, DeletedAt"),
            ("rebuttal", "rebuttals", "{0}.ClaimId", "{0}.Statement", "Statement, DeletedAt"),
            ("evidence", "evidence", "{0}.ClaimId", "{0}.Summary", "Summary, DeletedAt"),
            ("actor", "actors", "NULL", "{0}.Name", "Name, DeletedAt"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, entity_id UNINDEXED, claim_id UNINDEXED, body, "
                + "tokenize = 'unicode61 remove_diacritics 2');");
            // FTS5 can only find its rows quickly by rowid, so each indexed record gets one for good: the triggers find it
            // here by the record's id instead of scanning the index. Ids are handed out in creation order, which is the
            // order search uses to pick the most recent matches.
            migrationBuilder.Sql("CREATE TABLE search_rows (Id INTEGER PRIMARY KEY, EntityId TEXT NOT NULL UNIQUE);");
            foreach (var (kind, table, claimId, text, columns) in Sources)
            {
                string Insert(string row) =>
                    $"INSERT INTO search_index(rowid, kind, entity_id, claim_id, body) SELECT (SELECT Id FROM search_rows WHERE EntityId = {row}.Id), "
                    + $"'{kind}', {row}.Id, {string.Format(claimId, row)}, {string.Format(text, row)}";
                string Reserve(string row) => $"INSERT OR IGNORE INTO search_rows(EntityId) VALUES ({row}.Id);";
                const string Remove = "DELETE FROM search_index WHERE rowid = (SELECT Id FROM search_rows WHERE EntityId = old.Id);";
                migrationBuilder.Sql($"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {Reserve("new")} {Insert("new")} "
                    + "WHERE new.DeletedAt IS NULL; END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {columns} ON {table} BEGIN {Remove} {Reserve("new")} "
                    + $"{Insert("new")} WHERE new.DeletedAt IS NULL; END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {Remove} "
                    + "DELETE FROM search_rows WHERE EntityId = old.Id; END;");
                migrationBuilder.Sql($"INSERT INTO search_rows(EntityId) SELECT Id FROM {table} ORDER BY CreatedAt, Id;");
                migrationBuilder.Sql($"{Insert(table)} FROM {table} WHERE {table}.DeletedAt IS NULL;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (_, table, _, _, _) in Sources)
            {
                foreach (var trigger in new[] { "insert", "update", "delete" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_search_{trigger};");
                }
            }
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_index;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_rows;");
        }
    }
}
