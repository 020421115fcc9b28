using FactCheck.Api.Common;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Actors;

/// <summary>A person or organisation that makes claims or rebuttals.</summary>
/// <param name="Name">Full name as commonly written in English.</param>
/// <param name="Kind">person or organization.</param>
/// <param name="Title">Office or role, e.g. "Minister of Defence".</param>
/// <param name="Affiliation">Government, party, company or outlet.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Links">Absolute http(s) URLs: Wikipedia, Wikidata, official pages.</param>
public sealed record ActorRequest(
    string Name,
    ActorKind Kind,
    string? Title = null,
    string? Affiliation = null,
    string? Country = null,
    IReadOnlyList<string>? Links = null);

public sealed record ActorResponse(
    Guid Id,
    string Name,
    ActorKind Kind,
    string? Title,
    string? Affiliation,
    string? Country,
    IReadOnlyList<string> Links,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeletedAt);

/// <summary>The few fields of an actor that other resources embed.</summary>
public sealed record ActorSummary(Guid Id, string Name, ActorKind Kind, string? Title);

/// <param name="IncludeDeleted">Also list deleted actors (editors and admins).</param>
public sealed record ActorListQuery(
    [FromQuery(Name = "limit")] int? Limit,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "includeDeleted")] bool? IncludeDeleted) : IPageQuery;

public static class ActorMapping
{
    public static ActorResponse ToResponse(this Actor a) =>
        new(a.Id, a.Name, a.Kind, a.Title, a.Affiliation, a.Country, a.Links, a.CreatedAt, a.UpdatedAt, a.DeletedAt);

    public static ActorSummary ToSummary(this Actor a) => new(a.Id, a.Name, a.Kind, a.Title);

    /// <summary>The body a PUT would send to leave the actor as it is: what a merge patch applies to.</summary>
    public static ActorRequest ToRequest(this Actor a) => new(a.Name, a.Kind, a.Title, a.Affiliation, a.Country, a.Links);

    public static void Apply(this Actor actor, ActorRequest request)
    {
        actor.Name = request.Name.Trim();
        actor.Kind = request.Kind;
        actor.Title = request.Title?.Trim();
        actor.Affiliation = request.Affiliation?.Trim();
        actor.Country = request.Country;
        actor.Links = [.. request.Links ?? []];
    }
}
