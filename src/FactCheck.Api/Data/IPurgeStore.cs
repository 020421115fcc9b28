namespace FactCheck.Api.Data;

/// <summary>
/// What a purge needs from the database engine beyond EF Core, so that the purged bytes leave the disk. One implementation
/// per provider, in a file named for it (<see cref="SqlitePurgeStore"/>).
/// </summary>
public interface IPurgeStore
{
    /// <summary>
    /// Deletes the stored <c>Idempotency-Key</c> answers whose body or <c>Location</c> mentions any of <paramref name="ids"/>:
    /// an answer embeds the records it wrote (a claim its claimant's name, a rebuttal its text), and records are named by id.
    /// Also those whose body quotes any of <paramref name="texts"/> (the URLs of purged records, which an import's answer may
    /// name without an id). Runs in the purge's transaction.
    /// </summary>
    Task ForgetAnswersMentioningAsync(FactCheckDb db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> texts, CancellationToken cancellationToken);

    /// <summary>After the purge commits: makes the engine let go of the copies it still keeps of what was removed.</summary>
    Task ReleaseRemovedBytesAsync(FactCheckDb db, CancellationToken cancellationToken);
}
