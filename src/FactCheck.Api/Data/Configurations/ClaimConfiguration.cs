using FactCheck.Api.Claims;
using FactCheck.Api.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ConfigureEntity("claims");
        builder.Property(c => c.Statement).HasMaxLength(Rules.StatementMaxLength);
        builder.Property(c => c.Summary).HasMaxLength(Rules.TitleMaxLength);
        builder.Property(c => c.Language).HasMaxLength(35);
        builder.Property(c => c.StatusRationale).HasMaxLength(Rules.StatementMaxLength);
        builder.Property(c => c.StatusChangedBy).HasMaxLength(Rules.NameMaxLength);
        // An actor with claims cannot be deleted: the API answers 409 first, the key is the last line of defence.
        builder.HasOne(c => c.Claimant).WithMany().HasForeignKey(c => c.ClaimantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Appearances).WithOne().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Rebuttals).WithOne().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ClaimantId);
        // Imports look claims up by a batch of keys (IN (...)), then pick the claimant: the key leads the index.
        builder.Property<string?>(StatementKey.Property).HasMaxLength(Rules.StatementMaxLength);
        builder.HasIndex(StatementKey.Property, nameof(Claim.ClaimantId));
        builder.HasIndex(c => c.EvidenceStatus);
        // Keyset paging of each list sort seeks (key, Id) past the cursor: these make that an index seek.
        builder.HasIndex(c => new { c.MadeAt, c.Id });
        builder.HasIndex(c => new { c.CreatedAt, c.Id });
        builder.HasIndex(c => new { c.UpdatedAt, c.Id });
    }
}

internal sealed class ClaimAppearanceConfiguration : IEntityTypeConfiguration<ClaimAppearance>
{
    public void Configure(EntityTypeBuilder<ClaimAppearance> builder)
    {
        builder.ToTable("claim_appearances");
        builder.HasKey(a => new { a.ClaimId, a.SourceId });
        builder.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.SourceId);
    }
}
