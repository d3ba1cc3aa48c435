using Flywheel.Sandbox;

namespace Flywheel.Cli.Tests.Support;

/// <summary>A sandbox on an ephemeral loopback port and a profile holding its management account's keys.</summary>
internal sealed class LiveSandbox : IAsyncDisposable
{
    private LiveSandbox(SandboxServer server)
    {
        Server = server;
        Profile = AwsProfiles.AddProfile(server.Accounts[0].AccessKeyId, server.Accounts[0].SecretAccessKey);
    }

    public SandboxServer Server { get; }

    public string Profile { get; }

    public static async Task<LiveSandbox> StartAsync(SandboxEstateSpec estate, SandboxFaultOptions? faults = null) =>
        new(await SandboxHost.StartAsync(new SandboxOptions { Estate = estate, Faults = faults ?? new() }, TimeProvider.System, TestContext.Current.CancellationToken));

    /// <summary>The options that point a live command at this sandbox as its management account.</summary>
    public string[] Args(string command, params string[] more) =>
        [command, "--profile", Profile, "--endpoint-url", Server.Endpoint.ToString(), .. more];

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
