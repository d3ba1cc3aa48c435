namespace Flywheel.Aws.Collection;

/// <summary>A call of the export that failed: <c>rds describe-db-instances</c> (and its resource), with the error text.</summary>
public sealed record FailedCall(string Service, string Command, string? ResourceKey, string Error);
