using System.Security.Cryptography;
using System.Text.Json;
using FluentValidation;

namespace FactCheck.Api.Http;

/// <summary>A page of a list: the items and, when there are more, the cursor of the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>What every list query has.</summary>
public interface IPageQuery
{
    int? Limit { get; }
    string? Cursor { get; }
}

/// <summary>A position in a list: the sort key and id of the last item served. Opaque to clients.</summary>
public sealed record CursorPosition(string Sort, string Key, Guid Id);

/// <summary>
/// Encodes positions as base64url JSON with an HMAC, so a cursor that was edited or cut short is refused (400)
/// instead of silently skipping or repeating items. The key is the install's own (<see cref="CursorSecrets"/>), so a
/// cursor cannot be forged from the source code, nor carried from one install to another.
/// </summary>
public sealed class CursorCodec(CursorKey key)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Far above any cursor given out (a sort key is a date or an id), so a longer one is refused unread.</summary>
    public const int MaxLength = 1024;

    public string Encode(CursorPosition position)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(position);
        return $"{Base64Url(payload)}.{Base64Url(Sign(payload))}";
    }

    public bool TryDecode(string? cursor, string sort, out CursorPosition? position)
    {
        position = null;
        var parts = cursor?.Split('.');
        if (parts is not { Length: 2 } || !TryFromBase64Url(parts[0], out var payload) || !TryFromBase64Url(parts[1], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return false;
        }
        try
        {
            position = JsonSerializer.Deserialize<CursorPosition>(payload);
        }
        catch (JsonException)
        {
            return false;
        }
        return position is not null && position.Sort == sort;
    }

    public static int LimitOf(IPageQuery query) => query.Limit ?? DefaultLimit;

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key.Value, payload)[..16];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        bytes = new byte[padded.Length];
        if (text.Length == 0 || !Convert.TryFromBase64String(padded, bytes, out var written))
        {
            return false;
        }
        bytes = bytes[..written];
        return true;
    }
}

/// <summary>The rules every list query shares; a list's validator derives from it and adds its filters.</summary>
public abstract class PageQueryValidator<T> : AbstractValidator<T> where T : IPageQuery
{
    protected PageQueryValidator(CursorCodec cursors, string sort) : this(cursors, _ => sort)
    {
    }

    /// <summary>For lists the client sorts: a cursor is only good for the sort that gave it out.</summary>
    protected PageQueryValidator(CursorCodec cursors, Func<T, string> sortOf)
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, CursorCodec.MaxLimit);
        RuleFor(q => q.Cursor)
            .MaximumLength(CursorCodec.MaxLength)
            .Must((q, c) => cursors.TryDecode(c, sortOf(q), out _))
            .When(q => q.Cursor is not null)
            .WithMessage("'cursor' is not a cursor this list gave out; start again from the first page.");
    }
}

/// <summary>The query of lists that have nothing to filter: sub-resources and histories.</summary>
public sealed record PageQuery(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "limit")] int? Limit,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "cursor")] string? Cursor) : IPageQuery;

internal sealed class PageQueryValidator(CursorCodec cursors) : PageQueryValidator<PageQuery>(cursors, Pagination.ById);
