namespace Flywheel.Aws.Accounts;

/// <summary>
/// How to reach AWS, as the CLI's options say it: <c>--profile</c>, <c>--role-arn</c> (with <c>--external-id</c>,
/// <c>--session-name</c>, <c>--duration</c>), <c>--org-role</c>, <c>--accounts</c>, <c>--regions</c>, <c>--endpoint-url</c>.
/// Null means "not given". List values may also hold comma-separated items.
/// </summary>
public sealed record AwsConnectionOptions
{
    /// <summary>A profile of the shared config/credentials files; null: the SDK's default chain (environment, AWS_PROFILE, web identity, container, instance).</summary>
    public string? Profile { get; init; }

    /// <summary>A role to assume with the base credentials; the scan runs as that role (and lists the organization as it with <see cref="OrgRole"/>).</summary>
    public string? RoleArn { get; init; }

    /// <summary>The external id the role's trust policy asks for (applies to <see cref="RoleArn"/> only).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The role session name CloudTrail records; default <c>flywheel-&lt;user name&gt;</c>.</summary>
    public string? SessionName { get; init; }

    /// <summary>How long assumed-role credentials last (15 minutes to 12 hours; default 1 hour). They are renewed before expiry.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>A role name assumed in every ACTIVE account of the organization (listed with Organizations ListAccounts).</summary>
    public string? OrgRole { get; init; }

    /// <summary>Only these account ids.</summary>
    public IReadOnlyList<string>? Accounts { get; init; }

    /// <summary>Region names, or <c>all</c> (each account's enabled regions); null: the configured region, else <c>all</c>.</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    /// <summary>Send every request here (the sandbox, an emulator), signed for the region as AWS would expect.</summary>
    public Uri? EndpointUrl { get; init; }
}
