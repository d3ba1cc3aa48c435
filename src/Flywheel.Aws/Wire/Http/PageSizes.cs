using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Http;

/// <summary>
/// The largest page an operation allows, so a scan makes as few calls as possible: the documented maximum where
/// the model's shape overstates it (KMS ListAliases and ListGrants share a 1..1000 shape but accept 1..100), else
/// the limit member's <c>max</c> in the model, else the documented maximum the model leaves out (RDS: 100).
/// </summary>
internal static class PageSizes
{
    private static readonly Dictionary<string, long> DocumentedByOperation = new(StringComparer.Ordinal)
    {
        ["kms.ListAliases"] = 100,
        ["kms.ListGrants"] = 100,
    };

    private static readonly Dictionary<string, long> DocumentedByService = new(StringComparer.Ordinal)
    {
        ["rds"] = 100,
    };

    public static long? Largest(OperationModel operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Paginator?.LimitKey is not { } limitKey || operation.InputShape is null)
        {
            return null;
        }

        var model = operation.Service;
        if (DocumentedByOperation.TryGetValue($"{model.Key}.{operation.Name}", out var documented))
        {
            return documented;
        }

        if (!model.Shape(operation.InputShape).Members.TryGetValue(limitKey, out var member))
        {
            return null;
        }

        return model.Shape(member.Shape).Max ?? (DocumentedByService.TryGetValue(model.Key, out var max) ? max : null);
    }
}
