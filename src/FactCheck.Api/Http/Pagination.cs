using Microsoft.AspNetCore.Http.Extensions;

namespace FactCheck.Api.Http;

/// <summary>
/// Turns "limit + 1" rows into a page, and advertises the next one in a Link header (RFC 8288), whose URL comes from
/// <see cref="PublicUrls"/>: absolute when the service knows its public address, otherwise relative to the request.
/// </summary>
public static class Pagination
{
    /// <summary>The sort of lists ordered by id (UUIDv7 ids sort by creation time).</summary>
    public const string ById = "id";

    public static Guid? AfterId(this CursorCodec cursors, IPageQuery query) =>
        cursors.TryDecode(query.Cursor, ById, out var position) ? position!.Id : null;

    public static Page<TOut> ToPage<TIn, TOut>(this CursorCodec cursors, HttpContext http, IReadOnlyList<TIn> rows, int limit,
        Func<TIn, Guid> idOf, Func<TIn, TOut> map) =>
        cursors.ToPage(http, rows, limit, row => new CursorPosition(ById, "", idOf(row)), map);

    /// <summary>For lists with other sorts: <paramref name="positionOf"/> gives the sort key and id the next page seeks past.</summary>
    public static Page<TOut> ToPage<TIn, TOut>(this CursorCodec cursors, HttpContext http, IReadOnlyList<TIn> rows, int limit,
        Func<TIn, CursorPosition> positionOf, Func<TIn, TOut> map)
    {
        var hasMore = rows.Count > limit;
        var items = rows.Take(limit).Select(map).ToList();
        string? next = null;
        if (hasMore)
        {
            next = cursors.Encode(positionOf(rows[limit - 1]));
            http.Response.Headers.Link = $"<{NextPageUrl(http.Request, next)}>; rel=\"next\"";
        }
        return new Page<TOut>(items, next);
    }

    private static string NextPageUrl(HttpRequest request, string cursor)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder(query.Where(p => p.Key != "cursor").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))))
        {
            { "cursor", cursor },
        };
        return request.HttpContext.RequestServices.GetRequiredService<PublicUrls>()
            .For(request, request.Path.ToUriComponent() + builder.ToQueryString().ToUriComponent());
    }
}
