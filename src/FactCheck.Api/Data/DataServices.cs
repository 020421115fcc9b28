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
                .ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)),
            // The options are the same for every request: build them (and create the data directory) once, not per request.
            optionsLifetime: ServiceLifetime.Singleton);
        // Endpoints depend on the provider-neutral type only.
        services.AddScoped<FactCheckDb>(sp => sp.GetRequiredService<SqliteFactCheckDb>());
        services.AddScoped<Demo.DemoDataLoader>();
        return services;
    }

    /// <summary>Migrates (when configured), switches SQLite to WAL, and loads the demo data into an empty database.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<FactCheckOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
            await Claims.StatementKey.BackfillAsync(db);
            await Matching.MatchIndex.BackfillAsync(db, app.Logger);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a write commits; the setting sticks to the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await scope.ServiceProvider.GetRequiredService<Keys.ApiKeyService>().BootstrapAsync(options.BootstrapAdminKey);
        if (options.DemoData)
        {
            await scope.ServiceProvider.GetRequiredService<Demo.DemoDataLoader>().LoadOnceAsync();
        }
    }
}
