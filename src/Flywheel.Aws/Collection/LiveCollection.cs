using Flywheel.Aws.Accounts;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Collection;

/// <summary>
/// The entry point of a live collection: the accounts of an open <see cref="AwsConnection"/>, each in its regions,
/// collected into an export sink (a directory for <c>flywheel collect</c>, memory for a live scan). An account
/// that cannot be reached (role refused, regions unknown) is collected as failures carrying that reason, so its
/// datasets are gaps that say why and every other account goes on.
/// </summary>
public static class LiveCollection
{
    private const int RegionLookupsInFlight = 8;

    public static async Task<LiveCollectionReport> RunAsync(
        AwsConnection connection,
        IExportCallSink sink,
        LiveCollectionOptions options,
        IProgress<RegionCollected>? progress,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var targets = new CollectionTarget[connection.Targets.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, targets.Length),
            new ParallelOptions { MaxDegreeOfParallelism = RegionLookupsInFlight, CancellationToken = cancellationToken },
            async (index, ct) => targets[index] = await TargetAsync(connection, connection.Targets[index], ct).ConfigureAwait(false)).ConfigureAwait(false);

        var settings = new LiveCollectorSettings
        {
            Endpoints = connection.Endpoints,
            MaxConcurrency = options.MaxConcurrency,
            MaxRegionsInFlight = options.MaxRegionsInFlight,
            NotCollected = options.NotCollected,
        };
        using var transport = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.MaxConcurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        return await new LiveCollector(settings, transport, time).CollectAsync(targets, sink, progress, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CollectionTarget> TargetAsync(AwsConnection connection, AccountTarget account, CancellationToken cancellationToken)
    {
        if (account.Error is not null || account.Credentials is null)
        {
            var regions = await connection.ResolveRegionsAsync(account, cancellationToken).ConfigureAwait(false);
            return new CollectionTarget(account.AccountId, regions.Succeeded && regions.Regions.Count > 0 ? regions.Regions : [connection.ApiRegion], new FailedCredentialsSource(account.Error ?? "no credentials for the account"));
        }

        var resolved = await connection.ResolveRegionsAsync(account, cancellationToken).ConfigureAwait(false);
        return resolved.Succeeded
            ? new CollectionTarget(account.AccountId, resolved.Regions, account.Credentials)
            : new CollectionTarget(account.AccountId, [connection.ApiRegion], new FailedCredentialsSource(resolved.Error ?? "the account's regions could not be determined"));
    }
}
