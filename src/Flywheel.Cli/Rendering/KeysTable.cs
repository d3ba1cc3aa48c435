using System.Globalization;
using Flywheel.Reports.Json;
using Flywheel.Reports.Keys;
using Spectre.Console;

namespace Flywheel.Cli.Rendering;

/// <summary>KMS keys with their rotation and what depends on each; unknown (referenced, not collected) keys last.</summary>
internal static class KeysTable
{
    public static Rows Build(KeyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table { Border = TableBorder.Rounded, Expand = true }
            .AddColumn("Key")
            .AddColumn("Account/region")
            .AddColumn("Manager / spec / state")
            .AddColumn("Rotation")
            .AddColumn("Dependents");
        foreach (var key in report.Keys)
        {
            table.AddRow(
                new Text(key.Known ? string.Join("\n", [key.KeyId ?? key.Reference, .. key.Aliases]) : "unknown key\n" + key.Reference),
                new Text($"{key.AccountId}/{key.Region}"),
                new Text(key.Known ? $"{key.Manager ?? "?"}\n{key.Spec ?? "?"}\n{key.State ?? "?"}" : "not in the inventory"),
                new Text(Rotation(key)),
                new Text(key.Dependents.Count == 0 ? "(none)" : string.Join("\n", key.Dependents.Select(d => $"{KebabCase.Of(d.Usage)}: {d.Name}"))));
        }

        return Section.Of($"KMS keys ({report.Keys.Count.ToString(CultureInfo.InvariantCulture)})", table);
    }

    private static string Rotation(KeyEntry key)
    {
        if (!key.Known)
        {
            return "";
        }

        var enabled = key.RotationEnabled switch
        {
            true => "enabled",
            false => "disabled",
            null => "not collected",
        };
        var period = key.RotationPeriodInDays is { } days ? $"\nevery {days.ToString(CultureInfo.InvariantCulture)} days" : "";
        var last = key.LastRotation is { } at ? $"\nlast {at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "\nnever rotated";
        return enabled + period + last;
    }
}
