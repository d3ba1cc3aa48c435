using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Collection;

/// <summary>Credentials that could not be had (a role not assumed, regions not resolved): every call fails with the reason.</summary>
internal sealed class FailedCredentialsSource(string reason) : IAwsCredentialsSource
{
    public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromException<AwsCredentials>(new AwsCredentialsException(reason));

    public ValueTask<CredentialsResult> TryGetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(CredentialsResult.Failed(reason));
}
