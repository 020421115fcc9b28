using FactCheck.Api.Common;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Sources;

/// <summary>A published document where something was said or reported.</summary>
/// <param name="Title">The headline or title of the document.</param>
/// <param name="Kind">What sort of document it is.</param>
/// <param name="Url">Absolute http(s) URL, unique across sources. A briefing or broadcast may have none.</param>
/// <param name="Publisher">Who published it, e.g. "Fox News".</param>
/// <param name="PublishedAt">When it was published (ISO 8601; stored in UTC).</param>
/// <param name="Language">BCP 47 language tag of the document.</param>
/// <param name="ArchiveUrl">An archived copy, absolute http(s) URL.</param>
public sealed record SourceRequest(
    string Title,
    SourceKind Kind,
    string? Url = null,
    string? Publisher = null,
    DateTimeOffset? PublishedAt = null,
    string? Language = null,
    string? ArchiveUrl = null);

public sealed record SourceResponse(
    Guid Id,
    string? Url,
    string Title,
    string? Publisher,
    DateTime? PublishedAt,
    SourceKind Kind,
    string? Language,
    string? ArchiveUrl,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeletedAt);

/// <summary>Lists sources; <c>url</c> finds the source with exactly that URL.</summary>
public sealed record SourceListQuery(
    [FromQuery(Name = "limit")] int? Limit,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "url")] string? Url,
    [FromQuery(Name = "includeDeleted")] bool? IncludeDeleted) : IPageQuery;

public static class SourceMapping
{
    public static SourceResponse ToResponse(this Source s) =>
        new(s.Id, s.Url, s.Title, s.Publisher, s.PublishedAt, s.Kind, s.Language, s.ArchiveUrl, s.CreatedAt, s.UpdatedAt, s.DeletedAt);

    /// <summary>The body a PUT would send to leave the source as it is: what a merge patch applies to.</summary>
    public static SourceRequest ToRequest(this Source s) =>
        new(s.Title, s.Kind, s.Url, s.Publisher, s.PublishedAt is { } at ? new DateTimeOffset(at) : null, s.Language, s.ArchiveUrl);

    public static void Apply(this Source source, SourceRequest request)
    {
        source.Title = request.Title.Trim();
        source.Kind = request.Kind;
        source.Url = request.Url;
        source.Publisher = request.Publisher?.Trim();
        source.PublishedAt = request.PublishedAt.ToUtc();
        source.Language = request.Language;
        source.ArchiveUrl = request.ArchiveUrl;
    }
}
