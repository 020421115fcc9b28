namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// The folder <c>shared/</c> beside the checkout (documents published by real fact-checkers), which not every checkout has.
/// <c>FACTCHECK_SHARED_DIR</c> points elsewhere. Without it the tests that read it are reported as skipped, never passed;
/// <c>FACTCHECK_SHARED=required</c> (as CI sets) makes its absence a failure.
/// </summary>
public static class SharedData
{
    public static string Root =>
        Environment.GetEnvironmentVariable("FACTCHECK_SHARED_DIR") is { Length: > 0 } path ? path : Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"));

    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("FACTCHECK_SHARED"), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test that reads <paramref name="folder"/> cannot run here, or null when it must run.</summary>
    public static string? SkipReason(string folder) => Directory.Exists(Path.Combine(Root, folder)) || IsRequired
        ? null
        : $"No {Path.Combine(Root, folder)}: the folder shared/ beside the checkout (or FACTCHECK_SHARED_DIR) holds it; "
            + "FACTCHECK_SHARED=required turns its absence into a failure.";

    /// <summary>The full path of <paramref name="folder"/> under shared/; a missing one fails the test that asks.</summary>
    public static string Folder(string folder)
    {
        var path = Path.Combine(Root, folder);
        Assert.True(Directory.Exists(path), $"FACTCHECK_SHARED=required but there is no {path}: put shared/ beside the checkout or set FACTCHECK_SHARED_DIR.");
        return path;
    }
}

/// <summary>
/// A fact that reads a folder under shared/. xunit 2 reads <see cref="FactAttribute.Skip"/> when it discovers the test, so
/// a checkout without it reports the test as skipped, with the reason, instead of passing it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder)
    {
        Folder = folder;
        Skip = SharedData.SkipReason(folder);
    }

    /// <summary>The folder under shared/ the test reads, such as <c>data/claimreview</c>.</summary>
    public string Folder { get; }
}
