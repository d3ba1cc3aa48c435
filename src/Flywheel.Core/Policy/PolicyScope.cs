using Flywheel.Core.Inventory;

namespace Flywheel.Core.Policy;

/// <summary>
/// Which resources a policy or a rule applies to. Empty lists mean "all". Tag selectors must all match
/// (<c>Environment=prod</c>; a value of <c>*</c> means the key is present); excluded tags remove resources.
/// </summary>
public sealed record PolicyScope
{
    public static readonly PolicyScope Everything = new();

    public IReadOnlyList<string> Accounts { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> ExcludeTags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool IsEverything => Accounts.Count == 0 && Regions.Count == 0 && Tags.Count == 0 && ExcludeTags.Count == 0;

    /// <summary>True when the resource is in scope. Account-region pseudo-resources ignore tag selectors.</summary>
    public bool Includes(AwsResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);

        // The common case, checked first: evaluation asks this for every resource × rule.
        if (IsEverything)
        {
            return true;
        }

        if (Accounts.Count > 0 && !Accounts.Contains(resource.AccountId, StringComparer.Ordinal))
        {
            return false;
        }

        if (Regions.Count > 0 && !Regions.Contains(resource.Region, StringComparer.Ordinal))
        {
            return false;
        }

        if (resource is AccountRegion)
        {
            return true;
        }

        foreach (var (key, value) in Tags)
        {
            if (!resource.Tags.TryGetValue(key, out var actual) || (value != "*" && !string.Equals(actual, value, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        foreach (var (key, value) in ExcludeTags)
        {
            if (resource.Tags.TryGetValue(key, out var actual) && (value == "*" || string.Equals(actual, value, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
