using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>
/// The seeded rating table, language by language: labels as the fact-checkers of each language write them (capitals, accents,
/// their own scripts) are imported, and each claim must get the status the label stands for. The expectations are written
/// here, from what each label means, not read from the table.
/// </summary>
public sealed class RatingLanguagesTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private const string R = "refuted", D = "disputed", U = "unsubstantiated", S = "substantiated";

    private static readonly Dictionary<string, (string Label, string Status)[]> Labels = new()
    {
        ["en"] = [("False", R), ("True", S), ("Mostly True", S), ("Half-True", D), ("Mostly False", R), ("Pants on Fire!", R), ("Missing Context", D),
            ("Unproven", U), ("Satire", U), ("Four Pinocchios", R), ("Two Pinocchios", D), ("Geppetto Checkmark", S), ("Mixture", D), ("Altered", R),
            ("Miscaptioned", R), ("Partly false", D)],
        ["es"] = [("Falso", R), ("ENGAÑOSO", D), ("Verdad a medias", D), ("Verdadero", S), ("Sin pruebas", U), ("Sátira", U), ("Inchequeable", U),
            ("Verdadero, pero...", D), ("Mayormente falso", R), ("Bulo", R)],
        ["fr"] = [("Faux", R), ("Vrai", S), ("Trompeur", D), ("Partiellement faux", D), ("Manque de contexte", D), ("Plutôt vrai", S),
            ("Infondé", U), ("Satire", U), ("Montage", R), ("Invérifiable", U)],
        ["de"] = [("Falsch", R), ("Richtig", S), ("Größtenteils falsch", R), ("Teilweise falsch", D), ("Fehlender Kontext", D), ("Irreführend", D),
            ("Unbelegt", U), ("Frei erfunden", R), ("Satire", U), ("Größtenteils richtig", S)],
        ["pt"] = [("Falso", R), ("Verdadeiro", S), ("Enganoso", D), ("Distorcido", D), ("Insustentável", U), ("Verdadeiro, mas", D),
            ("Não é bem assim", D), ("Sátira", U), ("Ainda é cedo para dizer", U), ("Pimenta na língua", R)],
        ["it"] = [("Vero", S), ("C'eri quasi", S), ("Nì", D), ("Pinocchio andante", R), ("Panzana pazzesca", R), ("Falso", R), ("Fuorviante", D),
            ("Senza prove", U), ("Contesto mancante", D), ("Satira", U)],
        ["ru"] = [("Ложь", R), ("Неправда", R), ("Правда", S), ("Полуправда", D), ("Манипуляция", D), ("Нет доказательств", U), ("Скорее правда", S),
            ("Скорее неправда", R), ("ФЕЙК", R), ("Сатира", U)],
        ["uk"] = [("Неправда", R), ("Правда", S), ("Маніпуляція", D), ("Напівправда", D), ("Перебільшення", D), ("Брехня", R), ("Немає доказів", U),
            ("Здебільшого правда", S), ("Вирвано з контексту", D)],
        ["ar"] = [("زائف", R), ("صحيح", S), ("مضلل", D), ("خطأ", R), ("ساخر", U), ("صحيح جزئياً", D), ("غير مثبت", U), ("خارج السياق", D),
            ("مُضَلِّل", D)],
        ["hi"] = [("झूठ", R), ("सच", S), ("भ्रामक", D), ("फ़र्ज़ी", R), ("फर्जी", R), ("गलत", R), ("आधा सच", D), ("अप्रमाणित", U), ("व्यंग्य", U)],
        ["tr"] = [("Yanlış", R), ("YANLIŞ", R), ("Doğru", S), ("Yanıltıcı", D), ("Karışık", D), ("Kanıtlanamadı", U), ("Çoğunlukla Doğru", S),
            ("Yarı Doğru", D), ("Hiciv", U)],
        ["pl"] = [("Fałsz", R), ("FAŁSZ", R), ("Prawda", S), ("Manipulacja", D), ("Nieweryfikowalne", U), ("Częściowa prawda", D),
            ("Wprowadza w błąd", D), ("Satyra", U)],
        ["nl"] = [("Onwaar", R), ("Waar", S), ("Klopt niet", R), ("Klopt", S), ("Misleidend", D), ("Onbewezen", U), ("Grotendeels waar", S),
            ("Half waar", D), ("Satire", U)],
        ["id"] = [("Salah", R), ("[HOAKS]", R), ("Benar", S), ("Menyesatkan", D), ("Sebagian Benar", D), ("Tidak Terbukti", U),
            ("Konten yang Menyesatkan", D), ("Keliru", R), ("Satire atau Parodi", U)],
    };

    public static TheoryData<string> Languages => [.. Labels.Keys];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Each_language_s_labels_set_the_status_they_stand_for(string language)
    {
        var expected = Labels[language];
        Assert.True(expected.Length >= 5, $"{language}: at least five labels");

        var (report, claims) = await RatedImports.ImportAsync(app.CreateClient(), [.. expected.Select(e => new Rated(e.Label))]);

        Assert.Empty(report["unmappedRatings"]!.AsArray());
        Assert.Empty(report["numericRatings"]!.AsArray());
        var actual = expected.Select((e, i) => (e.Label, claims[i].Status)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_table_names_its_languages_and_sources_in_each_note()
    {
        var items = (await app.CreateAnonymousClient().GetOkAsync("/api/v1/rating-mappings"))["items"]!.AsArray();
        var byLabel = items.ToDictionary(i => (string)i!["label"]!, i => i!);

        Assert.True(items.Count >= 300, $"{items.Count} labels");
        Assert.Equal("refuted", (string?)byLabel["pants on fire"]["status"]);
        Assert.Equal("[en] PolitiFact: not accurate and makes a ridiculous claim.", (string?)byLabel["pants on fire"]["note"]);
        Assert.Equal("[it] Pagella Politica: half true.", (string?)byLabel["ni"]["note"]);
        Assert.Equal("seed", (string?)byLabel["grosstenteils falsch"]["updatedBy"]);
        Assert.All(items, i => Assert.Matches(@"^\[[a-z]{2}( [a-z]{2})*\] .+", (string?)i!["note"]));
    }
}
