using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FactCheck.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "app_settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_records", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    ArchiveUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClaimantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MadeAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    EvidenceStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusRationale = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatusChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_claims_actors_ClaimantId",
                        column: x => x.ClaimantId,
                        principalTable: "actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "claim_appearances",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claim_appearances", x => new { x.ClaimId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_claim_appearances_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_claim_appearances_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "claim_repeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claim_repeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_claim_repeats_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_claim_repeats_claims_OtherClaimId",
                        column: x => x.OtherClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Bearing = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Strength = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_evidence_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rebuttals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    MadeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rebuttals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rebuttals_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_rebuttals_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_rebuttals_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublisherName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublisherUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    TextualRating = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RatingValue = table.Column<double>(type: "REAL", nullable: true),
                    BestRating = table.Column<double>(type: "REAL", nullable: true),
                    WorstRating = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviews_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_changes_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_actors_Name",
                table: "actors",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_Hash",
                table: "api_keys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_Name",
                table: "api_keys",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_claim_appearances_SourceId",
                table: "claim_appearances",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_claim_repeats_ClaimId_OtherClaimId",
                table: "claim_repeats",
                columns: new[] { "ClaimId", "OtherClaimId" });

            migrationBuilder.CreateIndex(
                name: "IX_claim_repeats_OtherClaimId",
                table: "claim_repeats",
                column: "OtherClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_claims_ClaimantId",
                table: "claims",
                column: "ClaimantId");

            migrationBuilder.CreateIndex(
                name: "IX_claims_CreatedAt_Id",
                table: "claims",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_EvidenceStatus",
                table: "claims",
                column: "EvidenceStatus");

            migrationBuilder.CreateIndex(
                name: "IX_claims_MadeAt_Id",
                table: "claims",
                columns: new[] { "MadeAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_UpdatedAt_Id",
                table: "claims",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_ClaimId",
                table: "evidence",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_SourceId",
                table: "evidence",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_history_ClaimId_Id",
                table: "history",
                columns: new[] { "ClaimId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_history_EntityType_EntityId",
                table: "history",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_idempotency_records_CreatedAt",
                table: "idempotency_records",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_idempotency_records_Scope_Key",
                table: "idempotency_records",
                columns: new[] { "Scope", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rebuttals_ActorId",
                table: "rebuttals",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_rebuttals_ClaimId",
                table: "rebuttals",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_rebuttals_SourceId",
                table: "rebuttals",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ClaimId",
                table: "reviews",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_Url",
                table: "reviews",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sources_Url",
                table: "sources",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_changes_ClaimId_At",
                table: "status_changes",
                columns: new[] { "ClaimId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "app_settings");

            migrationBuilder.DropTable(
                name: "claim_appearances");

            migrationBuilder.DropTable(
                name: "claim_repeats");

            migrationBuilder.DropTable(
                name: "evidence");

            migrationBuilder.DropTable(
                name: "history");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "rating_mappings");

            migrationBuilder.DropTable(
                name: "rebuttals");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "status_changes");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropTable(
                name: "claims");

            migrationBuilder.DropTable(
                name: "actors");
        }
    }
}
