using FactCheck.Api.Common;
using FactCheck.Api.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Scope).HasMaxLength(Rules.NameMaxLength);
        builder.Property(r => r.Key).HasMaxLength(IdempotentRequest.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Location).HasMaxLength(Rules.UrlMaxLength);
        builder.Property(r => r.ETag).HasMaxLength(200);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        // The unique index is what makes claiming a key atomic: of two concurrent inserts, on any instance, one fails.
        builder.HasIndex(r => new { r.Scope, r.Key }).IsUnique();
        // Expired rows are deleted by age on every new claim; the index keeps that cheap.
        builder.HasIndex(r => r.CreatedAt);
    }
}
