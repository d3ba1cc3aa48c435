using Amazon.Runtime;
using Flywheel.Aws.Wire.Signing;
using SdkAssumeRoleRequest = Amazon.SecurityToken.Model.AssumeRoleRequest;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// Temporary credentials from STS AssumeRole through AWSSDK.SecurityToken, signed with the source credentials
/// (the standard chain, or a role assumed before: chained roles). Wrap it in a <see cref="RefreshingCredentialsSource"/>
/// to assume again before expiry. A refusal (AccessDenied, a wrong external id, a role that does not exist) or a
/// source without credentials is an error value naming the role.
/// </summary>
internal sealed class AssumeRoleCredentialsProvider(IAwsCredentialsSource source, AssumeRoleSettings settings, IStsClientFactory clients, string region) : ICredentialsProvider
{
    public string Description => $"role {settings.RoleArn}";

    public AssumeRoleSettings Settings => settings;

    public async Task<CredentialsResult> FetchAsync(CancellationToken cancellationToken)
    {
        // The source is asked here, with the token, and the SDK gets fixed keys: no sync-over-async inside the SDK.
        var signer = await source.TryGetAsync(cancellationToken).ConfigureAwait(false);
        if (!signer.Succeeded)
        {
            return CredentialsResult.Failed($"Could not assume role {settings.RoleArn}: {signer.Error}");
        }

        try
        {
            using var sts = clients.Create(ToSdk(signer.Credentials), region);
            var response = await sts.AssumeRoleAsync(BuildRequest(settings), cancellationToken).ConfigureAwait(false);
            var issued = response.Credentials;
            if (issued?.AccessKeyId is null || issued.SecretAccessKey is null)
            {
                return CredentialsResult.Failed($"Could not assume role {settings.RoleArn}: the response carried no credentials.");
            }

            var expiration = issued.Expiration is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc), TimeSpan.Zero) : (DateTimeOffset?)null;
            return CredentialsResult.Of(new AwsCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken), expiration);
        }
        catch (AmazonServiceException exception)
        {
            return CredentialsResult.Failed($"Could not assume role {settings.RoleArn}: {exception.ErrorCode}: {exception.Message}");
        }
        catch (AmazonClientException exception)
        {
            return CredentialsResult.Failed($"Could not assume role {settings.RoleArn}: {exception.Message}");
        }
    }

    private static AWSCredentials ToSdk(AwsCredentials credentials) => credentials.SessionToken is null
        ? new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey)
        : new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken);

    /// <summary>The AssumeRole request for the settings (the external id only when one is given).</summary>
    public static SdkAssumeRoleRequest BuildRequest(AssumeRoleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new SdkAssumeRoleRequest
        {
            RoleArn = settings.RoleArn,
            RoleSessionName = settings.SessionName,
            ExternalId = settings.ExternalId,
            DurationSeconds = (int)settings.Duration.TotalSeconds,
        };
    }
}
