using System.Net;
using System.Net.Http.Json;
using FactCheck.Api.Data;
using FactCheck.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FactCheck.Api.Tests;

/// <summary>A database from before the rating table migration: what admins mapped stays theirs, and what imports did is learnt from.</summary>
public sealed class RatingTableUpgradeTests
{
    private const string Before = "20261201235302_SearchIndexSecureDelete";

    [Fact]
    public async Task Upgrading_keeps_admin_mappings_rekeys_old_labels_and_links_past_imports_to_their_reviews()
    {
        var first = new FactCheckApp { KeepDataOnDispose = true };
        var client = first.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/rating-mappings/mixture", new { status = "unsubstantiated" })).StatusCode);
        var unknown = $"nepravda {Guid.NewGuid():N}";
        var (_, claims) = await RatedImports.ImportAsync(client, [new("Mixture"), new(unknown)]);
        Assert.Equal("unsubstantiated", claims[0].Status);
        first.Dispose();

        // Back to the schema before the migration, with mappings as admins could have stored them then.
        var file = Path.Combine(first.DataDirectory, "factcheck.db");
        await using (var db = new SqliteFactCheckDb(new DbContextOptionsBuilder<SqliteFactCheckDb>().UseSqlite($"Data Source={file}").Options,
            new EditorContext(), TimeProvider.System))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO rating_mappings (Label, Status, Note, UpdatedAt, UpdatedBy) VALUES
                    ('half-true', 'refuted', 'Ours: PolitiFact''s middle is too kind.', '2026-06-01 00:00:00', 'old-admin'),
                    ('faux', 'disputed', NULL, '2026-06-01 00:00:00', 'old-admin');
                """);
            Assert.Equal(0, await db.RatingMappings.CountAsync(m => m.Label == "ложь"));
        }
        SqliteConnection.ClearAllPools();

        using var second = new FactCheckApp { DataDirectory = first.DataDirectory };
        var admin = second.CreateClient();
        var mappings = (await admin.GetOkAsync("/api/v1/rating-mappings"))["items"]!.AsArray().ToDictionary(i => (string)i!["label"]!, i => i!);

        Assert.Equal(("unsubstantiated", FactCheckApp.AdminName), ((string?)mappings["mixture"]["status"], (string?)mappings["mixture"]["updatedBy"]));
        Assert.Equal(("disputed", "old-admin"), ((string?)mappings["faux"]["status"], (string?)mappings["faux"]["updatedBy"]));
        Assert.Equal(("refuted", "old-admin"), ((string?)mappings["half true"]["status"], (string?)mappings["half true"]["updatedBy"]));
        Assert.False(mappings.ContainsKey("half-true"));
        Assert.Equal(("refuted", "seed"), ((string?)mappings["ложь"]["status"], (string?)mappings["ложь"]["updatedBy"]));
        var unmapped = (await admin.GetOkAsync("/api/v1/rating-mappings/unmapped?limit=100"))["items"]!.AsArray();
        Assert.Contains(unmapped, i => (string?)i!["label"] == unknown); // the reviews' keys were made at start-up

        // The claim an import set before the upgrade is known to be the mapping's, so a new mapping of its label moves it.
        var put = await (await admin.PutAsJsonAsync("/api/v1/rating-mappings/Mixture", new { status = "disputed" })).ReadJsonAsync();
        Assert.Equal(1, (int)put["claimsChanged"]!);
        Assert.Equal("disputed", (string?)(await admin.GetOkAsync($"/api/v1/claims/{claims[0].Id}"))["evidenceStatus"]);
    }
}
