namespace Flywheel.Sandbox.Protocols;

/// <summary>An AWS error as a service reports it: code, message, HTTP status, and who is at fault.</summary>
internal sealed record AwsError(string Code, string Message, int HttpStatus = 400, bool IsSenderFault = true)
{
    /// <summary>
    /// For services that kept their query-protocol error codes (SQS): sent as <c>x-amzn-query-error</c>, which
    /// clients prefer over the JSON <c>__type</c>.
    /// </summary>
    public string? QueryCompatibleCode { get; init; }

    public static AwsError InvalidParameterValue(string message) => new("InvalidParameterValue", message);

    public static AwsError Validation(string message) => new("ValidationException", message);
}
