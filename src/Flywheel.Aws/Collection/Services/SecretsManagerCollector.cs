using Flywheel.Aws.Clients.SecretsManager;
using Flywheel.Aws.Clients.SecretsManager.Model;

namespace Flywheel.Aws.Collection.Services;

/// <summary>Secrets Manager: the listing carries rotation, key and tags, so no secret is described one by one.</summary>
internal sealed class SecretsManagerCollector : IServiceCollector
{
    public Task CollectAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken) =>
        export.ListAsync("secretsmanager", "list-secrets", null, apis.SecretsManager.RawPagesAsync("ListSecrets", new ListSecretsRequest(), SecretsManagerJsonContext.Default.ListSecretsRequest, cancellationToken), "SecretList", cancellationToken);
}
