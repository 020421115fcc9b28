using FactCheck.Api.Data;

namespace FactCheck.Api.Reviews;

/// <summary>
/// A fact-check article about a claim, published by someone (possibly us): the fields of a schema.org ClaimReview.
/// The rating numbers are kept as published because each publisher uses its own scale.
/// </summary>
public sealed class Review : Entity, IClaimPart
{
    public Guid ClaimId { get; set; }
    public required string PublisherName { get; set; }
    public string? PublisherUrl { get; set; }
    public required string Url { get; set; }
    public string? Title { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? Language { get; set; }
    public required string TextualRating { get; set; }
    public double? RatingValue { get; set; }
    public double? BestRating { get; set; }
    public double? WorstRating { get; set; }

    public override string EntityType => "review";
}
