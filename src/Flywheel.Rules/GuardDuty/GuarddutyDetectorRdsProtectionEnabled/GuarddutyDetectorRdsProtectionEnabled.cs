using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.GuardDuty.GuarddutyDetectorRdsProtectionEnabled;

/// <summary>GuardDuty runs in the region with RDS Protection (RDS_LOGIN_EVENTS), which flags anomalous Aurora/RDS logins.</summary>
internal sealed class GuarddutyDetectorRdsProtectionEnabled : Rule<AccountRegion, NoOptions>
{
    public override string Id => "guardduty-detector-rds-protection-enabled";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.GuardDutyDetectors];

    protected override RuleResult Evaluate(AccountRegion resource, RuleContext context, NoOptions options)
    {
        var detectors = context.Inventory.DetectorsIn(resource.AccountId, resource.Region).OrderBy(d => d.DetectorId, StringComparer.Ordinal).ToArray();
        if (detectors.Length == 0)
        {
            return RuleResult.Fail("GuardDuty not enabled in region (no detector)", new Evidence("Detectors", null));
        }

        var good = detectors.FirstOrDefault(d => Is(d.Status, "ENABLED") && Is(d.RdsLoginEventsStatus, "ENABLED"));
        if (good is not null)
        {
            return RuleResult.Pass($"GuardDuty detector {good.DetectorId} has RDS Protection enabled", new Evidence("DetectorId", good.DetectorId), new Evidence("RdsLoginEventsStatus", good.RdsLoginEventsStatus));
        }

        var detector = detectors[0];
        var evidence = new[] { new Evidence("DetectorId", detector.DetectorId), new Evidence("Status", detector.Status), new Evidence("RdsLoginEventsStatus", detector.RdsLoginEventsStatus) };
        if (detector.Status is null)
        {
            return RuleResult.Missing("Status");
        }

        if (!Is(detector.Status, "ENABLED"))
        {
            return RuleResult.Fail($"GuardDuty detector {detector.DetectorId} is {detector.Status}", evidence);
        }

        return detector.RdsLoginEventsStatus is null
            ? RuleResult.Missing("RdsLoginEventsStatus")
            : RuleResult.Fail($"RDS Protection (RDS_LOGIN_EVENTS) is {detector.RdsLoginEventsStatus} on GuardDuty detector {detector.DetectorId}", evidence);
    }

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
