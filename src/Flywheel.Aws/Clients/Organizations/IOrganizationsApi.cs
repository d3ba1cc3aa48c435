using Flywheel.Aws.Clients.Organizations.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.Organizations;

/// <summary>
/// The AWS Organizations operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface IOrganizationsApi
{
    Task<AwsResult<ListAccountsResponse>> ListAccountsAsync(ListAccountsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<ListAccountsResponse>> ListAccountsPagesAsync(ListAccountsRequest request, CancellationToken cancellationToken);
}
