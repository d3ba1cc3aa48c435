using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Http;

/// <summary>
/// The largest page an operation allows, so a scan makes as few calls as possible: the limit member's
/// <c>max</c> in the model, else the documented maximum where the model leaves it out (RDS MaxRecords: 100).
/// </summary>
internal static class PageSizes
{
    private static readonly Dictionary<string, long> Documented = new(StringComparer.Ordinal)
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
        if (!model.Shape(operation.InputShape).Members.TryGetValue(limitKey, out var member))
        {
            return null;
        }

        return model.Shape(member.Shape).Max ?? (Documented.TryGetValue(model.Key, out var max) ? max : null);
    }
}
