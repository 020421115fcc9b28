using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>Describes the tags, in the order a newcomer reads them: claims first, then what hangs off them.</summary>
internal sealed class TagsDocumentFilter : IDocumentFilter
{
    public static readonly IReadOnlyList<(string Name, string Description)> Tags =
    [
        ("Claims", "What public figures asserted: the statement, claimant, time, appearances in sources, topics and current evidence status."),
        ("Rebuttals", "Responses that contest a claim: who said what, when and where."),
        ("Evidence", "Items bearing on a claim, with where they can be checked, their bearing and strength."),
        ("Evidence status", "Where a claim stands, changed only with a written rationale; every change is kept."),
        ("Search", "Full-text search over claims, rebuttals, evidence and actor names, best match first."),
        ("Statistics", "Counts of claims by evidence status, topic and month."),
        ("Reviews", "Fact-check articles about a claim (schema.org ClaimReview): publisher, URL, date and verdict."),
        ("Rating mappings", "Which evidence status each fact-checker's textual rating stands for; admins extend it."),
        ("ClaimReview", "Our verdicts in schema.org ClaimReview JSON-LD, one by one or as a DataFeed."),
        ("Imports", "Fact-checks from elsewhere (ClaimReview JSON-LD, Google claims:search) turned into claims, claimants, sources and reviews."),
        ("History", "Every change to every record, with who made it, when, and the values before and after."),
        ("Actors", "People and organisations that make claims or rebuttals."),
        ("Sources", "Published documents where something was said or reported."),
        ("API keys", "Keys and their roles (reader, editor, admin). Admins only."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context) =>
        swaggerDoc.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));

    /// <summary>Sort key for operations, so the document lists them in the same order as the tags.</summary>
    public static string SortKey(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription api)
    {
        var tag = api.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().FirstOrDefault()?.Tags is [var first, ..] ? first : null;
        var index = Tags.Select(t => t.Name).ToList().IndexOf(tag ?? "");
        return $"{index:D2} {api.RelativePath} {api.HttpMethod}";
    }
}
