using System.Text.RegularExpressions;
using FluentValidation;

namespace FactCheck.Api.Common;

/// <summary>Field rules shared by several validators, so that a URL or a language tag is judged alike everywhere.</summary>
public static partial class Rules
{
    public const int UrlMaxLength = 2048;
    public const int NameMaxLength = 200;
    public const int TitleMaxLength = 500;
    public const int StatementMaxLength = 5000;

    public static bool IsHttpUrl(string? value) =>
        value is not null
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>Generic over the property type so it serves both <c>string?</c> fields and list elements.</summary>
    public static IRuleBuilderOptions<T, TProperty> HttpUrl<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.SetValidator(new HttpUrlValidator<T, TProperty>())
            .WithMessage($"'{{PropertyName}}' must be an absolute http or https URL of at most {UrlMaxLength} characters.");

    /// <summary>At most <paramref name="maxItems"/> elements; a null list passes.</summary>
    public static IRuleBuilderOptions<T, TList> MaxItems<T, TList>(this IRuleBuilder<T, TList> rule, int maxItems)
        where TList : System.Collections.IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TList>(maxItems));

    public static IRuleBuilderOptions<T, string?> LanguageTag<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(35)
            .Matches(LanguageTagPattern()).WithMessage("'{PropertyName}' must be a BCP 47 language tag such as 'en' or 'ru-RU'.");

    public static IRuleBuilderOptions<T, string> Text<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("'{PropertyName}' must not be empty or blank.")
            .MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, DateTimeOffset> Plausible<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.InclusiveBetween(new DateTimeOffset(1800, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .WithMessage("'{PropertyName}' must be a date between 1800 and 2200.");

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTagPattern();
}
