using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Finds the reviews of a document read from a seekable stream, one at a time, holding no more than one element of its
/// big arrays in memory. The outer array or object is always read piecewise; an element that fits in
/// <see cref="ElementBytes"/> is parsed whole and walked by <see cref="ImportShapes"/>, a bigger one piecewise too.
/// In an object, the arrays that may hold reviews (<c>@graph</c>, <c>dataFeedElement</c>, <c>claims</c>) are skipped
/// at first and read once the whole object is known, because its <c>@type</c> may come after them.
/// A malformed document throws <see cref="JsonException"/> once the reviews before the fault have been handed out.
/// </summary>
public sealed class ImportDocumentReader(Stream stream)
{
    /// <summary>Elements up to this size are parsed whole (a review is a few kilobytes).</summary>
    public const int ElementBytes = 1024 * 1024;

    private static readonly HashSet<string> ReviewArrays = ["@graph", "dataFeedElement", "claims"];
    private readonly JsonCursor cursor = new(stream);

    public ImportIndex Index { get; } = new();

    public long BytesRead => cursor.BytesRead;

    /// <summary>The offset of the first byte not yet read: where a fault in the document was found.</summary>
    public long Position => cursor.Position;

    public IEnumerable<ImportCandidate> Read()
    {
        var root = cursor.Peek() is JsonTokenType.StartArray or JsonTokenType.StartObject
            ? Container()
            : Whole(cursor.TryReadValue(JsonCursor.MaxValueBytes, out var node), node);
        foreach (var candidate in root)
        {
            yield return candidate;
        }
        // Anything after the document's one value is a fault of the document (the reader says what it found).
        if (cursor.Read() != JsonTokenType.None)
        {
            throw new JsonException("The document has more than one value.");
        }
    }

    private IEnumerable<ImportCandidate> Whole(JsonCursor.Outcome outcome, JsonNode? node) =>
        outcome == JsonCursor.Outcome.Value ? ImportShapes.Walk(node, Index) : throw new JsonException("Unexpected end of the document.");

    /// <summary>The array or object that starts at the next token, read piecewise.</summary>
    private IEnumerable<ImportCandidate> Container() =>
        cursor.Read() == JsonTokenType.StartArray ? Elements(node => ImportShapes.Walk(node, Index), Container) : Object();

    /// <summary>The elements of the array just opened, each handed to <paramref name="small"/> or, too big to hold, <paramref name="large"/>.</summary>
    private IEnumerable<ImportCandidate> Elements(Func<JsonNode?, IEnumerable<ImportCandidate>> small, Func<IEnumerable<ImportCandidate>> large)
    {
        while (true)
        {
            var outcome = cursor.TryReadValue(ElementBytes, out var node);
            var found = outcome switch
            {
                JsonCursor.Outcome.End => null,
                JsonCursor.Outcome.Value => small(node),
                _ => cursor.Peek() is JsonTokenType.StartArray or JsonTokenType.StartObject ? large() : Whole(cursor.TryReadValue(JsonCursor.MaxValueBytes, out var big), big),
            };
            if (found is null)
            {
                yield break;
            }
            foreach (var candidate in found)
            {
                yield return candidate;
            }
        }
    }

    /// <summary>The object just opened: its small members are kept, its review arrays read once its type is known.</summary>
    private IEnumerable<ImportCandidate> Object()
    {
        var shell = new JsonObject();
        var arrays = new Dictionary<string, long>();
        while (cursor.Read() == JsonTokenType.PropertyName)
        {
            var name = cursor.PropertyName!;
            if (ReviewArrays.Contains(name) && cursor.Peek() == JsonTokenType.StartArray)
            {
                cursor.Read();
                arrays[name] = cursor.TokenOffset;
                cursor.SkipContainer();
                continue;
            }
            cursor.TryReadValue(JsonCursor.MaxValueBytes, out var value);
            shell[name] = value;
        }
        var (after, state) = (cursor.Position, cursor.State);
        var (array, walk) = arrays.TryGetValue("@graph", out var graph) ? (graph, Container)
            : JsonLd.IsType(shell, "DataFeed") && arrays.TryGetValue("dataFeedElement", out var feed) ? (feed, Container)
            : !JsonLd.IsType(shell, "DataFeed") && !JsonLd.IsType(shell, "DataFeedItem") && !JsonLd.IsType(shell, "ClaimReview")
                && shell["@type"] is null && arrays.TryGetValue("claims", out var claims) ? (claims, GoogleClaims)
            : (-1L, (Func<IEnumerable<ImportCandidate>>?)null);
        if (walk is null)
        {
            // Nothing big to come back to: the small members decide, exactly as for an object held whole.
            foreach (var candidate in ImportShapes.Walk(shell, Index))
            {
                yield return candidate;
            }
            yield break;
        }
        cursor.Seek(array);
        foreach (var candidate in walk())
        {
            yield return candidate;
        }
        cursor.Seek(after, state);
    }

    private IEnumerable<ImportCandidate> GoogleClaims()
    {
        cursor.Read();
        return Elements(claim => ImportShapes.GoogleClaim(claim, Index), () =>
        {
            cursor.Read();
            cursor.SkipContainer();
            return [Index.Reject($"A claim larger than {ElementBytes / 1024} KB.")];
        });
    }
}
