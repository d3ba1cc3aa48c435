namespace Flywheel.Core.Inventory;

/// <summary>
/// A resource of the estate: every resource knows where it lives (account, region), its ARN and its tags.
/// </summary>
public abstract record AwsResource
{
    private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>(StringComparer.Ordinal);

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    public required string Arn { get; init; }

    /// <summary>Tag key to value, keys compared ordinally as AWS does.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = NoTags;

    /// <summary>The CloudFormation-style type name, for example <c>AWS::RDS::DBInstance</c>.</summary>
    public abstract string ResourceType { get; }

    /// <summary>The short name a person recognises (identifier, key id, group id).</summary>
    public abstract string Name { get; }
}
