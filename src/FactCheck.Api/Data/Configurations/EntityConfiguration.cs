using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

/// <summary>What every <see cref="Entity"/> shares: its key and the version used for optimistic concurrency.</summary>
internal static class EntityConfiguration
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder, string table) where T : Entity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.EntityType);
        builder.Property(e => e.DeletedBy).HasMaxLength(Common.Rules.NameMaxLength);
        // Tombstones are invisible to every query unless it asks with IgnoreQueryFilters().
        builder.HasQueryFilter(e => e.DeletedAt == null);
    }
}
