namespace FactCheck.Api.Tests.Infrastructure;

/// <summary>
/// Waits for a signal the service gives of background work (a log line, a file it deletes) instead of polling. The
/// bound is not a wait for time to pass: only a test that is failing reaches it, and it then says what never happened.
/// </summary>
public static class Signal
{
    public static async Task<T> WithinAsync<T>(Task<T> signal, TimeSpan bound, string what)
    {
        try
        {
            return await signal.WaitAsync(bound);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Waited {bound.TotalSeconds:0} s for this, in vain: {what}.");
        }
    }
}
