using System.Text.Json;
using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>
/// CloudTrail trails. describe-trails lists a multi-region trail in every region (shadow trails); the trail is
/// taken from its home region, where its status and event selectors were read. Listings outside the home region go
/// to <see cref="ExportRegion.ShadowTrails"/>: across regions, <see cref="ExportInventoryAssembler"/> keeps a trail
/// whose home region was not read once, from the first listing, without status. Stateless, so regions can be read
/// concurrently.
/// </summary>
internal sealed class CloudTrailExportReader : IExportServiceReader
{
    private const string Service = "cloudtrail";

    public void Read(ExportRegion region)
    {
        var trails = new List<Trail>();
        region.ReadList(
            Service,
            "describe-trails",
            Dataset.CloudTrailTrails,
            root => trails.AddRange(Objects(root, "trailList").Select(t =>
            {
                var name = RequiredStr(t, "Name", "each trailList[] entry");
                return new Trail
                {
                    AccountId = region.AccountId,
                    Region = Str(t, "HomeRegion") ?? region.Region,
                    Arn = Str(t, "TrailARN") ?? region.Arn(Service, "trail/" + name),
                    TrailName = name,
                    HomeRegion = Str(t, "HomeRegion"),
                    IsMultiRegion = Bool(t, "IsMultiRegionTrail"),
                    IsOrganizationTrail = Bool(t, "IsOrganizationTrail"),
                    LogFileValidationEnabled = Bool(t, "LogFileValidationEnabled"),
                    KmsKeyId = Str(t, "KmsKeyId"),
                };
            })),
            Dataset.CloudTrailTrailStatus,
            Dataset.CloudTrailEventSelectors);

        foreach (var trail in trails)
        {
            if (trail.Region != region.Region)
            {
                region.ShadowTrails.Add(trail);
                continue;
            }

            var read = trail;
            region.ReadResource(Service, "get-trail-status", trail.TrailName, Dataset.CloudTrailTrailStatus, root =>
                read = read with { IsLogging = Bool(root, "IsLogging") });
            region.ReadResource(Service, "get-event-selectors", trail.TrailName, Dataset.CloudTrailEventSelectors, root =>
                read = read with
                {
                    LogsAllManagementEvents = LogsManagementEvents(root, writeOnlyIsEnough: false),
                    LogsWriteManagementEvents = LogsManagementEvents(root, writeOnlyIsEnough: true),
                });
            region.Resources.Add(read);
        }
    }

    // Basic selectors: IncludeManagementEvents with ReadWriteType All (or WriteOnly for writes). Advanced
    // selectors: eventCategory = Management with no readOnly field (all) or readOnly = false (writes only).
    private static bool LogsManagementEvents(JsonElement root, bool writeOnlyIsEnough)
    {
        foreach (var selector in Objects(root, "EventSelectors"))
        {
            var readWrite = Str(selector, "ReadWriteType") ?? "All";
            if (Bool(selector, "IncludeManagementEvents") != false
                && (readWrite == "All" || (writeOnlyIsEnough && readWrite == "WriteOnly")))
            {
                return true;
            }
        }

        foreach (var selector in Objects(root, "AdvancedEventSelectors"))
        {
            var fields = Objects(selector, "FieldSelectors").ToArray();
            var management = fields.Any(f => Str(f, "Field") == "eventCategory" && StringList(f, "Equals").Contains("Management"));
            if (!management)
            {
                continue;
            }

            var readOnly = fields.Where(f => Str(f, "Field") == "readOnly").ToArray();
            if (readOnly.Length == 0
                || (writeOnlyIsEnough && readOnly.All(f => StringList(f, "Equals").Contains("false"))))
            {
                return true;
            }
        }

        return false;
    }
}
