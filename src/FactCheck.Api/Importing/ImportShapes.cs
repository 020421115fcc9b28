using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Finds the reviews in a document of any accepted shape: a ClaimReview, an array of them, an <c>@graph</c>, a schema.org
/// <c>DataFeed</c> or <c>DataFeedItem</c>, or a Google Fact Check Tools <c>claims:search</c> response. Each review found gets
/// the next index, which the report uses to name rejected ones.
/// </summary>
public static class ImportShapes
{
    public static List<ImportCandidate> Flatten(JsonNode? document)
    {
        var found = new List<ImportCandidate>();
        Walk(document, found);
        return found;
    }

    private static void Walk(JsonNode? node, List<ImportCandidate> found)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var element in array)
                {
                    Walk(element, found);
                }
                return;
            case JsonObject o when o["@graph"] is JsonArray graph:
                Walk(graph, found);
                return;
            case JsonObject o when JsonLd.IsType(o, "DataFeed"):
                Walk(o["dataFeedElement"], found);
                return;
            case JsonObject o when JsonLd.IsType(o, "DataFeedItem"):
                Walk(o["item"], found);
                return;
            case JsonObject o when JsonLd.IsType(o, "ClaimReview"):
                found.Add(Read(found.Count, () => ClaimReviewReader.Read(o)));
                return;
            case JsonObject o when o["claims"] is JsonArray claims && o["@type"] is null:
                foreach (var claim in claims)
                {
                    var reviews = claim?["claimReview"] as JsonArray ?? [];
                    if (reviews.Count == 0)
                    {
                        found.Add(new ImportCandidate(found.Count, null, "A claim without any claimReview."));
                    }
                    foreach (var review in reviews)
                    {
                        found.Add(Read(found.Count, () => GoogleReader.Read(claim as JsonObject, review as JsonObject)));
                    }
                }
                return;
            default:
                found.Add(new ImportCandidate(found.Count, null, "Neither a ClaimReview, a DataFeed, an @graph nor a claims:search response."));
                return;
        }
    }

    private static ImportCandidate Read(int index, Func<ImportItem> read)
    {
        try
        {
            return new ImportCandidate(index, read(), null);
        }
        catch (ImportException e)
        {
            return new ImportCandidate(index, null, e.Message);
        }
    }
}

/// <summary>A review that cannot be imported; its message is the reason given in the report.</summary>
public sealed class ImportException(string message) : Exception(message);
