using FactCheck.Api.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class HistoryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        // No foreign keys on purpose: the history of a deleted record must survive it.
        builder.ToTable("history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.By).HasMaxLength(Common.Rules.NameMaxLength);
        builder.Property(h => h.EntityType).HasMaxLength(32);
        builder.HasIndex(h => new { h.ClaimId, h.Id });
        builder.HasIndex(h => new { h.EntityType, h.EntityId });
    }
}

internal sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> builder)
    {
        builder.ToTable("app_settings");
        builder.HasKey(s => s.Key);
    }
}
