using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FactCheck.Api.Data;

/// <summary>
/// The added records of a unit of work as rows to insert with one prepared INSERT per table, reused for every row.
/// SaveChanges builds, sorts and binds a command per row, which for an import of 100,000 reviews costs several times
/// SQLite's own work. Tables, columns, value conversions and parameters all come from the EF model (the parameters are
/// made by the type mappings SaveChanges uses), so the rows are the ones SaveChanges would write; triggers fire as usual.
/// Taken on the context's thread, the rows can be written later on another connection (see the import's pipeline).
/// </summary>
internal sealed class BulkRows
{
    private readonly List<(string Sql, List<object?[]> Rows)> tables = [];

    public int Count { get; private set; }

    /// <summary>Per table, in the order to write them: the INSERT and one array of values per row (see <see cref="Stored"/>).</summary>
    public IReadOnlyList<(string Sql, List<object?[]> Rows)> Tables => tables;

    /// <summary>The rows of every added entry, principals' tables before dependents'.</summary>
    public static BulkRows Take(DbContext db)
    {
        var rows = new BulkRows();
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        foreach (var (type, entries) in InDependencyOrder(added))
        {
            var properties = type.GetProperties().ToList();
            var converters = properties.Select(p => p.GetRelationalTypeMapping().Converter).ToList();
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) "
                + $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))});";
            var values = entries.Select(entry => properties.Select((p, i) => entry.Property(p.Name).CurrentValue is { } value
                ? Stored(converters[i] is { } converter ? converter.ConvertToProvider(value) : value)
                : null).ToArray()).ToList();
            rows.tables.Add((sql, values));
            rows.Count += values.Count;
        }
        return rows;
    }

    /// <summary>
    /// A provider value as SQLite stores it through Microsoft.Data.Sqlite and EF Core's SQLite mappings: text for strings,
    /// GUIDs (upper case) and dates, integers for whole numbers and flags, reals, blobs.
    /// </summary>
    public static object? Stored(object? value) => value switch
    {
        null or DBNull => null,
        string or double or long or byte[] => value,
        Guid id => id.ToString().ToUpperInvariant(),
        DateTime at => at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        int or short or byte or Enum => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        float number => (double)number,
        _ => throw new NotSupportedException($"No stored form for a {value.GetType().Name}."),
    };

    /// <summary>Inserts the rows within <paramref name="transaction"/>; a row the database refuses is a <see cref="DbUpdateException"/>.</summary>
    public void Write(DbConnection connection, DbTransaction transaction)
    {
        foreach (var (sql, rows) in tables)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            var parameters = Enumerable.Range(0, rows.Count == 0 ? 0 : rows[0].Length).Select(i =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                command.Parameters.Add(parameter);
                return parameter;
            }).ToList();
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] ?? DBNull.Value;
                }
                try
                {
                    command.ExecuteNonQuery();
                }
                catch (DbException e)
                {
                    // Callers treat it as any refused save (an import then retries the batch review by review).
                    throw new DbUpdateException($"A row could not be inserted: {e.Message}", e);
                }
            }
        }
    }

    /// <summary>Writes the added entries on the context's own connection and transaction, and marks them saved.</summary>
    public static int InsertAdded(DbContext db)
    {
        var rows = Take(db);
        rows.Write(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction());
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Unchanged;
        }
        return rows.Count;
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
