using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace FactCheck.Api.Idempotency;

/// <summary>What identifies a request for idempotency: whose it is, the client's key, and a fingerprint of what it asks.</summary>
internal sealed record IdempotentRequest(string Scope, string Key, string Hash)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 255;

    /// <summary>One header of 1 to 255 visible ASCII characters (a UUID fits); anything else is refused, not guessed at.</summary>
    public static bool IsValidKey(StringValues values) =>
        values.Count == 1 && values[0] is { Length: >= 1 and <= MaxKeyLength } key && key.All(c => c is >= '!' and <= '~');

    public static async Task<IdempotentRequest> ReadAsync(HttpContext http, string key)
    {
        // Authentication runs before this middleware, so User is the API key's principal when one was sent.
        var identity = http.User.Identity;
        var scope = identity?.IsAuthenticated == true ? identity.Name ?? EditorContext.Anonymous : EditorContext.Anonymous;
        return new IdempotentRequest(scope, key, await HashAsync(http.Request, http.RequestAborted));
    }

    /// <summary>SHA-256 of "METHOD target\n" and the body; the body is buffered and rewound so the endpoint reads it again.</summary>
    private static async Task<string> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The target is re-encoded, so no decoded character in the path can fake the line break before the body.
        var target = $"{request.Method} {request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}{request.QueryString.ToUriComponent()}\n";
        hash.AppendData(Encoding.UTF8.GetBytes(target));
        request.EnableBuffering();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
