namespace Flywheel.Aws.Accounts;

/// <summary>
/// What <c>--regions</c> asked for: a checked list of names, or every region the account has enabled (<c>all</c>,
/// and the default when no region is configured). Parsing is an outcome: a name the partition does not have is
/// an error before any call is made.
/// </summary>
internal sealed record RegionSelection(bool All, IReadOnlyList<string> Regions)
{
    public const string AllKeyword = "all";

    public static RegionSelection Every { get; } = new(true, []);

    public static (RegionSelection? Selection, string? Error) Parse(IReadOnlyList<string>? values, string? defaultRegion, string partition, PartitionRegions known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var names = Split(values);
        if (names.Count == 0)
        {
            return defaultRegion is null ? (Every, null) : Parse([defaultRegion], null, partition, known);
        }

        if (names.Contains(AllKeyword, StringComparer.OrdinalIgnoreCase))
        {
            return names.Count == 1 ? (Every, null) : (null, "--regions takes either 'all' or region names, not both.");
        }

        var unknown = names.Where(n => !known.Contains(partition, n)).ToList();
        return unknown.Count == 0
            ? (new RegionSelection(false, names), null)
            : (null, $"Unknown region{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown.Select(u => $"'{u}'"))} in partition {partition}; known: {string.Join(", ", known.For(partition))}.");
    }

    /// <summary>Items of a list option, also split at commas, trimmed, without empties or repeats, in order.</summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<string>? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
