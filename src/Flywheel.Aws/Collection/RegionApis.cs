using Flywheel.Aws.Clients.CloudTrail;
using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.GuardDuty;
using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Clients.SecretsManager;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Collection;

/// <summary>
/// The services of one account and region, as invokers whose output stays unbound (the collection writes it as the
/// export's document), and the catalogue shared by every account of the region.
/// </summary>
internal sealed record RegionApis(
    ServiceInvoker Rds,
    ServiceInvoker Kms,
    ServiceInvoker Ec2,
    ServiceInvoker SecretsManager,
    ServiceInvoker CloudTrail,
    ServiceInvoker GuardDuty,
    SharedCatalog Catalog)
{
    public static RegionApis Create(AwsWireClient wire, AwsCallScope scope, SharedCatalog catalog)
    {
        ServiceInvoker Invoker(string service) => new(wire, ServiceModel.Load(service), scope);
        return new(
            Invoker(RdsApi.ServiceKey),
            Invoker(KmsApi.ServiceKey),
            Invoker(Ec2Api.ServiceKey),
            Invoker(SecretsManagerApi.ServiceKey),
            Invoker(CloudTrailApi.ServiceKey),
            Invoker(GuardDutyApi.ServiceKey),
            catalog);
    }
}
