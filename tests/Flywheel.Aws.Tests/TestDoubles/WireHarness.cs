using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Aws.Wire.Signing;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>A wire client over canned HTTP, a fake clock and a fixed jitter (0.5), for deterministic tests.</summary>
internal sealed class WireHarness : IDisposable
{
    public static readonly AwsCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    private readonly HttpClient _http;

    public WireHarness(RetryOptions? options = null, Uri? endpointUrl = null)
    {
        Handler = new CannedHttpHandler(Time);
        _http = new HttpClient(Handler);
        Options = options ?? new RetryOptions();
        Quota = new RetryQuota(Options);
        Limiters = new RateLimiterRegistry(Time);
        IEndpointResolver endpoints = PartitionEndpointResolver.Default;
        if (endpointUrl is not null)
        {
            endpoints = new OverriddenEndpointResolver(endpoints, endpointUrl);
        }

        Client = new AwsWireClient(_http, endpoints, new StaticCredentialsSource(Credentials), new StandardRetryStrategy(Options, Quota, () => 0.5), Limiters, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public CannedHttpHandler Handler { get; }

    public RetryOptions Options { get; }

    public RetryQuota Quota { get; }

    public RateLimiterRegistry Limiters { get; }

    public AwsWireClient Client { get; }

    public static AwsCallScope Scope(string region = "us-east-1") => new(region, "123456789012");

    /// <summary>Runs a call to completion, advancing the fake clock in 100 ms steps while it waits.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System));
            if (!task.IsCompleted)
            {
                Time.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        return await task;
    }

    public async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> pages)
    {
        var list = new List<T>();
        await using var enumerator = pages.GetAsyncEnumerator(TestContext.Current.CancellationToken);
        while (await RunAsync(enumerator.MoveNextAsync().AsTask()))
        {
            list.Add(enumerator.Current);
        }

        return list;
    }

    public void Dispose() => _http.Dispose();
}
