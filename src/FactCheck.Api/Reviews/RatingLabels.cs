using System.Globalization;
using System.Text;
using FactCheck.Api.Common;

namespace FactCheck.Api.Reviews;

/// <summary>
/// Textual ratings as fact-checkers write them ("Pants on Fire!", "ENGAÑOSO") reduced to one key, so that a mapping
/// written once matches every spelling: lower case, no diacritics, single spaces, no surrounding punctuation.
/// </summary>
public static class RatingLabels
{
    public const int MaxLength = 200;

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsWhiteSpace(c) ? ' ' : Diacritics.Fold(c));
        }
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim('.', '!', '?', '"', '\'', ',', ';', ':', '¡', '¿', ' ');
    }

    /// <summary>The mappings a new database starts with: common English and Spanish verdicts.</summary>
    public static readonly IReadOnlyList<(string Label, EvidenceStatus Status)> Seed =
    [
        ("false", EvidenceStatus.Refuted), ("pants on fire", EvidenceStatus.Refuted), ("fake", EvidenceStatus.Refuted),
        ("fabricated", EvidenceStatus.Refuted), ("incorrect", EvidenceStatus.Refuted), ("wrong", EvidenceStatus.Refuted),
        ("four pinocchios", EvidenceStatus.Refuted), ("falso", EvidenceStatus.Refuted), ("falsa", EvidenceStatus.Refuted),
        ("bulo", EvidenceStatus.Refuted), ("fake news", EvidenceStatus.Refuted), ("mostly false", EvidenceStatus.Refuted),
        ("misleading", EvidenceStatus.Disputed), ("half true", EvidenceStatus.Disputed), ("mixture", EvidenceStatus.Disputed),
        ("partly false", EvidenceStatus.Disputed), ("partially false", EvidenceStatus.Disputed), ("missing context", EvidenceStatus.Disputed),
        ("exaggerated", EvidenceStatus.Disputed), ("out of context", EvidenceStatus.Disputed), ("enganoso", EvidenceStatus.Disputed),
        ("enganosa", EvidenceStatus.Disputed), ("verdadero a medias", EvidenceStatus.Disputed), ("medio verdadero", EvidenceStatus.Disputed),
        ("impreciso", EvidenceStatus.Disputed), ("sin contexto", EvidenceStatus.Disputed), ("exagerado", EvidenceStatus.Disputed),
        ("unproven", EvidenceStatus.Unsubstantiated), ("no evidence", EvidenceStatus.Unsubstantiated), ("unsupported", EvidenceStatus.Unsubstantiated),
        ("unsubstantiated", EvidenceStatus.Unsubstantiated), ("sin evidencia", EvidenceStatus.Unsubstantiated),
        ("no hay evidencia", EvidenceStatus.Unsubstantiated), ("inverificable", EvidenceStatus.Unsubstantiated),
        ("mostly true", EvidenceStatus.Substantiated), ("true", EvidenceStatus.Substantiated), ("correct", EvidenceStatus.Substantiated),
        ("accurate", EvidenceStatus.Substantiated), ("verdadero", EvidenceStatus.Substantiated), ("verdadera", EvidenceStatus.Substantiated),
        ("cierto", EvidenceStatus.Substantiated), ("correcto", EvidenceStatus.Substantiated), ("real", EvidenceStatus.Substantiated),
    ];
}
