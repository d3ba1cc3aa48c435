namespace Flywheel.Rules.Knowledge;

/// <summary>One statement of a key policy, as far as the rules need it.</summary>
internal sealed record KeyPolicyStatement(
    int Index,
    string? Sid,
    string Effect,
    KeyPolicyPrincipal? Principal,
    bool HasNotPrincipal,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> NotActions,
    bool HasCondition)
{
    public bool IsAllow => string.Equals(Effect, "Allow", StringComparison.Ordinal);

    /// <summary>The Sid, or the statement's 1-based position when it has none.</summary>
    public string Label => string.IsNullOrEmpty(Sid) ? "#" + (Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : Sid;

    /// <summary>
    /// Whether the statement's Action (or NotAction) covers <paramref name="action"/>; IAM action names are
    /// case-insensitive and may use <c>*</c> and <c>?</c> wildcards.
    /// </summary>
    public bool Allows(string action)
    {
        var target = action.ToLowerInvariant();
        if (NotActions.Count > 0)
        {
            return !NotActions.Any(p => Core.Policy.Glob.IsMatch(p.ToLowerInvariant(), target));
        }

        return Actions.Any(p => Core.Policy.Glob.IsMatch(p.ToLowerInvariant(), target));
    }
}
