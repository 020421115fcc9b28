namespace FactCheck.Api.Benchmarking;

/// <summary>
/// The three statements EF Core runs for GET /api/v1/claims/{id} (ClaimReads), copied from its command log word for word:
/// the yardstick must ask SQLite for the same rows and columns, joined and filtered alike, or the ratio measures a different
/// query rather than EF Core. BenchmarkModeTests compare what SQLite runs for both routes, so a change on either side fails there.
/// </summary>
internal static class RawClaimStatements
{
    /// <summary>The live claim, its claimant, and its live evidence (one row each, or one row with nulls when there is none).</summary>
    public const string ClaimWithClaimantAndEvidence = """
        SELECT "c"."Id", "c"."ClaimantId", "c"."CreatedAt", "c"."DeletedAt", "c"."DeletedBy", "c"."EvidenceStatus", "c"."Language", "c"."MadeAt", "c"."Statement", "c"."StatementKey", "c"."StatusChangedAt", "c"."StatusChangedBy", "c"."StatusRationale", "c"."Summary", "c"."Topics", "c"."UpdatedAt", "c"."Version", "a"."Id", "a"."Affiliation", "a"."Country", "a"."CreatedAt", "a"."DeletedAt", "a"."DeletedBy", "a"."Kind", "a"."Links", "a"."Name", "a"."Title", "a"."UpdatedAt", "a"."Version", "e0"."Id", "e0"."Bearing", "e0"."ClaimId", "e0"."CreatedAt", "e0"."DeletedAt", "e0"."DeletedBy", "e0"."SourceId", "e0"."Strength", "e0"."Summary", "e0"."UpdatedAt", "e0"."Url", "e0"."Version"
        FROM "claims" AS "c"
        INNER JOIN "actors" AS "a" ON "c"."ClaimantId" = "a"."Id"
        LEFT JOIN (
            SELECT "e"."Id", "e"."Bearing", "e"."ClaimId", "e"."CreatedAt", "e"."DeletedAt", "e"."DeletedBy", "e"."SourceId", "e"."Strength", "e"."Summary", "e"."UpdatedAt", "e"."Url", "e"."Version"
            FROM "evidence" AS "e"
            WHERE "e"."DeletedAt" IS NULL
        ) AS "e0" ON "c"."Id" = "e0"."ClaimId"
        WHERE "c"."Id" = @id AND "c"."DeletedAt" IS NULL
        ORDER BY "c"."Id", "a"."Id"
        """;

    /// <summary>Column positions in <see cref="ClaimWithClaimantAndEvidence"/>.</summary>
    public static class Column
    {
        public const int ClaimId = 0, ClaimantId = 1, CreatedAt = 2, DeletedAt = 3, EvidenceStatus = 5, Language = 6, MadeAt = 7, Statement = 8,
            StatusChangedAt = 10, StatusChangedBy = 11, StatusRationale = 12, Summary = 13, Topics = 14, UpdatedAt = 15, Version = 16;

        public const int ClaimantKind = 23, ClaimantName = 25, ClaimantTitle = 26, ClaimantVersion = 28;

        public const int EvidenceId = 29, EvidenceBearing = 30, EvidenceClaimId = 31, EvidenceCreatedAt = 32, EvidenceDeletedAt = 33, EvidenceSourceId = 35,
            EvidenceStrength = 36, EvidenceSummary = 37, EvidenceUpdatedAt = 38, EvidenceUrl = 39;
    }

    /// <summary>The claim's appearances with their live sources, in no particular order (the response sorts them by position).</summary>
    public const string Appearances = """
        SELECT "c"."ClaimId", "c"."SourceId", "c"."Position", "s"."Id", "s"."Version", "s"."Title", "s"."Publisher", "s"."PublishedAt", "s"."Url"
        FROM "claim_appearances" AS "c"
        INNER JOIN "sources" AS "s" ON "c"."SourceId" = "s"."Id"
        WHERE "c"."ClaimId" = @id AND "s"."DeletedAt" IS NULL
        """;

    /// <summary>The claim's live rebuttals with their authors, in no particular order (the response sorts them by id).</summary>
    public const string Rebuttals = """
        SELECT "r"."Id", "r"."Version", "r"."ClaimId", "r"."ActorId", "r"."Statement", "r"."MadeAt", "r"."SourceId", "r"."Kind", "r"."CreatedAt", "r"."UpdatedAt", "a"."Id", "a"."Version", "a"."Name", "a"."Kind", "a"."Title"
        FROM "rebuttals" AS "r"
        INNER JOIN "actors" AS "a" ON "r"."ActorId" = "a"."Id"
        WHERE "r"."ClaimId" = @id AND "r"."DeletedAt" IS NULL
        """;
}
