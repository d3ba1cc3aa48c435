namespace Flywheel.Store.Sql;

/// <summary>Who owns a resource and which stack made it, from the tags teams commonly use.</summary>
internal static class ResourceAttribution
{
    private static readonly string[] OwnerTags = ["Owner", "owner", "Team", "team"];

    public const string StackTag = "aws:cloudformation:stack-name";

    public static string? Owner(IReadOnlyDictionary<string, string> tags)
    {
        foreach (var key in OwnerTags)
        {
            if (tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        // Any other spelling (OWNER, Team-Name is not one): keys compared without case as a last resort.
        foreach (var (key, value) in tags)
        {
            if ((key.Equals("owner", StringComparison.OrdinalIgnoreCase) || key.Equals("team", StringComparison.OrdinalIgnoreCase)) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    public static string? Stack(IReadOnlyDictionary<string, string> tags) =>
        tags.TryGetValue(StackTag, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
