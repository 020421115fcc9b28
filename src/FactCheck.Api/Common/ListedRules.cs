using FluentValidation;
using FluentValidation.Validators;

namespace FactCheck.Api.Common;

/// <summary>
/// Rules that are predicates to the server but must also be stated in the OpenAPI document: being classes of their own
/// (not a Must), they can be read off a validator's descriptor and turned into `format: uri`, `maxLength` and `maxItems`.
/// </summary>
public sealed class HttpUrlValidator<T, TProperty> : PropertyValidator<T, TProperty>
{
    public override string Name => "HttpUrlValidator";

    public override bool IsValid(ValidationContext<T> context, TProperty value) =>
        value is string s && s.Length <= Rules.UrlMaxLength && Rules.IsHttpUrl(s);
}

/// <inheritdoc cref="HttpUrlValidator{T, TProperty}"/>
public sealed class MaxItemsValidator<T, TList>(int maxItems) : PropertyValidator<T, TList>, IMaxItemsValidator
    where TList : System.Collections.IEnumerable?
{
    public int MaxItems => maxItems;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TList value) => value is null || value.Cast<object?>().Take(maxItems + 1).Count() <= maxItems;

    protected override string GetDefaultMessageTemplate(string errorCode) => $"'{{PropertyName}}' may hold at most {maxItems} items.";
}

/// <summary>A rule that bounds the number of elements of a list.</summary>
public interface IMaxItemsValidator
{
    int MaxItems { get; }
}
