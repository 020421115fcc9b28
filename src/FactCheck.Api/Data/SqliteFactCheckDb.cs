using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FactCheck.Api.Data;

/// <summary>
/// The embedded default. Its migrations live in Data/Migrations/Sqlite; add one with
/// <c>dotnet ef migrations add NAME --project src/FactCheck.Api --context SqliteFactCheckDb --output-dir Data/Migrations/Sqlite</c>.
/// </summary>
public sealed class SqliteFactCheckDb(DbContextOptions<SqliteFactCheckDb> options, EditorContext editor, TimeProvider clock)
    : FactCheckDb(options, editor, clock)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>
    /// SQLite takes one writer at a time. A second writer gets SQLITE_BUSY, which Microsoft.Data.Sqlite retries after a
    /// sleep, so sixteen concurrent saves spend most of their time asleep (p99 above half a second). Queued here, one per
    /// database file, they follow each other at commit speed; other processes on the same file still rely on the retry.
    /// </summary>
    protected internal override SemaphoreSlim? WriteGate => Gates.GetOrAdd(Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
}

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFactCheckDb>
{
    public SqliteFactCheckDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFactCheckDb>().UseSqlite("Data Source=design-time.db").Options,
            new EditorContext(), TimeProvider.System);
}
