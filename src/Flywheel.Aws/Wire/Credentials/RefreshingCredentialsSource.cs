using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// Caches what an <see cref="ICredentialsProvider"/> fetched and fetches again <see cref="RefreshBefore"/> ahead
/// of the expiry, on the injected clock. Credentials without an expiry are fetched once. A failed refresh keeps
/// credentials that are still valid (as the SDKs' advisory refresh does) and is not tried again for
/// <see cref="RetryFailedRefreshAfter"/>; with nothing valid left, the failure is the result.
/// </summary>
internal sealed class RefreshingCredentialsSource(ICredentialsProvider provider, TimeProvider time) : IAwsCredentialsSource, IDisposable
{
    /// <summary>How long before expiry new credentials are fetched: a request signed just before expiry still has time to land.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan RetryFailedRefreshAfter = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CredentialsResult? _current;
    private DateTimeOffset _noRefreshBefore = DateTimeOffset.MinValue;

    public string Description => provider.Description;

    public async ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken)
    {
        var result = await TryGetAsync(cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? result.Credentials : throw new AwsCredentialsException(result.Error);
    }

    public async ValueTask<CredentialsResult> TryGetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && IsFresh(current))
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            var now = time.GetUtcNow();
            if (current is not null && (IsFresh(current) || (IsValid(current, now) && now < _noRefreshBefore)))
            {
                return current;
            }

            var fetched = await provider.FetchAsync(cancellationToken).ConfigureAwait(false);
            if (fetched.Succeeded)
            {
                Volatile.Write(ref _current, fetched);
                return fetched;
            }

            if (current is not null && IsValid(current, now))
            {
                _noRefreshBefore = now + RetryFailedRefreshAfter;
                return current;
            }

            Volatile.Write(ref _current, null);
            return fetched;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(CredentialsResult result) =>
        result.Expiration is not { } expiration || time.GetUtcNow() < expiration - RefreshBefore;

    private static bool IsValid(CredentialsResult result, DateTimeOffset now) =>
        result.Expiration is not { } expiration || now < expiration;
}
