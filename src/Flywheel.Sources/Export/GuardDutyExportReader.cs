using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>GuardDuty detectors with the status of RDS Protection (the RDS_LOGIN_EVENTS feature).</summary>
internal sealed class GuardDutyExportReader : IExportServiceReader
{
    private const string Service = "guardduty";

    public void Read(ExportRegion region)
    {
        var detectorIds = new List<string>();
        region.ReadList(Service, "list-detectors", Dataset.GuardDutyDetectors, root => detectorIds.AddRange(StringList(root, "DetectorIds")));
        foreach (var id in detectorIds)
        {
            var detector = new GuardDutyDetector
            {
                AccountId = region.AccountId,
                Region = region.Region,
                Arn = region.Arn(Service, "detector/" + id),
                DetectorId = id,
            };
            region.ReadResource(Service, "get-detector", id, Dataset.GuardDutyDetectors, root => detector = detector with
            {
                Tags = Tags(root, "Tags"),
                Status = Str(root, "Status"),

                // Detectors answered before the Features API (DataSources only) say nothing about RDS: null.
                RdsLoginEventsStatus = Objects(root, "Features")
                    .Where(f => Str(f, "Name") == "RDS_LOGIN_EVENTS")
                    .Select(f => Str(f, "Status"))
                    .FirstOrDefault(),
            });
            region.Resources.Add(detector);
        }
    }
}
