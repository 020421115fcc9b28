using System.Text;
using System.Text.Json;

namespace FactCheck.Api.Matching;

/// <summary>The JSON arrays the matching index passes to SQL, one parameter per statement (see <see cref="SqliteMatchSql"/>).</summary>
internal static class MatchJson
{
    /// <summary>["stem", ...]</summary>
    public static string Strings(IEnumerable<string> values) => Write(writer =>
    {
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
    });

    /// <summary>[[row, "claim id", [term ids]], ...]</summary>
    public static string Claims(IEnumerable<(long Row, string ClaimId, long[] Terms)> claims) => Write(writer =>
    {
        foreach (var (row, claimId, terms) in claims)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(row);
            writer.WriteStringValue(claimId);
            writer.WriteStartArray();
            foreach (var term in terms)
            {
                writer.WriteNumberValue(term);
            }
            writer.WriteEndArray();
            writer.WriteEndArray();
        }
    });

    /// <summary>[[term id, claims], ...]</summary>
    public static string Counts(Dictionary<long, int> counts) => Write(writer =>
    {
        foreach (var (term, claims) in counts)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(term);
            writer.WriteNumberValue(claims);
            writer.WriteEndArray();
        }
    });

    /// <summary>[[term id, weight], ...]</summary>
    public static string Weights(IEnumerable<(long Term, double Weight)> weights) => Write(writer =>
    {
        foreach (var (term, weight) in weights)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(term);
            writer.WriteNumberValue(weight);
            writer.WriteEndArray();
        }
    });

    private static string Write(Action<Utf8JsonWriter> items)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            items(writer);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
