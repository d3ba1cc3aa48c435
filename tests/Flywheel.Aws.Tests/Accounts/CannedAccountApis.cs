using System.Runtime.CompilerServices;
using Flywheel.Aws.Accounts;
using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.Ec2.Model;
using Flywheel.Aws.Clients.Organizations;
using Flywheel.Aws.Clients.Organizations.Model;
using Flywheel.Aws.Clients.Sts;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Accounts;

/// <summary>Canned ListAccounts pages and a canned DescribeRegions answer, for cases the sandbox never produces.</summary>
internal sealed class CannedAccountApis : IAccountApiFactory, IOrganizationsApi, IEc2Api
{
    public IReadOnlyList<AwsResult<ListAccountsResponse>> AccountPages { get; init; } = [];

    public AwsResult<DescribeRegionsResponse> Regions { get; init; }

    public List<string> Calls { get; } = [];

    public IStsApi Sts(IAwsCredentialsSource credentials, string region, string account) => throw new NotSupportedException();

    public IOrganizationsApi Organizations(IAwsCredentialsSource credentials, string region, string account) => this;

    public IEc2Api Ec2(IAwsCredentialsSource credentials, string region, string account)
    {
        Calls.Add($"ec2 {region} {account}");
        return this;
    }

    public Task<AwsResult<ListAccountsResponse>> ListAccountsAsync(ListAccountsRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public async IAsyncEnumerable<AwsResult<ListAccountsResponse>> ListAccountsPagesAsync(ListAccountsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in AccountPages)
        {
            await Task.Yield();
            yield return page;
        }
    }

    public Task<AwsResult<DescribeRegionsResponse>> DescribeRegionsAsync(DescribeRegionsRequest request, CancellationToken cancellationToken) => Task.FromResult(Regions);

    public Task<AwsResult<DescribeSecurityGroupsResponse>> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<AwsResult<DescribeSecurityGroupsResponse>> DescribeSecurityGroupsPagesAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<AwsResult<DescribeSubnetsResponse>> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<AwsResult<DescribeSubnetsResponse>> DescribeSubnetsPagesAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<AwsResult<DescribeRouteTablesResponse>> DescribeRouteTablesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<AwsResult<DescribeRouteTablesResponse>> DescribeRouteTablesPagesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
}
