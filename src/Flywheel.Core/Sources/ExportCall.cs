namespace Flywheel.Core.Sources;

/// <summary>
/// One AWS CLI call of an export (layout: docs/export-layout.md): <c>&lt;account&gt;/&lt;region&gt;/&lt;service&gt;/&lt;command&gt;</c>
/// for a list call, plus the raw (not yet percent-encoded) <paramref name="ResourceKey"/> for a per-resource call.
/// </summary>
/// <param name="AccountId">The 12-digit account.</param>
/// <param name="Region">The region, as the export directory names it.</param>
/// <param name="Service">The CLI service name: <c>rds</c>, <c>kms</c>, <c>ec2</c>, <c>secretsmanager</c>, <c>cloudtrail</c>, <c>guardduty</c>.</param>
/// <param name="Command">The CLI command: <c>describe-db-instances</c>, <c>get-key-rotation-status</c>, …</param>
/// <param name="ResourceKey">The resource of a per-resource call (key id, snapshot id, group name, …); null for a list call.</param>
public sealed record ExportCall(string AccountId, string Region, string Service, string Command, string? ResourceKey = null);
