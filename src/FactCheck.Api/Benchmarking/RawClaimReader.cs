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
using Column = FactCheck.Api.Benchmarking.RawClaimStatements.Column;

namespace FactCheck.Api.Benchmarking;

/// <summary>
/// The claim GET done by hand: EF Core's own three statements (<see cref="RawClaimStatements"/>), run as three commands on
/// the context's connection as ClaimReads runs them, and read with a plain data reader into the same response and ETag
/// (as ClaimMapping makes them: parts sorted as the response sorts them, versions in the order the rows come). Only the
/// benchmark uses it.
/// </summary>
internal static class RawClaimReader
{
    public static async Task<(ClaimResponse Claim, string ETag)?> ReadAsync(FactCheckDb db, Guid id, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var key = id.ToString().ToUpperInvariant();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            ClaimResponse? claim = null;
            var versions = new List<(Guid, int)>();
            var evidence = new List<EvidenceResponse>();
            await using (var command = Command(connection, RawClaimStatements.ClaimWithClaimantAndEvidence, key))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    if (claim is null)
                    {
                        claim = ClaimOf(reader);
                        versions.Add((claim.Id, reader.GetInt32(Column.Version)));
                        versions.Add((claim.ClaimantId, reader.GetInt32(Column.ClaimantVersion)));
                    }
                    if (!reader.IsDBNull(Column.EvidenceId))
                    {
                        evidence.Add(EvidenceOf(reader));
                    }
                }
            }
            if (claim is null)
            {
                return null;
            }
            var appearances = new List<(int Position, SourceSummary Source)>();
            await using (var command = Command(connection, RawClaimStatements.Appearances, key))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    appearances.Add((reader.GetInt32(2), new SourceSummary(Guid(reader, 1), reader.GetString(5), Text(reader, 6), NullableDate(reader, 7), Text(reader, 8))));
                    versions.Add((Guid(reader, 1), reader.GetInt32(4)));
                }
            }
            var rebuttals = new List<RebuttalResponse>();
            await using (var command = Command(connection, RawClaimStatements.Rebuttals, key))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var actor = new ActorSummary(Guid(reader, 10), reader.GetString(12), Vocabulary.Parse<ActorKind>(reader.GetString(13)), Text(reader, 14));
                    rebuttals.Add(new RebuttalResponse(Guid(reader, 0), Guid(reader, 2), Guid(reader, 3), actor, reader.GetString(4), NullableDate(reader, 5),
                        NullableGuid(reader, 6), Vocabulary.Parse<RebuttalKind>(reader.GetString(7)), Date(reader, 8), Date(reader, 9), null));
                    versions.Add((Guid(reader, 3), reader.GetInt32(11)));
                }
            }
            var sources = appearances.OrderBy(a => a.Position).Select(a => a.Source).ToList();
            claim = claim with
            {
                Appearances = [.. sources.Select(s => s.Id)], Sources = sources,
                Rebuttals = [.. rebuttals.OrderBy(r => r.Id)], Evidence = [.. evidence.OrderBy(e => e.Id)],
            };
            return (claim, ETags.Of(versions));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, string id)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        return command;
    }

    private static ClaimResponse ClaimOf(DbDataReader reader)
    {
        var claimant = new ActorSummary(Guid(reader, Column.ClaimantId), reader.GetString(Column.ClaimantName),
            Vocabulary.Parse<ActorKind>(reader.GetString(Column.ClaimantKind)), Text(reader, Column.ClaimantTitle));
        return new ClaimResponse(Guid(reader, Column.ClaimId), reader.GetString(Column.Statement), Text(reader, Column.Summary), claimant.Id, claimant,
            Date(reader, Column.MadeAt), [], [], JsonSerializer.Deserialize<List<string>>(reader.GetString(Column.Topics)) ?? [], Text(reader, Column.Language),
            Vocabulary.Parse<EvidenceStatus>(reader.GetString(Column.EvidenceStatus)), Text(reader, Column.StatusRationale),
            NullableDate(reader, Column.StatusChangedAt), Text(reader, Column.StatusChangedBy), [], [], Date(reader, Column.CreatedAt),
            Date(reader, Column.UpdatedAt), NullableDate(reader, Column.DeletedAt));
    }

    private static EvidenceResponse EvidenceOf(DbDataReader reader) =>
        new(Guid(reader, Column.EvidenceId), Guid(reader, Column.EvidenceClaimId), reader.GetString(Column.EvidenceSummary),
            NullableGuid(reader, Column.EvidenceSourceId), Text(reader, Column.EvidenceUrl), Vocabulary.Parse<EvidenceBearing>(reader.GetString(Column.EvidenceBearing)),
            Vocabulary.Parse<EvidenceStrength>(reader.GetString(Column.EvidenceStrength)), Date(reader, Column.EvidenceCreatedAt),
            Date(reader, Column.EvidenceUpdatedAt), NullableDate(reader, Column.EvidenceDeletedAt));

    private static Guid Guid(DbDataReader reader, int column) => System.Guid.Parse(reader.GetString(column));

    private static Guid? NullableGuid(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Guid(reader, column);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTime Date(DbDataReader reader, int column) =>
        DateTime.SpecifyKind(DateTime.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), DateTimeKind.Utc);

    private static DateTime? NullableDate(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Date(reader, column);
}
