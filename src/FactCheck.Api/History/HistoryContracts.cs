using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Common;

namespace FactCheck.Api.History;

/// <summary>One change to one record.</summary>
/// <param name="By">Who made it (the name of the API key; "anonymous" where none was used).</param>
/// <param name="EntityType">claim, rebuttal, evidence, review, repeat (a link between claims), actor or source.</param>
/// <param name="Changes">The fields that changed, with their values before and after (null where there was none). Empty for a purge: the purged values are gone.</param>
public sealed record HistoryEntryResponse(
    Guid Id,
    DateTime At,
    string By,
    HistoryOperation Operation,
    string EntityType,
    Guid EntityId,
    IReadOnlyList<FieldChange> Changes);

/// <param name="Field">The field's name as the API spells it.</param>
public sealed record FieldChange(string Field, JsonNode? Before, JsonNode? After);

public static class HistoryMapping
{
    public static HistoryEntryResponse ToResponse(this HistoryEntry h) =>
        new(h.Id, h.At, h.By, h.Operation, h.EntityType, h.EntityId,
            JsonSerializer.Deserialize<List<FieldChange>>(h.Changes, ApiJson.Options) ?? []);
}
