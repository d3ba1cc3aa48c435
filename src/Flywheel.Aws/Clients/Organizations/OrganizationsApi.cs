using Flywheel.Aws.Clients.Organizations.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Organizations;

/// <summary><see cref="IOrganizationsApi"/> over Flywheel's wire client (json protocol).</summary>
internal sealed class OrganizationsApi(AwsWireClient wire, AwsCallScope scope) : IOrganizationsApi
{
    public const string ServiceKey = "organizations";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<ListAccountsResponse>> ListAccountsAsync(ListAccountsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ListAccounts", request, OrganizationsJsonContext.Default.ListAccountsRequest, OrganizationsJsonContext.Default.ListAccountsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<ListAccountsResponse>> ListAccountsPagesAsync(ListAccountsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("ListAccounts", request, OrganizationsJsonContext.Default.ListAccountsRequest, OrganizationsJsonContext.Default.ListAccountsResponse, cancellationToken);
}
