using Flywheel.Aws.Wire.Endpoints;

namespace Flywheel.Aws.Tests.Wire.Endpoints;

public sealed class PartitionEndpointResolverTests
{
    [Theory]
    [InlineData("rds", "us-east-1", "https://rds.us-east-1.amazonaws.com/", "us-east-1", "aws")]
    [InlineData("rds", "eu-west-3", "https://rds.eu-west-3.amazonaws.com/", "eu-west-3", "aws")]
    [InlineData("kms", "cn-north-1", "https://kms.cn-north-1.amazonaws.com.cn/", "cn-north-1", "aws-cn")]
    [InlineData("ec2", "cn-northwest-1", "https://ec2.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1", "aws-cn")]
    [InlineData("sts", "aws-global", "https://sts.amazonaws.com/", "us-east-1", "aws")]
    [InlineData("sts", "eu-central-1", "https://sts.eu-central-1.amazonaws.com/", "eu-central-1", "aws")]
    [InlineData("organizations", "eu-west-1", "https://organizations.us-east-1.amazonaws.com/", "us-east-1", "aws")]
    [InlineData("organizations", "aws-global", "https://organizations.us-east-1.amazonaws.com/", "us-east-1", "aws")]
    [InlineData("organizations", "cn-north-1", "https://organizations.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1", "aws-cn")]
    [InlineData("guardduty", "us-gov-west-1", "https://guardduty.us-gov-west-1.amazonaws.com/", "us-gov-west-1", "aws-us-gov")]
    [InlineData("ec2", "us-gov-east-1", "https://ec2.us-gov-east-1.amazonaws.com/", "us-gov-east-1", "aws-us-gov")]
    [InlineData("rds", "us-iso-east-1", "https://rds.us-iso-east-1.c2s.ic.gov/", "us-iso-east-1", "aws-iso")]
    [InlineData("kms", "us-isob-east-1", "https://kms.us-isob-east-1.sc2s.sgov.gov/", "us-isob-east-1", "aws-iso-b")]
    [InlineData("secretsmanager", "eusc-de-east-1", "https://secretsmanager.eusc-de-east-1.amazonaws.eu/", "eusc-de-east-1", "aws-eusc")]
    [InlineData("kms", "ProdFips", "https://kms-fips.eu-central-2.amazonaws.com/", "eu-central-2", "aws")]
    public void Resolve_KnownServiceAndRegion_ReturnsOfficialHostAndSigningRegion(string service, string region, string url, string signingRegion, string partition)
    {
        var result = PartitionEndpointResolver.Default.Resolve(service, region);

        result.Resolved.ShouldBeTrue(result.Error);
        result.Endpoint.ShouldBe(new AwsEndpoint(new Uri(url), signingRegion, partition));
    }

    [Theory]
    [InlineData("rds", "eu-north-9", "https://rds.eu-north-9.amazonaws.com/", "aws")]
    [InlineData("kms", "cn-south-7", "https://kms.cn-south-7.amazonaws.com.cn/", "aws-cn")]
    [InlineData("cloudtrail", "us-gov-north-4", "https://cloudtrail.us-gov-north-4.amazonaws.com/", "aws-us-gov")]
    public void Resolve_UnlistedRegionMatchingPartitionRegex_UsesPartitionTemplate(string service, string region, string url, string partition)
    {
        var result = PartitionEndpointResolver.Default.Resolve(service, region);

        result.Endpoint.ShouldBe(new AwsEndpoint(new Uri(url), region, partition));
    }

    [Fact]
    public void Resolve_RegionOfNoPartition_FailsWithReason()
    {
        var result = PartitionEndpointResolver.Default.Resolve("rds", "mars-central-1");

        result.Resolved.ShouldBeFalse();
        result.Error.ShouldBe("Region 'mars-central-1' belongs to no known partition.");
    }

    [Fact]
    public void Resolve_Override_ReplacesHostButKeepsSigningRegion()
    {
        var resolver = new OverriddenEndpointResolver(PartitionEndpointResolver.Default, new Uri("http://127.0.0.1:4566"));

        resolver.Resolve("organizations", "eu-west-1").Endpoint.ShouldBe(new AwsEndpoint(new Uri("http://127.0.0.1:4566"), "us-east-1", "aws"));
        resolver.Resolve("rds", "eu-west-1").Endpoint.ShouldBe(new AwsEndpoint(new Uri("http://127.0.0.1:4566"), "eu-west-1", "aws"));
    }
}
