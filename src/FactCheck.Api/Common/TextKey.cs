using System.Globalization;
using System.Text;

namespace FactCheck.Api.Common;

/// <summary>
/// Text reduced to a key for "the same words": lower case, no diacritics, single spaces, no surrounding punctuation.
/// Claims are matched on it (<see cref="Claims.StatementKey"/>, stored and indexed) and claimants by name. Textual ratings
/// have a normalisation of their own (<see cref="Reviews.RatingLabels"/>): this one must not change, or stored keys go stale.
/// </summary>
public static class TextKey
{
    public static string Of(string? text)
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
            // Invariant globalization: FormD decomposes nothing, so letters with diacritics are folded by Diacritics' table.
            builder.Append(char.IsWhiteSpace(c) ? ' ' : Diacritics.Fold(c));
        }
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim('.', '!', '?', '"', '\'', ',', ';', ':', '¡', '¿', ' ');
    }
}
