using System.Globalization;
using System.Linq.Expressions;
using FactCheck.Api.Http;

namespace FactCheck.Api.Claims;

/// <summary>
/// The sorts of the claims list. Every sort pages by keyset: the cursor holds the last item's sort key and id, and the
/// next page seeks past that pair, so a page costs an index seek however deep it is (never OFFSET).
/// </summary>
public static class ClaimSorting
{
    public static readonly string[] Keys = ["madeAt", "createdAt", "updatedAt"];

    public static bool IsValid(string? sort) => sort is null || Keys.Contains(sort.TrimStart('-'), StringComparer.Ordinal) && sort.LastIndexOf('-') <= 0;

    /// <summary>The name cursors carry: a cursor is only good for the sort (and direction) that gave it out.</summary>
    public static string NameOf(string? sort) => sort ?? Pagination.ById;

    public static IQueryable<Claim> SortAndSeek(this IQueryable<Claim> claims, string? sort, CursorPosition? after)
    {
        if (sort is null)
        {
            var afterId = after?.Id;
            return claims.Where(c => afterId == null || c.Id > afterId).OrderBy(c => c.Id);
        }
        var descending = sort.StartsWith('-');
        Expression<Func<Claim, DateTime>> key = sort.TrimStart('-') switch
        {
            "madeAt" => c => c.MadeAt,
            "createdAt" => c => c.CreatedAt,
            _ => c => c.UpdatedAt,
        };
        if (after is not null)
        {
            claims = claims.Where(Past(key, KeyOf(after), after.Id, descending));
        }
        return descending
            ? claims.OrderByDescending(key).ThenByDescending(c => c.Id)
            : claims.OrderBy(key).ThenBy(c => c.Id);
    }

    public static CursorPosition PositionOf(Claim claim, string? sort) => new(NameOf(sort), sort?.TrimStart('-') switch
    {
        null => "",
        "madeAt" => Format(claim.MadeAt),
        "createdAt" => Format(claim.CreatedAt),
        _ => Format(claim.UpdatedAt),
    }, claim.Id);

    private static string Format(DateTime value) => value.Ticks.ToString(CultureInfo.InvariantCulture);

    private static DateTime KeyOf(CursorPosition position) =>
        long.TryParse(position.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : DateTime.MinValue;

    /// <summary>(key, id) after (lastKey, lastId) in the sort's direction, written out so SQLite can use the (key, Id) index.</summary>
    private static Expression<Func<Claim, bool>> Past(Expression<Func<Claim, DateTime>> key, DateTime lastKey, Guid lastId, bool descending)
    {
        var claim = key.Parameters[0];
        var value = key.Body;
        var id = Expression.Property(claim, nameof(Claim.Id));
        Expression<Func<DateTime>> keyParameter = () => lastKey;
        Expression<Func<Guid>> idParameter = () => lastId;
        var body = descending
            ? Expression.OrElse(Expression.LessThan(value, keyParameter.Body),
                Expression.AndAlso(Expression.Equal(value, keyParameter.Body), Expression.LessThan(id, idParameter.Body)))
            : Expression.OrElse(Expression.GreaterThan(value, keyParameter.Body),
                Expression.AndAlso(Expression.Equal(value, keyParameter.Body), Expression.GreaterThan(id, idParameter.Body)));
        return Expression.Lambda<Func<Claim, bool>>(body, claim);
    }
}
