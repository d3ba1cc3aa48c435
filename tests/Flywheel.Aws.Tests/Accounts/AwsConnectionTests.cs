using Flywheel.Aws.Accounts;
using Flywheel.Aws.Tests.Credentials;

namespace Flywheel.Aws.Tests.Accounts;

/// <summary>The public entry point end to end against the sandbox, credentials taken from the environment as the CLI would.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class AwsConnectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenAsync_EnvironmentKeysNoRole_OneTargetForTheCallerAndConfiguredRegion()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var env = SandboxEnvironment(sandbox, 1, region: "eu-west-1");

        var result = await AwsConnection.OpenAsync(new AwsConnectionOptions { EndpointUrl = sandbox.Server.Endpoint }, sandbox.Time, Ct);
        using var connection = result.Connection;

        result.Error.ShouldBeNull();
        connection!.Caller.ShouldBe(new CallerIdentity(sandbox.AccountId(1), $"arn:aws:iam::{sandbox.AccountId(1)}:user/sandbox-admin", connection.Caller.UserId));
        connection.DefaultRegion.ShouldBe("eu-west-1");
        connection.Targets.Select(t => (t.AccountId, t.Error)).ShouldBe([(sandbox.AccountId(1), null)]);
        var regions = await connection.ResolveRegionsAsync(connection.Targets[0], Ct);
        regions.Regions.ShouldBe(["eu-west-1"]);
    }

    [Fact]
    public async Task OpenAsync_RoleArnInSecondAccount_TargetIsTheRolesAccount()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var env = SandboxEnvironment(sandbox, 0, region: null);
        var options = new AwsConnectionOptions
        {
            EndpointUrl = sandbox.Server.Endpoint,
            RoleArn = $"arn:aws:iam::{sandbox.AccountId(1)}:role/FlywheelAudit",
            ExternalId = "ext-1",
            SessionName = "flywheel-ci",
            Regions = ["all"],
        };

        var result = await AwsConnection.OpenAsync(options, sandbox.Time, Ct);
        using var connection = result.Connection;

        result.Error.ShouldBeNull();
        connection!.Caller.Arn.ShouldBe($"arn:aws:sts::{sandbox.AccountId(1)}:assumed-role/FlywheelAudit/flywheel-ci");
        connection.Targets.Single().AccountId.ShouldBe(sandbox.AccountId(1));
        (await connection.ResolveRegionsAsync(connection.Targets[0], Ct)).Regions.ShouldBe(["eu-west-1", "us-east-1"]);
    }

    [Fact]
    public async Task OpenAsync_RoleRefused_ReturnsTheAssumeRoleError()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var env = SandboxEnvironment(sandbox, 0, region: null);

        var result = await AwsConnection.OpenAsync(new AwsConnectionOptions { EndpointUrl = sandbox.Server.Endpoint, RoleArn = "arn:aws:iam::999999999999:role/Nope" }, sandbox.Time, Ct);

        result.Connection.ShouldBeNull();
        result.Error.ShouldBe(
            $"Could not assume role arn:aws:iam::999999999999:role/Nope: AccessDenied: User: arn:aws:iam::{sandbox.AccountId(0)}:user/sandbox-admin "
            + "is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::999999999999:role/Nope");
    }

    [Fact]
    public async Task OpenAsync_OrgRoleWithAccountsFilter_TargetsAndRegionsPerAccount()
    {
        await using var sandbox = await SandboxHarness.StartAsync(accounts: 3);
        using var env = SandboxEnvironment(sandbox, 0, region: null);
        var options = new AwsConnectionOptions
        {
            EndpointUrl = sandbox.Server.Endpoint,
            OrgRole = "OrganizationAccountAccessRole",
            Accounts = [$"{sandbox.AccountId(1)},{sandbox.AccountId(2)}"],
        };

        var result = await AwsConnection.OpenAsync(options, sandbox.Time, Ct);
        using var connection = result.Connection;

        result.Error.ShouldBeNull();
        connection!.Targets.Select(t => t.AccountId).ShouldBe([sandbox.AccountId(1), sandbox.AccountId(2)]);
        foreach (var target in connection.Targets)
        {
            var regions = await connection.ResolveRegionsAsync(target, Ct);
            regions.Error.ShouldBeNull();
            regions.Regions.ShouldBe(["eu-west-1", "us-east-1"]);
        }
    }

    [Fact]
    public async Task OpenAsync_RoleArnThenOrgRole_ChainsTheOrgRoleFromTheAssumedRole()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var env = SandboxEnvironment(sandbox, 0, region: null);
        var options = new AwsConnectionOptions
        {
            EndpointUrl = sandbox.Server.Endpoint,
            RoleArn = $"arn:aws:iam::{sandbox.AccountId(0)}:role/FlywheelOrgReader",
            OrgRole = "FlywheelAudit",
            SessionName = "flywheel-ci",
        };

        var result = await AwsConnection.OpenAsync(options, sandbox.Time, Ct);
        using var connection = result.Connection;
        var member = connection!.Targets[1];
        var identity = await sandbox.Apis.Sts(member.Credentials!, "us-east-1", member.AccountId).GetCallerIdentityAsync(new(), Ct);

        connection.Caller.Arn.ShouldBe($"arn:aws:sts::{sandbox.AccountId(0)}:assumed-role/FlywheelOrgReader/flywheel-ci");
        identity.Value!.Arn.ShouldBe($"arn:aws:sts::{sandbox.AccountId(1)}:assumed-role/FlywheelAudit/flywheel-ci");
    }

    [Fact]
    public async Task OpenAsync_ProfileWithRegion_UsesProfileKeysAndRegion()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var env = new EnvironmentScope();
        var keys = sandbox.Keys(1);
        env.WriteConfigFile($"[profile audit]\naws_access_key_id = {keys.AccessKeyId}\naws_secret_access_key = {keys.SecretAccessKey}\nregion = us-east-1\n");

        var result = await AwsConnection.OpenAsync(new AwsConnectionOptions { EndpointUrl = sandbox.Server.Endpoint, Profile = "audit" }, sandbox.Time, Ct);
        using var connection = result.Connection;

        connection!.Caller.AccountId.ShouldBe(sandbox.AccountId(1));
        connection.DefaultRegion.ShouldBe("us-east-1");
        AwsConnection.ResolveDefaultRegion("audit").ShouldBe("us-east-1");
    }

    [Fact]
    public async Task OpenAsync_NoCredentials_ReturnsNoCredentialsMessage()
    {
        using var env = new EnvironmentScope();

        var result = await AwsConnection.OpenAsync(new AwsConnectionOptions { EndpointUrl = new Uri("http://127.0.0.1:9") }, TimeProvider.System, Ct);

        result.Error.ShouldBe(Flywheel.Aws.Wire.Credentials.StandardChainCredentialsProvider.NoCredentialsMessage);
    }

    [Fact]
    public async Task OpenAsync_UnknownRegion_ReturnsRegionErrorBeforeListingAccounts()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var env = SandboxEnvironment(sandbox, 1, region: null);

        var result = await AwsConnection.OpenAsync(new AwsConnectionOptions { EndpointUrl = sandbox.Server.Endpoint, Regions = ["eu-west-1", "mars-1"] }, sandbox.Time, Ct);

        result.Error.ShouldNotBeNull();
        result.Error.ShouldStartWith("Unknown region 'mars-1' in partition aws; known: af-south-1, ");
    }

    [Theory]
    [InlineData("arn:aws:iam::12345:role/x", null, null, "--role-arn 'arn:aws:iam::12345:role/x' is not a role ARN (arn:<partition>:iam::<12-digit account>:role/<name>).")]
    [InlineData(null, "Bad Name", null, "--org-role 'Bad Name' is not a role name (1 to 64 characters of letters, digits and + = , . @ _ -).")]
    [InlineData(null, null, "12345", "--accounts '12345' is not a 12-digit account id.")]
    public async Task OpenAsync_InvalidOptions_ReturnsTheReasonWithoutCalling(string? roleArn, string? orgRole, string? accounts, string expected)
    {
        var options = new AwsConnectionOptions { RoleArn = roleArn, OrgRole = orgRole, Accounts = accounts is null ? null : [accounts] };

        var result = await AwsConnection.OpenAsync(options, TimeProvider.System, Ct);

        result.Error.ShouldBe(expected);
    }

    [Fact]
    public async Task OpenAsync_DurationOutOfRange_ReturnsTheReason()
    {
        var options = new AwsConnectionOptions { RoleArn = "arn:aws:iam::111122223333:role/x", Duration = TimeSpan.FromMinutes(5) };

        var result = await AwsConnection.OpenAsync(options, TimeProvider.System, Ct);

        result.Error.ShouldBe("Role session duration 00:05:00 must be whole seconds between 15 minutes and 12 hours.");
    }

    private static EnvironmentScope SandboxEnvironment(SandboxHarness sandbox, int account, string? region)
    {
        var keys = sandbox.Keys(account);
        return new EnvironmentScope(new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = keys.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = keys.SecretAccessKey,
            ["AWS_REGION"] = region,
        });
    }
}
