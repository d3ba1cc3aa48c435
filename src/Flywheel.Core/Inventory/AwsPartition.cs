namespace Flywheel.Core.Inventory;

/// <summary>Partition names derived from region names, as in the endpoints model.</summary>
public static class AwsPartition
{
    public static string FromRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (region.StartsWith("cn-", StringComparison.Ordinal))
        {
            return "aws-cn";
        }

        if (region.StartsWith("us-gov-", StringComparison.Ordinal))
        {
            return "aws-us-gov";
        }

        if (region.StartsWith("us-iso-", StringComparison.Ordinal))
        {
            return "aws-iso";
        }

        if (region.StartsWith("us-isob-", StringComparison.Ordinal))
        {
            return "aws-iso-b";
        }

        return "aws";
    }
}
