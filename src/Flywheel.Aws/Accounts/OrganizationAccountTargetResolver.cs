using Flywheel.Aws.Clients.Organizations.Model;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary>
/// With <c>--org-role NAME</c>: every ACTIVE account of the organization (Organizations ListAccounts, every page),
/// each with credentials from assuming <c>arn:&lt;partition&gt;:iam::&lt;account&gt;:role/NAME</c> with the run's
/// credentials. The role is assumed lazily, so an account that refuses it fails alone. An <c>--accounts</c> id that
/// is not an ACTIVE account of the organization is reported as that id's error, never silently dropped.
/// </summary>
internal sealed class OrganizationAccountTargetResolver(
    IAccountApiFactory apis,
    IRoleAssumer roles,
    string orgRole,
    string sessionName,
    TimeSpan duration,
    IReadOnlyList<string>? accounts,
    string apiRegion) : IAccountTargetResolver
{
    public const string ActiveState = "ACTIVE";

    public async Task<AccountTargetResolution> ResolveAsync(IAwsCredentialsSource credentials, CallerIdentity caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var organizations = apis.Organizations(credentials, apiRegion, caller.AccountId);
        var active = new List<Account>();
        await foreach (var page in organizations.ListAccountsPagesAsync(new ListAccountsRequest(), cancellationToken).ConfigureAwait(false))
        {
            if (!page.Succeeded)
            {
                return AccountTargetResolution.Failed($"Could not list the organization's accounts as {caller.Arn}: {page.Error.Code}: {page.Error.Message}");
            }

            active.AddRange((page.Value.Accounts ?? []).Where(a => a.Id is not null && IsActive(a)));
        }

        var targets = new List<AccountTarget>();
        foreach (var account in active.Where(a => accounts is null || accounts.Contains(a.Id!, StringComparer.Ordinal)))
        {
            var role = new AssumeRoleSettings($"arn:{caller.Partition}:iam::{account.Id}:role/{orgRole}", sessionName, null, duration);
            targets.Add(new AccountTarget(account.Id!, account.Name, null) { Credentials = roles.Assume(credentials, role) });
        }

        foreach (var missing in accounts?.Where(id => active.All(a => a.Id != id)) ?? [])
        {
            targets.Add(new AccountTarget(missing, null, $"Account {missing} is not an ACTIVE account of the organization."));
        }

        return AccountTargetResolution.Of(targets);
    }

    // State replaces the deprecated Status; older responses carry only Status.
    private static bool IsActive(Account account) => (account.State ?? account.Status) == ActiveState;
}
