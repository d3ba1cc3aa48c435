using Flywheel.Aws.Accounts;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Accounts;

public sealed class SingleAccountTargetResolverTests
{
    private static readonly CallerIdentity Caller = new("111122223333", "arn:aws:sts::111122223333:assumed-role/Audit/flywheel-x", "AROA:flywheel-x");
    private static readonly StaticCredentialsSource Source = new(new("ASIAEXAMPLE", "secret", "token"));

    [Fact]
    public async Task ResolveAsync_NoFilter_OneTargetForTheCallersAccountWithItsCredentials()
    {
        var resolution = await new SingleAccountTargetResolver(null).ResolveAsync(Source, Caller, TestContext.Current.CancellationToken);

        resolution.Targets.Count.ShouldBe(1);
        resolution.Targets[0].AccountId.ShouldBe("111122223333");
        resolution.Targets[0].Error.ShouldBeNull();
        resolution.Targets[0].Credentials.ShouldBeSameAs(Source);
    }

    [Fact]
    public async Task ResolveAsync_FilterNamesAnotherAccount_ReportsItAsThatAccountsError()
    {
        var resolution = await new SingleAccountTargetResolver(["444455556666"]).ResolveAsync(Source, Caller, TestContext.Current.CancellationToken);

        resolution.Targets.Select(t => (t.AccountId, t.Error)).ShouldBe(
            [("444455556666", "Account 444455556666 is not the account of these credentials (111122223333); use --org-role or --role-arn to reach it.")]);
    }
}
