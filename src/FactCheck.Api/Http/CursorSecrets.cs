using System.Security.Cryptography;
using System.Text;
using FactCheck.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Http;

/// <summary>
/// The key that signs list cursors: FactCheck:CursorSecret when configured, otherwise 256 random bits made at the first
/// start and kept in the database (app_settings), so each install has its own and instances sharing a database agree.
/// </summary>
public static class CursorSecrets
{
    private const string Setting = "cursor-secret";

    public static async Task<byte[]> LoadAsync(FactCheckDb db, string? configured, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Encoding.UTF8.GetBytes(configured);
        }
        if (await StoredAsync(db, cancellationToken) is { } stored)
        {
            return Convert.FromBase64String(stored);
        }
        db.AppSettings.Add(new AppSetting { Key = Setting, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance on the same database stored one first; theirs is the one to share.
            db.ChangeTracker.Clear();
        }
        return Convert.FromBase64String((await StoredAsync(db, cancellationToken))!);
    }

    private static Task<string?> StoredAsync(FactCheckDb db, CancellationToken cancellationToken) =>
        db.AppSettings.AsNoTracking().Where(s => s.Key == Setting).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>The loaded key, set once at start-up when the database is ready (see DataServices.InitializeDatabaseAsync).</summary>
public sealed class CursorKey
{
    private byte[]? value;

    public byte[] Value
    {
        get => value ?? throw new InvalidOperationException("The cursor key is loaded at start-up; the database was not initialised.");
        set => this.value = value;
    }
}
