using System.Globalization;
using System.Text;

namespace FactCheck.Api.Reviews;

/// <summary>
/// Textual ratings as fact-checkers write them ("Pants on Fire!", "«Faux»", "Rating: False – the photo is from 2015",
/// "ＬОЖЬ") reduced to one key, so that a mapping written once matches every spelling. One function for imports, the
/// mapping table's seed, <c>PUT /rating-mappings/{label}</c> and lookups alike:
/// <list type="number">
/// <item>characters folded (<see cref="LabelFolding"/>: NFKC forms, case, diacritics and script variants);</item>
/// <item>cut into parts at a colon, a dash between spaces (or an en or em dash), a vertical bar or an opening bracket; a hyphen
/// inside a word becomes a space ("Half-True" is "half true");</item>
/// <item>the first part that is not a lead-in ("Rating", "Verdict", "Urteil", "Вердикт", ...) is the label: what follows it is
/// an explanation ("False – the photo is from 2015" is "false"; "Verdict: False" is "false");</item>
/// <item>punctuation, quotes and symbols around it dropped, spaces single.</item>
/// </list>
/// </summary>
public static class RatingLabels
{
    public const int MaxLength = 200;

    /// <summary>
    /// Moves whenever <see cref="Normalise"/> would give another key for some text: start-up then re-keys the stored mappings and
    /// reviews (see <see cref="RatingKeys"/>).
    /// </summary>
    public const int Version = 1;

    /// <summary>Words that introduce a verdict rather than being one, in the languages of the seeded table.</summary>
    private static readonly HashSet<string> LeadIns = new(new[]
    {
        "rating", "our rating", "verdict", "our verdict", "the verdict", "ruling", "our ruling", "conclusion", "bottom line", "fact check",
        "factcheck", "label", "status", "result", "veredicto", "nuestro veredicto", "calificación", "clasificación", "conclusión", "resultado",
        "veredito", "classificação", "avaliação", "conclusão", "selo", "etiqueta", "notre verdict", "note", "évaluation", "étiquette",
        "bewertung", "unsere bewertung", "urteil", "fazit", "ergebnis", "einschätzung", "verdetto", "valutazione", "giudizio", "conclusione",
        "etichetta", "вердикт", "наш вердикт", "оценка", "вывод", "итог", "оцінка", "висновок", "الحكم", "التقييم", "النتيجة", "الخلاصة",
        "التصنيف", "निष्कर्ष", "फैसला", "नतीजा", "रेटिंग", "sonuç", "karar", "değerlendirme", "etiket", "ocena", "werdykt", "wniosek",
        "wynik", "oordeel", "ons oordeel", "conclusie", "beoordeling", "kesimpulan", "penilaian", "hasil", "hasil cek fakta",
        "hasil periksa fakta",
    }.Select(word => Clean(LabelFolding.Fold(word))), StringComparer.Ordinal);

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        string? leadIn = null;
        foreach (var part in Parts(LabelFolding.Fold(text)))
        {
            var label = Clean(part);
            if (label.Length == 0)
            {
                continue;
            }
            if (!LeadIns.Contains(label))
            {
                return label;
            }
            leadIn ??= label;
        }
        return leadIn ?? "";
    }

    /// <summary>The parts between separators; a hyphen inside a word is a space, one beside a space a separator.</summary>
    private static List<string> Parts(string folded)
    {
        var parts = new List<string>();
        var current = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var spaced = i == 0 || i == folded.Length - 1 || folded[i - 1] == ' ' || folded[i + 1] == ' ';
            if (c is ':' or '–' or '|' or '(' or '[' || c == '-' && spaced)
            {
                parts.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c == '-' ? ' ' : c);
        }
        parts.Add(current.ToString());
        return parts;
    }

    /// <summary>Single spaces, and nothing but letters, marks and digits at either end (quotes, ¡!, «», emoji go).</summary>
    private static string Clean(string part)
    {
        var words = string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var start = 0;
        var end = words.Length;
        while (start < end && !IsWordCharacter(words[start]))
        {
            start++;
        }
        while (end > start && !IsWordCharacter(words[end - 1]))
        {
            end--;
        }
        return words[start..end].Trim();
    }

    private static bool IsWordCharacter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
