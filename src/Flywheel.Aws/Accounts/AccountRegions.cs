namespace Flywheel.Aws.Accounts;

/// <summary>The regions to scan in one account, or why they could not be determined (no role, DescribeRegions failed).</summary>
public sealed record AccountRegions(string AccountId, IReadOnlyList<string> Regions, string? Error)
{
    public bool Succeeded => Error is null;

    public static AccountRegions Failed(string accountId, string error) => new(accountId, [], error);
}
