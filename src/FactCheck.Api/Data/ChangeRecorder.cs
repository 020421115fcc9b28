using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using FactCheck.Api.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FactCheck.Api.Data;

/// <summary>
/// Turns the pending changes of a unit of work into history entries, before they are saved, so that the
/// record and its history commit together. Also stamps versions and times, and names the claims whose parts
/// (rebuttals, evidence, status changes) changed, so their version (and ETag) can move with them.
/// </summary>
internal sealed partial class ChangeRecorder(FactCheckDb db)
{
    private static readonly HashSet<string> Bookkeeping = [nameof(Entity.Version), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt)];

    /// <summary>Records history and returns the claims to bump because only their parts changed (see <see cref="FactCheckDb"/>).</summary>
    public async Task<IReadOnlyList<Guid>> RecordAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var now = db.Now;
        var entries = db.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var appearanceChanges = AppearanceChanges();

        // Appearances are edited through the claim itself (PUT), so the claim is loaded and gets the history entry.
        foreach (var claimId in appearanceChanges.Keys)
        {
            var claim = await db.Claims.FindAsync([claimId], cancellationToken);
            var entry = claim is null ? null : db.Entry((Entity)claim);
            if (entry is { State: EntityState.Unchanged })
            {
                entry.State = EntityState.Modified;
                entries.Add(entry);
            }
        }
        var claimsInWork = entries.Where(e => e.Entity is Claim).Select(e => e.Entity.Id).ToHashSet();
        var touched = ChangedClaimParts().Where(id => !claimsInWork.Contains(id)).Distinct().ToList();

        foreach (var entry in entries)
        {
            var appearances = entry.Entity is Claim claim ? appearanceChanges.GetValueOrDefault(claim.Id) : null;
            if (entry.State == EntityState.Added)
            {
                var created = Created(entry, appearances);
                Stamp(entry, now);
                db.History.Add(Entry(entry, now, HistoryOperation.Create, created));
                continue;
            }
            if (entry.State == EntityState.Deleted)
            {
                // A purge is a takedown: its entry says who removed which record and when, never the values removed.
                db.History.Add(Entry(entry, now, HistoryOperation.Purge, "[]"));
                continue;
            }
            var changes = Diff(entry);
            if (appearances is not null)
            {
                changes.Add(appearances);
            }
            Stamp(entry, now);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                // Touched only because one of its parts changed: the part's own entry tells what happened.
                continue;
            }
            db.History.Add(Entry(entry, now, OperationOf(entry, changes), changes.ToJsonString(ApiJson.Options)));
        }
        return touched;
    }

    private HistoryEntry Entry(EntityEntry<Entity> entry, DateTime now, HistoryOperation operation, string changes) => new()
    {
        At = now,
        By = db.Editor.Name,
        Operation = operation,
        EntityType = entry.Entity.EntityType,
        EntityId = entry.Entity.Id,
        ClaimId = entry.Entity is IClaimPart part ? part.ClaimId : entry.Entity is Claim ? entry.Entity.Id : null,
        Changes = changes,
    };

    private static void Stamp(EntityEntry<Entity> entry, DateTime now)
    {
        if (entry.State == EntityState.Added)
        {
            entry.Entity.CreatedAt = now;
            entry.Entity.UpdatedAt = now;
            entry.Entity.Version = 1;
        }
        else if (entry.State == EntityState.Modified)
        {
            entry.Entity.UpdatedAt = now;
            entry.Entity.Version++;
        }
    }

    private static HistoryOperation OperationOf(EntityEntry<Entity> entry, JsonArray changes) => entry.State switch
    {
        EntityState.Added => HistoryOperation.Create,
        _ when changes.FirstOrDefault(c => (string?)c!["field"] == "deletedAt") is { } deleted =>
            deleted["after"] is null ? HistoryOperation.Restore : HistoryOperation.Delete,
        _ when changes.Any(c => (string?)c!["field"] == "evidenceStatus") => HistoryOperation.StatusChange,
        _ => HistoryOperation.Update,
    };

    private static JsonArray Diff(EntityEntry<Entity> entry)
    {
        var changes = new JsonArray();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Bookkeeping.Contains(name) || property.Metadata.IsShadowProperty() || name == nameof(Entity.Id))
            {
                continue;
            }
            var before = entry.State == EntityState.Added ? null : ToJson(property.OriginalValue);
            var after = ToJson(property.CurrentValue);
            if (!JsonNode.DeepEquals(before, after))
            {
                changes.Add(Change(name, before, after));
            }
        }
        return changes;
    }

    /// <summary>Appearances are rows of their own; the history shows them as one "appearances" field of the claim.</summary>
    private Dictionary<Guid, JsonObject> AppearanceChanges()
    {
        var result = new Dictionary<Guid, JsonObject>();
        var rows = db.ChangeTracker.Entries<ClaimAppearance>().ToList();
        foreach (var claimRows in rows.GroupBy(r => r.Entity.ClaimId))
        {
            if (claimRows.All(r => r.State == EntityState.Unchanged))
            {
                continue;
            }
            var before = claimRows.Where(r => r.State != EntityState.Added)
                .OrderBy(r => (int)r.Property(nameof(ClaimAppearance.Position)).OriginalValue!)
                .Select(r => r.Entity.SourceId).ToList();
            var after = claimRows.Where(r => r.State != EntityState.Deleted)
                .OrderBy(r => r.Entity.Position).Select(r => r.Entity.SourceId).ToList();
            if (!before.SequenceEqual(after))
            {
                result[claimRows.Key] = Change("appearances", before.Count == 0 ? null : ToJson(before), after.Count == 0 ? null : ToJson(after));
            }
        }
        return result;
    }

    private IEnumerable<Guid> ChangedClaimParts() =>
        db.ChangeTracker.Entries()
            .Where(e => e.Entity is IClaimPart and not ClaimAppearance && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ((IClaimPart)e.Entity).ClaimId);

    private static JsonObject Change(string property, JsonNode? before, JsonNode? after) => new()
    {
        ["field"] = JsonNamingPolicy.CamelCase.ConvertName(property),
        ["before"] = before,
        ["after"] = after,
    };

    /// <summary>The common scalars directly (the same JSON, a fraction of the cost: imports write history for every record).</summary>
    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        int number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        Guid id => JsonValue.Create(id),
        double number => JsonValue.Create(number),
        DateTime at => JsonValue.Create(at),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), ApiJson.Options),
    };
}
