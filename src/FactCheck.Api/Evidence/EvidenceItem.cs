using FactCheck.Api.Common;
using FactCheck.Api.Data;
using FactCheck.Api.Sources;

namespace FactCheck.Api.Evidence;

/// <summary>An item bearing on a claim ("Evidence" is the namespace, hence the name).</summary>
public sealed class EvidenceItem : Entity, IClaimPart
{
    public Guid ClaimId { get; set; }
    public required string Summary { get; set; }
    public Guid? SourceId { get; set; }
    public Source? Source { get; set; }
    public string? Url { get; set; }
    public EvidenceBearing Bearing { get; set; }
    public EvidenceStrength Strength { get; set; }

    public override string EntityType => "evidence";
}
