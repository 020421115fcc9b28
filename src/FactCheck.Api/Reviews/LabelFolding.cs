using System.Text;

namespace FactCheck.Api.Reviews;

/// <summary>
/// The character half of <see cref="RatingLabels.Normalise"/>: compatibility forms, case, and the letter variants writers
/// of each script use interchangeably. Written out because the service runs with invariant globalization, where
/// <c>string.Normalize</c> returns its input unchanged for every form (ICU is not loaded; checked on .NET 10), and
/// <c>ToLowerInvariant</c> leaves the Turkish İ as it is. What NFKC would do to the labels fact-checkers write is done here:
/// full-width Latin (ＦＡＬＳＥ), ligatures (ﬁ), Arabic presentation forms, Devanagari letters with a precomposed nukta, odd
/// spaces; decomposed Cyrillic й and ї are composed. Then, beyond NFKC, variants that do not change the word: Latin
/// diacritics (ENGAÑOSO, Größtenteils), Cyrillic ё, Arabic hamza forms of alef, alef maksura, teh marbuta, harakat and
/// tatweel, the Devanagari nukta itself. Devanagari vowel signs are letters there and are kept.
/// </summary>
internal static class LabelFolding
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıľĺłñńňòóôõöøōőŕřśšşșťţțùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccddeeeeeeeegiiiiiiilllnnnoooooooorrsssstttuuuuuuuuyyzzz";

    /// <summary>Letters of Arabic's presentation forms B (U+FE80..U+FEFC) and how many forms each has, in code point order.</summary>
    private static readonly (string Letters, int Forms)[] ArabicForms =
    [
        ("ء", 1), ("آ", 2), ("أ", 2), ("ؤ", 2), ("إ", 2), ("ئ", 4), ("ا", 2), ("ب", 4), ("ة", 2), ("ت", 4), ("ث", 4), ("ج", 4), ("ح", 4),
        ("خ", 4), ("د", 2), ("ذ", 2), ("ر", 2), ("ز", 2), ("س", 4), ("ش", 4), ("ص", 4), ("ض", 4), ("ط", 4), ("ظ", 4), ("ع", 4), ("غ", 4),
        ("ف", 4), ("ق", 4), ("ك", 4), ("ل", 4), ("م", 4), ("ن", 4), ("ه", 4), ("و", 2), ("ى", 2), ("ي", 4), ("لآ", 2), ("لأ", 2), ("لإ", 2),
        ("لا", 2),
    ];

    internal static readonly string[] ArabicPresentation = BuildArabicPresentation();

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            Append(builder, Compatible(raw));
        }
        return builder.ToString();
    }

    /// <summary>The compatibility decomposition (NFKC's K) of the forms labels are met in; one character may become several.</summary>
    private static string Compatible(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(), // full-width ASCII
        'ﬀ' => "ff", 'ﬁ' => "fi", 'ﬂ' => "fl", 'ﬃ' => "ffi", 'ﬄ' => "ffl", 'ﬅ' or 'ﬆ' => "st",
        >= '\uFE80' and <= '\uFEFC' => ArabicPresentation[c - 0xFE80],
        >= '\uFE70' and <= '\uFE7F' => "", // harakat in presentation forms: dropped below anyway
        >= '\u0958' and <= '\u095F' => "कखगजडढफय"[c - 0x0958].ToString(), // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़: the nukta goes, as below
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => "", // zero-width characters, soft hyphen
        _ => c.ToString(),
    };

    private static void Append(StringBuilder builder, string piece)
    {
        foreach (var source in piece)
        {
            var c = source == 'İ' ? 'i' : char.ToLowerInvariant(source);
            if (c is >= '\u0300' and <= '\u036F')
            {
                ComposeOrDrop(builder, c);
                continue;
            }
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or '\u093C')
            {
                continue; // Arabic harakat, superscript alef and tatweel; the Devanagari nukta
            }
            var accented = Accented.IndexOf(c, StringComparison.Ordinal);
            builder.Append(c switch
            {
                _ when char.IsWhiteSpace(c) => " ",
                _ when accented >= 0 => Plain[accented].ToString(),
                'ß' => "ss", 'æ' => "ae", 'œ' => "oe",
                'ё' => "е",
                'أ' or 'إ' or 'آ' or 'ٱ' => "ا", 'ى' => "ي", 'ة' => "ه",
                '‐' or '‑' => "-",
                '‒' or '–' or '—' or '―' or '−' => "–",
                '’' or '‘' or 'ʼ' or '`' or '´' => "'",
                _ => c.ToString(),
            });
        }
    }

    /// <summary>A combining mark after its letter: й and ї are letters of their own in Russian and Ukrainian; every other mark goes.</summary>
    private static void ComposeOrDrop(StringBuilder builder, char mark)
    {
        var last = builder.Length > 0 ? builder[^1] : '\0';
        if (mark == '\u0306' && last == 'и')
        {
            builder[^1] = 'й';
        }
        else if (mark == '\u0308' && last == 'і')
        {
            builder[^1] = 'ї';
        }
    }

    private static string[] BuildArabicPresentation()
    {
        var forms = new List<string>();
        foreach (var (letters, count) in ArabicForms)
        {
            forms.AddRange(Enumerable.Repeat(letters, count));
        }
        return [.. forms];
    }
}
