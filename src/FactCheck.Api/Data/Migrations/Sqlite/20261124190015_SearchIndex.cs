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
            foreach (var (kind, table, claimId, text, columns) in Sources)
            {
                string Insert(string row) =>
                    $"INSERT INTO search_index(kind, entity_id, claim_id, body) SELECT '{kind}', {row}.Id, {string.Format(claimId, row)}, "
                    + $"{string.Format(text, row)}";
                var remove = $"DELETE FROM search_index WHERE kind = '{kind}' AND entity_id = old.Id;";
                migrationBuilder.Sql($"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} WHEN new.DeletedAt IS NULL BEGIN {Insert("new")}; END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {columns} ON {table} BEGIN {remove} "
                    + $"{Insert("new")} WHERE new.DeletedAt IS NULL; END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} END;");
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
        }
    }
}
