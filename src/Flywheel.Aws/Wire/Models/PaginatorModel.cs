namespace Flywheel.Aws.Wire.Models;

/// <summary>A paginator from paginators-1.json: which input member takes the token, which output member returns it.</summary>
internal sealed record PaginatorModel(string InputToken, string OutputToken, string? LimitKey);
