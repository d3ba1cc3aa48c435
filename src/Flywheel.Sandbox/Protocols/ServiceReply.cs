namespace Flywheel.Sandbox.Protocols;

/// <summary>
/// What an operation produced: a body in the service's own format, or an error the host renders in the
/// service's error envelope. Expected failures are outcomes, not exceptions.
/// </summary>
internal sealed record ServiceReply
{
    private ServiceReply(string? body, AwsError? error)
    {
        Body = body;
        Error = error;
    }

    public string? Body { get; }

    public AwsError? Error { get; }

    /// <summary>The mutating call to record as a CloudTrail event (name and request parameters), if any.</summary>
    public MutationRecord? Mutation { get; init; }

    public static ServiceReply Ok(string body) => new(body, null);

    public static ServiceReply Fail(AwsError error) => new(null, error);

    public static implicit operator ServiceReply(AwsError error) => Fail(error);
}
