using System.Text.Json.Nodes;
using FactCheck.Api.Common;

namespace FactCheck.Api.Importing;

/// <summary>Reads one schema.org ClaimReview object, tolerating the quirks publishers ship (see README, "Import").</summary>
public static class ClaimReviewReader
{
    public static ImportItem Read(JsonObject review)
    {
        var url = JsonLd.Url(review["url"], null) ?? throw new ImportException("The review has no absolute http(s) 'url'.");
        var item = JsonLd.FirstObject(review["itemReviewed"]);
        var claimText = JsonLd.Text(review["claimReviewed"]) ?? JsonLd.Text(item?["name"])
            ?? throw new ImportException("The review has no 'claimReviewed' text.");
        var claimant = JsonLd.FirstObject(item?["author"]);
        var rating = JsonLd.FirstObject(review["reviewRating"]);
        var (value, best, worst) = Scale(JsonLd.Number(rating?["ratingValue"]), JsonLd.Number(rating?["bestRating"]), JsonLd.Number(rating?["worstRating"]));
        var textual = JsonLd.Text(rating?["alternateName"]) ?? JsonLd.Text(rating?["name"])
            ?? (value is { } v ? best is { } b ? $"{v} of {b}" : $"{v}" : null)
            ?? throw new ImportException("The review has no rating: neither 'reviewRating.alternateName' nor 'ratingValue'.");
        var publisher = JsonLd.FirstObject(review["author"]) ?? JsonLd.FirstObject(review["publisher"]);
        var publisherUrl = JsonLd.Url(publisher?["url"], url);
        return new ImportItem(
            JsonLd.Clip(claimText, Rules.StatementMaxLength),
            Name(claimant),
            claimant is not null && JsonLd.IsType(claimant, "Organization"),
            JsonLd.Text(claimant?["jobTitle"]) is { } job ? JsonLd.Clip(job, Rules.TitleMaxLength) : null,
            JsonLd.Url(claimant?["sameAs"], url),
            JsonLd.Date(item?["datePublished"]),
            Appearances(item, url),
            Name(publisher) ?? (publisherUrl is null ? new Uri(url).Host : new Uri(publisherUrl).Host),
            publisherUrl,
            url,
            (JsonLd.Text(review["headline"]) ?? JsonLd.Text(review["name"]) ?? JsonLd.Text(review["title"])) is { } title ? JsonLd.Clip(title, Rules.TitleMaxLength) : null,
            JsonLd.Date(review["datePublished"]),
            Language(review["inLanguage"]),
            JsonLd.Clip(textual, Reviews.ReviewRequestValidator.RatingMaxLength),
            value, best, worst);
    }

    /// <summary>Numbers that contradict each other (a value above the best) are dropped rather than the review.</summary>
    internal static (double?, double?, double?) Scale(double? value, double? best, double? worst) =>
        (worst is null || best is null || worst <= best) && (value is null || ((worst is null || value >= worst) && (best is null || value <= best)))
            ? (value, best, worst) : (null, null, null);

    internal static string? Language(JsonNode? node)
    {
        var tag = JsonLd.Text(node) ?? JsonLd.Text(JsonLd.FirstObject(node)?["alternateName"]) ?? JsonLd.Text(JsonLd.FirstObject(node)?["name"]);
        // As the API's rule (Rules.LanguageTag): a BCP 47 tag of at most 35 characters.
        return tag is { Length: <= 35 } && System.Text.RegularExpressions.Regex.IsMatch(tag, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$") ? tag : null;
    }

    private static string? Name(JsonObject? thing) => JsonLd.Text(thing?["name"]) is { } name ? JsonLd.Clip(name, Rules.NameMaxLength) : null;

    private static List<(string, string?)> Appearances(JsonObject? item, string reviewUrl)
    {
        var found = new List<(string, string?)>();
        var nodes = new List<JsonNode?> { item?["firstAppearance"] };
        if (item?["appearance"] is JsonArray array)
        {
            nodes.AddRange(array);
        }
        else
        {
            nodes.Add(item?["appearance"]);
        }
        foreach (var node in nodes)
        {
            var appearance = JsonLd.FirstObject(node);
            if (JsonLd.Url(appearance?["url"] ?? node, reviewUrl) is { } url && !found.Exists(f => f.Item1 == url))
            {
                var headline = JsonLd.Text(appearance?["headline"]) ?? JsonLd.Text(appearance?["name"]);
                found.Add((url, headline is null ? null : JsonLd.Clip(headline, Rules.TitleMaxLength)));
            }
        }
        return found;
    }
}
