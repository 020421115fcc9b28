using System.Globalization;
using FactCheck.Api.Common;
using FactCheck.Api.Reviews;

namespace FactCheck.Api.Data.RatingTables;

/// <summary>
/// Reads a rating table file of this folder (an embedded resource; its header says the columns and names the sources) into
/// the SQL a migration runs. Seeded rows are written by <see cref="RatingMapping.Seeded"/>; a label an admin has set is left as
/// the admin set it. The labels are normalised as they are seeded; start-up re-keys them if the normalisation changes later.
/// </summary>
internal static class RatingTableSeed
{
    public sealed record Row(string Label, EvidenceStatus Status, string Languages, string Note);

    /// <summary>The rows of <paramref name="file"/>, labels normalised; two rows with one label must agree on its status (the first counts).</summary>
    public static IReadOnlyList<Row> Read(string file)
    {
        using var stream = typeof(RatingTableSeed).Assembly.GetManifestResourceStream("RatingTables/" + file)
            ?? throw new InvalidOperationException($"No rating table '{file}' is embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<Row>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length != 4 || !Vocabulary.TryParse<EvidenceStatus>(columns[1], out var status)
                || RatingLabels.Normalise(columns[0]) is not { Length: > 0 and <= RatingLabels.MaxLength } label)
            {
                throw new InvalidOperationException($"{file}, line {number}: expected a label, a status, languages and a note, separated by tabs.");
            }
            if (seen.Add(label))
            {
                rows.Add(new Row(label, status, columns[2], columns[3]));
            }
            else if (rows.Find(r => r.Label == label)!.Status != status)
            {
                throw new InvalidOperationException($"{file}, line {number}: '{label}' is already mapped to another status.");
            }
        }
        return rows;
    }

    /// <summary>One upsert per row: a new label is added, a seeded one takes the file's status and note, an admin's stays.</summary>
    public static IEnumerable<string> Upserts(string file, DateTime at) => Read(file).Select(row =>
        "INSERT INTO \"rating_mappings\" (\"Label\", \"Status\", \"Note\", \"UpdatedAt\", \"UpdatedBy\") "
        + $"VALUES ({Literal(row.Label)}, {Literal(row.Status.ToWire())}, {Literal($"[{row.Languages}] {row.Note}")}, {Literal(Stamp(at))}, {Literal(RatingMapping.Seeded)}) "
        + "ON CONFLICT (\"Label\") DO UPDATE SET \"Status\" = excluded.\"Status\", \"Note\" = excluded.\"Note\" "
        + $"WHERE \"rating_mappings\".\"UpdatedBy\" = {Literal(RatingMapping.Seeded)};");

    /// <summary>Undoes <see cref="Upserts"/> as far as it can: the rows it added that no admin has set since.</summary>
    public static string DeleteAdded(DateTime at) =>
        $"DELETE FROM \"rating_mappings\" WHERE \"UpdatedBy\" = {Literal(RatingMapping.Seeded)} AND \"UpdatedAt\" = {Literal(Stamp(at))};";

    /// <summary>How EF Core's SQLite provider stores a UTC DateTime.</summary>
    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
