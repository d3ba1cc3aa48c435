namespace Flywheel.Aws.Wire.Retries;

/// <summary>What AWS throttles separately, so what gets its own client-side rate limiter: account × region × API.</summary>
internal sealed record RateLimitKey(string Account, string Region, string Service, string Operation);
