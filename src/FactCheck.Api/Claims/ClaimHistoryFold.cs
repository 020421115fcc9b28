using System.Text.Json.Nodes;
using FactCheck.Api.Common;
using FactCheck.Api.History;

namespace FactCheck.Api.Claims;

/// <summary>
/// A claim and its rebuttals and evidence as JSON, replayed from the claim's history entries in id order. Each entry
/// holds every changed field's value after the change, so the state at an instant is the entries up to it, folded.
/// Field names and values are those of <see cref="Data.ChangeRecorder"/>: entity properties in API JSON form.
/// </summary>
internal sealed class ClaimHistoryFold
{
    /// <summary>The claim's fields, or null before its creation and after its deletion.</summary>
    public JsonObject? Claim { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The time of the last entry applied: a rebuttal or evidence change moves the claim's updatedAt too.</summary>
    public DateTime UpdatedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    /// <summary>The rebuttals and evidence that existed, by id.</summary>
    public Dictionary<Guid, FoldedPart> Parts { get; } = [];

    public static ClaimHistoryFold Replay(IEnumerable<HistoryEntry> entries)
    {
        var fold = new ClaimHistoryFold();
        foreach (var entry in entries)
        {
            fold.Apply(entry);
        }
        return fold;
    }

    private void Apply(HistoryEntry entry)
    {
        var changes = JsonNode.Parse(entry.Changes)!.AsArray();
        if (entry.EntityType == "claim")
        {
            ApplyToClaim(entry, changes);
        }
        else if (entry.EntityType is "rebuttal" or "evidence")
        {
            ApplyToPart(entry, changes);
        }
        UpdatedAt = entry.At;
    }

    private void ApplyToClaim(HistoryEntry entry, JsonArray changes)
    {
        switch (entry.Operation)
        {
            case HistoryOperation.Create:
                Claim = [];
                CreatedAt = entry.At;
                DeletedAt = null;
                break;
            case HistoryOperation.Delete:
                DeletedAt = entry.At;
                break;
            case HistoryOperation.Restore:
                DeletedAt = null;
                break;
            case HistoryOperation.Purge:
                Claim = null;
                DeletedAt = entry.At;
                return;
        }
        if (Claim is not null)
        {
            SetAfterValues(Claim, changes);
        }
    }

    private void ApplyToPart(HistoryEntry entry, JsonArray changes)
    {
        switch (entry.Operation)
        {
            case HistoryOperation.Create:
                Parts[entry.EntityId] = new FoldedPart(entry.EntityType, [], entry.At);
                break;
            case HistoryOperation.Purge:
                Parts.Remove(entry.EntityId);
                return;
        }
        if (Parts.TryGetValue(entry.EntityId, out var part))
        {
            part.Deleted = entry.Operation == HistoryOperation.Delete || (part.Deleted && entry.Operation != HistoryOperation.Restore);
            SetAfterValues(part.State, changes);
            part.UpdatedAt = entry.At;
        }
    }

    private static void SetAfterValues(JsonObject state, JsonArray changes)
    {
        foreach (var change in changes)
        {
            state[(string)change!["field"]!] = change["after"]?.DeepClone();
        }
    }
}

/// <summary>A rebuttal or evidence item as folded from history.</summary>
internal sealed class FoldedPart(string entityType, JsonObject state, DateTime createdAt)
{
    public string EntityType { get; } = entityType;
    public JsonObject State { get; } = state;
    public DateTime CreatedAt { get; } = createdAt;
    public DateTime UpdatedAt { get; set; } = createdAt;

    /// <summary>A tombstone at that instant: not shown, but kept so a later restore brings it back.</summary>
    public bool Deleted { get; set; }
}
