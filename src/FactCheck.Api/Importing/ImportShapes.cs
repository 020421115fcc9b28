using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Turns what <see cref="ImportDocumentReader"/> found into candidates: a ClaimReview's members, or one claim of a Google
/// Fact Check Tools <c>claims:search</c> answer. Each review gets the next index, which the report uses to name rejected ones.
/// </summary>
public static class ImportShapes
{
    public const string NotAReview = "Neither a ClaimReview, a DataFeed, an @graph nor a claims:search response.";

    internal static ImportCandidate Review(JsonObject review, ImportIndex index) => Read(index, () => ClaimReviewReader.Read(review));

    /// <summary>One claim of a claims:search answer: a review per element of its <c>claimReview</c>.</summary>
    internal static IEnumerable<ImportCandidate> GoogleClaim(JsonNode? claim, ImportIndex index)
    {
        List<JsonNode?> reviews = (claim as JsonObject)?["claimReview"] switch
        {
            JsonArray many => [.. many],
            JsonObject one => [one],
            _ => [],
        };
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // What JSON nodes and parsers throw on a shape no reader foresaw: that review is rejected, never the document.
            return new ImportCandidate(at, null, "The review has a shape the importer cannot read.");
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
