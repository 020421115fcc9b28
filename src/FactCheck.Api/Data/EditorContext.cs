namespace FactCheck.Api.Data;

/// <summary>
/// Who is making the changes of the current request; history entries carry this name.
/// Until API keys exist every HTTP write is by "anonymous"; the demo loader writes as "demo-data".
/// </summary>
public sealed class EditorContext
{
    public const string Anonymous = "anonymous";

    public string Name { get; set; } = Anonymous;
}
