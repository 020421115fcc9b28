using System.Text.Json.Nodes;
using FactCheck.Api.Common;

namespace FactCheck.Api.ClaimReview;

/// <summary>
/// Our verdict on a claim as a schema.org ClaimReview (the form search engines and fact-check aggregators read).
/// Our evidence statuses become a 1–5 <c>Rating</c>: refuted 1, unsubstantiated and no_evidence_offered 2, disputed 3,
/// substantiated 5 (4 is not used: we have no "mostly true"). Unverified and under_review claims have no verdict yet.
/// Members without a value are built as null and left out by <see cref="JsonLdResult"/>, which writes every document.
/// </summary>
public static class ClaimReviewDocument
{
    public const string Context = "https://schema.org";

    public static int? RatingOf(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Refuted => 1,
        EvidenceStatus.Unsubstantiated or EvidenceStatus.NoEvidenceOffered => 2,
        EvidenceStatus.Disputed => 3,
        EvidenceStatus.Substantiated => 5,
        _ => null,
    };

    /// <summary>"no_evidence_offered" → "No evidence offered": the words a reader sees as the verdict.</summary>
    public static string Words(EvidenceStatus status)
    {
        var words = status.ToWire().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static JsonObject Build(Claims.Claim claim, PublisherOptions publisher, bool withContext = true)
    {
        var appearances = claim.Appearances.OrderBy(a => a.Position).Select(a => a.Source).OfType<Sources.Source>().ToList();
        var item = new JsonObject
        {
            ["@type"] = "Claim",
            ["author"] = new JsonObject
            {
                ["@type"] = claim.Claimant!.Kind == ActorKind.Organization ? "Organization" : "Person",
                ["name"] = claim.Claimant.Name,
                ["jobTitle"] = claim.Claimant.Title,
            },
            ["datePublished"] = Date(claim.MadeAt),
            ["appearance"] = new JsonArray([.. appearances.Select(Appearance)]),
        };
        if (appearances.FirstOrDefault() is { } first)
        {
            item["firstAppearance"] = Appearance(first);
        }
        var document = new JsonObject();
        if (withContext)
        {
            document["@context"] = Context;
        }
        document["@type"] = "ClaimReview";
        document["url"] = publisher.ReviewBaseUrl + claim.Id;
        document["claimReviewed"] = claim.Statement;
        document["itemReviewed"] = item;
        document["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Name, ["url"] = publisher.Url };
        document["datePublished"] = claim.StatusChangedAt is { } at ? Date(at) : null;
        document["inLanguage"] = claim.Language;
        document["reviewRating"] = new JsonObject
        {
            ["@type"] = "Rating",
            ["ratingValue"] = RatingOf(claim.EvidenceStatus),
            ["bestRating"] = 5,
            ["worstRating"] = 1,
            ["alternateName"] = Words(claim.EvidenceStatus),
            ["ratingExplanation"] = claim.StatusRationale,
        };
        return document;
    }

    private static JsonObject Appearance(Sources.Source source) => new()
    {
        ["@type"] = "CreativeWork",
        ["url"] = source.Url,
        ["headline"] = source.Title,
        ["datePublished"] = source.PublishedAt is { } at ? Date(at) : null,
        ["publisher"] = source.Publisher is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = source.Publisher },
    };

    private static string Date(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
