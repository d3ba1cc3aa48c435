using Amazon.Runtime;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// Our credentials source seen as the SDK's <see cref="AWSCredentials"/>, so the SDK's STS client signs with the
/// base (or an already-assumed) identity; a source that has nothing to give fails the SDK call with its message.
/// </summary>
internal sealed class SdkCredentialsAdapter(IAwsCredentialsSource source) : AWSCredentials
{
    public override ImmutableCredentials GetCredentials() => GetCredentialsAsync().GetAwaiter().GetResult();

    public override async Task<ImmutableCredentials> GetCredentialsAsync()
    {
        var result = await source.TryGetAsync(CancellationToken.None).ConfigureAwait(false);
        return result.Succeeded
            ? new ImmutableCredentials(result.Credentials.AccessKeyId, result.Credentials.SecretAccessKey, result.Credentials.SessionToken)
            : throw new AmazonClientException(result.Error);
    }
}
