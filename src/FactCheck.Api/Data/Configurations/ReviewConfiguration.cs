using FactCheck.Api.Common;
using FactCheck.Api.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ConfigureEntity("reviews");
        builder.Property(r => r.PublisherName).HasMaxLength(Rules.NameMaxLength);
        builder.Property(r => r.PublisherUrl).HasMaxLength(Rules.UrlMaxLength);
        builder.Property(r => r.Url).HasMaxLength(Rules.UrlMaxLength);
        builder.Property(r => r.Title).HasMaxLength(Rules.TitleMaxLength);
        builder.Property(r => r.Language).HasMaxLength(35);
        builder.Property(r => r.TextualRating).HasMaxLength(ReviewRequestValidator.RatingMaxLength);
        builder.HasOne<Claims.Claim>().WithMany().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ClaimId);
        // A review is identified by where it is published: imports match on it.
        builder.HasIndex(r => r.Url).IsUnique();
        // Unmapped labels are counted per key, and a new mapping finds the claims of its label's reviews: the key leads.
        builder.Property<string?>(RatingKeys.Property).HasMaxLength(RatingLabels.MaxLength);
        builder.HasIndex(RatingKeys.Property, nameof(Review.ClaimId));
    }
}
