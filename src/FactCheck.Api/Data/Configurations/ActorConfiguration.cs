using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.ConfigureEntity("actors");
        builder.Property(a => a.Name).HasMaxLength(Rules.NameMaxLength);
        builder.Property(a => a.Title).HasMaxLength(Rules.TitleMaxLength);
        builder.Property(a => a.Affiliation).HasMaxLength(Rules.TitleMaxLength);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.HasIndex(a => a.Name);
    }
}
