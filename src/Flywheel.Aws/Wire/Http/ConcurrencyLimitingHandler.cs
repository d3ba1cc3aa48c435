namespace Flywheel.Aws.Wire.Http;

/// <summary>
/// Caps the HTTP requests in flight across every client that shares this handler: the "allowed concurrency" of a
/// scan. Waiting for a slot happens before the request is sent, so a queued request holds no connection; a freed slot
/// goes straight to the next request (<see cref="RequestSlots"/>).
/// </summary>
internal sealed class ConcurrencyLimitingHandler : DelegatingHandler
{
    private readonly RequestSlots _slots;

    public ConcurrencyLimitingHandler(int maxInFlight, HttpMessageHandler inner)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        _slots = new RequestSlots(maxInFlight);
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
}
