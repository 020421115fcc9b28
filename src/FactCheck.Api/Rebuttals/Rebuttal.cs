using FactCheck.Api.Actors;
using FactCheck.Api.Common;
using FactCheck.Api.Data;
using FactCheck.Api.Sources;

namespace FactCheck.Api.Rebuttals;

public sealed class Rebuttal : Entity, IClaimPart
{
    public Guid ClaimId { get; set; }
    public Guid ActorId { get; set; }
    public Actor? Actor { get; set; }
    public required string Statement { get; set; }
    public DateTime? MadeAt { get; set; }
    public Guid? SourceId { get; set; }
    public Source? Source { get; set; }
    public RebuttalKind Kind { get; set; }

    public override string EntityType => "rebuttal";
}
