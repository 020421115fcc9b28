using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Search;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/search").WithTags("Search").WithValidation();
        group.MapGet("/", SearchAsync).WithName("Search")
            .WithSummary("Search claims, rebuttals, evidence and actors")
            .WithDescription("Full-text search over claim statements and summaries, rebuttal statements, evidence summaries and actor names, "
                + "best match first. `q` takes words (all must match), \"quoted phrases\", prefix* and -excluded words; case and diacritics "
                + "are ignored (`Šojgu` finds `Sojgu`). Each hit has its `kind`, `id`, `claimId`, a `snippet` with matches in "
                + "`<mark>`…`</mark>` and a `score` (higher is better). Filter by `kind`, `claimantId`, `evidenceStatus`, `madeFrom`/`madeTo`. "
                + "Deleted records are not found. Filters are exact: they apply before ranking, so no match that passes them is left out "
                + "for want of room. Ranking considers at most 2,000 matches: when more than 2,000 records match `q` and pass the filters, "
                + "the 2,000 most recently recorded of them are ranked and the older ones are not returned (add a filter, or list every "
                + "matching claim with `GET /api/v1/claims?q=`). Cursor paged (`limit` at most 100).");
        return group;
    }

    private static async Task<Ok<Page<SearchHit>>> SearchAsync([AsParameters] SearchQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        _ = SearchSyntax.TryParseExpression(query.Q, out var expression, out _); // The validator has refused what does not parse.
        cursors.TryDecode(query.Cursor, SearchIndex.Sort, out var after);
        var limit = CursorCodec.LimitOf(query);
        var rows = await SearchIndex.SearchAsync(db, expression, query, after, limit + 1, http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, SearchIndex.PositionOf,
            r => new SearchHit(r.Kind, r.EntityId, r.ClaimId, r.Snippet, Math.Round(r.Score, 6))));
    }
}

internal sealed class SearchQueryValidator : PageQueryValidator<SearchQuery>
{
    public SearchQueryValidator(CursorCodec cursors) : base(cursors, SearchIndex.Sort)
    {
        RuleFor(q => q.Q).SearchText();
        RuleFor(q => q.Kind).MaxItems(SearchIndex.Kinds.Length).WithMessage($"'kind' may be given at most {SearchIndex.Kinds.Length} times.");
        RuleFor(q => q.EvidenceStatus).MaxItems(Enum.GetValues<EvidenceStatus>().Length)
            .WithMessage($"'evidenceStatus' may be given at most {Enum.GetValues<EvidenceStatus>().Length} times.");
        RuleForEach(q => q.Kind).Must(k => SearchIndex.Kinds.Contains(k, StringComparer.Ordinal))
            .WithMessage($"'kind' must be one of: {string.Join(", ", SearchIndex.Kinds)}.");
        RuleForEach(q => q.EvidenceStatus)
            .Must(s => Vocabulary.TryParse<EvidenceStatus>(s, out _))
            .WithMessage($"'evidenceStatus' must be one of: {Vocabulary.Describe<EvidenceStatus>()}.");
        RuleFor(q => q.MadeTo).GreaterThan(q => q.MadeFrom).When(q => q.MadeFrom is not null && q.MadeTo is not null)
            .WithMessage("'madeTo' must be after 'madeFrom'.");
    }
}

public static class SearchRules
{
    /// <summary>The search syntax's own reason for refusing a query, as the error for the field.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((text, context) =>
        {
            if (!SearchSyntax.TryParse(text, out _, out var error))
            {
                context.AddFailure(error);
            }
        });
}
