using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.Organizations;
using Flywheel.Aws.Clients.Sts;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Retries;

namespace Flywheel.Aws.Accounts;

/// <summary><see cref="IAccountApiFactory"/> over Flywheel's wire client (standard retries, the given endpoints and clock).</summary>
internal sealed class WireAccountApiFactory(HttpClient http, IEndpointResolver endpoints, TimeProvider time, RetryOptions? retry = null) : IAccountApiFactory
{
    private readonly RetryOptions _retry = retry ?? new RetryOptions();
    private readonly RateLimiterRegistry _limiters = new(time);

    public IStsApi Sts(IAwsCredentialsSource credentials, string region, string account) => new StsApi(Wire(credentials), new AwsCallScope(region, account));

    public IOrganizationsApi Organizations(IAwsCredentialsSource credentials, string region, string account) => new OrganizationsApi(Wire(credentials), new AwsCallScope(region, account));

    public IEc2Api Ec2(IAwsCredentialsSource credentials, string region, string account) => new Ec2Api(Wire(credentials), new AwsCallScope(region, account));

    private AwsWireClient Wire(IAwsCredentialsSource credentials) =>
        new(http, endpoints, credentials, new StandardRetryStrategy(_retry, new RetryQuota(_retry), Random.Shared.NextDouble), _limiters, time);
}
