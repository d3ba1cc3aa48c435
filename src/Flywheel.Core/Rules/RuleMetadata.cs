namespace Flywheel.Core.Rules;

/// <summary>What a person reads about a rule; kept as data in <c>&lt;id&gt;.metadata.json</c> beside the rule.</summary>
public sealed record RuleMetadata
{
    public required string Id { get; init; }

    /// <summary>States the secure condition ("RDS instance is not publicly accessible"), never "Ensure …".</summary>
    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>The CloudFormation-style resource type, matching the rule's resource record.</summary>
    public required string ResourceType { get; init; }

    /// <summary>network, encryption-at-rest, encryption-in-transit, backup, resilience, identity, logging, patching, keys, secrets.</summary>
    public required string Category { get; init; }

    public required string Rationale { get; init; }

    public required string Remediation { get; init; }

    /// <summary>An example AWS CLI command that fixes a failure, when there is one.</summary>
    public string? RemediationCli { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>
    /// False for opt-in rules (for example cross-region backup replication): they run only when a policy enables them.
    /// </summary>
    public bool DefaultEnabled { get; init; } = true;
}
