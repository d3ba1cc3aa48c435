namespace Flywheel.Aws.Wire;

/// <summary>
/// A failed AWS call as a value: the service's error code and message, where it came from, and how the retry
/// strategy classified it. Expected failures (AccessDenied, NotFound, throttling) are never exceptions.
/// </summary>
internal sealed record AwsError(
    string Service,
    string Operation,
    string Code,
    string Message,
    string? RequestId,
    int HttpStatus,
    bool IsThrottling,
    bool IsTransient)
{
    /// <summary>The code used for a request that never got an HTTP response (DNS, connect, reset).</summary>
    public const string ConnectionErrorCode = "ConnectionError";

    /// <summary>The code used when our own per-attempt timeout expired.</summary>
    public const string TimeoutCode = "RequestTimeout";

    /// <summary>The code used when no credentials could be had for the call (no chain entry, a role not assumed).</summary>
    public const string CredentialsUnavailableCode = "CredentialsUnavailable";

    public bool IsRetryable => IsThrottling || IsTransient;

    public override string ToString() => $"{Service}.{Operation}: {Code} (HTTP {HttpStatus}): {Message}" + (RequestId is null ? "" : $" [request {RequestId}]");
}
