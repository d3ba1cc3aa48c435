namespace Flywheel.Core.Findings;

/// <summary>
/// The policy exception that matched a finding. An expired one no longer suppresses, and the finding says so.
/// </summary>
public sealed record AppliedException(string Id, string Owner, string Reason, DateTimeOffset Expires, bool Expired);
