namespace FactCheck.Api.Importing;

/// <summary>
/// A forward-only view of a JSON document in which no string and no run of whitespace is longer than
/// <see cref="MaxRunBytes"/>, so a reader that must hold a whole token in its buffer never holds more. A longer string
/// is cut between two characters and closed there (no stored field is anywhere near that long, and the tolerant readers
/// clip much shorter); a longer run of whitespace is cut short. Everything else passes unchanged, so a document that
/// is not JSON fails in the reader exactly as it would have. Offsets the reader reports are mapped back with
/// <see cref="SourceOffset"/>.
/// </summary>
internal sealed class JsonTokenLimiter(Stream source)
{
    public const int MaxRunBytes = 64 * 1024;

    private enum Lexeme { Between, InString, Escape, Unicode, Dropping, DroppingEscape }

    private readonly byte[] input = new byte[64 * 1024];

    /// <summary>Where bytes were left out: from output offset <c>At</c> on, <c>Dropped</c> bytes of the source are missing.</summary>
    private readonly List<(long At, long Dropped)> cuts = [];
    private Lexeme lexeme;
    private int run;
    private int hexDigits;
    private int codeUnit;
    private bool afterHighSurrogate;
    private long written;
    private long dropped;

    /// <summary>Whether anything was left out so far.</summary>
    public bool Cut => cuts.Count > 0;

    /// <summary>How much of the source has been read.</summary>
    public long SourceBytesRead { get; private set; }

    /// <summary>The source offset of output offset <paramref name="offset"/>.</summary>
    public long SourceOffset(long offset)
    {
        var before = cuts.FindLastIndex(c => c.At <= offset);
        return offset + (before < 0 ? 0 : cuts[before].Dropped);
    }

    /// <summary>Like <see cref="Stream.Read(byte[], int, int)"/>: 0 only at the end of the document.</summary>
    public int Read(byte[] buffer, int offset, int count)
    {
        var output = offset;
        // Until something is passed on or the source ends: a read that answers nothing means the end.
        while (output == offset)
        {
            var read = source.Read(input, 0, Math.Min(count, input.Length));
            if (read == 0)
            {
                break;
            }
            SourceBytesRead += read;
            for (var i = 0; i < read; i++)
            {
                if (Keep(input[i]) is { } b)
                {
                    buffer[output++] = b;
                    written++;
                }
                else
                {
                    Drop();
                }
            }
        }
        return output - offset;
    }

    private void Drop()
    {
        dropped++;
        if (cuts.Count > 0 && cuts[^1].At == written)
        {
            cuts[^1] = (written, dropped);
        }
        else
        {
            cuts.Add((written, dropped));
        }
    }

    /// <summary>The byte to pass on in place of <paramref name="b"/>, or null to leave it out.</summary>
    private byte? Keep(byte b)
    {
        switch (lexeme)
        {
            case Lexeme.Between:
                run = b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' ? run + 1 : 0;
                lexeme = b == '"' ? Lexeme.InString : Lexeme.Between;
                afterHighSurrogate = false;
                return run > MaxRunBytes ? null : b;
            case Lexeme.InString when b == '"':
                (lexeme, run) = (Lexeme.Between, 0);
                return b;
            case Lexeme.InString when run >= MaxRunBytes && !afterHighSurrogate && (b & 0xC0) != 0x80:
                // Between two characters (not inside a UTF-8 sequence, an escape or a surrogate pair): close it here.
                lexeme = b == '\\' ? Lexeme.DroppingEscape : Lexeme.Dropping;
                return (byte)'"';
            case Lexeme.InString:
                run++;
                if (b == '\\')
                {
                    lexeme = Lexeme.Escape;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    afterHighSurrogate = false;
                }
                return b;
            case Lexeme.Escape:
                run++;
                (lexeme, hexDigits, codeUnit) = b == 'u' ? (Lexeme.Unicode, 0, 0) : (Lexeme.InString, 0, 0);
                afterHighSurrogate = false;
                return b;
            case Lexeme.Unicode:
                run++;
                codeUnit = (codeUnit << 4) | HexValue(b);
                if (++hexDigits == 4)
                {
                    lexeme = Lexeme.InString;
                    afterHighSurrogate = codeUnit is >= 0xD800 and <= 0xDBFF;
                }
                return b;
            case Lexeme.Dropping:
                lexeme = b == '\\' ? Lexeme.DroppingEscape : b == '"' ? Lexeme.Between : Lexeme.Dropping;
                run = 0;
                return null;
            default: // DroppingEscape: the escaped byte, whatever it is, does not end the string.
                lexeme = Lexeme.Dropping;
                return null;
        }
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => 0, // Not hex: the reader refuses the escape itself.
    };
}
