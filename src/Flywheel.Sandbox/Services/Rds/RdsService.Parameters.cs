using System.Xml.Linq;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>DB parameter groups and DB cluster parameter groups: describe groups and parameters, modify parameters.</summary>
internal sealed partial class RdsService
{
    private static ServiceReply DescribeParameterGroups(SandboxRequest request, bool cluster)
    {
        var groups = Groups(request.State, cluster);
        var operation = cluster ? "DescribeDBClusterParameterGroups" : "DescribeDBParameterGroups";
        var nameParameter = cluster ? "DBClusterParameterGroupName" : "DBParameterGroupName";
        IEnumerable<ParameterGroupState> selected = groups.Values;
        if (request.Parameters.Get(nameParameter) is { } name)
        {
            if (!groups.TryGetValue(name, out var group))
            {
                return GroupNotFound(name);
            }

            selected = [group];
        }

        var prefix = cluster ? "DBCluster" : "DB";
        return Paged(request, operation, selected.ToList(), page => Xml.List(cluster ? "DBClusterParameterGroups" : "DBParameterGroups", page.Select(g =>
            new XElement(prefix + "ParameterGroup",
                new XElement(prefix + "ParameterGroupName", g.Name),
                new XElement("DBParameterGroupFamily", g.Family),
                new XElement("Description", g.Description),
                new XElement(prefix + "ParameterGroupArn", g.Arn)))));
    }

    private static ServiceReply DescribeParameters(SandboxRequest request, bool cluster)
    {
        var p = request.Parameters;
        var nameParameter = cluster ? "DBClusterParameterGroupName" : "DBParameterGroupName";
        var name = p.Get(nameParameter);
        if (name is null)
        {
            return new AwsError("MissingParameter", $"The request must contain the parameter {nameParameter}");
        }

        if (!Groups(request.State, cluster).TryGetValue(name, out var group))
        {
            return GroupNotFound(name);
        }

        var source = p.Get("Source");
        if (source is not (null or "user" or "system" or "engine-default"))
        {
            return AwsError.InvalidParameterValue($"Invalid value {source} for Source. Valid values are: user, system, engine-default");
        }

        var parameters = group.Parameters.Values.Where(x => source is null || x.Source == source).ToList();
        return Paged(request, cluster ? "DescribeDBClusterParameters" : "DescribeDBParameters", parameters, "Parameters"u8, 512, (x, parameter) =>
        {
            x.Open("Parameter"u8);
            x.Element("ParameterName"u8, parameter.Name);
            x.OptElement("ParameterValue"u8, parameter.Value);
            x.Element("Description"u8, parameter.Description);
            x.Element("Source"u8, parameter.Source);
            x.Element("ApplyType"u8, parameter.ApplyType);
            x.Element("DataType"u8, parameter.DataType);
            x.OptElement("AllowedValues"u8, parameter.AllowedValues);
            x.Opt("IsModifiable"u8, parameter.IsModifiable);
            x.Element("ApplyMethod"u8, parameter.ApplyType == "static" ? "pending-reboot" : "immediate");
            if (cluster)
            {
                x.Open("SupportedEngineModes"u8);
                x.Element("member"u8, "provisioned");
                x.Close("SupportedEngineModes"u8);
            }

            x.Close("Parameter"u8);
        });
    }

    private static ServiceReply ModifyParameterGroup(SandboxRequest request, bool cluster)
    {
        var p = request.Parameters;
        var nameParameter = cluster ? "DBClusterParameterGroupName" : "DBParameterGroupName";
        var name = p.Get(nameParameter);
        if (name is null)
        {
            return new AwsError("MissingParameter", $"The request must contain the parameter {nameParameter}");
        }

        if (!Groups(request.State, cluster).TryGetValue(name, out var group))
        {
            return GroupNotFound(name);
        }

        if (group.IsDefault)
        {
            return AwsError.InvalidParameterValue($"Default parameter groups cannot be modified: {name}");
        }

        var changes = p.GetStructures("Parameters");
        if (changes.Count is 0 or > 20)
        {
            return AwsError.InvalidParameterValue("A parameter group can be modified with between 1 and 20 parameters per request.");
        }

        // Validate everything first: RDS applies all of the changes or none.
        foreach (var change in changes)
        {
            var parameterName = change.Get("ParameterName") ?? "";
            if (!group.Parameters.TryGetValue(parameterName, out var parameter))
            {
                return AwsError.InvalidParameterValue($"Could not find parameter with name: {parameterName}");
            }

            if (!parameter.IsModifiable)
            {
                return AwsError.InvalidParameterValue($"The parameter {parameterName} cannot be modified.");
            }

            if (parameter.ApplyType == "static" && change.Get("ApplyMethod") == "immediate")
            {
                return new AwsError("InvalidParameterCombination", $"cannot use immediate apply method for static parameter");
            }

            var value = change.Get("ParameterValue");
            if (parameter.DataType == "boolean" && value is not (null or "0" or "1"))
            {
                return AwsError.InvalidParameterValue($"Invalid parameter value: {value} for: {parameterName} allowed values are: 0,1");
            }
        }

        var needsReboot = false;
        foreach (var change in changes)
        {
            var parameter = group.Parameters[change.Get("ParameterName")!];
            parameter.Value = change.Get("ParameterValue");
            parameter.Source = "user";
            needsReboot |= parameter.ApplyType == "static" || change.Get("ApplyMethod") == "pending-reboot";
        }

        // Static changes reach the instances using the group only when they reboot.
        if (needsReboot && !cluster)
        {
            foreach (var instance in request.State.Instances.Values.Where(i => i.ParameterGroupName == group.Name))
            {
                instance.ParameterApplyStatus = "pending-reboot";
            }
        }

        var resultName = cluster ? "DBClusterParameterGroupName" : "DBParameterGroupName";
        return ServiceReply.Ok(QueryResponse.Query(cluster ? "ModifyDBClusterParameterGroup" : "ModifyDBParameterGroup", Namespace, request.RequestId, new XElement(resultName, group.Name))) with
        {
            Mutation = new MutationRecord([group.Arn], new Dictionary<string, object?>
            {
                [char.ToLowerInvariant(nameParameter[0]) + nameParameter[1..]] = group.Name,
                ["parameters"] = changes.Select(c => new Dictionary<string, object?>
                {
                    ["parameterName"] = c.Get("ParameterName"),
                    ["parameterValue"] = c.Get("ParameterValue"),
                    ["applyMethod"] = c.Get("ApplyMethod"),
                }).ToList(),
            }),
        };
    }

    private static SortedDictionary<string, ParameterGroupState> Groups(RegionState state, bool cluster) =>
        cluster ? state.ClusterParameterGroups : state.ParameterGroups;

    private static AwsError GroupNotFound(string name) => new("DBParameterGroupNotFound", $"DBParameterGroup not found: {name}", 404);
}
