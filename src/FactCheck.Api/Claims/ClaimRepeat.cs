using FactCheck.Api.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactCheck.Api.Claims;

/// <summary>
/// One side of a link between two claims that are the same claim repeated. A link is stored as two rows, one
/// per claim, so it is listed on both and each claim's history records it (see ChangeRecorder and IClaimPart).
/// </summary>
public sealed class ClaimRepeat : Entity, IClaimPart
{
    public Guid ClaimId { get; set; }
    public Guid OtherClaimId { get; set; }
    public Claim? OtherClaim { get; set; }

    public override string EntityType => "repeat";
}

internal sealed class ClaimRepeatConfiguration : IEntityTypeConfiguration<ClaimRepeat>
{
    public void Configure(EntityTypeBuilder<ClaimRepeat> builder)
    {
        Data.Configurations.EntityConfiguration.ConfigureEntity(builder, "claim_repeats");
        builder.HasOne<Claim>().WithMany().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.OtherClaim).WithMany().HasForeignKey(r => r.OtherClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ClaimId, r.OtherClaimId });
    }
}

/// <summary>Links this claim to <paramref name="ClaimId"/> as the same claim repeated.</summary>
public sealed record ClaimRepeatRequest(Guid ClaimId);

/// <summary>A claim linked as a repeat of this one.</summary>
/// <param name="ClaimId">The other claim.</param>
/// <param name="LinkedAt">When the link was made.</param>
public sealed record ClaimRepeatResponse(Guid ClaimId, string Statement, Guid ClaimantId, DateTime MadeAt, DateTime LinkedAt);

internal sealed class ClaimRepeatRequestValidator : AbstractValidator<ClaimRepeatRequest>
{
    public ClaimRepeatRequestValidator() => RuleFor(r => r.ClaimId).NotEmpty();
}
