using Flywheel.Aws.Clients.Kms.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms;

/// <summary><see cref="IKmsApi"/> over Flywheel's wire client (json protocol).</summary>
internal sealed class KmsApi(AwsWireClient wire, AwsCallScope scope) : IKmsApi
{
    public const string ServiceKey = "kms";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<ListKeysResponse>> ListKeysAsync(ListKeysRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ListKeys", request, KmsJsonContext.Default.ListKeysRequest, KmsJsonContext.Default.ListKeysResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<ListKeysResponse>> ListKeysPagesAsync(ListKeysRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("ListKeys", request, KmsJsonContext.Default.ListKeysRequest, KmsJsonContext.Default.ListKeysResponse, cancellationToken);

    public Task<AwsResult<DescribeKeyResponse>> DescribeKeyAsync(DescribeKeyRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeKey", request, KmsJsonContext.Default.DescribeKeyRequest, KmsJsonContext.Default.DescribeKeyResponse, cancellationToken);

    public Task<AwsResult<ListAliasesResponse>> ListAliasesAsync(ListAliasesRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ListAliases", request, KmsJsonContext.Default.ListAliasesRequest, KmsJsonContext.Default.ListAliasesResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<ListAliasesResponse>> ListAliasesPagesAsync(ListAliasesRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("ListAliases", request, KmsJsonContext.Default.ListAliasesRequest, KmsJsonContext.Default.ListAliasesResponse, cancellationToken);

    public Task<AwsResult<GetKeyRotationStatusResponse>> GetKeyRotationStatusAsync(GetKeyRotationStatusRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("GetKeyRotationStatus", request, KmsJsonContext.Default.GetKeyRotationStatusRequest, KmsJsonContext.Default.GetKeyRotationStatusResponse, cancellationToken);

    public Task<AwsResult<ListKeyRotationsResponse>> ListKeyRotationsAsync(ListKeyRotationsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ListKeyRotations", request, KmsJsonContext.Default.ListKeyRotationsRequest, KmsJsonContext.Default.ListKeyRotationsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<ListKeyRotationsResponse>> ListKeyRotationsPagesAsync(ListKeyRotationsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("ListKeyRotations", request, KmsJsonContext.Default.ListKeyRotationsRequest, KmsJsonContext.Default.ListKeyRotationsResponse, cancellationToken);

    public Task<AwsResult<GetKeyPolicyResponse>> GetKeyPolicyAsync(GetKeyPolicyRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("GetKeyPolicy", request, KmsJsonContext.Default.GetKeyPolicyRequest, KmsJsonContext.Default.GetKeyPolicyResponse, cancellationToken);

    public Task<AwsResult<ListGrantsResponse>> ListGrantsAsync(ListGrantsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ListGrants", request, KmsJsonContext.Default.ListGrantsRequest, KmsJsonContext.Default.ListGrantsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<ListGrantsResponse>> ListGrantsPagesAsync(ListGrantsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("ListGrants", request, KmsJsonContext.Default.ListGrantsRequest, KmsJsonContext.Default.ListGrantsResponse, cancellationToken);

    public Task<AwsResult<AwsNoContent>> EnableKeyRotationAsync(EnableKeyRotationRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("EnableKeyRotation", request, KmsJsonContext.Default.EnableKeyRotationRequest, cancellationToken);
}
