using Flywheel.Aws.Clients.CloudTrail;
using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.GuardDuty;
using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Clients.SecretsManager;
using Flywheel.Aws.Wire.Http;

namespace Flywheel.Aws.Collection;

/// <summary>The service clients of one account and region, and the catalogue shared by every account of the region.</summary>
internal sealed record RegionApis(
    IRdsApi Rds,
    IKmsApi Kms,
    IEc2Api Ec2,
    ISecretsManagerApi SecretsManager,
    ICloudTrailApi CloudTrail,
    IGuardDutyApi GuardDuty,
    SharedCatalog Catalog)
{
    public static RegionApis Create(AwsWireClient wire, AwsCallScope scope, SharedCatalog catalog) => new(
        new RdsApi(wire, scope),
        new KmsApi(wire, scope),
        new Ec2Api(wire, scope),
        new SecretsManagerApi(wire, scope),
        new CloudTrailApi(wire, scope),
        new GuardDutyApi(wire, scope),
        catalog);
}
