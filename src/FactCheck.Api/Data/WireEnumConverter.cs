using FactCheck.Api.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FactCheck.Api.Data;

/// <summary>Stores enums as their API strings, so the database reads like the API and survives member reordering.</summary>
public sealed class WireEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => v.ToWire(),
    v => Vocabulary.Parse<TEnum>(v))
    where TEnum : struct, Enum;
