using System;
using FactCheck.Api.Data.RatingTables;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The rating table of the world's fact-checkers, as data: the rows of Data/RatingTables/2026-12-rating-table.tsv (its header
    /// names the sources) are upserted into rating_mappings; a label an admin has set keeps the admin's mapping. The first table's
    /// rows were seeded by the model (HasData), which no longer holds them: they stay, with the same statuses, now with notes.
    /// Reviews get their normalised rating (RatingKey, indexed; start-up fills it, since SQL cannot normalise) and status changes
    /// the review whose rating set them (ReviewId), found for past imports from their rationale, which names the review's URL.
    /// </summary>
    public partial class RatingTable : Migration
    {
        private const string File = "2026-12-rating-table.tsv";

        /// <summary>When the seeded rows of this table were set; fixed, so the migration is the same every time it runs.</summary>
        private static readonly DateTime Seeded = new(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc);

        private const string ForgetKeyVersion = "DELETE FROM \"app_settings\" WHERE \"Key\" = 'rating-labels-version';";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReviewId",
                table: "status_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingKey",
                table: "reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviews_RatingKey_ClaimId",
                table: "reviews",
                columns: new[] { "RatingKey", "ClaimId" });

            // The keys are made at start-up (RatingKeys.UpgradeAsync), whenever this setting does not name the current normalisation.
            migrationBuilder.Sql(ForgetKeyVersion);

            foreach (var upsert in RatingTableSeed.Upserts(File, Seeded))
            {
                migrationBuilder.Sql(upsert);
            }

            // Imports wrote: Imported: rated "RATING" by PUBLISHER (URL).
            migrationBuilder.Sql("""
                UPDATE "status_changes" SET "ReviewId" = (
                    SELECT r."Id" FROM "reviews" AS r
                    WHERE r."ClaimId" = "status_changes"."ClaimId" AND instr("status_changes"."Rationale", '(' || r."Url" || ').') > 0
                    ORDER BY r."Id" LIMIT 1)
                WHERE "Rationale" LIKE 'Imported: rated %';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RatingTableSeed.DeleteAdded(Seeded));
            migrationBuilder.Sql(ForgetKeyVersion);

            migrationBuilder.DropIndex(
                name: "IX_reviews_RatingKey_ClaimId",
                table: "reviews");

            migrationBuilder.DropColumn(
                name: "ReviewId",
                table: "status_changes");

            migrationBuilder.DropColumn(
                name: "RatingKey",
                table: "reviews");
        }
    }
}
