using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// FTS5's 'secure-delete' option (SQLite 3.42+): a row leaving the search index (a tombstone, a purge, an edit) is taken
    /// out of the index's segments at once, instead of being masked by a delete marker while its words stay on disk until
    /// a merge. The option is stored with the table. 'optimize' then merges the segments written before, dropping what
    /// earlier deletions left behind. Start-up vacuums the file once after this migration (see DataServices).
    /// </summary>
    public partial class SearchIndexSecureDelete : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1);");
            migrationBuilder.Sql("INSERT INTO search_index(search_index) VALUES('optimize');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 0);");
        }
    }
}
