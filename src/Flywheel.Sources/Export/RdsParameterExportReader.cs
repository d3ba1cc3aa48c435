using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>DB parameter groups and DB cluster parameter groups with their values, and option groups.</summary>
internal sealed class RdsParameterExportReader : IExportServiceReader
{
    private const string Service = "rds";

    public void Read(ExportRegion region)
    {
        ReadGroups(region, isCluster: false);
        ReadGroups(region, isCluster: true);

        region.ReadList(Service, "describe-option-groups", Dataset.RdsOptionGroups, root =>
            region.Resources.AddRange(Objects(root, "OptionGroupsList").Select(g =>
            {
                var name = RequiredStr(g, "OptionGroupName", "each OptionGroupsList[] entry");
                return new OptionGroup
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = Str(g, "OptionGroupArn") ?? region.Arn("rds", "og:" + name),
                    GroupName = name,
                    EngineName = Str(g, "EngineName"),
                    MajorEngineVersion = Str(g, "MajorEngineVersion"),
                    Options = Objects(g, "Options").Select(o => new OptionGroupOption(
                        RequiredStr(o, "OptionName", $"each option of option group {name}"),
                        Int(o, "Port"),
                        Objects(o, "OptionSettings")
                            .Where(s => Str(s, "Name") is not null)
                            .DistinctBy(s => Str(s, "Name"))
                            .ToDictionary(s => Str(s, "Name")!, s => Str(s, "Value"), StringComparer.Ordinal))).ToArray(),
                };
            })));
    }

    private static void ReadGroups(ExportRegion region, bool isCluster)
    {
        var listCommand = isCluster ? "describe-db-cluster-parameter-groups" : "describe-db-parameter-groups";
        var listMember = isCluster ? "DBClusterParameterGroups" : "DBParameterGroups";
        var nameMember = isCluster ? "DBClusterParameterGroupName" : "DBParameterGroupName";
        var arnMember = isCluster ? "DBClusterParameterGroupArn" : "DBParameterGroupArn";
        var parametersDataset = isCluster ? Dataset.RdsDbClusterParameters : Dataset.RdsDbParameters;
        var groups = new List<DbParameterGroup>();
        region.ReadList(
            Service,
            listCommand,
            isCluster ? Dataset.RdsDbClusterParameterGroups : Dataset.RdsDbParameterGroups,
            root => groups.AddRange(Objects(root, listMember).Select(g =>
            {
                var name = RequiredStr(g, nameMember, $"each {listMember}[] entry");
                return new DbParameterGroup
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = Str(g, arnMember) ?? region.Arn("rds", (isCluster ? "cluster-pg:" : "pg:") + name),
                    GroupName = name,
                    IsCluster = isCluster,
                    Family = Str(g, "DBParameterGroupFamily"),
                };
            })),
            parametersDataset);

        foreach (var group in groups)
        {
            IReadOnlyDictionary<string, string?>? parameters = null;
            region.ReadResource(Service, isCluster ? "describe-db-cluster-parameters" : "describe-db-parameters", group.GroupName, parametersDataset, root =>
            {
                var values = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var p in Objects(root, "Parameters"))
                {
                    values[RequiredStr(p, "ParameterName", "each Parameters[] entry")] = Str(p, "ParameterValue");
                }

                parameters = values;
            });
            region.Resources.Add(group with { Parameters = parameters });
        }
    }
}
