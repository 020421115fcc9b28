using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FactCheck.Api.Data;

/// <summary>
/// The embedded default. Its migrations live in Data/Migrations/Sqlite; add one with
/// <c>dotnet ef migrations add NAME --project src/FactCheck.Api --context SqliteFactCheckDb --output-dir Data/Migrations/Sqlite</c>.
/// </summary>
public sealed class SqliteFactCheckDb(DbContextOptions<SqliteFactCheckDb> options, EditorContext editor, TimeProvider clock)
    : FactCheckDb(options, editor, clock);

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFactCheckDb>
{
    public SqliteFactCheckDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFactCheckDb>().UseSqlite("Data Source=design-time.db").Options,
            new EditorContext(), TimeProvider.System);
}
