using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Generation;

/// <summary>CloudTrail (one multi-region trail per account, homed in the first region) and GuardDuty detectors.</summary>
internal sealed partial class EstateGenerator
{
    private static readonly string[] DetectorFeatures = ["CLOUD_TRAIL", "DNS_LOGS", "FLOW_LOGS", "S3_DATA_EVENTS", "RDS_LOGIN_EVENTS", "EBS_MALWARE_PROTECTION"];

    private void GenerateMonitoring(RegionState state, int regionIndex, GeneratedKeys keys)
    {
        if (regionIndex == 0 && !Misconfigured("no-trail"))
        {
            var name = "organization-trail";
            state.Trails.Add(new TrailState
            {
                Name = name,
                Arn = state.Arn("cloudtrail", "trail/" + name),
                HomeRegion = state.Region,
                S3BucketName = $"cloudtrail-logs-{state.AccountId}",
                IsMultiRegionTrail = !Misconfigured("single-region-trail"),
                LogFileValidationEnabled = !Misconfigured("no-log-file-validation"),
                KmsKeyId = Misconfigured("trail-not-encrypted") || keys.CustomerKeyArns.Count == 0 ? null : keys.CustomerKeyArns[0],
                CloudWatchLogsLogGroupArn = state.Arn("logs", "log-group:cloudtrail:*"),
                IsLogging = !Misconfigured("trail-not-logging"),
                StartLoggingTime = DaysAgo(100, 1000),
            });
        }

        if (!Misconfigured("no-guardduty"))
        {
            var detector = new DetectorState
            {
                DetectorId = Ids.HexId("", 32),
                Status = Misconfigured("guardduty-disabled") ? "DISABLED" : "ENABLED",
                CreatedAt = DaysAgo(100, 1000),
            };
            foreach (var feature in DetectorFeatures)
            {
                detector.Features[feature] = feature == "RDS_LOGIN_EVENTS" && Misconfigured("rds-protection-disabled") ? "DISABLED" : "ENABLED";
            }

            state.Detectors.Add(detector);
        }
    }
}
