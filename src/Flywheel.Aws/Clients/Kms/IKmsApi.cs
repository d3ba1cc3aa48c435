using Flywheel.Aws.Clients.Kms.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.Kms;

/// <summary>
/// The AWS KMS operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface IKmsApi
{
    Task<AwsResult<ListKeysResponse>> ListKeysAsync(ListKeysRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<ListKeysResponse>> ListKeysPagesAsync(ListKeysRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeKeyResponse>> DescribeKeyAsync(DescribeKeyRequest request, CancellationToken cancellationToken);

    Task<AwsResult<ListAliasesResponse>> ListAliasesAsync(ListAliasesRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<ListAliasesResponse>> ListAliasesPagesAsync(ListAliasesRequest request, CancellationToken cancellationToken);

    Task<AwsResult<GetKeyRotationStatusResponse>> GetKeyRotationStatusAsync(GetKeyRotationStatusRequest request, CancellationToken cancellationToken);

    Task<AwsResult<ListKeyRotationsResponse>> ListKeyRotationsAsync(ListKeyRotationsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<ListKeyRotationsResponse>> ListKeyRotationsPagesAsync(ListKeyRotationsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<GetKeyPolicyResponse>> GetKeyPolicyAsync(GetKeyPolicyRequest request, CancellationToken cancellationToken);

    Task<AwsResult<ListGrantsResponse>> ListGrantsAsync(ListGrantsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<ListGrantsResponse>> ListGrantsPagesAsync(ListGrantsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<AwsNoContent>> EnableKeyRotationAsync(EnableKeyRotationRequest request, CancellationToken cancellationToken);
}
