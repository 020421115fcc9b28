using FactCheck.Api.Common;
using FactCheck.Api.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ConfigureEntity("sources");
        builder.Property(s => s.Url).HasMaxLength(Rules.UrlMaxLength);
        builder.Property(s => s.ArchiveUrl).HasMaxLength(Rules.UrlMaxLength);
        builder.Property(s => s.Title).HasMaxLength(Rules.TitleMaxLength);
        builder.Property(s => s.Publisher).HasMaxLength(Rules.NameMaxLength);
        builder.Property(s => s.Language).HasMaxLength(35);
        // Unique when given; NULLs never collide on SQLite or PostgreSQL.
        builder.HasIndex(s => s.Url).IsUnique();
    }
}
