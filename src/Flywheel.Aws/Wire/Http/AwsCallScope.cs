namespace Flywheel.Aws.Wire.Http;

/// <summary>Who and where a client calls: the region, and the account (for per-account rate limiting and errors).</summary>
internal sealed record AwsCallScope(string Region, string Account = "default");
