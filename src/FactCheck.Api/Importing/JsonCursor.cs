using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Reads JSON tokens from a seekable stream through a buffer that only ever holds the value being read, so a
/// document of any size is read in bounded memory. <see cref="Utf8JsonReader"/> is a ref struct and cannot live across
/// the iterators that use this class, so each operation makes a reader from the saved <see cref="JsonReaderState"/>,
/// and either completes or, short of data, refills the buffer and starts again from the same state.
/// </summary>
internal sealed class JsonCursor(Stream stream)
{
    /// <summary>No single value (a string, or an object read whole) may need more buffer than this.</summary>
    public const int MaxValueBytes = 64 * 1024 * 1024;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 256 };
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private long bufferOffset;
    private bool finalBlock;
    private JsonReaderState state = new(Options);

    public enum Outcome { Value, TooLarge, End }

    /// <summary>How far into the stream the reading has got (seeking back never lowers it).</summary>
    public long BytesRead { get; private set; }

    /// <summary>The stream offset of the next byte not yet consumed.</summary>
    public long Position => bufferOffset + start;

    public JsonTokenType TokenType { get; private set; }

    public long TokenOffset { get; private set; }

    public int Depth { get; private set; }

    public string? PropertyName { get; private set; }

    public JsonReaderState State => state;

    /// <summary>The next token, consumed; <see cref="JsonTokenType.None"/> at the end of the document.</summary>
    public JsonTokenType Read() => Next(consume: true);

    /// <summary>The type of the next token, left unconsumed.</summary>
    public JsonTokenType Peek() => Next(consume: false);

    /// <summary>
    /// The next value as a node when it fits in <paramref name="limit"/> bytes; <see cref="Outcome.TooLarge"/> leaves it
    /// unread; <see cref="Outcome.End"/> means the enclosing array or object ended (its closing token is consumed).
    /// </summary>
    public Outcome TryReadValue(int limit, out JsonNode? node)
    {
        node = null;
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            if (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    Commit(ref reader);
                    return Outcome.End;
                }
                var probe = reader;
                if (probe.TrySkip())
                {
                    node = JsonNode.Parse(ref reader);
                    Commit(ref reader);
                    return Outcome.Value;
                }
            }
            if (end - start >= limit)
            {
                return Outcome.TooLarge;
            }
            Fill();
        }
    }

    /// <summary>Skips to the end of the array or object whose opening token was just read.</summary>
    public void SkipContainer()
    {
        var depth = Depth;
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            while (reader.Read())
            {
                if (reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    Commit(ref reader);
                    return;
                }
            }
            Commit(ref reader);
            Fill();
        }
    }

    /// <summary>Goes back (or forward) to <paramref name="offset"/>; a fresh state reads the value there as a document of its own.</summary>
    public void Seek(long offset, JsonReaderState? at = null)
    {
        stream.Position = offset;
        bufferOffset = offset;
        start = end = 0;
        finalBlock = false;
        state = at ?? new JsonReaderState(Options);
    }

    private JsonTokenType Next(bool consume)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            if (reader.Read())
            {
                if (consume)
                {
                    TokenOffset = bufferOffset + start + reader.TokenStartIndex;
                    PropertyName = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
                    TokenType = reader.TokenType;
                    Depth = reader.CurrentDepth;
                    Commit(ref reader);
                }
                return reader.TokenType;
            }
            if (finalBlock)
            {
                return JsonTokenType.None;
            }
            Fill();
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private void Fill()
    {
        if (finalBlock)
        {
            // The reader asked for more than the document holds: let it say what is wrong.
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), true, state);
            while (reader.Read())
            {
            }
            throw new JsonException("The document ends in the middle of a value.");
        }
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            bufferOffset += start;
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxValueBytes)
            {
                throw new JsonException($"A single value is larger than {MaxValueBytes / (1024 * 1024)} MB.");
            }
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        finalBlock = read == 0;
        BytesRead = Math.Max(BytesRead, bufferOffset + end);
    }
}
