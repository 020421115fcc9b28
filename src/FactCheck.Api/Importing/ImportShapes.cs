using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Finds the reviews in a value of any accepted shape: a ClaimReview, an array of them, an <c>@graph</c>, a schema.org
/// <c>DataFeed</c> or <c>DataFeedItem</c>, or a Google Fact Check Tools <c>claims:search</c> response. Each review found gets
/// the next index, which the report uses to name rejected ones. <see cref="ImportDocumentReader"/> walks a whole document in
/// pieces and hands each piece small enough to hold here.
/// </summary>
public static class ImportShapes
{
    public const string NotAReview = "Neither a ClaimReview, a DataFeed, an @graph nor a claims:search response.";

    internal static IEnumerable<ImportCandidate> Walk(JsonNode? node, ImportIndex index) => node switch
    {
        JsonArray array => array.SelectMany(element => Walk(element, index)),
        JsonObject o when o["@graph"] is JsonArray graph => Walk(graph, index),
        JsonObject o when JsonLd.IsType(o, "DataFeed") => Walk(o["dataFeedElement"], index),
        JsonObject o when JsonLd.IsType(o, "DataFeedItem") => Walk(o["item"], index),
        JsonObject o when JsonLd.IsType(o, "ClaimReview") => [Review(o, index)],
        JsonObject o when o["claims"] is JsonArray claims && o["@type"] is null => claims.SelectMany(claim => GoogleClaim(claim, index)),
        _ => [index.Reject(NotAReview)],
    };

    internal static ImportCandidate Review(JsonObject review, ImportIndex index) => Read(index, () => ClaimReviewReader.Read(review));

    /// <summary>One claim of a claims:search answer: a review per element of its <c>claimReview</c>.</summary>
    internal static IEnumerable<ImportCandidate> GoogleClaim(JsonNode? claim, ImportIndex index)
    {
        var reviews = claim?["claimReview"] as JsonArray ?? [];
        if (reviews.Count == 0)
        {
            yield return index.Reject("A claim without any claimReview.");
        }
        foreach (var review in reviews)
        {
            yield return Read(index, () => GoogleReader.Read(claim as JsonObject, review as JsonObject));
        }
    }

    private static ImportCandidate Read(ImportIndex index, Func<ImportItem> read)
    {
        var at = index.Next();
        try
        {
            return new ImportCandidate(at, read(), null);
        }
        catch (ImportException e)
        {
            return new ImportCandidate(at, null, e.Message);
        }
    }
}

/// <summary>Hands out the reviews' indexes in document order.</summary>
public sealed class ImportIndex
{
    /// <summary>How many reviews (good or rejected) have been found so far.</summary>
    public int Count { get; private set; }

    public int Next() => Count++;

    public ImportCandidate Reject(string reason) => new(Next(), null, reason);
}

/// <summary>A review that cannot be imported; its message is the reason given in the report.</summary>
public sealed class ImportException(string message) : Exception(message);
