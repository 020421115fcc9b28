using FactCheck.Api.Common;
using FactCheck.Api.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Status).HasConversion<WireEnumConverter<ImportJobStatus>>().HasMaxLength(16);
        builder.Property(j => j.CreatedBy).HasMaxLength(Rules.NameMaxLength);
        builder.Property(j => j.SpoolFile).HasMaxLength(100);
        builder.Property(j => j.Error).HasMaxLength(2000);
        // The runner takes the oldest queued job; the list pages by id.
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
    }
}
