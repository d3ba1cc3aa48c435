using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>Supplies the credentials to sign with (the standard chain and role assumption plug in here).</summary>
internal interface IAwsCredentialsSource
{
    /// <summary>The credentials, or <see cref="AwsCredentialsException"/> when none can be had (see <see cref="TryGetAsync"/>).</summary>
    ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken);

    /// <summary>The credentials, or the reason there are none (no credentials found, unknown profile, role not assumable).</summary>
    ValueTask<CredentialsResult> TryGetAsync(CancellationToken cancellationToken);
}
