using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Data;

public static class DataServices
{
    public static IServiceCollection AddFactCheckData(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<EditorContext>();
        services.AddDbContext<SqliteFactCheckDb>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<IOptions<FactCheckOptions>>().Value.SqliteConnectionString())
                // Tombstone filters hide deleted actors and sources. Live records never refer to a tombstone: deletion
                // is refused while live references exist, and restore refuses while a reference is deleted.
                .ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning))
                .AddInterceptors(SqliteSecureDelete.Instance),
            // The options are the same for every request: build them (and create the data directory) once, not per request.
            optionsLifetime: ServiceLifetime.Singleton);
        // Endpoints depend on the provider-neutral type only.
        services.AddScoped<FactCheckDb>(sp => sp.GetRequiredService<SqliteFactCheckDb>());
        services.AddSingleton<IPurgeStore, SqlitePurgeStore>();
        services.AddScoped<Demo.DemoDataLoader>();
        return services;
    }

    /// <summary>
    /// Migrates (when configured; vacuuming once, see below), switches SQLite to WAL, loads the cursor key (made on the
    /// first start), and loads the demo data into an empty database.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<FactCheckOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        if (options.MigrateOnStartup)
        {
            // A database from before secure_delete (see SqliteSecureDelete) keeps rows deleted back then in its free space:
            // one VACUUM as it is upgraded rewrites the file without it. Not in the migration: VACUUM cannot run in its transaction.
            var vacuum = db.Database.IsSqlite() && (await db.Database.GetPendingMigrationsAsync())
                .Any(m => m.EndsWith("_" + nameof(Migrations.Sqlite.SearchIndexSecureDelete), StringComparison.Ordinal));
            await db.Database.MigrateAsync();
            if (vacuum)
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM;");
            }
            await Claims.StatementKey.BackfillAsync(db);
            await Matching.MatchIndex.BackfillAsync(db, app.Logger);
            await Reviews.RatingKeys.UpgradeAsync(db, app.Logger);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a write commits; the setting sticks to the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        app.Services.GetRequiredService<Http.CursorKey>().Value = await Http.CursorSecrets.LoadAsync(db, options.CursorSecret);
        await scope.ServiceProvider.GetRequiredService<Keys.ApiKeyService>().BootstrapAsync(options.BootstrapAdminKey);
        if (options.DemoData)
        {
            await scope.ServiceProvider.GetRequiredService<Demo.DemoDataLoader>().LoadOnceAsync();
        }
    }
}
