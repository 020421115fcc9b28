using System.Text;

namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// Words found nowhere else, one per field a test writes, so it can look for that field's text in any answer and in
/// every byte the service left on disk. Lower case letters and digits: one token for the search index, and the same
/// bytes in UTF-8 whatever case a file holds them in (the scan folds case).
/// </summary>
public static class Markers
{
    public static string New(string field) => $"zq{field}{Guid.NewGuid():N}";

    public static void AssertAbsent(string text, IEnumerable<string> markers, string where)
    {
        foreach (var marker in markers)
        {
            Assert.False(text.Contains(marker, StringComparison.OrdinalIgnoreCase), $"'{marker}' is still in {where}: {text}");
        }
    }

    public static void AssertNotOnDisk(string directory, IReadOnlyCollection<string> markers)
    {
        var found = FoundOnDisk(directory, markers);
        Assert.True(found.Count == 0, "Still on disk: " + string.Join("; ", found));
    }

    /// <summary>Every file under <paramref name="directory"/> (database, WAL, shared memory, spool) that holds one of the markers.</summary>
    public static List<string> FoundOnDisk(string directory, IReadOnlyCollection<string> markers)
    {
        var found = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                file.CopyTo(copy);
                bytes = copy.ToArray();
            }
            catch (FileNotFoundException)
            {
                // SQLite removes its -shm and -wal files when the last connection closes: gone between listing and opening
                // means nothing of it is left on disk to hold a marker.
                continue;
            }
            var folded = Encoding.Latin1.GetString(bytes).ToLowerInvariant();
            found.AddRange(markers.Where(m => folded.Contains(m, StringComparison.Ordinal)).Select(m => $"{m} in {Path.GetFileName(path)}"));
        }
        return found;
    }
}
