using Microsoft.Extensions.Options;

namespace FactCheck.Api.ClaimReview;

/// <summary>
/// "FactCheck:Publisher": who we are in the ClaimReview documents we publish. The URL defaults suit a local run only:
/// in Production they must be set, and start-up fails naming what is missing (<see cref="PublisherOptionsValidation"/>).
/// </summary>
public sealed class PublisherOptions
{
    public const string Section = "FactCheck:Publisher";

    public string Name { get; set; } = "FactCheck";

    public string Url { get; set; } = "http://localhost:5080/";

    /// <summary>A claim's review is published at this base followed by the claim id.</summary>
    public string ReviewBaseUrl { get; set; } = "http://localhost:5080/api/v1/claims/";
}

/// <summary>
/// Our URLs go into every ClaimReview we publish, and search engines index them: a default pointing at localhost in a
/// public deployment would be a broken verdict. Checked when the service starts (the command line needs no publisher).
/// </summary>
internal sealed class PublisherOptionsValidation(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<PublisherOptions>
{
    public ValidateOptionsResult Validate(string? name, PublisherOptions options)
    {
        var section = configuration.GetSection(PublisherOptions.Section);
        var missing = environment.IsProduction()
            ? new[] { nameof(PublisherOptions.Url), nameof(PublisherOptions.ReviewBaseUrl) }.Where(key => string.IsNullOrWhiteSpace(section[key])).ToList()
            : [];
        var failures = missing.Select(key =>
            $"In Production, {PublisherOptions.Section}:{key} (environment variable FactCheck__Publisher__{key}) must be set: "
            + "the ClaimReview documents we publish name it, and its default points at localhost.").ToList();
        failures.AddRange(new[] { (Key: nameof(PublisherOptions.Url), Value: options.Url), (Key: nameof(PublisherOptions.ReviewBaseUrl), Value: options.ReviewBaseUrl) }
            .Where(u => !missing.Contains(u.Key) && !Common.Rules.IsHttpUrl(u.Value))
            .Select(u => $"{PublisherOptions.Section}:{u.Key} must be an absolute http or https URL, not '{u.Value}'."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public static class FormatsSetup
{
    public static IServiceCollection AddFactCheckFormats(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublisherOptions>().Bind(configuration.GetSection(PublisherOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublisherOptions>, PublisherOptionsValidation>();
        return services;
    }
}
