using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.TestData;

/// <summary>Secure-by-default builders for the resources TestKit's <c>Some</c> does not cover yet.</summary>
internal static class AccountResources
{
    public static AccountRegion Region(string account = Some.Account, string region = Some.Region) => AccountRegion.Create(account, region);

    public static Trail Trail(string name = "org-trail", string account = Some.Account, string region = Some.Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:cloudtrail:{region}:{account}:trail/{name}",
        TrailName = name,
        HomeRegion = region,
        IsMultiRegion = true,
        IsOrganizationTrail = false,
        LogFileValidationEnabled = true,
        IsLogging = true,
        LogsAllManagementEvents = true,
        LogsWriteManagementEvents = true,
    };

    public static GuardDutyDetector Detector(string id = "d1e2f3a4b5c6", string account = Some.Account, string region = Some.Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:guardduty:{region}:{account}:detector/{id}",
        DetectorId = id,
        Status = "ENABLED",
        RdsLoginEventsStatus = "ENABLED",
    };

    public static EventSubscription Subscription(string name, string? sourceType, string[] categories, string account = Some.Account, string region = Some.Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:rds:{region}:{account}:es:{name}",
        SubscriptionName = name,
        Enabled = true,
        Status = "active",
        SourceType = sourceType,
        EventCategories = categories,
        SnsTopicArn = $"arn:aws:sns:{region}:{account}:rds-events",
    };

    public static EngineVersion EngineVersion(string engine = "postgres", string version = "16.4", string account = Some.Account, string region = Some.Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:rds:{region}:{account}:engine-version:{engine}/{version}",
        Engine = engine,
        Version = version,
        MajorVersion = version.Split('.')[0],
        Status = "available",
        StandardSupportEnd = new DateTimeOffset(2028, 2, 29, 0, 0, 0, TimeSpan.Zero),
        ExtendedSupportEnd = new DateTimeOffset(2031, 2, 28, 0, 0, 0, TimeSpan.Zero),
    };
}
