namespace Flywheel.Core.Rules;

/// <summary>A rule's verdict on one resource: status, a reason a person can read, and the evidence.</summary>
public sealed record RuleResult(RuleStatus Status, string Reason, IReadOnlyList<Evidence> Evidence)
{
    public static RuleResult Pass(string reason, params Evidence[] evidence) => new(RuleStatus.Pass, reason, evidence);

    public static RuleResult Fail(string reason, params Evidence[] evidence) => new(RuleStatus.Fail, reason, evidence);

    public static RuleResult NotApplicable(string reason, params Evidence[] evidence) => new(RuleStatus.NotApplicable, reason, evidence);

    public static RuleResult Error(string reason, params Evidence[] evidence) => new(RuleStatus.Error, reason, evidence);

    /// <summary>The verdict for a field that was absent from what was collected.</summary>
    public static RuleResult Missing(string field) => new(RuleStatus.Error, $"{field} was not collected", [new Evidence(field, null)]);
}
