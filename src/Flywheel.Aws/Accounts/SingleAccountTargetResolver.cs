using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary>
/// Without <c>--org-role</c>: the one account the credentials belong to (the caller's, or the assumed role's).
/// An <c>--accounts</c> id that is another account cannot be reached this way and is reported as that id's error.
/// </summary>
internal sealed class SingleAccountTargetResolver(IReadOnlyList<string>? accounts) : IAccountTargetResolver
{
    public Task<AccountTargetResolution> ResolveAsync(IAwsCredentialsSource credentials, CallerIdentity caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var targets = new List<AccountTarget>();
        if (accounts is null || accounts.Contains(caller.AccountId, StringComparer.Ordinal))
        {
            targets.Add(new AccountTarget(caller.AccountId, null, null) { Credentials = credentials });
        }

        foreach (var other in accounts?.Where(a => a != caller.AccountId) ?? [])
        {
            targets.Add(new AccountTarget(other, null, $"Account {other} is not the account of these credentials ({caller.AccountId}); use --org-role or --role-arn to reach it."));
        }

        return Task.FromResult(AccountTargetResolution.Of(targets));
    }
}
