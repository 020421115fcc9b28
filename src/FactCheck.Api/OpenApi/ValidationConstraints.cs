using System.Globalization;
using FactCheck.Api.Common;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Writes what a FluentValidation validator enforces on a member into the member's schema, so that the document states
/// the server's own rules rather than a copy of them: lengths, patterns, ranges, list sizes, URLs and non-blank text.
/// Rules under a condition (When) are stated too: they only ever skip a null, which the schema allows separately.
/// </summary>
internal static class ValidationConstraints
{
    /// <summary>The longest text System.Text.Json reads as a date-time; a longer one is refused before validation.</summary>
    public const int DateTimeMaxLength = 42;

    public static IValidatorDescriptor? DescriptorOf(IServiceProvider services, Type type) =>
        (services.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator)?.CreateDescriptor();

    /// <summary>States the rules of the member named <paramref name="memberName"/> (C# or wire name) on <paramref name="schema"/>.</summary>
    public static void Apply(IValidatorDescriptor descriptor, string memberName, string wireName, OpenApiSchema schema)
    {
        var rules = descriptor.GetRulesForMember(memberName).Concat(descriptor.GetRulesForMember(wireName)).Distinct();
        foreach (var rule in rules)
        {
            var target = rule.GetType().IsGenericType && rule.GetType().GetGenericTypeDefinition().Name.StartsWith("CollectionPropertyRule", StringComparison.Ordinal)
                ? schema.Items as OpenApiSchema
                : schema;
            if (target is null)
            {
                continue;
            }
            foreach (var component in rule.Components)
            {
                State(component.Validator, target);
            }
        }
        StateFormatBounds(schema);
    }

    /// <summary>Bounds that follow from a format: the JSON reader refuses a longer uuid or date-time before any rule runs.</summary>
    public static void StateFormatBounds(OpenApiSchema schema)
    {
        if (schema.Items is OpenApiSchema items)
        {
            StateFormatBounds(items);
        }
        if (!(schema.Type ?? 0).HasFlag(JsonSchemaType.String) || schema.MaxLength is not null)
        {
            return;
        }
        schema.MaxLength = schema.Format switch
        {
            "uuid" => 36,
            "date-time" => DateTimeMaxLength,
            _ => null,
        };
    }

    private static void State(IPropertyValidator validator, OpenApiSchema schema)
    {
        switch (validator)
        {
            case ILengthValidator length:
                schema.MaxLength = length.Max > 0 ? Min(schema.MaxLength, length.Max) : schema.MaxLength;
                schema.MinLength = length.Min > 0 ? Math.Max(schema.MinLength ?? 0, length.Min) : schema.MinLength;
                break;
            case INotEmptyValidator when (schema.Type ?? 0).HasFlag(JsonSchemaType.String) && schema.Format is null:
                // FluentValidation's NotEmpty refuses a blank string too: at least one character that is not white space.
                schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                schema.Pattern ??= @"\S";
                break;
            case IRegularExpressionValidator regex:
                schema.Pattern = regex.Expression;
                break;
            case IBetweenValidator { Name: "InclusiveBetweenValidator", From: IConvertible from, To: IConvertible to } when IsNumber(schema):
                schema.Minimum = Number(from);
                schema.Maximum = Number(to);
                break;
            case IMaxItemsValidator maxItems:
                schema.MaxItems = maxItems.MaxItems;
                break;
            case { Name: "HttpUrlValidator" }:
                schema.Format = "uri";
                schema.MaxLength = Min(schema.MaxLength, Rules.UrlMaxLength);
                break;
        }
    }

    private static bool IsNumber(OpenApiSchema schema) =>
        (schema.Type ?? 0).HasFlag(JsonSchemaType.Integer) || (schema.Type ?? 0).HasFlag(JsonSchemaType.Number);

    private static string Number(IConvertible value) => value.ToDecimal(CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private static int Min(int? current, int value) => current is { } c ? Math.Min(c, value) : value;
}
