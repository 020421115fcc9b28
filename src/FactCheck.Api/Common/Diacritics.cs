namespace FactCheck.Api.Common;

/// <summary>
/// The letters with diacritics that Western European text uses, folded to the plain letter. The service runs with
/// invariant globalization, where Normalize(FormD) does not decompose, so folding is by this table.
/// </summary>
public static class Diacritics
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿśšşźżžłř";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyssszzzlr";

    /// <summary>The plain letter for a lower-case <paramref name="letter"/>, or the letter itself.</summary>
    public static char Fold(char letter)
    {
        if (letter < 0x80)
        {
            return letter;
        }
        var at = Accented.IndexOf(letter, StringComparison.Ordinal);
        return at >= 0 ? Plain[at] : letter;
    }
}
