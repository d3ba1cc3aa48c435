using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Credentials;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class DefaultRegionResolverTests
{
    private const string Config = """
        [default]
        region = us-west-2

        [profile audit]
        region = eu-west-1
        """;

    [Fact]
    public void Resolve_AwsRegionSet_WinsOverDefaultRegionAndProfile()
    {
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_REGION"] = "ap-southeast-2", ["AWS_DEFAULT_REGION"] = "ca-central-1" });
        env.WriteConfigFile(Config);

        DefaultRegionResolver.Resolve("audit").ShouldBe("ap-southeast-2");
    }

    [Fact]
    public void Resolve_OnlyAwsDefaultRegion_ReturnsIt()
    {
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_DEFAULT_REGION"] = "ca-central-1" });
        env.WriteConfigFile(Config);

        DefaultRegionResolver.Resolve(null).ShouldBe("ca-central-1");
    }

    [Fact]
    public void Resolve_ProfileGiven_ReturnsThatProfilesRegion()
    {
        using var env = new EnvironmentScope();
        env.WriteConfigFile(Config);

        DefaultRegionResolver.Resolve("audit").ShouldBe("eu-west-1");
    }

    [Fact]
    public void Resolve_NoProfileGiven_ReturnsAwsProfileRegionElseDefaultProfileRegion()
    {
        using var env = new EnvironmentScope();
        env.WriteConfigFile(Config);

        DefaultRegionResolver.Resolve(null).ShouldBe("us-west-2");
        Environment.SetEnvironmentVariable("AWS_PROFILE", "audit");
        DefaultRegionResolver.Resolve(null).ShouldBe("eu-west-1");
    }

    [Fact]
    public void Resolve_NothingConfigured_ReturnsNull()
    {
        using var env = new EnvironmentScope();

        DefaultRegionResolver.Resolve(null).ShouldBeNull();
    }
}
