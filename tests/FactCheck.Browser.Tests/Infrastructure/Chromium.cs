namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>
/// The browser the tests drive: the system's Chromium (Debian's <c>chromium</c> package), never one Playwright downloads.
/// Without it the tests are skipped, unless <c>FACTCHECK_BROWSER_TESTS=required</c> (as CI sets) makes that a failure.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Where the executable is: <c>FACTCHECK_CHROMIUM</c> when set, else Debian's path.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("FACTCHECK_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("FACTCHECK_BROWSER_TESTS"), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, or null when they must run.</summary>
    public static string? SkipReason => IsInstalled || IsRequired
        ? null
        : $"No Chromium at {ExecutablePath}. To run the browser tests, install it (Debian/Ubuntu: apt-get install -y chromium) "
            + "or point FACTCHECK_CHROMIUM at a Chromium or Chrome executable; FACTCHECK_BROWSER_TESTS=required turns a missing browser into a failure.";
}
