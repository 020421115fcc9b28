using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// FTS5's 'secure-delete' option (SQLite 3.42+): a row leaving the search index (a tombstone, a purge, an edit) is taken
    /// out of the index's segments at once, instead of being masked by a delete marker while its words stay on disk until
    /// a merge. The option is stored with the table. 'optimize' then merges the segments written before, dropping what
    /// earlier deletions left behind, and a one-time VACUUM rewrites the file without the free space in which rows deleted
    /// before secure_delete was turned on (see SqliteSecureDelete) still lie. VACUUM cannot run inside a transaction.
    /// </summary>
    public partial class SearchIndexSecureDelete : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1);");
            migrationBuilder.Sql("INSERT INTO search_index(search_index) VALUES('optimize');");
            migrationBuilder.Sql("VACUUM;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 0);");
        }
    }
}
