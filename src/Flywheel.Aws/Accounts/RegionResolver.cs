using Flywheel.Aws.Clients.Ec2.Model;

namespace Flywheel.Aws.Accounts;

/// <summary>
/// The regions of one account: the explicit list as given, or, for <c>all</c>, the regions EC2 DescribeRegions
/// reports as enabled for the account (<c>opt-in-not-required</c> and <c>opted-in</c>), asked in
/// <c>apiRegion</c>. The account's credentials are obtained first, so a role the account refuses, like a failed
/// DescribeRegions, is this account's error value.
/// </summary>
internal sealed class RegionResolver(RegionSelection selection, IAccountApiFactory apis, string apiRegion) : IRegionResolver
{
    private static readonly HashSet<string> Enabled = new(StringComparer.Ordinal) { "opt-in-not-required", "opted-in" };

    public async Task<AccountRegions> ResolveAsync(AccountTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Error is not null || target.Credentials is null)
        {
            return AccountRegions.Failed(target.AccountId, target.Error ?? $"Account {target.AccountId} has no credentials.");
        }

        var credentials = await target.Credentials.TryGetAsync(cancellationToken).ConfigureAwait(false);
        if (!credentials.Succeeded)
        {
            return AccountRegions.Failed(target.AccountId, credentials.Error);
        }

        if (!selection.All)
        {
            return new AccountRegions(target.AccountId, selection.Regions, null);
        }

        var result = await apis.Ec2(target.Credentials, apiRegion, target.AccountId).DescribeRegionsAsync(new DescribeRegionsRequest(), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return AccountRegions.Failed(target.AccountId, $"Could not list the enabled regions of account {target.AccountId}: {result.Error.Code}: {result.Error.Message}");
        }

        // An old response without OptInStatus lists only regions that need no opt-in.
        IReadOnlyList<string> regions = [.. (result.Value.Regions ?? [])
            .Where(r => r.RegionName is not null && (r.OptInStatus is null || Enabled.Contains(r.OptInStatus)))
            .Select(r => r.RegionName!)
            .Order(StringComparer.Ordinal)];
        return new AccountRegions(target.AccountId, regions, null);
    }
}
