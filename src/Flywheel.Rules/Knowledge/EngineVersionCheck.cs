using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// Judges an engine version against DescribeDBEngineVersions: deprecated, in paid Extended Support, not offered
/// any more, or (optionally) close to the end of standard support.
/// </summary>
internal static class EngineVersionCheck
{
    public static RuleResult Evaluate(AwsResource database, string engine, string? version, int warnDays, RuleContext context)
    {
        if (version is null)
        {
            return RuleResult.Missing("EngineVersion");
        }

        var evidence = new Evidence("EngineVersion", $"{engine} {version}");
        var known = context.Inventory.FindEngineVersion(database.AccountId, database.Region, engine, version);
        if (known is null)
        {
            return RuleResult.Fail($"{engine} {version} is not listed among available engine versions; likely deprecated", evidence);
        }

        if (string.Equals(known.Status, "deprecated", StringComparison.OrdinalIgnoreCase))
        {
            return RuleResult.Fail($"{engine} {version} is deprecated", evidence, new Evidence("Status", known.Status));
        }

        var standardEnd = Evidence.Of("StandardSupportEnd", known.StandardSupportEnd);
        if (known.StandardSupportEnd is { } end && end < context.Now)
        {
            var extendedEnd = known.ExtendedSupportEnd is { } e ? Day(e) : "unknown";
            return RuleResult.Fail($"{engine} {version} is in RDS Extended Support since {Day(end)} (extra charges, ends {extendedEnd})", evidence, standardEnd, Evidence.Of("ExtendedSupportEnd", known.ExtendedSupportEnd));
        }

        if (known.StandardSupportEnd is { } soon && warnDays > 0 && soon <= context.Now.AddDays(warnDays))
        {
            var days = (int)Math.Ceiling((soon - context.Now).TotalDays);
            return RuleResult.Fail($"standard support for {engine} {version} ends on {Day(soon)}, in {days} days (warning window {warnDays} days)", evidence, standardEnd);
        }

        var until = known.StandardSupportEnd is { } u ? $" until {Day(u)}" : "";
        return RuleResult.Pass($"{engine} {version} is in standard support{until}", evidence, standardEnd);
    }

    private static string Day(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
