using FactCheck.Api.Common;
using FactCheck.Api.Evidence;
using FactCheck.Api.StatusChanges;
using FactCheck.Api.Rebuttals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class RebuttalConfiguration : IEntityTypeConfiguration<Rebuttal>
{
    public void Configure(EntityTypeBuilder<Rebuttal> builder)
    {
        builder.ConfigureEntity("rebuttals");
        builder.Property(r => r.Statement).HasMaxLength(Rules.StatementMaxLength);
        builder.HasOne(r => r.Actor).WithMany().HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ClaimId);
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ConfigureEntity("evidence");
        builder.Property(e => e.Summary).HasMaxLength(Rules.StatementMaxLength);
        builder.Property(e => e.Url).HasMaxLength(Rules.UrlMaxLength);
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.ClaimId);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.ToTable("status_changes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Rationale).HasMaxLength(Rules.StatementMaxLength);
        builder.Property(s => s.By).HasMaxLength(Rules.NameMaxLength);
        builder.HasOne<Claims.Claim>().WithMany().HasForeignKey(s => s.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ClaimId, s.At });
        // No foreign key: a purged review leaves the change as it was, now an editor's to the mappings (see RatingRemapping).
    }
}
