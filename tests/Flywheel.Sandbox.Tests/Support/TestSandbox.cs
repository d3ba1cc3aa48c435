using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sandbox.Tests.Support;

/// <summary>A sandbox on an ephemeral loopback port with a fake clock, and a signing client for its first account.</summary>
internal sealed class TestSandbox : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 14, 10, 0, 0, TimeSpan.Zero); // a Wednesday

    private TestSandbox(SandboxServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Client = new SigningClient(server.Endpoint, server.Accounts[0].AccessKeyId, server.Accounts[0].SecretAccessKey, time);
    }

    public SandboxServer Server { get; }

    public FakeTimeProvider Time { get; }

    public SigningClient Client { get; }

    public SandboxAccount Account => Server.Accounts[0];

    public static async Task<TestSandbox> StartAsync(SandboxOptions? options = null)
    {
        var time = new FakeTimeProvider(Start);
        var server = await SandboxHost.StartAsync(options ?? new SandboxOptions(), time, TestContext.Current.CancellationToken);
        return new TestSandbox(server, time);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
