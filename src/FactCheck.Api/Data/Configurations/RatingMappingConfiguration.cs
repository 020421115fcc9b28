using FactCheck.Api.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class RatingMappingConfiguration : IEntityTypeConfiguration<RatingMapping>
{
    public void Configure(EntityTypeBuilder<RatingMapping> builder)
    {
        builder.ToTable("rating_mappings");
        builder.HasKey(m => m.Label);
        builder.Property(m => m.Label).HasMaxLength(RatingLabels.MaxLength);
        builder.Property(m => m.Note).HasMaxLength(RatingMappingRequestValidator.NoteMaxLength);
        builder.Property(m => m.UpdatedBy).HasMaxLength(Common.Rules.NameMaxLength);
        // The seeded labels are data, inserted by migrations from the files in Data/RatingTables (see RatingTableSeed).
    }
}
