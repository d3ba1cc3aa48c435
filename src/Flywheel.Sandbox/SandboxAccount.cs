namespace Flywheel.Sandbox;

/// <summary>An account of the sandbox and its default access key pair (an IAM user, <c>sandbox-admin</c>).</summary>
public sealed record SandboxAccount(string AccountId, string AccessKeyId, string SecretAccessKey)
{
    public string UserArn => $"arn:aws:iam::{AccountId}:user/sandbox-admin";

    // The secret is printed only on purpose (SandboxServer.Describe), never by accident.
    public override string ToString() => $"SandboxAccount {{ AccountId = {AccountId}, AccessKeyId = {AccessKeyId} }}";
}
