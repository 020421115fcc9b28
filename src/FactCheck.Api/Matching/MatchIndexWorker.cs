using FactCheck.Api.Data;

namespace FactCheck.Api.Matching;

/// <summary>
/// Works off the matching queue in the background, a short run at a time, so that claims written in bulk (an import, a
/// load by another program into the same database) become matchable soon without any request paying for them. It looks
/// every <see cref="Interval"/>: the triggers fill the queue from every writer, in this process or another, so asking
/// the queue is the one signal that sees them all.
/// </summary>
public sealed class MatchIndexWorker(IServiceScopeFactory scopes, ILogger<MatchIndexWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CatchUpAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued stays queued for the next start.
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var indexed = await MatchIndex.CatchUpAsync(scope.ServiceProvider.GetRequiredService<FactCheckDb>(), MatchIndex.ServingRunSize, stoppingToken);
            if (indexed > MatchIndex.InlineLimit)
            {
                logger.LogInformation("Indexed {Claims} claims for matching.", indexed);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A busy database or a run another process changed under it: the queue keeps the claims for the next look.
            logger.LogWarning(exception, "Indexing claims for matching failed; it is tried again.");
        }
    }
}

public static class MatchingSetup
{
    public static IServiceCollection AddFactCheckMatching(this IServiceCollection services) =>
        services.AddHostedService<MatchIndexWorker>();
}
