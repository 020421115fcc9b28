namespace FactCheck.Api.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The checkout's root: the directory that holds FactCheck.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string OpenApiContract => Path.Combine(Root, "openapi", "v1.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
