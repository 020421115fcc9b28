using System.Buffers.Binary;

namespace FactCheck.Api.Data;

/// <summary>
/// UUIDv7 ids that strictly increase within this process. Guid.CreateVersion7 alone is random below the
/// millisecond, so two records made in the same millisecond (a claim and its history entry, say) could sort
/// in either order; here the later one always sorts after, so "oldest first" and "newest first" are exact.
/// </summary>
public static class Ids
{
    private static readonly Lock Gate = new();
    private static UInt128 last;

    public static Guid New()
    {
        var candidate = ToNumber(Guid.CreateVersion7());
        lock (Gate)
        {
            last = candidate > last ? candidate : Next(last);
            return FromNumber(last);
        }
    }

    private static readonly UInt128 RandomBits = ((UInt128)1 << 62) - 1;

    /// <summary>One more in the 62 random bits; in the (astronomically unlikely) overflow, the next millisecond.</summary>
    private static UInt128 Next(UInt128 value) =>
        (value & RandomBits) != RandomBits
            ? value + 1
            : (((value >> 80) + 1) << 80) | ((UInt128)0x7 << 76) | ((UInt128)0x2 << 62);

    private static UInt128 ToNumber(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid FromNumber(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new Guid(bytes, bigEndian: true);
    }
}
