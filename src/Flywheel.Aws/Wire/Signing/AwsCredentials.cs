namespace Flywheel.Aws.Wire.Signing;

/// <summary>An access key pair, with the session token of temporary credentials.</summary>
internal sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    // The secret never appears in logs or exception messages.
    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, SessionToken = {(SessionToken is null ? "none" : "set")} }}";
}
