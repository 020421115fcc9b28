using FactCheck.Api.Common;
using FactCheck.Api.Data;

namespace FactCheck.Api.Actors;

public sealed class Actor : Entity
{
    public required string Name { get; set; }
    public ActorKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Affiliation { get; set; }
    public string? Country { get; set; }
    public List<string> Links { get; set; } = [];

    public override string EntityType => "actor";
}
