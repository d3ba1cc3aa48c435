using Flywheel.Aws.Clients.Sts.Model;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;

namespace Flywheel.Aws.Accounts;

/// <summary>
/// The entry point for live scans: from <see cref="AwsConnectionOptions"/> to who is scanning, the accounts to scan
/// (each with its credentials or its error) and, per account, the regions. Opening resolves the base credentials
/// (the SDK's standard chain or <c>--profile</c>), assumes <c>--role-arn</c> if given, checks who the credentials
/// are (STS GetCallerIdentity, through the wire client), checks <c>--regions</c>, and lists the organization's
/// accounts with <c>--org-role</c>. Per-account roles are assumed lazily. Nothing throws for an expected failure:
/// <see cref="AwsConnectionResult.Error"/> and <see cref="AccountTarget.Error"/> / <see cref="AccountRegions.Error"/>
/// say what went wrong.
/// </summary>
public sealed class AwsConnection : IDisposable
{
    private readonly HttpClient? _ownedHttp;
    private readonly IRegionResolver _regions;

    private AwsConnection(CallerIdentity caller, string? defaultRegion, string apiRegion, IReadOnlyList<AccountTarget> targets, IRegionResolver regions, IEndpointResolver endpoints, HttpClient http, HttpClient? ownedHttp)
    {
        Caller = caller;
        DefaultRegion = defaultRegion;
        ApiRegion = apiRegion;
        Targets = targets;
        _regions = regions;
        Endpoints = endpoints;
        Http = http;
        _ownedHttp = ownedHttp;
    }

    /// <summary>Who the run's credentials are (the assumed role with <c>--role-arn</c>).</summary>
    public CallerIdentity Caller { get; }

    /// <summary>The configured region (AWS_REGION, AWS_DEFAULT_REGION, the profile's <c>region</c>), if any.</summary>
    public string? DefaultRegion { get; }

    /// <summary>The region partition-wide calls go to: the default region, else the partition's home region.</summary>
    public string ApiRegion { get; }

    /// <summary>The accounts to scan, in the organization's order; those that cannot be scanned carry their error.</summary>
    public IReadOnlyList<AccountTarget> Targets { get; }

    /// <summary>Endpoints for the scan's clients (the endpoint override applied).</summary>
    internal IEndpointResolver Endpoints { get; }

    internal HttpClient Http { get; }

    /// <summary>The configured default region for a profile (null: AWS_PROFILE or "default"), without opening a connection.</summary>
    public static string? ResolveDefaultRegion(string? profile) => DefaultRegionResolver.Resolve(profile);

    public static Task<AwsConnectionResult> OpenAsync(AwsConnectionOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(options, time, null, cancellationToken);

    /// <summary>The regions to scan in the account (its role is assumed here if it has not been yet).</summary>
    public Task<AccountRegions> ResolveRegionsAsync(AccountTarget target, CancellationToken cancellationToken) => _regions.ResolveAsync(target, cancellationToken);

    public void Dispose() => _ownedHttp?.Dispose();

    internal static async Task<AwsConnectionResult> OpenAsync(AwsConnectionOptions options, TimeProvider time, HttpClient? http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (AwsConnectionOptionsValidator.Validate(options) is { } invalid)
        {
            return AwsConnectionResult.Failed(invalid);
        }

        var ownedHttp = http is null ? new HttpClient() : null;
        var result = await OpenCoreAsync(options, time, http ?? ownedHttp!, ownedHttp, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            ownedHttp?.Dispose();
        }

        return result;
    }

    private static async Task<AwsConnectionResult> OpenCoreAsync(AwsConnectionOptions options, TimeProvider time, HttpClient http, HttpClient? ownedHttp, CancellationToken cancellationToken)
    {
        var defaultRegion = DefaultRegionResolver.Resolve(options.Profile);
        IEndpointResolver endpoints = options.EndpointUrl is { } url
            ? new OverriddenEndpointResolver(PartitionEndpointResolver.Default, url)
            : PartitionEndpointResolver.Default;
        var apis = new WireAccountApiFactory(http, endpoints, time);
        var stsRegion = defaultRegion ?? PartitionRegions.Default.HomeRegion("aws");
        var roles = new SdkRoleAssumer(new SdkStsClientFactory(PartitionEndpointResolver.Default, options.EndpointUrl), stsRegion, time);
        var sessionName = options.SessionName ?? AssumeRoleSettings.DefaultSessionName(Environment.UserName);
        var duration = options.Duration ?? AssumeRoleSettings.DefaultDuration;

        IAwsCredentialsSource credentials = new RefreshingCredentialsSource(new StandardChainCredentialsProvider(options.Profile), time);
        var baseCredentials = await credentials.TryGetAsync(cancellationToken).ConfigureAwait(false);
        if (!baseCredentials.Succeeded)
        {
            return AwsConnectionResult.Failed(baseCredentials.Error);
        }

        if (options.RoleArn is { } roleArn)
        {
            credentials = roles.Assume(credentials, new AssumeRoleSettings(roleArn, sessionName, options.ExternalId, duration));
            var assumed = await credentials.TryGetAsync(cancellationToken).ConfigureAwait(false);
            if (!assumed.Succeeded)
            {
                return AwsConnectionResult.Failed(assumed.Error);
            }
        }

        var identity = await apis.Sts(credentials, stsRegion, "caller").GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
        if (!identity.Succeeded)
        {
            return AwsConnectionResult.Failed($"Could not verify the credentials (STS GetCallerIdentity): {identity.Error.Code}: {identity.Error.Message}");
        }

        if (identity.Value is not { Account: { } account, Arn: { } arn })
        {
            return AwsConnectionResult.Failed("STS GetCallerIdentity returned no account or ARN.");
        }

        var caller = new CallerIdentity(account, arn, identity.Value.UserId ?? "");
        var (selection, regionError) = RegionSelection.Parse(options.Regions, defaultRegion, caller.Partition, PartitionRegions.Default);
        if (selection is null)
        {
            return AwsConnectionResult.Failed(regionError!);
        }

        var apiRegion = defaultRegion ?? PartitionRegions.Default.HomeRegion(caller.Partition);
        var accounts = options.Accounts is null ? null : RegionSelection.Split(options.Accounts);
        IAccountTargetResolver targets = options.OrgRole is { } orgRole
            ? new OrganizationAccountTargetResolver(apis, roles, orgRole, sessionName, duration, accounts, apiRegion)
            : new SingleAccountTargetResolver(accounts);
        var resolution = await targets.ResolveAsync(credentials, caller, cancellationToken).ConfigureAwait(false);
        if (!resolution.Succeeded)
        {
            return AwsConnectionResult.Failed(resolution.Error!);
        }

        var connection = new AwsConnection(caller, defaultRegion, apiRegion, resolution.Targets, new RegionResolver(selection, apis, apiRegion), endpoints, http, ownedHttp);
        return new AwsConnectionResult(connection, null);
    }
}
