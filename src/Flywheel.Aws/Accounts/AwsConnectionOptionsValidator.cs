using System.Text.RegularExpressions;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary>Checks the options before anything is called, so a typo is one clear line rather than an AWS error.</summary>
internal static partial class AwsConnectionOptionsValidator
{
    public static string? Validate(AwsConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Profile is { } profile && string.IsNullOrWhiteSpace(profile))
        {
            return "--profile must name a profile.";
        }

        if (options.RoleArn is { } roleArn && !RoleArn().IsMatch(roleArn))
        {
            return $"--role-arn '{roleArn}' is not a role ARN (arn:<partition>:iam::<12-digit account>:role/<name>).";
        }

        if (options.RoleArn is null && (options.ExternalId is not null || options.SessionName is not null || options.Duration is not null)
            && options.OrgRole is null)
        {
            return "--external-id, --session-name and --duration apply to --role-arn or --org-role.";
        }

        if (options.ExternalId is { } externalId && !ExternalId().IsMatch(externalId))
        {
            return "--external-id must be 2 to 1224 characters of letters, digits and + = , . @ : / _ -.";
        }

        if (options.SessionName is { } sessionName && AssumeRoleSettings.ValidateSessionName(sessionName) is { } sessionError)
        {
            return sessionError;
        }

        if (options.Duration is { } duration && AssumeRoleSettings.ValidateDuration(duration) is { } durationError)
        {
            return durationError;
        }

        if (options.OrgRole is { } orgRole && !RoleName().IsMatch(orgRole))
        {
            return $"--org-role '{orgRole}' is not a role name (1 to 64 characters of letters, digits and + = , . @ _ -).";
        }

        if (RegionSelection.Split(options.Accounts).FirstOrDefault(a => !AccountId().IsMatch(a)) is { } badAccount)
        {
            return $"--accounts '{badAccount}' is not a 12-digit account id.";
        }

        if (options.EndpointUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            return $"--endpoint-url '{url}' must be an absolute http or https URL.";
        }

        return null;
    }

    [GeneratedRegex(@"^arn:[a-z0-9-]+:iam::\d{12}:role/[\w+=,.@/-]{1,512}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArn();

    [GeneratedRegex(@"^[\w+=,.@-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalId();

    [GeneratedRegex(@"^\d{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountId();
}
