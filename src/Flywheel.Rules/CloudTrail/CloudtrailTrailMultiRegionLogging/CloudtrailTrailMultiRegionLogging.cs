using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.CloudTrail.CloudtrailTrailMultiRegionLogging;

/// <summary>
/// The account has a multi-region trail that is logging and records management events, so every RDS and KMS
/// API call in this region is audited.
/// </summary>
internal sealed class CloudtrailTrailMultiRegionLogging : Rule<AccountRegion, CloudtrailTrailMultiRegionLoggingOptions>
{
    public override string Id => "cloudtrail-trail-multi-region-logging";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.CloudTrailTrails];

    protected override RuleResult Evaluate(AccountRegion resource, RuleContext context, CloudtrailTrailMultiRegionLoggingOptions options)
    {
        var trails = context.Inventory.TrailsOf(resource.AccountId).OrderBy(t => t.TrailName, StringComparer.Ordinal).ToArray();
        if (trails.Length == 0)
        {
            return RuleResult.Fail($"no CloudTrail trail in account {resource.AccountId}", new Evidence("Trails", null));
        }

        var evidence = Evidence.Of("Trails", trails.Select(t => t.TrailName));
        var good = trails.FirstOrDefault(t => t.IsMultiRegion == true && t.IsLogging == true && RecordsManagementEvents(t, options) == true);
        if (good is not null)
        {
            var events = good.LogsAllManagementEvents == true ? "all management events" : "write management events";
            return RuleResult.Pass($"multi-region trail {good.TrailName} is logging {events}", evidence);
        }

        // A multi-region trail whose status or selectors were not read might be the good one: say so rather than fail.
        var multiRegion = trails.Where(t => t.IsMultiRegion == true).ToArray();
        var unknown = multiRegion.FirstOrDefault(t => (t.IsLogging is null && RecordsManagementEvents(t, options) != false) || (RecordsManagementEvents(t, options) is null && t.IsLogging != false));
        if (unknown is not null)
        {
            var home = unknown.HomeRegion ?? unknown.Region;
            return unknown.IsLogging is null
                ? context.NotCollected(resource.AccountId, home, Dataset.CloudTrailTrailStatus) ?? RuleResult.Error($"IsLogging of multi-region trail {unknown.TrailName} was not collected", evidence)
                : context.NotCollected(resource.AccountId, home, Dataset.CloudTrailEventSelectors) ?? RuleResult.Error($"event selectors of multi-region trail {unknown.TrailName} were not collected", evidence);
        }

        var lacks = trails.Select(t => $"{t.TrailName}: {string.Join(", ", Lacks(t, options))}");
        return RuleResult.Fail($"no multi-region trail is logging management events ({string.Join("; ", lacks)})", evidence);
    }

    private static bool? RecordsManagementEvents(Trail trail, CloudtrailTrailMultiRegionLoggingOptions options) =>
        trail.LogsAllManagementEvents == true || (options.AllowWriteOnly && trail.LogsWriteManagementEvents == true)
            ? true
            : trail.LogsAllManagementEvents is null || (options.AllowWriteOnly && trail.LogsWriteManagementEvents is null) ? null : false;

    private static IEnumerable<string> Lacks(Trail trail, CloudtrailTrailMultiRegionLoggingOptions options)
    {
        if (trail.IsMultiRegion is null)
        {
            yield return "multi-region setting not collected";
        }
        else if (trail.IsMultiRegion == false)
        {
            yield return "not multi-region";
        }

        if (trail.IsLogging == false)
        {
            yield return "not logging";
        }

        if (RecordsManagementEvents(trail, options) == false)
        {
            yield return options.AllowWriteOnly ? "no management events" : "not all management events";
        }
    }
}
