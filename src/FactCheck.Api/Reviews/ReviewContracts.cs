using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FluentValidation;

namespace FactCheck.Api.Reviews;

/// <summary>Who published a review.</summary>
/// <param name="Name">The fact-checker's name ("PolitiFact").</param>
/// <param name="Url">Its site (absolute http or https URL).</param>
public sealed record ReviewPublisher(string Name, string? Url = null);

/// <summary>A fact-check article about the claim (schema.org ClaimReview).</summary>
/// <param name="Publisher">Who published it.</param>
/// <param name="Url">Where it is published; unique across all reviews.</param>
/// <param name="Title">Its headline.</param>
/// <param name="PublishedAt">When it was published (ISO 8601; stored in UTC).</param>
/// <param name="Language">BCP 47 tag of the article.</param>
/// <param name="TextualRating">The verdict in the publisher's words ("Pants on Fire", "Falso").</param>
/// <param name="RatingValue">The verdict on the publisher's numeric scale, if it has one.</param>
/// <param name="BestRating">The best value of that scale.</param>
/// <param name="WorstRating">The worst value of that scale.</param>
public sealed record ReviewRequest(
    ReviewPublisher Publisher,
    string Url,
    string TextualRating,
    string? Title = null,
    DateTimeOffset? PublishedAt = null,
    string? Language = null,
    double? RatingValue = null,
    double? BestRating = null,
    double? WorstRating = null);

public sealed record ReviewResponse(
    Guid Id,
    Guid ClaimId,
    ReviewPublisher Publisher,
    string Url,
    string? Title,
    DateTime? PublishedAt,
    string? Language,
    string TextualRating,
    double? RatingValue,
    double? BestRating,
    double? WorstRating,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeletedAt);

public static class ReviewMapping
{
    public static ReviewResponse ToResponse(this Review r) =>
        new(r.Id, r.ClaimId, new ReviewPublisher(r.PublisherName, r.PublisherUrl), r.Url, r.Title, r.PublishedAt, r.Language,
            r.TextualRating, r.RatingValue, r.BestRating, r.WorstRating, r.CreatedAt, r.UpdatedAt, r.DeletedAt);

    public static void Apply(this Review review, ReviewRequest request)
    {
        review.PublisherName = request.Publisher.Name.Trim();
        review.PublisherUrl = request.Publisher.Url;
        review.Url = request.Url;
        review.Title = request.Title?.Trim();
        review.PublishedAt = request.PublishedAt.ToUtc();
        review.Language = request.Language;
        review.TextualRating = request.TextualRating.Trim();
        review.RatingValue = request.RatingValue;
        review.BestRating = request.BestRating;
        review.WorstRating = request.WorstRating;
    }
}

internal sealed class ReviewRequestValidator : AbstractValidator<ReviewRequest>
{
    public const int RatingMaxLength = 500;

    public ReviewRequestValidator()
    {
        RuleFor(r => r.Publisher).NotNull();
        RuleFor(r => r.Publisher.Name).Text(Rules.NameMaxLength).When(r => r.Publisher is not null).OverridePropertyName("publisher.name");
        RuleFor(r => r.Publisher.Url).HttpUrl().When(r => r.Publisher?.Url is not null).OverridePropertyName("publisher.url");
        RuleFor(r => r.Url).HttpUrl();
        RuleFor(r => r.TextualRating).Text(RatingMaxLength);
        RuleFor(r => r.Title).MaximumLength(Rules.TitleMaxLength);
        RuleFor(r => r.PublishedAt!.Value).Plausible().When(r => r.PublishedAt is not null).OverridePropertyName("publishedAt");
        RuleFor(r => r.Language).LanguageTag();
        RuleFor(r => r.WorstRating).Must((r, worst) => worst <= r.BestRating)
            .When(r => r is { WorstRating: not null, BestRating: not null }).WithMessage("'worstRating' must not exceed 'bestRating'.");
        RuleFor(r => r.RatingValue).Must((r, value) => (r.WorstRating is null || value >= r.WorstRating) && (r.BestRating is null || value <= r.BestRating))
            .When(r => r.RatingValue is not null).WithMessage("'ratingValue' must lie between 'worstRating' and 'bestRating'.");
    }
}
