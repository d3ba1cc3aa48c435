namespace Flywheel.Core.Policy;

/// <summary>
/// What "secure" means for an estate: which rules run with which options, the scope, and the exceptions.
/// Rules not named in <see cref="Rules"/> run with their defaults unless <see cref="EnableAllRules"/> is false.
/// </summary>
public sealed record BaselinePolicy
{
    public static readonly BaselinePolicy Default = new();

    /// <summary>Where the policy came from (a file path, or "built-in default"), for messages.</summary>
    public string Source { get; init; } = "built-in default";

    public bool EnableAllRules { get; init; } = true;

    public PolicyScope Scope { get; init; } = PolicyScope.Everything;

    public IReadOnlyDictionary<string, RulePolicy> Rules { get; init; } = new Dictionary<string, RulePolicy>(StringComparer.Ordinal);

    public IReadOnlyList<PolicyException> Exceptions { get; init; } = [];

    /// <summary>
    /// The rule's configuration: explicit, else its defaults when the policy enables all rules and the rule is on by
    /// default, else disabled.
    /// </summary>
    public RulePolicy For(string ruleId, bool defaultEnabled = true) =>
        Rules.TryGetValue(ruleId, out var configured) ? configured : EnableAllRules && defaultEnabled ? DefaultRule : DisabledRule;

    private static readonly RulePolicy DefaultRule = new();
    private static readonly RulePolicy DisabledRule = new() { Enabled = false };
}
