using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>Fixed credentials: tests, the sandbox, and credentials already resolved elsewhere.</summary>
internal sealed class StaticCredentialsSource(AwsCredentials credentials) : IAwsCredentialsSource
{
    public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);

    public ValueTask<CredentialsResult> TryGetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(CredentialsResult.Of(credentials));
}
