using Flywheel.Aws.Clients.SecretsManager.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.SecretsManager;

/// <summary>
/// The AWS Secrets Manager operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface ISecretsManagerApi
{
    Task<AwsResult<ListSecretsResponse>> ListSecretsAsync(ListSecretsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<ListSecretsResponse>> ListSecretsPagesAsync(ListSecretsRequest request, CancellationToken cancellationToken);
}
