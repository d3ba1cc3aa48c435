using Flywheel.Aws.Clients.Sts.Model;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Credentials;

/// <summary>AssumeRole through the SDK's STS client against the sandbox; the credentials are then used by our wire client.</summary>
public sealed class AssumeRoleCredentialsProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_RoleInSecondAccount_WireClientCallsAsThatAssumedRole()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var role = new AssumeRoleSettings($"arn:aws:iam::{sandbox.AccountId(1)}:role/FlywheelAudit", "flywheel-test", "ext-1", AssumeRoleSettings.DefaultDuration);
        using var source = new RefreshingCredentialsSource(new AssumeRoleCredentialsProvider(sandbox.Source(0), role, sandbox.StsClients, "us-east-1"), sandbox.Time);

        var assumed = await source.TryGetAsync(Ct);
        var identity = await sandbox.Apis.Sts(source, "us-east-1", sandbox.AccountId(1)).GetCallerIdentityAsync(new GetCallerIdentityRequest(), Ct);

        assumed.Error.ShouldBeNull();
        assumed.Credentials!.AccessKeyId.ShouldStartWith("ASIA");
        assumed.Credentials.SessionToken.ShouldNotBeNull();
        assumed.Expiration.ShouldBe(SandboxHarness.Start.AddHours(1));
        identity.Error.ShouldBeNull();
        identity.Value!.Account.ShouldBe(sandbox.AccountId(1));
        identity.Value.Arn.ShouldBe($"arn:aws:sts::{sandbox.AccountId(1)}:assumed-role/FlywheelAudit/flywheel-test");
    }

    [Fact]
    public async Task FetchAsync_AccountOutsideSandbox_ReturnsAccessDeniedNamingTheRole()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var role = new AssumeRoleSettings("arn:aws:iam::999999999999:role/FlywheelAudit", "flywheel-test", null, AssumeRoleSettings.DefaultDuration);

        var result = await new AssumeRoleCredentialsProvider(sandbox.Source(0), role, sandbox.StsClients, "us-east-1").FetchAsync(Ct);

        result.Credentials.ShouldBeNull();
        result.Error.ShouldBe(
            $"Could not assume role arn:aws:iam::999999999999:role/FlywheelAudit: AccessDenied: User: arn:aws:iam::{sandbox.AccountId(0)}:user/sandbox-admin "
            + "is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::999999999999:role/FlywheelAudit");
    }

    [Fact]
    public async Task FetchAsync_SourceKeysUnknownToSts_ReturnsInvalidClientTokenId()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var role = new AssumeRoleSettings($"arn:aws:iam::{sandbox.AccountId(1)}:role/FlywheelAudit", "flywheel-test", null, AssumeRoleSettings.DefaultDuration);
        var unknown = new StaticCredentialsSource(new("AKIAUNKNOWN00000000", "nope"));

        var result = await new AssumeRoleCredentialsProvider(unknown, role, sandbox.StsClients, "us-east-1").FetchAsync(Ct);

        result.Error.ShouldNotBeNull();
        result.Error.ShouldStartWith($"Could not assume role {role.RoleArn}: InvalidClientTokenId: ");
    }

    [Fact]
    public async Task FetchAsync_SourceWithoutCredentials_ReturnsTheSourcesReason()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var role = new AssumeRoleSettings($"arn:aws:iam::{sandbox.AccountId(1)}:role/FlywheelAudit", "flywheel-test", null, AssumeRoleSettings.DefaultDuration);
        using var empty = new RefreshingCredentialsSource(new ScriptedCredentialsProvider(CredentialsResult.Failed("No AWS credentials found.")), sandbox.Time);

        var result = await new AssumeRoleCredentialsProvider(empty, role, sandbox.StsClients, "us-east-1").FetchAsync(Ct);

        result.Error.ShouldBe($"Could not assume role {role.RoleArn}: No AWS credentials found.");
    }

    [Fact]
    public async Task TryGetAsync_AfterExpiry_AssumesAgainAndOldCredentialsAreRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var role = new AssumeRoleSettings($"arn:aws:iam::{sandbox.AccountId(1)}:role/FlywheelAudit", "flywheel-test", null, AssumeRoleSettings.MinDuration);
        using var source = new RefreshingCredentialsSource(new AssumeRoleCredentialsProvider(sandbox.Source(0), role, sandbox.StsClients, "us-east-1"), sandbox.Time);
        var first = (await source.TryGetAsync(Ct)).Credentials!;

        sandbox.Time.Advance(TimeSpan.FromMinutes(16));
        var stale = await sandbox.Apis.Sts(new StaticCredentialsSource(first), "us-east-1", "stale").GetCallerIdentityAsync(new GetCallerIdentityRequest(), Ct);
        var fresh = await sandbox.Apis.Sts(source, "us-east-1", "fresh").GetCallerIdentityAsync(new GetCallerIdentityRequest(), Ct);

        stale.Error!.Code.ShouldBe("ExpiredToken");
        fresh.Error.ShouldBeNull();
        fresh.Value!.Account.ShouldBe(sandbox.AccountId(1));
        (await source.TryGetAsync(Ct)).Credentials!.AccessKeyId.ShouldNotBe(first.AccessKeyId);
    }
}
