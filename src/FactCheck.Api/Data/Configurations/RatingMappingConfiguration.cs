using FactCheck.Api.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class RatingMappingConfiguration : IEntityTypeConfiguration<RatingMapping>
{
    /// <summary>A fixed time for the seeded rows, so the migration does not change on every build.</summary>
    private static readonly DateTime Seeded = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<RatingMapping> builder)
    {
        builder.ToTable("rating_mappings");
        builder.HasKey(m => m.Label);
        builder.Property(m => m.Label).HasMaxLength(RatingLabels.MaxLength);
        builder.Property(m => m.Note).HasMaxLength(RatingMappingRequestValidator.NoteMaxLength);
        builder.Property(m => m.UpdatedBy).HasMaxLength(Common.Rules.NameMaxLength);
        builder.HasData(RatingLabels.Seed.Select(s => new RatingMapping { Label = s.Label, Status = s.Status, UpdatedAt = Seeded, UpdatedBy = "seed" }));
    }
}
