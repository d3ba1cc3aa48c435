using Flywheel.Aws.Accounts;
using Flywheel.Aws.Clients.Organizations.Model;
using Flywheel.Aws.Clients.Sts.Model;
using Flywheel.Aws.Tests.Credentials;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Accounts;

public sealed class OrganizationAccountTargetResolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolveAsync_MoreAccountsThanOnePage_OneTargetPerAccountAndEachAssumesOrgRole()
    {
        // 23 accounts: ListAccounts returns at most 20 per page, so the second page must be read too.
        await using var sandbox = await SandboxHarness.StartAsync(accounts: 23);
        var sut = CreateSut(sandbox, sandbox.Apis, accounts: null);

        var resolution = await sut.ResolveAsync(sandbox.Source(0), Caller(sandbox), Ct);

        resolution.Error.ShouldBeNull();
        resolution.Targets.Select(t => t.AccountId).ShouldBe(sandbox.Server.Accounts.Select(a => a.AccountId));
        resolution.Targets.ShouldAllBe(t => t.Error == null);
        resolution.Targets[0].Name.ShouldBe("management");
        var last = resolution.Targets[^1];
        var identity = await sandbox.Apis.Sts(last.Credentials!, "us-east-1", last.AccountId).GetCallerIdentityAsync(new GetCallerIdentityRequest(), Ct);
        identity.Value!.Arn.ShouldBe($"arn:aws:sts::{last.AccountId}:assumed-role/OrganizationAccountAccessRole/flywheel-test");
    }

    [Fact]
    public async Task ResolveAsync_AccountsFilter_KeepsListedAndReportsUnknownId()
    {
        await using var sandbox = await SandboxHarness.StartAsync(accounts: 3);
        var sut = CreateSut(sandbox, sandbox.Apis, accounts: [sandbox.AccountId(2), "123456789012"]);

        var resolution = await sut.ResolveAsync(sandbox.Source(0), Caller(sandbox), Ct);

        resolution.Targets.Select(t => (t.AccountId, t.Error)).ShouldBe(
        [
            (sandbox.AccountId(2), null),
            ("123456789012", "Account 123456789012 is not an ACTIVE account of the organization."),
        ]);
        resolution.Targets[1].Credentials.ShouldBeNull();
    }

    [Fact]
    public async Task ResolveAsync_MemberAccountCredentials_ReturnsTheWholeRunsError()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var sut = CreateSut(sandbox, sandbox.Apis, accounts: null);
        var member = new CallerIdentity(sandbox.AccountId(1), $"arn:aws:iam::{sandbox.AccountId(1)}:user/sandbox-admin", "AIDA");

        var resolution = await sut.ResolveAsync(sandbox.Source(1), member, Ct);

        resolution.Targets.ShouldBeEmpty();
        resolution.Error.ShouldBe($"Could not list the organization's accounts as {member.Arn}: AccessDeniedException: You don't have permissions to access this resource.");
    }

    [Fact]
    public async Task ResolveAsync_SuspendedAndClosedAccounts_AreLeftOut()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var apis = new CannedAccountApis
        {
            AccountPages =
            [
                AwsResult<ListAccountsResponse>.Success(new() { Accounts = [Account("111111111111", "ACTIVE", null), Account("222222222222", "SUSPENDED", null)], NextToken = "t" }),
                AwsResult<ListAccountsResponse>.Success(new() { Accounts = [Account("333333333333", null, "ACTIVE"), Account("444444444444", "CLOSED", "SUSPENDED")] }),
            ],
        };

        var resolution = await CreateSut(sandbox, apis, accounts: null).ResolveAsync(sandbox.Source(0), Caller(sandbox), Ct);

        resolution.Targets.Select(t => t.AccountId).ShouldBe(["111111111111", "333333333333"]);
    }

    [Fact]
    public async Task ResolveAsync_OneAccountRefusesRole_OnlyThatTargetFails()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var apis = new CannedAccountApis
        {
            AccountPages = [AwsResult<ListAccountsResponse>.Success(new() { Accounts = [Account(sandbox.AccountId(1), "ACTIVE", "ACTIVE"), Account("999999999999", "ACTIVE", "ACTIVE")] })],
        };
        var resolution = await CreateSut(sandbox, apis, accounts: null).ResolveAsync(sandbox.Source(0), Caller(sandbox), Ct);

        var good = await resolution.Targets[0].Credentials!.TryGetAsync(Ct);
        var refused = await resolution.Targets[1].Credentials!.TryGetAsync(Ct);

        resolution.Error.ShouldBeNull();
        good.Error.ShouldBeNull();
        refused.Error.ShouldBe(
            $"Could not assume role arn:aws:iam::999999999999:role/OrganizationAccountAccessRole: AccessDenied: User: arn:aws:iam::{sandbox.AccountId(0)}:user/sandbox-admin "
            + "is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::999999999999:role/OrganizationAccountAccessRole");
    }

    [Fact]
    public async Task ResolveAsync_ChinaPartitionCaller_BuildsRoleArnsInThatPartition()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var roles = new RecordingRoleAssumer();
        var apis = new CannedAccountApis { AccountPages = [AwsResult<ListAccountsResponse>.Success(new() { Accounts = [Account("111111111111", "ACTIVE", "ACTIVE")] })] };
        var sut = new OrganizationAccountTargetResolver(apis, roles, "Audit", "flywheel-test", TimeSpan.FromHours(1), null, "cn-north-1");

        await sut.ResolveAsync(sandbox.Source(0), new CallerIdentity("222222222222", "arn:aws-cn:iam::222222222222:user/a", "AIDA"), Ct);

        roles.Assumed.ShouldBe([new AssumeRoleSettings("arn:aws-cn:iam::111111111111:role/Audit", "flywheel-test", null, TimeSpan.FromHours(1))]);
    }

    private static OrganizationAccountTargetResolver CreateSut(SandboxHarness sandbox, IAccountApiFactory apis, IReadOnlyList<string>? accounts) =>
        new(apis, new SdkRoleAssumer(sandbox.StsClients, "us-east-1", sandbox.Time), "OrganizationAccountAccessRole", "flywheel-test", TimeSpan.FromHours(1), accounts, "us-east-1");

    private static CallerIdentity Caller(SandboxHarness sandbox) =>
        new(sandbox.AccountId(0), $"arn:aws:iam::{sandbox.AccountId(0)}:user/sandbox-admin", "AIDA");

    private static Account Account(string id, string? status, string? state) => new() { Id = id, Name = "n" + id, Status = status, State = state };

    private sealed class RecordingRoleAssumer : IRoleAssumer
    {
        public List<AssumeRoleSettings> Assumed { get; } = [];

        public IAwsCredentialsSource Assume(IAwsCredentialsSource source, AssumeRoleSettings role)
        {
            Assumed.Add(role);
            return source;
        }
    }
}
