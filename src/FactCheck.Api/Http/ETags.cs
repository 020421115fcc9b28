using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Api.Http;

/// <summary>Strong ETags from record versions (which grow by one per change).</summary>
public static class ETags
{
    public static string Of(int version) => $"\"{version}\"";

    /// <summary>
    /// For a representation that embeds other records: changes when any of their versions does. The parts are sorted
    /// first: rows read without an ORDER BY come back in whatever order the query plan gives, and the tag must not move
    /// when only that order does.
    /// </summary>
    public static string Of(IEnumerable<(Guid Id, int Version)> parts)
    {
        var text = string.Join(';', parts.Order().Select(p => $"{p.Id:N}:{p.Version}"));
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20]}\"";
    }

    public static void SetETag(this HttpContext http, string etag) => http.Response.Headers.ETag = etag;
}
