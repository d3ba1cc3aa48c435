using Flywheel.Aws.Collection;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Aws.Wire.Signing;
using Flywheel.Core.Inventory;
using Flywheel.Sandbox;

namespace Flywheel.Aws.Tests.Collection;

/// <summary>A sandbox on an ephemeral loopback port (real clock) and a live collector pointed at it.</summary>
internal sealed class SandboxCollection : IAsyncDisposable
{
    private SandboxCollection(SandboxServer server) => Server = server;

    public SandboxServer Server { get; }

    public static async Task<SandboxCollection> StartAsync(SandboxEstateSpec estate, SandboxFaultOptions? faults = null) =>
        new(await SandboxHost.StartAsync(new SandboxOptions { Estate = estate, Faults = faults ?? new() }, TimeProvider.System, TestContext.Current.CancellationToken));

    public IReadOnlyList<CollectionTarget> Targets(IReadOnlyList<string> regions) =>
        Server.Accounts.Select(a => new CollectionTarget(a.AccountId, regions, Credentials(a))).ToArray();

    public static IAwsCredentialsSource Credentials(SandboxAccount account) =>
        new StaticCredentialsSource(new AwsCredentials(account.AccessKeyId, account.SecretAccessKey));

    public async Task<(LiveCollectionReport Report, RecordingSink Sink)> CollectAsync(IReadOnlyList<CollectionTarget> targets, int maxConcurrency = 8, RetryOptions? retry = null, IReadOnlySet<Dataset>? notCollected = null)
    {
        var settings = new LiveCollectorSettings
        {
            Endpoints = new OverriddenEndpointResolver(PartitionEndpointResolver.Default, Server.Endpoint),
            MaxConcurrency = maxConcurrency,
            Retry = retry ?? new RetryOptions { Mode = RetryMode.Adaptive },
            NotCollected = notCollected ?? new HashSet<Dataset>(),
        };
        using var transport = new SocketsHttpHandler();
        var sink = new RecordingSink();
        var report = await new LiveCollector(settings, transport, TimeProvider.System).CollectAsync(targets, sink, null, TestContext.Current.CancellationToken);
        return (report, sink);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
