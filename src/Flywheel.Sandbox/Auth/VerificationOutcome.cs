namespace Flywheel.Sandbox.Auth;

/// <summary>The result of checking a request's signature: the caller and the scope it signed for, or why not.</summary>
internal sealed record VerificationOutcome(AuthFailure Failure, string Message)
{
    public RegisteredCredential? Caller { get; init; }

    /// <summary>The region of the credential scope (empty when the header could not be read).</summary>
    public string Region { get; init; } = "";

    /// <summary>The signing name of the credential scope: rds, ec2, kms, sts, ….</summary>
    public string Service { get; init; } = "";

    public bool Succeeded => Failure == AuthFailure.None;
}
