using System.Collections.Frozen;

namespace Flywheel.Aws.Wire;

/// <summary>
/// Which errors are worth retrying, as the AWS SDKs' standard retry mode defines them: throttling codes (and
/// HTTP 429), transient codes, HTTP 500/502/503/504, and connection failures. Everything else (AccessDenied,
/// validation, not found) fails at once.
/// </summary>
internal static class AwsErrorClassifier
{
    public static readonly FrozenSet<string> ThrottlingCodes = FrozenSet.Create(StringComparer.Ordinal,
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException");

    public static readonly FrozenSet<string> TransientCodes = FrozenSet.Create(StringComparer.Ordinal,
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "InternalError", "InternalFailure",
        "ServiceUnavailable", AwsError.ConnectionErrorCode);

    public static readonly FrozenSet<int> TransientStatuses = FrozenSet.Create(500, 502, 503, 504);

    public static bool IsThrottling(string code, int status) => ThrottlingCodes.Contains(code) || status == 429;

    public static bool IsTransient(string code, int status) => TransientCodes.Contains(code) || TransientStatuses.Contains(status);

    public static AwsError Create(string service, string operation, string code, string message, string? requestId, int status) =>
        new(service, operation, code, message, requestId, status, IsThrottling(code, status), IsTransient(code, status));
}
