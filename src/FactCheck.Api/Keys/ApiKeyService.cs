using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Keys;

/// <summary>Creates, finds and revokes keys. Used by the HTTP endpoints, the command line and authentication alike.</summary>
public sealed class ApiKeyService(FactCheckDb db)
{
    /// <summary>256 random bits, base64url, behind a recognisable prefix (so secret scanners can spot leaked keys).</summary>
    public static string NewSecret() => "fck_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] HashOf(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, ApiKeyRole role, string createdBy, string? secret = null, CancellationToken cancellationToken = default)
    {
        secret ??= NewSecret();
        var key = new ApiKey
        {
            Name = name, Role = role, Prefix = secret[..Math.Min(10, secret.Length)], Hash = HashOf(secret), CreatedAt = db.Now, CreatedBy = createdBy,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    public Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken) => db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken);

    /// <summary>
    /// The live key matching <paramref name="presented"/>, or null. Looked up by its hash (an attacker cannot steer
    /// a SHA-256 prefix, so the index lookup leaks nothing), then compared in constant time.
    /// </summary>
    public async Task<ApiKey?> FindLiveAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = HashOf(presented);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null || key.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(key.Hash, hash))
        {
            return null;
        }
        // Last use is kept to the minute: one write per key per minute, not one per request.
        var now = db.Now;
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }
        return key;
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>Revokes by id or by name; returns the key, or null when there is none.</summary>
    public async Task<ApiKey?> RevokeAsync(string idOrName, CancellationToken cancellationToken)
    {
        var key = Guid.TryParse(idOrName, out var id)
            ? await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
            : await db.ApiKeys.FirstOrDefaultAsync(k => k.Name == idOrName, cancellationToken);
        if (key is { RevokedAt: null })
        {
            key.RevokedAt = db.Now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return key;
    }

    /// <summary>Stores the configured bootstrap key as the first admin, when there is no key at all yet.</summary>
    public async Task BootstrapAsync(string? secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }
        if (secret.Length < 32)
        {
            throw new InvalidOperationException("FactCheck:BootstrapAdminKey must be at least 32 characters long.");
        }
        if (secret.Length > ApiKeyAuthenticationHandler.MaxKeyLength)
        {
            // Stored, it could never be presented: authentication refuses longer keys unread.
            throw new InvalidOperationException($"FactCheck:BootstrapAdminKey must be at most {ApiKeyAuthenticationHandler.MaxKeyLength} characters long.");
        }
        if (!await db.ApiKeys.AnyAsync(cancellationToken))
        {
            await CreateAsync("bootstrap-admin", ApiKeyRole.Admin, "configuration", secret, cancellationToken);
        }
    }
}
