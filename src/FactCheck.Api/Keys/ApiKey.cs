namespace FactCheck.Api.Keys;

public enum ApiKeyRole { Reader, Editor, Admin }

/// <summary>
/// An API key. Only a SHA-256 hash of the key is stored: the key itself is shown once, at creation.
/// Keys are never deleted, only revoked, so history entries keep naming a key that existed.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; init; } = Data.Ids.New();
    public required string Name { get; init; }
    public ApiKeyRole Role { get; init; }

    /// <summary>The first characters of the key, safe to show, so people can tell their keys apart.</summary>
    public required string Prefix { get; init; }

    public required byte[] Hash { get; init; }
    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
