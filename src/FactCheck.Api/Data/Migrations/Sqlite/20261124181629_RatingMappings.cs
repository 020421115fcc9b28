using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RatingMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rating_mappings",
                columns: table => new
                {
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rating_mappings", x => x.Label);
                });

            migrationBuilder.InsertData(
                table: "rating_mappings",
                columns: new[] { "Label", "Note", "Status", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { "accurate", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "bulo", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "cierto", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "correct", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "correcto", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "enganosa", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "enganoso", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "exagerado", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "exaggerated", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "fabricated", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "fake", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "fake news", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "falsa", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "false", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "falso", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "four pinocchios", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "half true", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "impreciso", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "incorrect", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "inverificable", null, "unsubstantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "medio verdadero", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "misleading", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "missing context", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "mixture", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "mostly false", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "mostly true", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "no evidence", null, "unsubstantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "no hay evidencia", null, "unsubstantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "out of context", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "pants on fire", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "partially false", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "partly false", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "real", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "sin contexto", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "sin evidencia", null, "unsubstantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "true", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "unproven", null, "unsubstantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "unsubstantiated", null, "unsubstantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "unsupported", null, "unsubstantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "verdadera", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "verdadero", null, "substantiated", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "verdadero a medias", null, "disputed", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { "wrong", null, "refuted", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rating_mappings");
        }
    }
}
