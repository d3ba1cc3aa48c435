using Flywheel.Aws.Clients.Sts.Model;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Tests.Credentials;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class StandardChainCredentialsProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_EnvironmentKeys_ResolvesThoseKeysWithSessionToken()
    {
        using var env = new EnvironmentScope(new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIAENVIRONMENT0001",
            ["AWS_SECRET_ACCESS_KEY"] = "environment-secret",
            ["AWS_SESSION_TOKEN"] = "environment-token",
        });

        var result = await new StandardChainCredentialsProvider(null).FetchAsync(Ct);

        result.Error.ShouldBeNull();
        result.Credentials.ShouldBe(new AwsCredentials("AKIAENVIRONMENT0001", "environment-secret", "environment-token"));
    }

    [Fact]
    public async Task FetchAsync_ProfileInSharedCredentialsFile_ResolvesThatProfileNotDefault()
    {
        using var env = new EnvironmentScope();
        env.WriteCredentialsFile("""
            [default]
            aws_access_key_id = AKIADEFAULT00000001
            aws_secret_access_key = default-secret

            [audit]
            aws_access_key_id = AKIAAUDIT0000000001
            aws_secret_access_key = audit-secret
            """);

        var result = await new StandardChainCredentialsProvider("audit").FetchAsync(Ct);

        result.Error.ShouldBeNull();
        result.Credentials.ShouldBe(new AwsCredentials("AKIAAUDIT0000000001", "audit-secret"));
        result.Expiration.ShouldBeNull();
    }

    [Fact]
    public async Task FetchAsync_AwsProfileVariableWithoutExplicitProfile_SelectsThatProfileFromConfigFile()
    {
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_PROFILE"] = "ops" });
        env.WriteConfigFile("""
            [default]
            aws_access_key_id = AKIADEFAULT00000001
            aws_secret_access_key = default-secret

            [profile ops]
            aws_access_key_id = AKIAOPS000000000001
            aws_secret_access_key = ops-secret
            region = eu-central-1
            """);

        var result = await new StandardChainCredentialsProvider(null).FetchAsync(Ct);

        result.Credentials.ShouldBe(new AwsCredentials("AKIAOPS000000000001", "ops-secret"));
    }

    [Fact]
    public async Task FetchAsync_UnknownProfile_ReturnsNotFoundNamingBothFiles()
    {
        using var env = new EnvironmentScope();
        var credentialsFile = env.WriteCredentialsFile("[default]\naws_access_key_id = AKIADEFAULT00000001\naws_secret_access_key = s\n");
        var configFile = env.WriteConfigFile("[default]\nregion = us-east-1\n");

        var result = await new StandardChainCredentialsProvider("nope").FetchAsync(Ct);

        result.Credentials.ShouldBeNull();
        result.Error.ShouldBe($"Profile 'nope' was not found in the shared credentials file ({credentialsFile}) or the shared config file ({configFile}).");
    }

    [Fact]
    public async Task FetchAsync_NothingConfigured_ReturnsNoCredentialsMessage()
    {
        using var env = new EnvironmentScope();

        var result = await new StandardChainCredentialsProvider(null).FetchAsync(Ct);

        result.Credentials.ShouldBeNull();
        result.Error.ShouldBe(StandardChainCredentialsProvider.NoCredentialsMessage);
    }

    [Fact]
    public async Task GetAsync_NothingConfigured_ThrowsCredentialsExceptionWithTheMessage()
    {
        using var env = new EnvironmentScope();
        using var source = new RefreshingCredentialsSource(new StandardChainCredentialsProvider(null), TimeProvider.System);

        var exception = await Should.ThrowAsync<AwsCredentialsException>(async () => await source.GetAsync(Ct));

        exception.Message.ShouldBe(StandardChainCredentialsProvider.NoCredentialsMessage);
    }

    [Fact]
    public async Task FetchAsync_SandboxKeysInEnvironment_GetCallerIdentityReturnsTheirAccount()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var keys = sandbox.Keys(1);
        using var env = new EnvironmentScope(new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = keys.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = keys.SecretAccessKey,
        });
        using var source = new RefreshingCredentialsSource(new StandardChainCredentialsProvider(null), sandbox.Time);

        var identity = await sandbox.Apis.Sts(source, "us-east-1", "caller").GetCallerIdentityAsync(new GetCallerIdentityRequest(), Ct);

        identity.Error.ShouldBeNull();
        identity.Value!.Account.ShouldBe(sandbox.AccountId(1));
        identity.Value.Arn.ShouldBe($"arn:aws:iam::{sandbox.AccountId(1)}:user/sandbox-admin");
    }

    [Fact]
    public async Task FetchAsync_SandboxKeysInProfile_GetCallerIdentityReturnsTheirAccount()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var keys = sandbox.Keys(0);
        using var env = new EnvironmentScope();
        env.WriteCredentialsFile($"[sandbox]\naws_access_key_id = {keys.AccessKeyId}\naws_secret_access_key = {keys.SecretAccessKey}\n");
        using var source = new RefreshingCredentialsSource(new StandardChainCredentialsProvider("sandbox"), sandbox.Time);

        var identity = await sandbox.Apis.Sts(source, "us-east-1", "caller").GetCallerIdentityAsync(new GetCallerIdentityRequest(), Ct);

        identity.Value!.Account.ShouldBe(sandbox.AccountId(0));
    }
}
