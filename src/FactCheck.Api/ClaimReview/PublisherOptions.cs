namespace FactCheck.Api.ClaimReview;

/// <summary>
/// "FactCheck:Publisher": who we are in the ClaimReview documents we publish. The defaults suit a local run;
/// a deployment sets its own name and public URLs.
/// </summary>
public sealed class PublisherOptions
{
    public const string Section = "FactCheck:Publisher";

    public string Name { get; set; } = "FactCheck";

    public string Url { get; set; } = "http://localhost:5080/";

    /// <summary>A claim's review is published at this base followed by the claim id.</summary>
    public string ReviewBaseUrl { get; set; } = "http://localhost:5080/api/v1/claims/";
}

public static class FormatsSetup
{
    public static IServiceCollection AddFactCheckFormats(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublisherOptions>().Bind(configuration.GetSection(PublisherOptions.Section));
        return services;
    }
}
