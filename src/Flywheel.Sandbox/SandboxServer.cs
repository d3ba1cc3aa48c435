using System.Globalization;
using System.Text;
using Flywheel.Sandbox.Events;
using Flywheel.Sandbox.Faults;
using Flywheel.Sandbox.State;
using Microsoft.AspNetCore.Builder;

namespace Flywheel.Sandbox;

/// <summary>A running sandbox: its loopback endpoint, its accounts and their keys, and the events it recorded.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CloudTrailRecorder _recorder;
    private readonly FaultInjector _faults;
    private int _stopped;

    internal SandboxServer(WebApplication app, Uri endpoint, IReadOnlyList<SandboxAccount> accounts, SandboxEstate estate, CloudTrailRecorder recorder, FaultInjector faults)
    {
        _faults = faults;
        _app = app;
        Endpoint = endpoint;
        Accounts = accounts;
        Estate = estate;
        _recorder = recorder;
    }

    /// <summary>The base URL to pass as <c>--endpoint-url</c>, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Endpoint { get; }

    public IReadOnlyList<SandboxAccount> Accounts { get; }

    /// <summary>Every successful mutating call so far, as CloudTrail's EventBridge events (JSON), oldest first.</summary>
    public IReadOnlyList<string> RecordedEvents => _recorder.Events;

    /// <summary>The faults injected from now on; change it to start or stop throttling, errors or latency mid-run.</summary>
    public SandboxFaultOptions Faults
    {
        get => _faults.Options;
        set => _faults.Options = value ?? throw new ArgumentNullException(nameof(value));
    }

    internal SandboxEstate Estate { get; }

    /// <summary>The endpoint and each account's key pair, for a person to copy into their environment.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Flywheel sandbox listening on {Endpoint}\n");
        foreach (var account in Accounts)
        {
            text.Append(CultureInfo.InvariantCulture, $"account {account.AccountId}: AWS_ACCESS_KEY_ID={account.AccessKeyId} AWS_SECRET_ACCESS_KEY={account.SecretAccessKey}\n");
        }

        return text.ToString();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
