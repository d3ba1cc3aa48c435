namespace Flywheel.Aws.Accounts;

/// <summary>Who the credentials belong to (STS GetCallerIdentity), and the partition their ARN names.</summary>
public sealed record CallerIdentity(string AccountId, string Arn, string UserId)
{
    /// <summary>The partition of the ARN (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, …).</summary>
    public string Partition => Arn.Split(':') is [_, { Length: > 0 } partition, ..] ? partition : "aws";
}
