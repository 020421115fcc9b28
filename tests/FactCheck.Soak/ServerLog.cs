namespace FactCheck.Soak;

/// <summary>What a server printed: its last lines (for a start that fails) and every error it logged.</summary>
internal sealed class ServerLog
{
    private readonly Queue<string> lastLines = new();
    private readonly List<string> failures = [];
    private int followLines;

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (failures)
            {
                return [.. failures];
            }
        }
    }

    public string Output
    {
        get
        {
            lock (lastLines)
            {
                return string.Join('\n', lastLines);
            }
        }
    }

    public void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (failures)
        {
            // The console logger writes the level and category on one line, the message and exception on the next ones.
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                followLines = 3;
                failures.Add(line);
            }
            else if (followLines > 0 && failures.Count > 0)
            {
                followLines--;
                failures[^1] += " | " + line.Trim();
            }
        }
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 80)
            {
                lastLines.Dequeue();
            }
        }
    }
}
