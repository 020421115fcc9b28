namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>
/// A fact that needs the browser. xunit 2 reads <see cref="FactAttribute.Skip"/> when it discovers the test, so a machine
/// without Chromium reports these tests as skipped, with the way to enable them, instead of passing or failing them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}
