using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>Where a value stands: where reviews are expected, in an <c>@graph</c> beside other nodes, or in <c>claims</c>.</summary>
internal enum ImportPlace { Reviews, Graph, Claims }

/// <summary>An array or object being read; for an object, what is known of it so far.</summary>
internal sealed class ImportFrame(ImportPlace place, bool isArray)
{
    public ImportPlace Place => place;
    public bool IsArray => isArray;

    /// <summary>Whether its <c>@type</c> has been read (<see cref="Type"/>); until then it may be anything.</summary>
    public bool Typed { get; set; }

    public JsonNode? Type { get; set; }

    /// <summary>It holds reviews (an <c>@graph</c>, a feed's elements, ...), so it is not one itself.</summary>
    public bool Found { get; set; }

    /// <summary>The members a ClaimReview needs, kept while it may be one.</summary>
    public JsonObject? Members { get; set; }

    /// <summary>The bytes its members may still take.</summary>
    public int Budget { get; set; } = ImportDocumentReader.ReviewBytes;

    /// <summary>The first member that did not fit in <see cref="Budget"/>, skipped.</summary>
    public string? Oversized { get; set; }

    /// <summary>Whether the object may be a <paramref name="type"/>: it says so, or it has not said yet.</summary>
    public bool Could(string type) => !Typed || JsonLd.IsType(Type, type);
}
