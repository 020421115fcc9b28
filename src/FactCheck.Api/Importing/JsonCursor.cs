using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Reads JSON tokens forward, once, from a stream through a buffer that only ever holds the token or the small value
/// being read, so a document of any size and nesting is read in bounded memory and in time linear in its size.
/// <see cref="Utf8JsonReader"/> is a ref struct and cannot live across the iterators that use this class, so each
/// operation makes a reader from the saved <see cref="JsonReaderState"/>, and either completes or, short of data,
/// refills the buffer and starts again from the same state. The stream goes through <see cref="JsonTokenLimiter"/>,
/// so no single token needs more than a few tens of kilobytes.
/// </summary>
internal sealed class JsonCursor(Stream stream)
{
    /// <summary>The buffer never grows past this: a longer token (a number of millions of digits) is a fault of the document.</summary>
    public const int MaxBufferBytes = 4 * 1024 * 1024;

    /// <summary>The JSON reader's own nesting limit, kept: a document nested deeper is a fault, whatever it holds.</summary>
    public const int MaxDepth = 256;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth };
    private readonly JsonTokenLimiter limited = new(stream);
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private long bufferOffset;
    private bool finalBlock;
    private JsonReaderState state = new(Options);

    /// <summary>How much of the document has been read.</summary>
    public long BytesRead => limited.SourceBytesRead;

    /// <summary>The document offset of the next byte not yet consumed: where a fault was found.</summary>
    public long Position => limited.SourceOffset(bufferOffset + start);

    /// <summary>
    /// The reader's message, without the line and column it counted once anything was cut from what it read (they would
    /// not be the document's); <see cref="Position"/> is.
    /// </summary>
    public string Explain(JsonException fault) => limited.Cut && fault.LineNumber is not null
        ? System.Text.RegularExpressions.Regex.Replace(fault.Message, @" ?LineNumber: \d+ \| BytePositionInLine: \d+\.?$", "")
        : fault.Message;

    /// <summary>The name of the property just read by <see cref="Read"/>.</summary>
    public string? PropertyName { get; private set; }

    /// <summary>The nesting depth of the token just read by <see cref="Read"/>.</summary>
    private int depth;

    /// <summary>The next token, consumed; <see cref="JsonTokenType.None"/> at the end of the document.</summary>
    public JsonTokenType Read() => Next(consume: true);

    /// <summary>The type of the next token, left unconsumed.</summary>
    public JsonTokenType Peek() => Next(consume: false);

    /// <summary>
    /// The next value as a node, when it fits in <paramref name="limit"/> bytes (<paramref name="length"/> tells how many
    /// it took). False leaves it unread, to be skipped. The caller has peeked: the next token starts a value.
    /// </summary>
    public bool TryReadValue(int limit, out JsonNode? node, out int length)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            if (reader.Read())
            {
                var probe = reader;
                if (probe.TrySkip())
                {
                    var from = reader.TokenStartIndex;
                    node = JsonNodes.Read(ref reader);
                    length = (int)(reader.BytesConsumed - from);
                    Commit(ref reader);
                    return true;
                }
            }
            if (end - start >= limit)
            {
                (node, length) = (null, 0);
                return false;
            }
            Fill();
        }
    }

    /// <summary>Skips the value that starts at the next token, token by token, holding none of it.</summary>
    public void SkipValue()
    {
        if (Read() is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            SkipContainer();
        }
    }

    /// <summary>Skips to the end of the array or object whose opening token was just read.</summary>
    private void SkipContainer()
    {
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

    private JsonTokenType Next(bool consume)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            if (reader.Read())
            {
                if (consume)
                {
                    PropertyName = reader.TokenType == JsonTokenType.PropertyName ? JsonNodes.Text(ref reader) : null;
                    depth = reader.CurrentDepth;
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
            if (buffer.Length >= MaxBufferBytes)
            {
                throw new JsonException($"A single token is larger than {MaxBufferBytes / (1024 * 1024)} MB.");
            }
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        // Filled as far as the stream gives, so a value read whole is probed a few times, not once per small read.
        while (end < buffer.Length)
        {
            var read = limited.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                finalBlock = true;
                return;
            }
            end += read;
        }
    }
}
