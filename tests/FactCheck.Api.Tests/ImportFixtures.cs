namespace FactCheck.Api.Tests;

/// <summary>ClaimReview documents modelled on real ones (see /work/shared/data/claimreview/README.md), each with its publisher's quirks.</summary>
internal static class ImportFixtures
{
    /// <summary>The Quint's: http context, claimReviewed as an array, itemReviewed a CreativeWork, ratings as strings, an unknown field.</summary>
    public static string Quint(string url) => $$"""
        {
          "@context": "http://schema.org",
          "@type": "ClaimReview",
          "datePublished": "2020-06-16T20:15:35+05:30",
          "url": "{{url}}",
          "itemReviewed": {
            "@type": "CreativeWork",
            "author": { "@type": "Organization", "name": "Facebook,WhatsApp,Twitter", "sameAs": "" },
            "datePublished": "2020-06-16T20:15:35+05:30"
          },
          "claimReviewed": ["Last tweets of an actor shared on 14 June"],
          "author": { "@type": "Organization", "name": "The Quint" },
          "reviewRating": { "@type": "Rating", "ratingValue": "1", "bestRating": "5", "worstRating": "0", "alternateName": "False" },
          "x-publisher-extra": { "color": "#f54242" }
        }
        """;

    /// <summary>BOOM's: bestRating empty, ratingExplanation a number, relative URLs, the claim under itemReviewed.name.</summary>
    public static string Boom(string url) => $$"""
        {
          "@context": "http://schema.org",
          "@type": "ClaimReview",
          "claimReviewed": "In Karnataka, a teacher is teaching prayers to students",
          "author": { "@type": "Person", "name": "A. Reporter", "url": "/author/a-reporter" },
          "itemReviewed": {
            "name": "In Karnataka, a teacher is teaching prayers to students",
            "@type": "CreativeWork",
            "datePublished": "2019-04-10T12:09:05+05:30",
            "author": { "@type": "Person", "name": "Facebook Page - Example", "url": "/" },
            "appearance": [ { "@type": "CreativeWork", "url": "/archive/post-123", "headline": "The viral post" } ]
          },
          "reviewRating": { "@type": "Rating", "ratingValue": "1", "bestRating": "", "ratingExplanation": 5, "alternateName": "Misleading" },
          "datePublished": "2019-04-10T12:09:05+05:30",
          "url": "{{url}}",
          "publisher": { "@type": "Organization", "name": "BOOM", "url": "https://www.boomlive.example/" }
        }
        """;

    /// <summary>Newtral's: Spanish, a Claim with jobTitle and affiliation, publisher-specific fields.</summary>
    public static string Newtral(string url, string claimant = "Jéssica Albiach") => $$"""
        {
          "claimReviewed": "“Tenemos un 18% de gente que trabaja y está en situación de pobreza”",
          "itemReviewed": {
            "datePublished": "2022-10-04", "name": "TV3", "@type": "Claim",
            "author": { "name": "{{claimant}}", "@type": "Person", "jobTitle": "Presidenta de En Comú Podem",
              "affiliation": { "@type": "Organization", "name": "En Comú Podem" } }
          },
          "title": "El porcentaje de catalanes que trabaja y está en situación de pobreza no es el 18%",
          "reviewRating": { "@type": "Rating", "alternateName": "Falso", "color": "#f54242" },
          "postTerms": { "partyTermId": 111547 },
          "@type": "ClaimReview", "id": "366362", "datePublished": "2022-10-08",
          "url": "{{url}}",
          "author": { "@type": "Organization", "@id": "https://www.newtral.example/", "url": "https://www.newtral.example/", "name": "Newtral" }
        }
        """;

    /// <summary>A DataCommons feed item: the rating only as a sentence in alternateName.</summary>
    public static string DataFeedItem(string url) => $$"""
        {
          "@type": "DataFeedItem",
          "dateCreated": "2019-12-09T15:11:25.619782+00:00",
          "item": [ {
            "@context": "http://schema.org", "@type": "ClaimReview",
            "author": { "@type": "Organization", "name": "Deutsche Presse-Agentur", "url": "https://www.presseportal.example/" },
            "claimReviewed": "Ein angebliches Zitat einer Oberbürgermeisterin sorgt für Aufregung.",
            "datePublished": "2019-09-20",
            "itemReviewed": { "@type": "Claim", "appearance": [ { "@type": "CreativeWork", "url": "https://social.example/photo/389949688569877" } ],
              "author": { "@type": "Person", "name": "Irmin Example" }, "datePublished": "2019-09-07" },
            "reviewRating": { "@type": "Rating", "alternateName": "Sie hat diesen Satz nie gesagt. «Völliger Unsinn», heißt es dazu." },
            "url": "{{url}}"
          } ],
          "url": "{{url}}"
        }
        """;

    /// <summary>A Google Fact Check Tools claims:search answer: the publisher has only a site.</summary>
    public static string Google(string url) => $$"""
        { "claims": [ {
            "text": "A doctor beating a patient in a hospital in Kanpur",
            "claimant": "FB User-Example",
            "claimDate": "2019-06-20T12:12:40Z",
            "claimReview": [ { "publisher": { "site": "vishvasnews.example" }, "url": "{{url}}",
              "title": "Fact check: the viral video is not from Kanpur", "reviewDate": "2019-06-20T12:12:40Z",
              "textualRating": "False", "languageCode": "ur" } ]
        } ] }
        """;

    /// <summary>An array of <paramref name="count"/> plain ClaimReviews, each its own claim and URL, three claimants between them.</summary>
    public static string Generated(int count, string run) => "[" + string.Join(",\n", Enumerable.Range(0, count).Select(i => $$"""
        { "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://factcheck.example.org/{{run}}/{{i}}",
          "claimReviewed": "Statement {{i}} of run {{run}}",
          "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "Speaker {{run}} {{i % 3}}" }, "datePublished": "2024-01-02",
            "appearance": [ { "@type": "CreativeWork", "url": "https://social.example/{{run}}/{{i}}" } ] },
          "author": { "@type": "Organization", "name": "Example Fact Check" },
          "reviewRating": { "@type": "Rating", "alternateName": "False" } }
        """)) + "]";

    public static string NewUrl(string site = "https://factcheck.example.org") => $"{site}/{Guid.NewGuid():N}";
}
