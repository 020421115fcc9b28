using FactCheck.Api.Common;
using Microsoft.OpenApi;

namespace FactCheck.Api.OpenApi;

/// <summary>Schemas of the JSON-LD and export answers (see <see cref="MediaResponsesOperationFilter"/>).</summary>
internal static class ClaimReviewSchemas
{
    /// <summary>schema.org's vocabulary is open: the members we write are described and required where always written, others allowed.</summary>
    public static OpenApiSchema Review(bool withContext)
    {
        var schema = Object("A schema.org `ClaimReview`. Members without a value are left out.",
            ("@type", Constant("ClaimReview")),
            ("url", Text("Where the review is published: the publisher's review base URL followed by the claim id.")),
            ("claimReviewed", Text("The claim's statement.")),
            ("itemReviewed", Object("The schema.org `Claim` reviewed.",
                ("@type", Constant("Claim")),
                ("author", Object("The claimant: a schema.org `Person` or `Organization` with its `name` and `jobTitle`.",
                    ("@type", new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["Person", "Organization"] }),
                    ("name", Text("The claimant's name.")))),
                ("datePublished", Text("When the claim was made (ISO 8601 date and time, UTC).")),
                ("appearance", new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Object },
                    Description = "Where the claim appeared, as schema.org `CreativeWork`s." }))),
            ("author", Object("The publisher of the review, a schema.org `Organization`.",
                ("@type", Constant("Organization")), ("name", Text("The publisher's name.")))),
            ("datePublished", Text("When the evidence status was last set.")),
            ("reviewRating", Object("The verdict as a schema.org `Rating` on a 1–5 scale, with the status in words as `alternateName`.",
                ("@type", Constant("Rating")),
                ("ratingValue", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "5" }),
                ("bestRating", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "5", Maximum = "5" }),
                ("worstRating", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "1" }),
                ("alternateName", Text("The evidence status in words (`Refuted`).")))));
        // Written when they have a value, so described but not required.
        var claim = (OpenApiSchema)schema.Properties!["itemReviewed"];
        ((OpenApiSchema)claim.Properties!["author"]).Properties!["jobTitle"] = Text("The claimant's title, when recorded.");
        claim.Properties["firstAppearance"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "The first place the claim appeared, a schema.org `CreativeWork`." };
        ((OpenApiSchema)schema.Properties["author"]).Properties!["url"] = Text("The publisher's site (`FactCheck:Publisher:Url`).");
        ((OpenApiSchema)schema.Properties["reviewRating"]).Properties!["ratingExplanation"] = Text("The rationale of the evidence status.");
        schema.Properties["inLanguage"] = Text("The claim's language (BCP 47), when recorded.");
        // Left out when they have no value: a claim without sources has no appearance, a verdict without a date no datePublished.
        claim.Required!.Remove("appearance");
        schema.Required!.Remove("datePublished");
        if (withContext)
        {
            schema.Properties!["@context"] = Constant("https://schema.org");
            schema.Required!.Add("@context");
        }
        return schema;
    }

    public static OpenApiSchema Feed()
    {
        var item = Object("One verdict.",
            ("@type", Constant("DataFeedItem")),
            ("item", new OpenApiSchema { Type = JsonSchemaType.Array, Items = Review(withContext: false), MinItems = 1, MaxItems = 1 }));
        item.Properties!["dateCreated"] = Text("When the evidence status was last set.");
        var feed = Object("A page of the schema.org `DataFeed` of every verdict, oldest claim first.",
            ("@context", Constant("https://schema.org")),
            ("@type", Constant("DataFeed")),
            ("name", Text("The publisher's name followed by \"verdicts\".")));
        feed.Properties!["dataFeedElement"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = item, Description = "The page's verdicts; left out when there are none." };
        feed.Properties["nextCursor"] = Text("Pass back as `cursor` for the next page; left out on the last page.");
        return feed;
    }

    public static OpenApiSchema ExportLine()
    {
        var nullableText = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null };
        var schema = Object("One claim of the export (one line of NDJSON, one row of CSV).",
            ("id", Uuid()), ("statement", Text("The statement as said.")), ("claimantId", Uuid()), ("claimant", Text("The claimant's name.")),
            ("madeAt", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }),
            ("evidenceStatus", new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetValues<EvidenceStatus>().Select(s => (System.Text.Json.Nodes.JsonNode)s.ToWire())] }),
            ("rebuttals", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "How many rebuttals it has." }),
            ("evidence", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "How many evidence items it has." }),
            ("latestReviewUrl", nullableText), ("latestReviewPublisher", nullableText), ("latestReviewRating", nullableText),
            ("latestReviewAt", new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time" }));
        schema.AdditionalPropertiesAllowed = false;
        return schema;
    }

    private static OpenApiSchema Object(string description, params (string Name, OpenApiSchema Schema)[] members) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = members.ToDictionary(m => m.Name, m => (IOpenApiSchema)m.Schema),
        Required = new HashSet<string>(members.Select(m => m.Name)),
    };

    private static OpenApiSchema Constant(string value) => new() { Type = JsonSchemaType.String, Enum = [value] };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Uuid() => new() { Type = JsonSchemaType.String, Format = "uuid" };
}
