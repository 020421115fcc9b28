using System.Net.Http.Json;
using FactCheck.Api.Tests.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>Texts are read with the stopwords of their own language: the match request's, each claim's, or the one the text's stopwords point to.</summary>
public sealed class ClaimMatchLanguageTests(FactCheckApp app) : IClassFixture<FactCheckApp>
{
    private readonly HttpClient client = app.CreateClient();

    /// <summary>A claim, and a text in the same language that shares only stopwords with it.</summary>
    public static TheoryData<string, string, string> StopwordsOnly => new()
    {
        { "es", "El gobierno anunció una reforma fiscal en el congreso de Madrid.", "Los médicos trabajan en una clínica de la ciudad." },
        { "fr", "Le gouvernement a annoncé une réforme des retraites pour les travailleurs.", "Les médecins travaillent dans une clinique pour les enfants." },
        { "de", "Die Regierung hat eine neue Steuer für die Bürger beschlossen.", "Die Ärzte arbeiten für eine Klinik in der Stadt." },
        { "pt", "O governo anunciou uma reforma da previdência para os trabalhadores.", "Os médicos trabalham numa clínica da cidade para as crianças." },
        { "it", "Il governo ha annunciato una riforma delle pensioni per i lavoratori.", "I medici lavorano in una clinica della città per i bambini." },
        { "ru", "Правительство объявило о реформе пенсий для всех работников.", "Врачи работают в клинике для всех детей." },
    };

    [Theory]
    [MemberData(nameof(StopwordsOnly))]
    public async Task Texts_sharing_only_stopwords_of_their_language_do_not_match(string language, string statement, string stopwordsOnly)
    {
        var claim = await client.CreateClaimInAsync(statement, language);
        var other = await client.CreateClaimInAsync(stopwordsOnly, language);

        // The language told by the text's stopwords, or given: the claim is not found either way.
        Assert.DoesNotContain(await client.MatchAsync(stopwordsOnly), h => h.Id == claim);
        Assert.DoesNotContain(await client.MatchAsync(stopwordsOnly, language), h => h.Id == claim);
        Assert.DoesNotContain(await client.SimilarAsync(other), h => h.Id == claim);
        Assert.DoesNotContain(await client.SimilarAsync(claim), h => h.Id == other);
        // Its own words find it, scoring 1 for the same words.
        var hit = (await client.MatchAsync(statement))[0];
        Assert.Equal(claim, hit.Id);
        Assert.Equal(1.0, hit.Score);
    }

    [Fact]
    public async Task The_language_given_decides_which_words_are_stopwords()
    {
        // "war" is a German stopword and an English noun.
        var claim = await client.CreateClaimInAsync("Nuclear war in Europe is closer than ever.", "en");

        Assert.Equal(claim, (await client.MatchAsync("The war", "en"))[0].Id);
        Assert.DoesNotContain(await client.MatchAsync("Der Krieg war", "de"), h => h.Id == claim);
        // Without a language, a short English text stays English although "war" and "in" are German stopwords too.
        Assert.Equal(claim, (await client.MatchAsync("Nuclear war in Europe"))[0].Id);
        // A regional tag reads as its language; one without a list ignores no word at all.
        Assert.DoesNotContain(await client.MatchAsync("Der Krieg war", "de-AT"), h => h.Id == claim);
        Assert.Equal(claim, (await client.MatchAsync("Der Krieg war", "nl"))[0].Id);
    }

    [Fact]
    public async Task A_language_that_is_not_a_tag_is_a_validation_problem()
    {
        var problem = await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync("/api/v1/claims/match", new { text = "Nuclear war", language = "not a language" }), "language");

        Assert.Contains("BCP 47 language tag", (string?)problem["errors"]!["language"]![0], StringComparison.Ordinal);
    }
}
