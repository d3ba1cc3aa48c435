using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>Supplies the credentials to sign with (the standard chain and role assumption plug in here).</summary>
internal interface IAwsCredentialsSource
{
    ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken);
}
