namespace Flywheel.Aws.Wire.Models;

/// <summary>An operation: HTTP binding, input and output shapes, and its paginator when it has one.</summary>
internal sealed record OperationModel(
    ServiceModel Service,
    string Name,
    string HttpMethod,
    string RequestUri,
    string? InputShape,
    string? OutputShape,
    string? ResultWrapper,
    PaginatorModel? Paginator);
