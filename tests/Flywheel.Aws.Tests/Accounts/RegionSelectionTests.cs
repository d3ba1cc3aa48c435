using Flywheel.Aws.Accounts;

namespace Flywheel.Aws.Tests.Accounts;

public sealed class RegionSelectionTests
{
    [Fact]
    public void Parse_ExplicitCommaSeparatedNames_KeepsThemInOrderWithoutRepeats()
    {
        var (selection, error) = RegionSelection.Parse(["eu-west-1, us-east-1", "eu-west-1"], null, "aws", PartitionRegions.Default);

        error.ShouldBeNull();
        selection.ShouldNotBeNull();
        selection.All.ShouldBeFalse();
        selection.Regions.ShouldBe(["eu-west-1", "us-east-1"]);
    }

    [Fact]
    public void Parse_UnknownRegion_ReturnsErrorNamingIt()
    {
        var (selection, error) = RegionSelection.Parse(["us-east-1", "us-east-9"], null, "aws-cn", PartitionRegions.Default);

        selection.ShouldBeNull();
        error.ShouldBe("Unknown regions 'us-east-1', 'us-east-9' in partition aws-cn; known: cn-north-1, cn-northwest-1.");
    }

    [Theory]
    [InlineData("all")]
    [InlineData("ALL")]
    public void Parse_All_SelectsEveryEnabledRegion(string value)
    {
        RegionSelection.Parse([value], "eu-west-1", "aws", PartitionRegions.Default).Selection.ShouldBe(RegionSelection.Every);
    }

    [Fact]
    public void Parse_AllWithNames_ReturnsError()
    {
        RegionSelection.Parse(["all", "us-east-1"], null, "aws", PartitionRegions.Default).Error.ShouldBe("--regions takes either 'all' or region names, not both.");
    }

    [Fact]
    public void Parse_NothingGivenWithConfiguredRegion_SelectsThatRegion()
    {
        var selection = RegionSelection.Parse(null, "eu-central-1", "aws", PartitionRegions.Default).Selection!;

        selection.All.ShouldBeFalse();
        selection.Regions.ShouldBe(["eu-central-1"]);
    }

    [Fact]
    public void Parse_NothingGivenNothingConfigured_SelectsAll()
    {
        RegionSelection.Parse(null, null, "aws", PartitionRegions.Default).Selection.ShouldBe(RegionSelection.Every);
    }

    [Theory]
    [InlineData("aws", "us-east-1")]
    [InlineData("aws-cn", "cn-north-1")]
    [InlineData("aws-us-gov", "us-gov-west-1")]
    [InlineData("aws-iso-e", "eu-isoe-west-1")]
    public void HomeRegion_Partition_IsAnAlwaysEnabledRegionOfIt(string partition, string expected)
    {
        PartitionRegions.Default.HomeRegion(partition).ShouldBe(expected);
    }
}
