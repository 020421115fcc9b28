using FactCheck.Api.Actors;
using FactCheck.Api.Claims;
using FactCheck.Api.Evidence;
using FactCheck.Api.StatusChanges;
using FactCheck.Api.History;
using FactCheck.Api.Idempotency;
using FactCheck.Api.Rebuttals;
using FactCheck.Api.Reviews;
using FactCheck.Api.Sources;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Data;

/// <summary>
/// The model, shared by every provider. Each provider has its own subclass with its own migrations
/// (see <see cref="SqliteFactCheckDb"/>); endpoints only ever see this type.
/// Saving writes a history entry for every change (see <see cref="ChangeRecorder"/>).
/// </summary>
public abstract class FactCheckDb(DbContextOptions options, EditorContext editor, TimeProvider clock) : DbContext(options)
{
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimAppearance> ClaimAppearances => Set<ClaimAppearance>();
    public DbSet<Rebuttal> Rebuttals => Set<Rebuttal>();
    public DbSet<EvidenceItem> Evidence => Set<EvidenceItem>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<RatingMapping> RatingMappings => Set<RatingMapping>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();
    public DbSet<Keys.ApiKey> ApiKeys => Set<Keys.ApiKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Importing.ImportJob> ImportJobs => Set<Importing.ImportJob>();

    public EditorContext Editor => editor;

    public DateTime Now => Common.Clock.Truncate(clock.GetUtcNow().UtcDateTime);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FactCheckDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as UTC DateTime (SQLite cannot compare DateTimeOffset); read back marked UTC so JSON says "Z".
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Common.ActorKind>().HaveConversion<WireEnumConverter<Common.ActorKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<Common.SourceKind>().HaveConversion<WireEnumConverter<Common.SourceKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<Common.EvidenceStatus>().HaveConversion<WireEnumConverter<Common.EvidenceStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<Common.RebuttalKind>().HaveConversion<WireEnumConverter<Common.RebuttalKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<Common.EvidenceBearing>().HaveConversion<WireEnumConverter<Common.EvidenceBearing>>().HaveMaxLength(32);
        configurationBuilder.Properties<Common.EvidenceStrength>().HaveConversion<WireEnumConverter<Common.EvidenceStrength>>().HaveMaxLength(32);
        configurationBuilder.Properties<Keys.ApiKeyRole>().HaveConversion<WireEnumConverter<Keys.ApiKeyRole>>().HaveMaxLength(16);
        configurationBuilder.Properties<Common.HistoryOperation>().HaveConversion<WireEnumConverter<Common.HistoryOperation>>().HaveMaxLength(32);
    }

    /// <summary>Held around each save by writers of this process, where the database takes one writer at a time (null: no queue).</summary>
    protected internal virtual SemaphoreSlim? WriteGate => null;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Inside a caller's transaction the gate is not taken: that transaction may already hold the database's write lock,
        // and a gate holder waiting on it while it waits on the gate would stall both.
        var gate = Database.CurrentTransaction is null ? WriteGate : null;
        if (gate is null)
        {
            return await WriteRecordedAsync(await RecordChangesAsync(cancellationToken), bulk: false, acceptAllChangesOnSuccess, cancellationToken);
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await WriteRecordedAsync(await RecordChangesAsync(cancellationToken), bulk: false, acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The first half of a save: stamps and records history. Answers the claims whose version must move because only
    /// their parts changed; <see cref="WriteRecordedAsync"/> (or, for inserts only, <see cref="BulkRows"/>) is the second half.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> RecordChangesAsync(CancellationToken cancellationToken)
    {
        StatementKey.Stamp(this);
        var touchedClaims = await new ChangeRecorder(this).RecordAsync(cancellationToken);
        RatingKeys.Stamp(this); // after the recorder's detection: an import changes ratings with automatic detection off
        if (!ChangeTracker.AutoDetectChangesEnabled)
        {
            // Bulk writers (imports) turn automatic detection off: the recorder's one pass found the changes, and only
            // the records it then stamped (version, update time) need looking at again.
            foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified).ToList())
            {
                entry.DetectChanges();
            }
        }
        return touchedClaims;
    }

    /// <summary>The second half of a save; <paramref name="bulk"/> writes added records with <see cref="BulkRows"/> (imports).</summary>
    public async Task<int> WriteRecordedAsync(IReadOnlyList<Guid> touchedClaims, bool bulk, bool acceptAllChangesOnSuccess = true,
        CancellationToken cancellationToken = default)
    {
        if (touchedClaims.Count == 0 && !bulk)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // A rebuttal or evidence change moves its claim's version too. The bump is an atomic increment in the same
        // transaction rather than a tracked update, so two clients adding rebuttals to one claim never conflict.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = bulk ? BulkRows.InsertAdded(this) : 0;
        saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (touchedClaims.Count > 0)
        {
            var now = Now;
            await Claims.Where(c => touchedClaims.Contains(c.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it records history.");
}

/// <summary>Small key/value facts about the database itself (for example, that the demo data was loaded once).</summary>
public sealed class AppSetting
{
    public required string Key { get; init; }
    public required string Value { get; set; }
}
