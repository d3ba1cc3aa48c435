using Flywheel.Aws.Accounts;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Signing;
using Flywheel.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Aws.Tests.Credentials;

/// <summary>
/// A small sandbox on a loopback port with a fake clock, and the clients that credential and account code uses,
/// all pointed at it (the wire client through the endpoint override, the SDK's STS client through ServiceURL).
/// </summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 14, 10, 0, 0, TimeSpan.Zero);

    private SandboxHarness(SandboxServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Endpoints = new OverriddenEndpointResolver(PartitionEndpointResolver.Default, server.Endpoint);
        Apis = new WireAccountApiFactory(Http, Endpoints, time);
        StsClients = new SdkStsClientFactory(PartitionEndpointResolver.Default, server.Endpoint);
    }

    public SandboxServer Server { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; } = new();

    public IEndpointResolver Endpoints { get; }

    public WireAccountApiFactory Apis { get; }

    public SdkStsClientFactory StsClients { get; }

    public static async Task<SandboxHarness> StartAsync(int accounts = 2)
    {
        var time = new FakeTimeProvider(Start);
        var options = new SandboxOptions
        {
            Estate = new SandboxEstateSpec { Accounts = accounts, InstancesPerRegion = 1, KeysPerRegion = 1, SecretsPerRegion = 1, SecurityGroupsPerRegion = 1 },
        };
        var server = await SandboxHost.StartAsync(options, time, TestContext.Current.CancellationToken);
        return new SandboxHarness(server, time);
    }

    /// <summary>The IAM user key pair of the sandbox's n-th account (0 is the organization's management account).</summary>
    public AwsCredentials Keys(int account) => new(Server.Accounts[account].AccessKeyId, Server.Accounts[account].SecretAccessKey);

    public StaticCredentialsSource Source(int account) => new(Keys(account));

    public string AccountId(int account) => Server.Accounts[account].AccountId;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
