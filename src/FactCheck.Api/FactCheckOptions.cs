namespace FactCheck.Api;

/// <summary>The "FactCheck" configuration section (environment variables: FactCheck__DataDirectory, ...).</summary>
public sealed class FactCheckOptions
{
    public const string Section = "FactCheck";

    /// <summary>Where the SQLite file lives, relative to the working directory; created if missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>A full SQLite connection string; when set, <see cref="DataDirectory"/> is not used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. Off when another process owns the schema.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the demo claims into an empty database at start-up (once; never again after).</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>
    /// Key that signs list cursors. When none is set, a random one is made at the first start and kept in the database,
    /// so every install has its own and instances sharing a database agree.
    /// </summary>
    public string? CursorSecret { get; set; }

    /// <summary>
    /// The service's public address (for example https://factcheck.example.org). When set, every absolute URL we answer
    /// (the Link header's next page) starts with it; when not, see <see cref="Http.PublicUrls"/>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Reads need a key too (any role). Writes always do.</summary>
    public bool RequireKeyForReads { get; set; }

    /// <summary>Stored as the first admin key ("bootstrap-admin") when the database has no key yet; at least 32 characters.</summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>Writes to an existing record must send If-Match (428 otherwise), so no update is made blind.</summary>
    public bool RequireIfMatch { get; set; }

    /// <summary>Serve Swagger UI at /swagger (and redirect / there). The OpenAPI document is served either way.</summary>
    public bool SwaggerUi { get; set; } = true;

    /// <summary>Serve the benchmark program's yardsticks under /benchmark (never in production; see tests/FactCheck.Benchmarks).</summary>
    public bool BenchmarkMode { get; set; }

    public RateLimitOptions RateLimits { get; set; } = new();

    public RequestLimitOptions Limits { get; set; } = new();

    public Importing.ImportOptions Imports { get; set; } = new();

    /// <summary>Where large import bodies wait for their background job: "imports" under the data directory.</summary>
    public string SpoolDirectory() => Path.Combine(Path.GetFullPath(DataDirectory), "imports");

    public string SqliteConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }
        var directory = Path.GetFullPath(DataDirectory);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "factcheck.db")}";
    }
}
