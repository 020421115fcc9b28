using System.Text.Json;
using Json.Schema;

namespace FactCheck.Api.Tests.Infrastructure.Contract;

/// <summary>
/// Formats are checked, not only noted (a "uuid" that is no UUID fails). The numeric formats OpenAPI adds
/// (int32, int64, float, double) are not JSON Schema's, so they are defined here.
/// </summary>
internal static class ContractFormats
{
    public static EvaluationOptions Options()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        options.FormatRegistry.Register(new PredicateFormat("int32", e => e.ValueKind != JsonValueKind.Number || e.TryGetInt32(out _)));
        options.FormatRegistry.Register(new PredicateFormat("int64", e => e.ValueKind != JsonValueKind.Number || e.TryGetInt64(out _)));
        options.FormatRegistry.Register(new PredicateFormat("double", e => e.ValueKind != JsonValueKind.Number || e.TryGetDouble(out _)));
        options.FormatRegistry.Register(new PredicateFormat("float", e => e.ValueKind != JsonValueKind.Number || e.TryGetSingle(out _)));
        return options;
    }
}
