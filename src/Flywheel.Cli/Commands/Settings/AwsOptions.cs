using System.CommandLine;
using System.Globalization;
using Flywheel.Aws.Accounts;
using Flywheel.Core;

namespace Flywheel.Cli.Commands.Settings;

/// <summary>
/// The options of the commands that read live accounts (<c>scan</c> without <c>--input</c>, <c>collect</c>): who to
/// be, which accounts and regions, where to send requests, and how many at once.
/// </summary>
internal sealed class AwsOptions
{
    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "A profile of the shared AWS config/credentials files (default: the standard chain: environment, AWS_PROFILE, web identity, container, instance).",
        HelpName = "NAME",
    };

    public Option<string?> RoleArn { get; } = new("--role-arn")
    {
        Description = "Assume this role with the base credentials and scan as it.",
        HelpName = "ARN",
    };

    public Option<string?> ExternalId { get; } = new("--external-id")
    {
        Description = "The external id the role's trust policy asks for (with --role-arn).",
        HelpName = "ID",
    };

    public Option<string?> SessionName { get; } = new("--session-name")
    {
        Description = "The role session name CloudTrail records (default flywheel-<user>).",
        HelpName = "NAME",
    };

    public Option<int?> RoleDuration { get; } = new("--role-duration")
    {
        Description = "Seconds assumed-role credentials last (900 to 43200; default 3600); they are renewed before expiry.",
        HelpName = "SECONDS",
    };

    public Option<string?> OrgRole { get; } = new("--org-role")
    {
        Description = "Scan every ACTIVE account of the organization (Organizations ListAccounts) by assuming this role name in each.",
        HelpName = "NAME",
    };

    public Option<string[]> Accounts { get; } = new("--accounts")
    {
        Description = "Only these account ids (comma-separated or repeated).",
        HelpName = "ID,…",
    };

    public Option<string[]> Regions { get; } = new("--regions")
    {
        Description = "Regions (comma-separated or repeated), or 'all' for each account's enabled regions. Default: the configured region (AWS_REGION, the profile), else all.",
        HelpName = "REGION,…|all",
    };

    public Option<string?> EndpointUrl { get; } = new("--endpoint-url")
    {
        Description = "Send every request to this URL (the sandbox, an emulator) instead of AWS's endpoints.",
        HelpName = "URL",
    };

    public Option<int> MaxConcurrency { get; } = new("--max-concurrency")
    {
        Description = "AWS requests in flight at once across all accounts and regions.",
        DefaultValueFactory = _ => Aws.Collection.LiveCollectionOptions.DefaultMaxConcurrency,
        HelpName = "N",
    };

    public Option<bool> NoProgress { get; } = new("--no-progress")
    {
        Description = "No progress display (it is drawn on stderr only when stderr is a terminal; plain lines otherwise).",
    };

    public IEnumerable<Option> All => [Profile, RoleArn, ExternalId, SessionName, RoleDuration, OrgRole, Accounts, Regions, EndpointUrl, MaxConcurrency, NoProgress];

    /// <summary>The options given on the command line that only a live collection uses (to refuse them with <c>--input</c>).</summary>
    public IReadOnlyList<string> Given(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return All.Where(o => o != NoProgress && o != MaxConcurrency && parseResult.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToArray();
    }

    public AwsConnectionOptions ReadConnection(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var endpoint = parseResult.GetValue(EndpointUrl);
        Uri? endpointUrl = null;
        if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out endpointUrl) || endpointUrl.Scheme is not ("http" or "https")))
        {
            throw new InputException($"--endpoint-url '{endpoint}' is not an http:// or https:// URL");
        }

        var accounts = parseResult.GetValue(Accounts);
        var regions = parseResult.GetValue(Regions);
        return new AwsConnectionOptions
        {
            Profile = parseResult.GetValue(Profile),
            RoleArn = parseResult.GetValue(RoleArn),
            ExternalId = parseResult.GetValue(ExternalId),
            SessionName = parseResult.GetValue(SessionName),
            Duration = parseResult.GetValue(RoleDuration) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            OrgRole = parseResult.GetValue(OrgRole),
            Accounts = accounts is { Length: > 0 } ? accounts : null,
            Regions = regions is { Length: > 0 } ? regions : null,
            EndpointUrl = endpointUrl,
        };
    }

    public int ReadMaxConcurrency(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var value = parseResult.GetValue(MaxConcurrency);
        return value is >= 1 and <= 1024
            ? value
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--max-concurrency {value} is out of range (1 to 1024)"));
    }
}
