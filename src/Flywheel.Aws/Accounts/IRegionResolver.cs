namespace Flywheel.Aws.Accounts;

/// <summary>The regions to scan in one account.</summary>
internal interface IRegionResolver
{
    Task<AccountRegions> ResolveAsync(AccountTarget target, CancellationToken cancellationToken);
}
