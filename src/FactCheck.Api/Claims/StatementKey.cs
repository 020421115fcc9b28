using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>
/// A claim's statement normalised (case, diacritics, spacing, surrounding punctuation), stored in a shadow column with
/// an index so that imports find "the same claim" with an index seek instead of comparing every claim of a claimant.
/// A shadow property because it is derived, never shown, and not a change worth a history entry.
/// </summary>
public static class StatementKey
{
    public const string Property = "StatementKey";

    public static string Of(string statement) => Common.TextKey.Of(statement);

    /// <summary>Called before every save: a claim's key always follows its statement.</summary>
    public static void Stamp(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Claim>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property<string?>(Property).CurrentValue = Of(entry.Entity.Statement);
            }
        }
    }

    /// <summary>
    /// Fills the key of claims written before the column existed (the migration cannot: SQL has no such normalisation).
    /// Runs at start-up; a set-based update per claim, outside the history, since nothing a reader sees changes.
    /// </summary>
    public static async Task BackfillAsync(Data.FactCheckDb db, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var rows = await db.Claims.IgnoreQueryFilters().AsNoTracking()
                // Ordered by the key itself (all null here), which the (StatementKey, ClaimantId) index gives for free; ordering
                // by id would sort every claim still without a key for each thousand.
                .Where(c => EF.Property<string?>(c, Property) == null)
                .OrderBy(c => EF.Property<string?>(c, Property))
                .Select(c => new { c.Id, c.Statement }).Take(1000).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                var key = Of(row.Statement);
                await db.Claims.IgnoreQueryFilters().Where(c => c.Id == row.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => EF.Property<string?>(c, Property), key), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
