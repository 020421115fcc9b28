using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.Http;
using FactCheck.Api.Rebuttals;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Benchmarking;

/// <summary>
/// The claim GET done by hand: the same rows GET /api/v1/claims/{id} reads (claim, claimant, appearances with their
/// sources, rebuttals with their authors, evidence; tombstones left out), the same response and ETag, one round trip of
/// four statements on the context's own connection. Only the benchmark uses it.
/// </summary>
internal static class RawClaimReader
{
    private const string Sql = """
        SELECT c.Id, c.Statement, c.Summary, c.ClaimantId, c.MadeAt, c.Topics, c.Language, c.EvidenceStatus, c.StatusRationale,
               c.StatusChangedAt, c.StatusChangedBy, c.CreatedAt, c.UpdatedAt, c.Version, a.Name, a.Kind, a.Title, a.Version
        FROM claims c JOIN actors a ON a.Id = c.ClaimantId WHERE c.Id = $id AND c.DeletedAt IS NULL;
        SELECT s.Id, s.Title, s.Publisher, s.PublishedAt, s.Url, s.Version
        FROM claim_appearances p JOIN sources s ON s.Id = p.SourceId WHERE p.ClaimId = $id AND s.DeletedAt IS NULL ORDER BY p.Position;
        SELECT r.Id, r.ActorId, a.Name, a.Kind, a.Title, r.Statement, r.MadeAt, r.SourceId, r.Kind, r.CreatedAt, r.UpdatedAt, a.Version
        FROM rebuttals r JOIN actors a ON a.Id = r.ActorId WHERE r.ClaimId = $id AND r.DeletedAt IS NULL ORDER BY r.Id;
        SELECT e.Id, e.Summary, e.SourceId, e.Url, e.Bearing, e.Strength, e.CreatedAt, e.UpdatedAt
        FROM evidence e WHERE e.ClaimId = $id AND e.DeletedAt IS NULL ORDER BY e.Id;
        """;

    public static async Task<(ClaimResponse Claim, string ETag)?> ReadAsync(FactCheckDb db, Guid id, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$id";
            parameter.Value = id.ToString().ToUpperInvariant();
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }
            var claimant = new ActorSummary(Guid(reader, 3), reader.GetString(14), Vocabulary.Parse<ActorKind>(reader.GetString(15)), Text(reader, 16));
            var versions = new List<(Guid, int)> { (id, reader.GetInt32(13)), (claimant.Id, reader.GetInt32(17)) };
            var claim = new ClaimResponse(id, reader.GetString(1), Text(reader, 2), claimant.Id, claimant, Date(reader, 4), [], [],
                JsonSerializer.Deserialize<List<string>>(reader.GetString(5)) ?? [], Text(reader, 6),
                Vocabulary.Parse<EvidenceStatus>(reader.GetString(7)), Text(reader, 8), NullableDate(reader, 9), Text(reader, 10),
                [], [], Date(reader, 11), Date(reader, 12), null);
            var sources = new List<SourceSummary>();
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                sources.Add(new SourceSummary(Guid(reader, 0), reader.GetString(1), Text(reader, 2), NullableDate(reader, 3), Text(reader, 4)));
                versions.Add((Guid(reader, 0), reader.GetInt32(5)));
            }
            var rebuttals = new List<RebuttalResponse>();
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var actor = new ActorSummary(Guid(reader, 1), reader.GetString(2), Vocabulary.Parse<ActorKind>(reader.GetString(3)), Text(reader, 4));
                rebuttals.Add(new RebuttalResponse(Guid(reader, 0), id, actor.Id, actor, reader.GetString(5), NullableDate(reader, 6),
                    reader.IsDBNull(7) ? null : Guid(reader, 7), Vocabulary.Parse<RebuttalKind>(reader.GetString(8)), Date(reader, 9), Date(reader, 10), null));
                versions.Add((actor.Id, reader.GetInt32(11)));
            }
            var evidence = new List<EvidenceResponse>();
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                evidence.Add(new EvidenceResponse(Guid(reader, 0), id, reader.GetString(1), reader.IsDBNull(2) ? null : Guid(reader, 2), Text(reader, 3),
                    Vocabulary.Parse<EvidenceBearing>(reader.GetString(4)), Vocabulary.Parse<EvidenceStrength>(reader.GetString(5)),
                    Date(reader, 6), Date(reader, 7), null));
            }
            claim = claim with { Appearances = [.. sources.Select(s => s.Id)], Sources = sources, Rebuttals = rebuttals, Evidence = evidence };
            return (claim, ETags.Of(versions));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Guid Guid(DbDataReader reader, int column) => System.Guid.Parse(reader.GetString(column));

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTime Date(DbDataReader reader, int column) =>
        DateTime.SpecifyKind(DateTime.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), DateTimeKind.Utc);

    private static DateTime? NullableDate(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Date(reader, column);
}
