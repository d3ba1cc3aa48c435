using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.Organizations;
using Flywheel.Aws.Clients.Sts;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary>The few APIs that decide who and where to scan, for given credentials, region and account.</summary>
internal interface IAccountApiFactory
{
    IStsApi Sts(IAwsCredentialsSource credentials, string region, string account);

    IOrganizationsApi Organizations(IAwsCredentialsSource credentials, string region, string account);

    IEc2Api Ec2(IAwsCredentialsSource credentials, string region, string account);
}
