using System.Net.Http.Json;
using FactCheck.Api.Reviews;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>What real labels need before they can be looked up: one normalisation for imports, PUT and lookups alike.</summary>
public sealed class RatingLabelNormalisationTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    [Theory]
    [InlineData("«Faux»", "faux")]
    [InlineData("„Falsch“", "falsch")]
    [InlineData("“False”", "false")]
    [InlineData("'False'", "false")]
    [InlineData("\"Misleading\"", "misleading")]
    [InlineData("Rating: False", "false")]
    [InlineData("RATING:FALSE", "false")]
    [InlineData("Verdict – False", "false")]
    [InlineData("Verdict — False", "false")]
    [InlineData("Verdict - False", "false")]
    [InlineData("Our ruling: Mostly False", "mostly false")]
    [InlineData("False – the photo is from 2015", "false")]
    [InlineData("False: the photo is from 2015", "false")]
    [InlineData("Rating: False – the photo is from 2015", "false")]
    [InlineData("Misleading (the video is from 2019)", "misleading")]
    [InlineData("FALSO!", "falso")]
    [InlineData("¡Falso!", "falso")]
    [InlineData("¿Verdadero?", "verdadero")]
    [InlineData("Verdadero, pero...", "verdadero, pero")]
    [InlineData("Half-True", "half true")]
    [InlineData("Half\u2010True", "half true")]
    [InlineData("❌ False", "false")]
    [InlineData("[HOAKS]", "hoaks")]
    [InlineData("Faux\u200B", "faux")]
    [InlineData("Fa\u00ADux", "faux")]
    [InlineData("ＦＡＬＳＥ", "false")]
    [InlineData("Ｒａｔｉｎｇ：Ｆａｌｓｅ", "false")]
    [InlineData("ﬁctitious", "fictitious")]
    [InlineData("Mostly\u00A0false", "mostly false")]
    [InlineData("ENGAÑOSO", "enganoso")]
    [InlineData("Größtenteils falsch", "grosstenteils falsch")]
    [InlineData("Plutôt vrai", "plutot vrai")]
    [InlineData("C’eri quasi", "c'eri quasi")]
    [InlineData("Nì", "ni")]
    [InlineData("Fałsz", "falsz")]
    [InlineData("YANLIŞ", "yanlis")]
    [InlineData("Yanlış", "yanlis")]
    [InlineData("İddia", "iddia")]
    [InlineData("Ложь", "ложь")]
    [InlineData("ЛОЖЬ", "ложь")]
    [InlineData("Вердикт: Ложь", "ложь")]
    [InlineData("ЕЩЁ", "еще")]
    [InlineData("Пои\u0306мано", "поймано")]
    [InlineData("Маніпуляція", "маніпуляція")]
    [InlineData("І\u0308", "ї")]
    [InlineData("مُضَلِّل", "مضلل")]
    [InlineData("كـــاذب", "كاذب")]
    [InlineData("خطأ", "خطا")]
    [InlineData("صحيح جزئياً", "صحيح جزئيا")]
    [InlineData("الحكم: زائف", "زائف")]
    [InlineData("\uFEAF\uFE8D\uFE8B\uFED2", "زائف")]
    [InlineData("ف\uFEFB", "فلا")]
    [InlineData("झूठ", "झूठ")]
    [InlineData("फ़र्ज़ी", "फर्जी")]
    [InlineData("\u095Eर\u094D\u095Bी", "फर्जी")]
    [InlineData("ग़लत", "गलत")]
    [InlineData("  Pants on Fire! ", "pants on fire")]
    [InlineData("!!", "")]
    [InlineData(" ", "")]
    public void Labels_are_normalised(string text, string expected) => Assert.Equal(expected, RatingLabels.Normalise(text));

    [Fact]
    public async Task Imports_and_put_normalise_alike()
    {
        var client = app.CreateClient();
        var label = $"Fausse-piste {Guid.NewGuid():N}";
        var put = await client.PutAsJsonAsync("/api/v1/rating-mappings/" + Uri.EscapeDataString($"Verdict : «{label.ToUpperInvariant()}» !"), new { status = "refuted" });
        Assert.Equal("fausse piste " + label[13..], (string?)(await put.ReadJsonAsync())["label"]);

        var (report, claims) = await RatedImports.ImportAsync(client,
        [
            new($"Rating: {label} – the photo is from 2015"), new("«Faux»"), new("Rating: False – the photo is from 2015"), new("ＦＡＬＳＥ"),
            new("Вердикт: Ложь"), new("مُضَلِّل"), new("फ़र्ज़ी"), new("Half-True"),
        ]);

        Assert.Empty(report["unmappedRatings"]!.AsArray());
        Assert.Equal(["refuted", "refuted", "refuted", "refuted", "refuted", "disputed", "refuted", "disputed"], claims.Select(c => c.Status));
    }
}
