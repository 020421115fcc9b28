namespace FactCheck.Api.Common;

public static class Clock
{
    /// <summary>UTC with the precision SQLite and PostgreSQL both keep (microseconds), so a round-trip compares equal.</summary>
    public static DateTime Truncate(DateTime value) =>
        new(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);

    public static DateTime ToUtc(this DateTimeOffset value) => Truncate(value.UtcDateTime);

    public static DateTime? ToUtc(this DateTimeOffset? value) => value?.ToUtc();
}
