using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Signing;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Aws.Tests.Credentials;

public sealed class RefreshingCredentialsSourceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly AwsCredentials First = new("ASIAFIRST", "first-secret", "first-token");
    private static readonly AwsCredentials Second = new("ASIASECOND", "second-secret", "second-token");

    private readonly FakeTimeProvider _time = new(Now);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryGetAsync_BeforeRefreshWindow_ReturnsCachedWithoutFetching()
    {
        var provider = new ScriptedCredentialsProvider(CredentialsResult.Of(First, Now.AddHours(1)), CredentialsResult.Of(Second, Now.AddHours(2)));
        using var source = new RefreshingCredentialsSource(provider, _time);

        (await source.TryGetAsync(Ct)).Credentials.ShouldBe(First);
        _time.Advance(TimeSpan.FromMinutes(54));
        (await source.TryGetAsync(Ct)).Credentials.ShouldBe(First);

        provider.Fetches.ShouldBe(1);
    }

    [Fact]
    public async Task TryGetAsync_InsideRefreshWindow_FetchesNewCredentials()
    {
        var provider = new ScriptedCredentialsProvider(CredentialsResult.Of(First, Now.AddHours(1)), CredentialsResult.Of(Second, Now.AddHours(2)));
        using var source = new RefreshingCredentialsSource(provider, _time);
        await source.TryGetAsync(Ct);

        _time.Advance(TimeSpan.FromMinutes(55));
        var refreshed = await source.TryGetAsync(Ct);

        refreshed.Credentials.ShouldBe(Second);
        refreshed.Expiration.ShouldBe(Now.AddHours(2));
        provider.Fetches.ShouldBe(2);
    }

    [Fact]
    public async Task TryGetAsync_NoExpiration_FetchesOnceForever()
    {
        var provider = new ScriptedCredentialsProvider(CredentialsResult.Of(First), CredentialsResult.Of(Second));
        using var source = new RefreshingCredentialsSource(provider, _time);

        await source.TryGetAsync(Ct);
        _time.Advance(TimeSpan.FromDays(30));
        var later = await source.TryGetAsync(Ct);

        later.Credentials.ShouldBe(First);
        provider.Fetches.ShouldBe(1);
    }

    [Fact]
    public async Task TryGetAsync_RefreshFailsWhileStillValid_KeepsOldAndRetriesAfterPause()
    {
        var provider = new ScriptedCredentialsProvider(
            CredentialsResult.Of(First, Now.AddHours(1)),
            CredentialsResult.Failed("sts down"),
            CredentialsResult.Of(Second, Now.AddHours(2)));
        using var source = new RefreshingCredentialsSource(provider, _time);
        await source.TryGetAsync(Ct);
        _time.Advance(TimeSpan.FromMinutes(56));

        (await source.TryGetAsync(Ct)).Credentials.ShouldBe(First);
        (await source.TryGetAsync(Ct)).Credentials.ShouldBe(First);
        provider.Fetches.ShouldBe(2);

        _time.Advance(RefreshingCredentialsSource.RetryFailedRefreshAfter);
        (await source.TryGetAsync(Ct)).Credentials.ShouldBe(Second);
        provider.Fetches.ShouldBe(3);
    }

    [Fact]
    public async Task TryGetAsync_RefreshFailsAfterExpiry_ReturnsTheFailure()
    {
        var provider = new ScriptedCredentialsProvider(CredentialsResult.Of(First, Now.AddHours(1)), CredentialsResult.Failed("sts down"));
        using var source = new RefreshingCredentialsSource(provider, _time);
        await source.TryGetAsync(Ct);

        _time.Advance(TimeSpan.FromMinutes(61));
        var result = await source.TryGetAsync(Ct);

        result.Credentials.ShouldBeNull();
        result.Error.ShouldBe("sts down");
    }

    [Fact]
    public async Task TryGetAsync_FirstFetchFails_AsksAgainNextTime()
    {
        var provider = new ScriptedCredentialsProvider(CredentialsResult.Failed("not yet"), CredentialsResult.Of(First));
        using var source = new RefreshingCredentialsSource(provider, _time);

        (await source.TryGetAsync(Ct)).Error.ShouldBe("not yet");
        (await source.GetAsync(Ct)).ShouldBe(First);
        provider.Fetches.ShouldBe(2);
    }
}
