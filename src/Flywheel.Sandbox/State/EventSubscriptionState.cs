namespace Flywheel.Sandbox.State;

/// <summary>An RDS event notification subscription.</summary>
internal sealed record EventSubscriptionState(string Name, string Arn, string SnsTopicArn, string SourceType, IReadOnlyList<string> SourceIds, IReadOnlyList<string> EventCategories, bool Enabled, DateTimeOffset Created);
