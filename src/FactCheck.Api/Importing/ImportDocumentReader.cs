using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Finds the reviews of a document in one forward pass over its tokens, whatever its size and nesting: arrays and the
/// members that hold reviews (<c>@graph</c>, <c>dataFeedElement</c>, a DataFeedItem's <c>item</c>, <c>claims</c>) are
/// walked token by token; of any other object only the members a ClaimReview needs are kept (at most
/// <see cref="ReviewBytes"/> together), and everything else is skipped without being held. An object's <c>@type</c> may
/// come after the members it explains: until it is read, a <c>dataFeedElement</c>, <c>item</c> or <c>claims</c> member
/// is taken for what its name says, and the members a ClaimReview needs are kept in case it is one.
/// A malformed document throws <see cref="JsonException"/> once the reviews before the fault have been handed out.
/// </summary>
public sealed class ImportDocumentReader(Stream stream)
{
    /// <summary>What one review (its members read whole) or one claim of a claims:search answer may take.</summary>
    public const int ReviewBytes = 1024 * 1024;

    private const int TypeBytes = 64 * 1024;

    /// <summary>The members <see cref="ClaimReviewReader"/> reads; any other member of a review is skipped.</summary>
    private static readonly HashSet<string> ReviewMembers =
        ["url", "claimReviewed", "itemReviewed", "reviewRating", "author", "publisher", "headline", "name", "title", "datePublished", "inLanguage"];

    private readonly JsonCursor cursor = new(stream);
    private readonly Stack<ImportFrame> open = new();
    private readonly List<ImportCandidate> ready = [];

    public ImportIndex Index { get; } = new();

    public long BytesRead => cursor.BytesRead;

    /// <summary>The offset of the first byte not yet read: where a fault in the document was found.</summary>
    public long Position => cursor.Position;

    /// <summary>What the fault is; where it is, <see cref="Position"/> says.</summary>
    public string Explain(JsonException fault) => cursor.Explain(fault);

    public IEnumerable<ImportCandidate> Read()
    {
        Begin(ImportPlace.Reviews);
        while (true)
        {
            foreach (var candidate in ready)
            {
                yield return candidate;
            }
            ready.Clear();
            if (!open.TryPeek(out var frame))
            {
                break;
            }
            if (frame.IsArray)
            {
                InArray(frame);
            }
            else
            {
                InObject(frame);
            }
        }
        // Anything after the document's one value is a fault of the document (the reader says what it found).
        if (cursor.Read() != JsonTokenType.None)
        {
            throw new JsonException("The document has more than one value.");
        }
    }

    /// <summary>The value that starts at the next token: a container is opened, anything else is not a review.</summary>
    private void Begin(ImportPlace place)
    {
        switch (cursor.Peek())
        {
            case JsonTokenType.StartArray or JsonTokenType.StartObject:
                open.Push(new ImportFrame(place, cursor.Read() == JsonTokenType.StartArray));
                break;
            case JsonTokenType.None:
                throw new JsonException("The document is empty.");
            default:
                cursor.SkipValue();
                NotAReview(place);
                break;
        }
    }

    private void InArray(ImportFrame array)
    {
        if (cursor.Peek() == JsonTokenType.EndArray)
        {
            cursor.Read();
            open.Pop();
        }
        else if (array.Place != ImportPlace.Claims)
        {
            Begin(array.Place);
        }
        else if (cursor.TryReadValue(ReviewBytes, out var claim, out _))
        {
            ready.AddRange(ImportShapes.GoogleClaim(claim, Index));
        }
        else
        {
            cursor.SkipValue();
            ready.Add(Index.Reject($"A claim larger than {ReviewBytes / 1024} KB."));
        }
    }

    private void InObject(ImportFrame o)
    {
        if (cursor.Read() == JsonTokenType.EndObject)
        {
            open.Pop();
            End(o);
            return;
        }
        var name = cursor.PropertyName!;
        var next = cursor.Peek();
        var container = next is JsonTokenType.StartArray or JsonTokenType.StartObject;
        switch (name)
        {
            case "@type":
                // Too long to be a type we know: typed, as nothing we read.
                o.Type = cursor.TryReadValue(TypeBytes, out var type, out _) ? type : Skipped(JsonValue.Create(""));
                o.Typed = o.Type is not null;
                o.Members = o.Could("ClaimReview") ? o.Members : null;
                break;
            case "@graph" when container:
                Enter(o, ImportPlace.Graph);
                break;
            case "dataFeedElement" when container && o.Could("DataFeed"):
                Enter(o, ImportPlace.Reviews);
                break;
            case "item" when container && o.Could("DataFeedItem"):
                Enter(o, o.Place);
                break;
            case "claims" when next == JsonTokenType.StartArray && !o.Typed:
                Enter(o, ImportPlace.Claims);
                break;
            default:
                if (!o.Found && ReviewMembers.Contains(name) && o.Could("ClaimReview"))
                {
                    Keep(o, name);
                }
                else
                {
                    cursor.SkipValue();
                }
                break;
        }
    }

    private JsonNode? Skipped(JsonNode? instead)
    {
        cursor.SkipValue();
        return instead;
    }

    /// <summary>The member opens a container of reviews: this object is not a review itself, whatever else it holds.</summary>
    private void Enter(ImportFrame o, ImportPlace place)
    {
        (o.Found, o.Members) = (true, null);
        open.Push(new ImportFrame(place, cursor.Read() == JsonTokenType.StartArray));
    }

    private void Keep(ImportFrame o, string name)
    {
        o.Members ??= [];
        if (cursor.TryReadValue(o.Budget, out var value, out var length))
        {
            o.Members[name] = value;
            o.Budget -= length;
        }
        else
        {
            cursor.SkipValue();
            o.Oversized ??= name;
        }
    }

    private void End(ImportFrame o)
    {
        if (o.Found)
        {
            return;
        }
        if (!JsonLd.IsType(o.Type, "ClaimReview"))
        {
            NotAReview(o.Place);
        }
        else if (o.Oversized is { } member)
        {
            ready.Add(Index.Reject($"The review's '{member}' is too large: a review may take {ReviewBytes / 1024} KB."));
        }
        else
        {
            var review = o.Members ?? [];
            review["@type"] = o.Type;
            ready.Add(ImportShapes.Review(review, Index));
        }
    }

    /// <summary>Where reviews are expected, anything else is rejected; in an <c>@graph</c> it is a node of another kind, skipped.</summary>
    private void NotAReview(ImportPlace place)
    {
        if (place != ImportPlace.Graph)
        {
            ready.Add(Index.Reject(ImportShapes.NotAReview));
        }
    }
}
