using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>
/// Engine versions of the engines in use (one <c>describe-db-engine-versions --include-all</c> file per engine),
/// with the support dates of their major versions.
/// </summary>
internal sealed class RdsEngineVersionExportReader : IExportServiceReader
{
    private const string Service = "rds";

    public void Read(ExportRegion region)
    {
        var lifecycles = new Dictionary<(string Engine, string Major), (DateTimeOffset? Standard, DateTimeOffset? Extended)>();
        region.ReadList(Service, "describe-db-major-engine-versions", Dataset.RdsMajorEngineVersions, root =>
        {
            foreach (var major in Objects(root, "DBMajorEngineVersions"))
            {
                var engine = Str(major, "Engine");
                var version = Str(major, "MajorEngineVersion");
                if (engine is null || version is null)
                {
                    continue;
                }

                DateTimeOffset? standard = null;
                DateTimeOffset? extended = null;
                foreach (var lifecycle in Objects(major, "SupportedEngineLifecycles"))
                {
                    var name = Str(lifecycle, "LifecycleSupportName") ?? string.Empty;
                    if (name.EndsWith("-standard-support", StringComparison.Ordinal))
                    {
                        standard = Date(lifecycle, "LifecycleSupportEndDate");
                    }
                    else if (name.EndsWith("-extended-support", StringComparison.Ordinal))
                    {
                        extended = Date(lifecycle, "LifecycleSupportEndDate");
                    }
                }

                lifecycles[(engine, version)] = (standard, extended);
            }
        });

        var enginesInUse = region.Resources.OfType<DbInstance>().Select(i => i.Engine)
            .Concat(region.Resources.OfType<DbCluster>().Select(c => c.Engine))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        foreach (var engine in enginesInUse)
        {
            region.ReadResource(Service, "describe-db-engine-versions", engine, Dataset.RdsEngineVersions, root =>
            {
                foreach (var v in Objects(root, "DBEngineVersions"))
                {
                    var versionEngine = Str(v, "Engine") ?? engine;
                    var version = RequiredStr(v, "EngineVersion", "each DBEngineVersions[] entry");
                    var major = Str(v, "MajorEngineVersion");
                    var lifecycle = major is null ? default : lifecycles.GetValueOrDefault((versionEngine, major));
                    region.Resources.Add(new EngineVersion
                    {
                        AccountId = region.AccountId,
                        Region = region.Region,
                        Arn = Str(v, "DBEngineVersionArn") ?? region.Arn("rds", $"db-engine-version:{versionEngine}:{version}"),
                        Engine = versionEngine,
                        Version = version,
                        MajorVersion = major,
                        Status = Str(v, "Status"),
                        StandardSupportEnd = lifecycle.Standard,
                        ExtendedSupportEnd = lifecycle.Extended,
                    });
                }
            });
        }
    }
}
