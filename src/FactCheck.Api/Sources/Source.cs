using FactCheck.Api.Common;
using FactCheck.Api.Data;

namespace FactCheck.Api.Sources;

public sealed class Source : Entity
{
    /// <summary>Unique when given; a briefing or broadcast may have none.</summary>
    public string? Url { get; set; }
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    public DateTime? PublishedAt { get; set; }
    public SourceKind Kind { get; set; }
    public string? Language { get; set; }
    public string? ArchiveUrl { get; set; }

    public override string EntityType => "source";
}
