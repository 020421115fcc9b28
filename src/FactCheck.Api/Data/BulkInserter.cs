using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FactCheck.Api.Data;

/// <summary>
/// Writes the added records of a unit of work with one prepared INSERT per table, reused for every row. SaveChanges
/// builds, sorts and binds a command per row, which for an import of 100,000 reviews costs several times SQLite's own
/// work. Tables, columns, value conversions and parameters all come from the EF model (the parameters are made by the
/// same type mappings SaveChanges uses), so the rows are the ones SaveChanges would have written; triggers fire as usual.
/// </summary>
internal static class BulkInserter
{
    /// <summary>Inserts every added entry, principals before dependents, and marks them unchanged. Needs an open transaction.</summary>
    public static int InsertAdded(DbContext db)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        foreach (var (type, entries) in InDependencyOrder(added))
        {
            var properties = type.GetProperties().ToList();
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) "
                + $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))});";
            foreach (var entry in entries)
            {
                command.Parameters.Clear();
                for (var i = 0; i < properties.Count; i++)
                {
                    var property = properties[i];
                    var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
                    command.Parameters.Add(mapping.CreateParameter(command, $"@p{i}", entry.Property(property.Name).CurrentValue, property.IsNullable));
                }
                try
                {
                    command.ExecuteNonQuery();
                }
                catch (DbException e)
                {
                    // Callers treat it as any refused save (an import then retries the batch review by review).
                    throw new DbUpdateException($"A {type.ShortName()} could not be inserted: {e.Message}", e);
                }
            }
        }
        added.ForEach(e => e.State = EntityState.Unchanged);
        return added.Count;
    }

    private static List<(IEntityType Type, List<EntityEntry> Entries)> InDependencyOrder(List<EntityEntry> added)
    {
        var pending = added.GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        var ordered = new List<(IEntityType, List<EntityEntry>)>();
        while (pending.Count > 0)
        {
            var ready = pending.Keys.First(type => type.GetForeignKeys()
                .All(fk => fk.PrincipalEntityType == type || !pending.ContainsKey(fk.PrincipalEntityType)));
            ordered.Add((ready, pending[ready]));
            pending.Remove(ready);
        }
        return ordered;
    }
}
