using System.Text;

namespace FactCheck.Api.Search;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression. Only words, "phrases", prefix* and -exclusions are understood;
/// every term is emitted as a quoted FTS5 string, so FTS5's own operators (NEAR, AND/OR/NOT, col:, ^, parentheses)
/// are never interpreted: any input becomes a safe expression or a reason to refuse it (400), never an SQL error.
/// </summary>
public static class SearchSyntax
{
    public const int MaxLength = 500;
    public const int MaxTerms = 16;

    public static bool TryParse(string? text, out string match, out string error)
    {
        var parsed = TryParseExpression(text, out var expression, out error);
        match = expression.Match;
        return parsed;
    }

    /// <summary>As <see cref="TryParse"/>, with the phrases apart, for counting and scoring them.</summary>
    public static bool TryParseExpression(string? text, out SearchExpression expression, out string error)
    {
        expression = new SearchExpression("", [], []);
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "'q' must contain at least one word.";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = $"'q' may be at most {MaxLength} characters.";
            return false;
        }
        var include = new List<SearchPhrase>();
        var exclude = new List<SearchPhrase>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var negated = text[i] == '-';
            if (negated)
            {
                i++;
            }
            string raw;
            if (i < text.Length && text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end; // An unbalanced quote runs to the end.
                raw = text[(i + 1)..end];
                i = Math.Min(end + 1, text.Length);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                raw = text[start..i];
            }
            var prefix = raw.EndsWith('*') || (i < text.Length && text[i] == '*');
            var term = Clean(raw);
            if (term.Length > 0)
            {
                var phrase = new SearchPhrase($"\"{term}\"" + (prefix ? "*" : ""), term.Split(' '), prefix);
                (negated ? exclude : include).Add(phrase);
            }
        }
        if (include.Count + exclude.Count > MaxTerms)
        {
            error = $"'q' may hold at most {MaxTerms} words and phrases.";
            return false;
        }
        if (include.Count == 0)
        {
            error = "'q' needs at least one word or phrase to find (exclusions alone, or only punctuation, match nothing).";
            return false;
        }
        expression = new SearchExpression(
            $"({string.Join(" AND ", include.Select(p => p.Match))})" + string.Concat(exclude.Select(e => " NOT " + e.Match)), include, exclude);
        return true;
    }

    /// <summary>Letters and digits only: everything else separates tokens for the unicode61 tokenizer anyway.</summary>
    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var rune in raw.EnumerateRunes())
        {
            var keep = Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark;
            if (keep)
            {
                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }
}

/// <summary>A parsed query: the FTS5 expression, the phrases a match contains (what is counted and scored), and those it must not.</summary>
public sealed record SearchExpression(string Match, IReadOnlyList<SearchPhrase> Phrases, IReadOnlyList<SearchPhrase> Excluded);

/// <summary>One phrase to find: its FTS5 form, its words in order, and whether the last word is a prefix.</summary>
public sealed record SearchPhrase(string Match, IReadOnlyList<string> Words, bool Prefix);
