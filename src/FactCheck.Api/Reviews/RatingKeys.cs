using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Reviews;

/// <summary>
/// A review's textual rating normalised (<see cref="RatingLabels.Normalise"/>), kept in an indexed shadow column so that the
/// labels no mapping knows can be counted, and a new mapping applied to the reviews that carry its label, without
/// normalising every review. Null when the label could never be a mapping's (empty, or over <see cref="RatingLabels.MaxLength"/>).
/// A shadow property because it is derived, never shown, and not a change worth a history entry.
/// </summary>
public static class RatingKeys
{
    public const string Property = "RatingKey";

    /// <summary>
    /// The AppSetting that says which <see cref="RatingLabels.Version"/> the stored keys and labels were made with (the RatingTable
    /// migration deletes it, by name, so that the keys are made after it).
    /// </summary>
    private const string VersionSetting = "rating-labels-version";

    public static string? Of(string textualRating) => RatingLabels.Normalise(textualRating) is { Length: > 0 and <= RatingLabels.MaxLength } key ? key : null;

    /// <summary>Called before every save, after changes are detected: a review's key always follows its rating.</summary>
    public static void Stamp(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Review>())
        {
            if (entry.State is EntityState.Added || entry.State is EntityState.Modified && entry.Property(r => r.TextualRating).IsModified)
            {
                entry.Property<string?>(Property).CurrentValue = Of(entry.Entity.TextualRating);
            }
        }
    }

    /// <summary>
    /// At start-up, when the stored keys were made by another version of <see cref="RatingLabels.Normalise"/> (or none: the
    /// column is new): re-keys the mappings, then recomputes every review's key, a thousand at a time, outside the history.
    /// </summary>
    public static async Task UpgradeAsync(FactCheckDb db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var version = RatingLabels.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var setting = await db.AppSettings.FindAsync([VersionSetting], cancellationToken);
        if (setting?.Value == version)
        {
            return;
        }
        await RekeyMappingsAsync(db, logger, cancellationToken);
        var after = Guid.Empty;
        while (true)
        {
            var rows = await db.Reviews.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id > after).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.TextualRating }).Take(1000).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                // One small statement per review (a million reviews take a minute, once): no query to translate each time.
                await db.Database.ExecuteSqlAsync($"UPDATE reviews SET RatingKey = {Of(row.TextualRating)} WHERE Id = {row.Id}", cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            after = rows[^1].Id;
        }
        if (setting is null)
        {
            db.AppSettings.Add(new Data.AppSetting { Key = VersionSetting, Value = version });
        }
        else
        {
            setting.Value = version;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A mapping stored under a label the current normalisation writes otherwise ("half-true" is now "half true") moves to the new
    /// label. Where both exist, an admin's mapping wins over a seeded one, else the one already under the new label stays.
    /// </summary>
    private static async Task RekeyMappingsAsync(FactCheckDb db, ILogger logger, CancellationToken cancellationToken)
    {
        var mappings = await db.RatingMappings.ToDictionaryAsync(m => m.Label, StringComparer.Ordinal, cancellationToken);
        foreach (var old in mappings.Values.ToList())
        {
            var label = RatingLabels.Normalise(old.Label);
            if (label == old.Label)
            {
                continue;
            }
            db.RatingMappings.Remove(old);
            mappings.Remove(old.Label);
            if (mappings.TryGetValue(label, out var existing) && !(existing.UpdatedBy == RatingMapping.Seeded && old.UpdatedBy != RatingMapping.Seeded))
            {
                logger.LogWarning("Rating mapping '{Old}' dropped: its label is now written '{Label}', which has a mapping already.", old.Label, label);
                continue;
            }
            if (existing is not null)
            {
                db.RatingMappings.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }
            if (label.Length is 0 or > RatingLabels.MaxLength)
            {
                logger.LogWarning("Rating mapping '{Old}' dropped: its label is now empty or too long.", old.Label);
                continue;
            }
            var moved = new RatingMapping { Label = label, Status = old.Status, Note = old.Note, UpdatedAt = old.UpdatedAt, UpdatedBy = old.UpdatedBy };
            db.RatingMappings.Add(moved);
            mappings[label] = moved;
            logger.LogInformation("Rating mapping '{Old}' is now under the label '{Label}'.", old.Label, label);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
