using FactCheck.Api.Common;

namespace FactCheck.Api.Keys;

/// <summary>Roles nest: an admin may do what an editor may, and an editor what a reader may.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IEnumerable<string> Granted(ApiKeyRole role) =>
        Enum.GetValues<ApiKeyRole>().Where(r => r <= role).Select(r => r.ToWire());
}

/// <summary>The authorization policies endpoints refer to.</summary>
public static class Policies
{
    /// <summary>Open to anyone unless FactCheck:RequireKeyForReads is set; then any valid key.</summary>
    public const string Read = "read";

    /// <summary>Every write: an editor or admin key.</summary>
    public const string Edit = "edit";

    /// <summary>Keys, purges and other administration: an admin key.</summary>
    public const string Administer = "administer";
}
