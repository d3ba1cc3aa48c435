using Flywheel.Aws.Accounts;
using Flywheel.Aws.Clients.Ec2.Model;
using Flywheel.Aws.Tests.Credentials;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Accounts;

public sealed class RegionResolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolveAsync_All_ReturnsTheAccountsEnabledRegionsFromTheSandbox()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var target = new AccountTarget(sandbox.AccountId(1), null, null) { Credentials = sandbox.Source(1) };

        var regions = await new RegionResolver(RegionSelection.Every, sandbox.Apis, "us-east-1").ResolveAsync(target, Ct);

        regions.Error.ShouldBeNull();
        regions.AccountId.ShouldBe(sandbox.AccountId(1));
        regions.Regions.ShouldBe(["eu-west-1", "us-east-1"]);
    }

    [Fact]
    public async Task ResolveAsync_AllWithOptInStatuses_KeepsOnlyEnabledRegions()
    {
        var apis = new CannedAccountApis
        {
            Regions = AwsResult<DescribeRegionsResponse>.Success(new()
            {
                Regions =
                [
                    new() { RegionName = "us-east-1", OptInStatus = "opt-in-not-required" },
                    new() { RegionName = "af-south-1", OptInStatus = "opted-in" },
                    new() { RegionName = "me-south-1", OptInStatus = "not-opted-in" },
                ],
            }),
        };

        var regions = await new RegionResolver(RegionSelection.Every, apis, "us-east-1").ResolveAsync(Target(), Ct);

        regions.Regions.ShouldBe(["af-south-1", "us-east-1"]);
        apis.Calls.ShouldBe(["ec2 us-east-1 111122223333"]);
    }

    [Fact]
    public async Task ResolveAsync_Explicit_ReturnsTheListWithoutCallingEc2()
    {
        var apis = new CannedAccountApis();

        var regions = await new RegionResolver(new RegionSelection(false, ["eu-west-1"]), apis, "us-east-1").ResolveAsync(Target(), Ct);

        regions.Regions.ShouldBe(["eu-west-1"]);
        apis.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task ResolveAsync_DescribeRegionsRefused_ReturnsTheAccountsErrorValue()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var target = new AccountTarget("111122223333", null, null) { Credentials = new StaticCredentialsSource(new("AKIAUNKNOWN00000000", "nope")) };

        var regions = await new RegionResolver(RegionSelection.Every, sandbox.Apis, "us-east-1").ResolveAsync(target, Ct);

        regions.Regions.ShouldBeEmpty();
        regions.Error.ShouldNotBeNull();
        regions.Error.ShouldStartWith("Could not list the enabled regions of account 111122223333: AuthFailure: ");
    }

    [Fact]
    public async Task ResolveAsync_CredentialsUnavailable_ReturnsThatReasonWithoutCallingEc2()
    {
        var apis = new CannedAccountApis();
        using var refused = new RefreshingCredentialsSource(new ScriptedCredentialsProvider(CredentialsResult.Failed("Could not assume role X: AccessDenied: no")), TimeProvider.System);

        var regions = await new RegionResolver(RegionSelection.Every, apis, "us-east-1").ResolveAsync(Target() with { Credentials = refused }, Ct);

        regions.ShouldBe(AccountRegions.Failed("111122223333", "Could not assume role X: AccessDenied: no"), new AccountRegionsComparer());
        apis.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task ResolveAsync_TargetWithError_ReturnsThatError()
    {
        var regions = await new RegionResolver(RegionSelection.Every, new CannedAccountApis(), "us-east-1")
            .ResolveAsync(new AccountTarget("444455556666", null, "Account 444455556666 is not an ACTIVE account of the organization."), Ct);

        regions.Error.ShouldBe("Account 444455556666 is not an ACTIVE account of the organization.");
    }

    private static AccountTarget Target() => new("111122223333", null, null) { Credentials = new StaticCredentialsSource(new("AKIAEXAMPLE", "secret")) };

    private sealed class AccountRegionsComparer : IEqualityComparer<AccountRegions>
    {
        public bool Equals(AccountRegions? x, AccountRegions? y) =>
            x is not null && y is not null && x.AccountId == y.AccountId && x.Error == y.Error && x.Regions.SequenceEqual(y.Regions);

        public int GetHashCode(AccountRegions obj) => obj.AccountId.GetHashCode(StringComparison.Ordinal);
    }
}
