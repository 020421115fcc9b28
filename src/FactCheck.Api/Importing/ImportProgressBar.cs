using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Api.Importing;

/// <summary>
/// The command line's progress bar on standard error: bytes read in percent, reviews found, reviews per second, redrawn
/// in place (carriage return) at most ten times a second. Only on a terminal: redirected, the log gets the summary alone.
/// </summary>
internal sealed class ImportProgressBar(TextWriter error, bool enabled)
{
    private const int Width = 30;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long drawnAt = -1000;
    private bool drawn;

    public async Task ShowAsync(ImportProgress progress)
    {
        var now = clock.ElapsedMilliseconds;
        if (!enabled || (now - drawnAt < 100 && progress.BytesRead < progress.BytesTotal))
        {
            return;
        }
        drawnAt = now;
        drawn = true;
        var fraction = progress.BytesTotal == 0 ? 1 : Math.Clamp((double)progress.BytesRead / progress.BytesTotal, 0, 1);
        var filled = (int)(fraction * Width);
        var rate = progress.Reviews / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        await error.WriteAsync(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {fraction * 100,3:0}%  {progress.Reviews:N0} reviews  {rate:N0} reviews/s "));
    }

    /// <summary>Ends the bar's line, so the summary starts on a line of its own.</summary>
    public async Task EndAsync()
    {
        if (drawn)
        {
            await error.WriteLineAsync();
        }
    }
}
