using System.Text.Json.Nodes;
using FactCheck.Api.Common;

namespace FactCheck.Api.Importing;

/// <summary>One review of a Google Fact Check Tools <c>claims:search</c> answer, with the claim it belongs to.</summary>
public static class GoogleReader
{
    public static ImportItem Read(JsonObject? claim, JsonObject? review)
    {
        var url = JsonLd.Url(review?["url"], null) ?? throw new ImportException("The claimReview has no absolute http(s) 'url'.");
        var text = JsonLd.Text(claim?["text"]) ?? throw new ImportException("The claim has no 'text'.");
        var rating = JsonLd.Text(review?["textualRating"]) ?? throw new ImportException("The claimReview has no 'textualRating'.");
        var publisher = review?["publisher"] as JsonObject;
        var site = JsonLd.Text(publisher?["site"]);
        var publisherUrl = site is null ? null : JsonLd.Url(JsonValue.Create(site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site), null);
        var claimant = JsonLd.Text(claim?["claimant"]);
        return new ImportItem(
            JsonLd.Clip(text, Rules.StatementMaxLength),
            claimant is null ? null : JsonLd.Clip(claimant, Rules.NameMaxLength),
            false, null, null,
            JsonLd.Date(claim?["claimDate"]),
            [],
            JsonLd.Text(publisher?["name"]) ?? site ?? new Uri(url).Host,
            publisherUrl,
            url,
            JsonLd.Text(review?["title"]) is { } title ? JsonLd.Clip(title, Rules.TitleMaxLength) : null,
            JsonLd.Date(review?["reviewDate"]),
            ClaimReviewReader.Language(review?["languageCode"]),
            JsonLd.Clip(rating, Reviews.ReviewRequestValidator.RatingMaxLength),
            null, null, null);
    }
}
