namespace Flywheel.Core.Inventory;

/// <summary>An RDS Proxy.</summary>
public sealed record DbProxy : AwsResource
{
    public override string ResourceType => "AWS::RDS::DBProxy";

    public override string Name => ProxyName;

    public required string ProxyName { get; init; }

    public string? EngineFamily { get; init; }

    public string? Status { get; init; }

    public bool? RequireTls { get; init; }

    public string? VpcId { get; init; }

    public IReadOnlyList<string> VpcSecurityGroupIds { get; init; } = [];

    /// <summary>Secret ARNs used by the proxy's authentication entries.</summary>
    public IReadOnlyList<string> AuthSecretArns { get; init; } = [];

    /// <summary>IAMAuth setting of each authentication entry (DISABLED, REQUIRED, ENABLED).</summary>
    public IReadOnlyList<string> AuthIamModes { get; init; } = [];
}
