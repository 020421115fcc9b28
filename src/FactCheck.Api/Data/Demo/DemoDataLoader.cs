using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Data.Demo;

/// <summary>Loads <see cref="DemoData"/> into an empty database, once: a marker keeps it from ever loading again.</summary>
public sealed class DemoDataLoader(FactCheckDb db, ILogger<DemoDataLoader> logger)
{
    private const string Marker = "demo-data-loaded";
    public const string Author = "demo-data";

    public async Task LoadOnceAsync(CancellationToken cancellationToken = default)
    {
        if (await db.AppSettings.AnyAsync(s => s.Key == Marker, cancellationToken))
        {
            return;
        }
        var empty = !await db.Actors.AnyAsync(cancellationToken) && !await db.Claims.AnyAsync(cancellationToken);
        db.AppSettings.Add(new AppSetting { Key = Marker, Value = empty ? "loaded" : "skipped: database not empty" });
        if (empty)
        {
            db.Editor.Name = Author;
            var records = DemoRecords.Build(db.Now, Author);
            db.AddRange(records.Actors);
            db.AddRange(records.Sources);
            db.AddRange(records.Claims);
            db.AddRange(records.StatusChanges);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (empty)
        {
            logger.LogInformation("Loaded the demo data: {Count} claims.", DemoData.Claims.Count);
        }
        else
        {
            logger.LogInformation("Demo data not loaded: the database already has data.");
        }
    }
}
