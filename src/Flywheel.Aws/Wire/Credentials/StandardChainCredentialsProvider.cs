using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// AWSSDK.Core's standard chain: with a profile name, that profile of the shared config and credentials files
/// (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE; static keys, role_arn, web identity, SSO, credential_process);
/// without one, the default chain (environment, AWS_PROFILE or "default", web identity, container and instance
/// metadata). The chain is resolved once; the SDK credentials it finds are asked again on every fetch, so
/// refreshing kinds refresh. SDK exceptions become a readable <see cref="CredentialsResult.Error"/>.
/// </summary>
internal sealed class StandardChainCredentialsProvider(string? profile) : ICredentialsProvider
{
    public const string NoCredentialsMessage =
        "No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, choose a profile with --profile (or AWS_PROFILE), "
        + "or run where web-identity, container or instance credentials are available.";

    private AWSCredentials? _resolved;

    public string Description => profile is null ? "the default credential chain" : $"profile '{profile}'";

    public async Task<CredentialsResult> FetchAsync(CancellationToken cancellationToken)
    {
        if (_resolved is null)
        {
            var (resolved, error) = await ResolveAsync(cancellationToken).ConfigureAwait(false);
            if (resolved is null)
            {
                return CredentialsResult.Failed(error ?? NoCredentialsMessage);
            }

            _resolved = resolved;
        }

        try
        {
            var immutable = await _resolved.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            var credentials = new AwsCredentials(immutable.AccessKey, immutable.SecretKey, string.IsNullOrEmpty(immutable.Token) ? null : immutable.Token);
            return CredentialsResult.Of(credentials, ToUtc(_resolved.Expiration));
        }
        catch (AmazonServiceException exception)
        {
            return CredentialsResult.Failed($"Could not get credentials from {Description}: {exception.ErrorCode}: {exception.Message}");
        }
        catch (AmazonClientException exception)
        {
            return CredentialsResult.Failed($"Could not get credentials from {Description}: {exception.Message}");
        }
    }

    /// <summary>The message for a profile that neither shared file has, naming the files the SDK read.</summary>
    public static string ProfileNotFoundMessage(string profile)
    {
        // The SDK settles the paths (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE, else ~/.aws) once per process.
        var files = new SharedCredentialsFile();
        return $"Profile '{profile}' was not found in the shared credentials file ({files.FilePath}) or the shared config file ({files.ConfigFilePath}).";
    }

    private async Task<(AWSCredentials? Credentials, string? Error)> ResolveAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (profile is not null)
            {
                return new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var fromProfile)
                    ? (fromProfile, null)
                    : (null, ProfileNotFoundMessage(profile));
            }

            using var chain = new DefaultAWSCredentialsIdentityResolver();
            var credentials = await chain.ResolveIdentityAsync(null!, cancellationToken).ConfigureAwait(false);
            return (credentials, credentials is null ? NoCredentialsMessage : null);
        }
        catch (AmazonServiceException exception)
        {
            return (null, $"Could not resolve credentials from {Description}: {exception.ErrorCode}: {exception.Message}");
        }
        catch (AmazonClientException) when (profile is null)
        {
            // The chain's own message lists every provider it tried, one per line: too much for a terminal.
            return (null, NoCredentialsMessage);
        }
        catch (AmazonClientException exception)
        {
            return (null, $"Could not resolve credentials from {Description}: {exception.Message}");
        }
    }

    private static DateTimeOffset? ToUtc(DateTime? expiration) => expiration switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero),
        { } value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
