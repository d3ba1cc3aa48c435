namespace Flywheel.Aws.Wire.Http;

/// <summary>
/// Caps the HTTP requests in flight across every client that shares this handler: the "allowed concurrency" of a
/// scan. Waiting for a slot happens before the request is sent, so a queued request holds no connection.
/// </summary>
internal sealed class ConcurrencyLimitingHandler : DelegatingHandler
{
    private readonly SemaphoreSlim _slots;

    public ConcurrencyLimitingHandler(int maxInFlight, HttpMessageHandler inner)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        _slots = new SemaphoreSlim(maxInFlight, maxInFlight);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
