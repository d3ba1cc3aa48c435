using Flywheel.Core.Inventory;

namespace Flywheel.Core.Policy;

/// <summary>
/// An accepted risk: which rule(s) and resource(s), who owns the decision, why, and until when.
/// Rule and resource patterns are globs (<c>*</c>, <c>?</c>); the resource pattern matches the ARN or the name.
/// </summary>
public sealed record PolicyException
{
    /// <summary>A stable id for reports; the loader derives one from the position when the file gives none.</summary>
    public required string Id { get; init; }

    public required string RulePattern { get; init; }

    public string? ResourcePattern { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyList<string> Accounts { get; init; } = [];

    public required string Owner { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset Expires { get; init; }

    /// <summary>True when the exception covers this rule and resource (whether or not it has expired).</summary>
    public bool Matches(string ruleId, AwsResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!Glob.IsMatch(RulePattern, ruleId))
        {
            return false;
        }

        if (Accounts.Count > 0 && !Accounts.Contains(resource.AccountId, StringComparer.Ordinal))
        {
            return false;
        }

        if (ResourcePattern is not null && !Glob.IsMatch(ResourcePattern, resource.Arn) && !Glob.IsMatch(ResourcePattern, resource.Name))
        {
            return false;
        }

        foreach (var (key, value) in Tags)
        {
            if (!resource.Tags.TryGetValue(key, out var actual) || (value != "*" && !string.Equals(actual, value, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
