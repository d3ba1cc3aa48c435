namespace Flywheel.Core.Inventory;

/// <summary>
/// The pseudo-resource "this account in this region", for rules about what must exist once per account and
/// region (an event subscription, a GuardDuty detector, a trail that covers the region).
/// </summary>
public sealed record AccountRegion : AwsResource
{
    public override string ResourceType => "AWS::Account::Region";

    public override string Name => $"{AccountId}/{Region}";

    /// <summary>Creates the pseudo-resource with its stable ARN-like identity.</summary>
    public static AccountRegion Create(string accountId, string region) => new()
    {
        AccountId = accountId,
        Region = region,
        Arn = $"arn:{AwsPartition.FromRegion(region)}::{region}:{accountId}:account-region",
    };
}
