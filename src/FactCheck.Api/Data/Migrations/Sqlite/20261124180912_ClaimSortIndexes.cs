using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_claims_CreatedAt_Id",
                table: "claims",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_MadeAt_Id",
                table: "claims",
                columns: new[] { "MadeAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_UpdatedAt_Id",
                table: "claims",
                columns: new[] { "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claims_CreatedAt_Id",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "IX_claims_MadeAt_Id",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "IX_claims_UpdatedAt_Id",
                table: "claims");
        }
    }
}
