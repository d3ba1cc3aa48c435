namespace Flywheel.Sandbox.Auth;

/// <summary>
/// An access key the sandbox accepts, and the principal it stands for. Temporary credentials (from AssumeRole)
/// carry a session token and an expiry.
/// </summary>
internal sealed record RegisteredCredential(string AccessKeyId, string SecretAccessKey, string AccountId, string Arn, string UserId)
{
    public string? SessionToken { get; init; }

    public DateTimeOffset? Expiration { get; init; }

    // The secret never appears in logs or exception messages.
    public override string ToString() => $"RegisteredCredential {{ AccessKeyId = {AccessKeyId}, AccountId = {AccountId}, Arn = {Arn} }}";
}
