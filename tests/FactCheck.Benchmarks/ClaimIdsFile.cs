using System.Text;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// Every live claim's id, one a line at a fixed width, so that a wrk script draws any of them, uniformly, by seeking to a
/// random line: the GETs by id spread over the whole table instead of going back to a sample small enough to stay cached.
/// </summary>
internal static class ClaimIdsFile
{
    private const int IdLength = 36;
    private const int LineLength = IdLength + 1;

    /// <summary>Writes the ids and returns how many there are.</summary>
    public static int Write(string database, string path)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM claims WHERE DeletedAt IS NULL";
        using var reader = command.ExecuteReader();
        using var file = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        var count = 0;
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (id.Length != IdLength)
            {
                throw new InvalidOperationException($"A claim id of unexpected length: {id}");
            }
            file.WriteLine(id);
            count++;
        }
        return count;
    }

    /// <summary><paramref name="count"/> different ids drawn uniformly (fewer when there are fewer), in the order drawn.</summary>
    public static List<string> Sample(string path, int count, Random random)
    {
        using var file = File.OpenRead(path);
        var lines = (int)(file.Length / LineLength);
        var drawn = new HashSet<int>();
        var ids = new List<string>();
        var buffer = new byte[IdLength];
        while (ids.Count < Math.Min(count, lines))
        {
            var line = random.Next(lines);
            if (drawn.Add(line))
            {
                file.Position = (long)line * LineLength;
                file.ReadExactly(buffer);
                ids.Add(Encoding.ASCII.GetString(buffer));
            }
        }
        return ids;
    }

    /// <summary>
    /// Lua for a wrk script: <c>random_id()</c> returns an id drawn uniformly from the file. Each wrk thread opens the file in
    /// its own Lua state and seeds its generator with its own number, so no two threads request the same sequence.
    /// </summary>
    public static string LuaDraw(string path) => $$"""
        local ids = assert(io.open("{{path}}", "rb"))
        local id_count = ids:seek("end") / {{LineLength}}
        local threads = 0
        function setup(thread)
          threads = threads + 1
          thread:set("thread_number", threads)
        end
        function init(args)
          math.randomseed(os.time() * 1000 + (thread_number or 0))
        end
        local function random_id()
          ids:seek("set", math.random(0, id_count - 1) * {{LineLength}})
          return ids:read({{IdLength}})
        end
        """;
}
