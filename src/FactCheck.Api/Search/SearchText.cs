using System.Globalization;
using System.Text;
using FactCheck.Api.Common;

namespace FactCheck.Api.Search;

/// <summary>
/// Text cut into words as FTS5's unicode61 tokenizer (remove_diacritics 2) cuts it: letters and digits form words,
/// everything else separates them; lower case; diacritics removed. For plain text (see <see cref="IsPlain"/>) the
/// words are exactly FTS5's; for other text they are close (Western European diacritics are folded by a table).
/// </summary>
internal static class SearchText
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark)
            {
                continue; // a diacritic written apart from its letter: removed, as remove_diacritics does
            }
            if (IsWordRune(rune, category))
            {
                var lower = Rune.ToLowerInvariant(rune);
                word.Append(lower.IsBmp ? Diacritics.Fold((char)lower.Value).ToString() : lower.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    /// <summary>
    /// True when every letter and digit of <paramref name="text"/> is ASCII: then FTS5 and <see cref="Words"/> cut it
    /// alike (ASCII letters and digits are words, lower-cased; anything else, ASCII or not, separates), with no folding.
    /// </summary>
    public static bool IsPlain(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!rune.IsAscii && (IsWordRune(rune, Rune.GetUnicodeCategory(rune)) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How often <paramref name="phrase"/> occurs in <paramref name="words"/>: its words in a row, the last a prefix when it is one.</summary>
    public static int Occurrences(List<string> words, IReadOnlyList<string> phrase, bool prefix)
    {
        var count = 0;
        for (var start = 0; phrase.Count > 0 && start + phrase.Count <= words.Count; start++)
        {
            var at = 0;
            while (at < phrase.Count - 1 && words[start + at] == phrase[at])
            {
                at++;
            }
            var last = words[start + at];
            if (at == phrase.Count - 1 && (prefix ? last.StartsWith(phrase[at], StringComparison.Ordinal) : last == phrase[at]))
            {
                count++;
            }
        }
        return count;
    }

    // FTS5's default token characters: letters, numbers, private use.
    private static bool IsWordRune(Rune rune, UnicodeCategory category) =>
        Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse;
}
