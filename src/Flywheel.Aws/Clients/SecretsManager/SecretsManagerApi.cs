using Flywheel.Aws.Clients.SecretsManager.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.SecretsManager;

/// <summary><see cref="ISecretsManagerApi"/> over Flywheel's wire client (json protocol).</summary>
internal sealed class SecretsManagerApi(AwsWireClient wire, AwsCallScope scope) : ISecretsManagerApi
{
    public const string ServiceKey = "secretsmanager";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<ListSecretsResponse>> ListSecretsAsync(ListSecretsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ListSecrets", request, SecretsManagerJsonContext.Default.ListSecretsRequest, SecretsManagerJsonContext.Default.ListSecretsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<ListSecretsResponse>> ListSecretsPagesAsync(ListSecretsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("ListSecrets", request, SecretsManagerJsonContext.Default.ListSecretsRequest, SecretsManagerJsonContext.Default.ListSecretsResponse, cancellationToken);
}
