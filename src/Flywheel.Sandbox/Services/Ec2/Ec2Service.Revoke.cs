using System.Xml.Linq;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Ec2;

/// <summary>RevokeSecurityGroupIngress and AuthorizeSecurityGroupIngress (its rollback) on matching permissions.</summary>
internal sealed partial class Ec2Service
{
    private static ServiceReply RevokeSecurityGroupIngress(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var groupId = p.Get("GroupId");
        var group = groupId is not null
            ? state.SecurityGroups.GetValueOrDefault(groupId)
            : state.SecurityGroups.Values.FirstOrDefault(g => g.GroupName == p.Get("GroupName"));
        if (group is null)
        {
            return groupId is null && p.Get("GroupName") is null
                ? new AwsError("MissingParameter", "The request must contain the parameter groupName or groupId")
                : new AwsError("InvalidGroup.NotFound", $"The security group '{groupId ?? p.Get("GroupName")}' does not exist");
        }

        var requested = RequestedPermissions(p);

        if (requested.Count == 0)
        {
            return new AwsError("MissingParameter", "No IP permissions specified.");
        }

        var unknown = new List<IpPermissionState>();
        var revoked = 0;
        foreach (var wanted in requested)
        {
            var existing = group.Ingress.FirstOrDefault(e => e.IpProtocol == wanted.IpProtocol
                && (e.IpProtocol == "-1" || (e.FromPort == wanted.FromPort && e.ToPort == wanted.ToPort)));
            var removed = existing is null ? 0
                : existing.IpRanges.RemoveAll(wanted.IpRanges.Contains) + existing.Ipv6Ranges.RemoveAll(wanted.Ipv6Ranges.Contains) + existing.SourceGroupIds.RemoveAll(wanted.SourceGroupIds.Contains);
            if (removed == 0)
            {
                unknown.Add(wanted);
                continue;
            }

            revoked += removed;
            if (existing!.IsEmpty)
            {
                group.Ingress.Remove(existing);
            }
        }

        if (revoked == 0)
        {
            return new AwsError("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
        }

        return ServiceReply.Ok(QueryResponse.Ec2("RevokeSecurityGroupIngress", request.RequestId,
            new XElement("return", "true"),
            unknown.Count > 0 ? Xml.List("unknownIpPermissionSet", unknown.Select(Ec2Xml.Permission)) : null)) with
        {
            Mutation = new MutationRecord([group.Arn], new Dictionary<string, object?>
            {
                ["groupId"] = group.GroupId,
                ["ipPermissions"] = Describe(requested),
            }),
        };
    }

    // AuthorizeSecurityGroupIngress: adds ranges and source groups; a rule that already exists is a duplicate.
    private static ServiceReply AuthorizeSecurityGroupIngress(SandboxRequest request)
    {
        var p = request.Parameters;
        var group = p.Get("GroupId") is { } groupId ? request.State.SecurityGroups.GetValueOrDefault(groupId) : null;
        if (group is null)
        {
            return new AwsError("InvalidGroup.NotFound", $"The security group '{p.Get("GroupId")}' does not exist");
        }

        var requested = RequestedPermissions(p);
        if (requested.Count == 0)
        {
            return new AwsError("MissingParameter", "No IP permissions specified.");
        }

        foreach (var wanted in requested)
        {
            var existing = group.Ingress.FirstOrDefault(e => e.IpProtocol == wanted.IpProtocol && (e.IpProtocol == "-1" || (e.FromPort == wanted.FromPort && e.ToPort == wanted.ToPort)));
            var duplicate = existing is not null && (wanted.IpRanges.Any(existing.IpRanges.Contains) || wanted.Ipv6Ranges.Any(existing.Ipv6Ranges.Contains) || wanted.SourceGroupIds.Any(existing.SourceGroupIds.Contains));
            if (duplicate)
            {
                return new AwsError("InvalidPermission.Duplicate", $"the specified rule \"peer: {wanted.IpRanges.Concat(wanted.SourceGroupIds).FirstOrDefault()}, {wanted.IpProtocol.ToUpperInvariant()}, from port: {wanted.FromPort}, to port: {wanted.ToPort}, ALLOW\" already exists");
            }
        }

        foreach (var wanted in requested)
        {
            var existing = group.Ingress.FirstOrDefault(e => e.IpProtocol == wanted.IpProtocol && (e.IpProtocol == "-1" || (e.FromPort == wanted.FromPort && e.ToPort == wanted.ToPort)));
            if (existing is null)
            {
                group.Ingress.Add(wanted);
                continue;
            }

            existing.IpRanges.AddRange(wanted.IpRanges);
            existing.Ipv6Ranges.AddRange(wanted.Ipv6Ranges);
            existing.SourceGroupIds.AddRange(wanted.SourceGroupIds);
        }

        return ServiceReply.Ok(QueryResponse.Ec2("AuthorizeSecurityGroupIngress", request.RequestId, new XElement("return", "true"))) with
        {
            Mutation = new MutationRecord([group.Arn], new Dictionary<string, object?> { ["groupId"] = group.GroupId, ["ipPermissions"] = Describe(requested) }),
        };
    }

    private static List<IpPermissionState> RequestedPermissions(QueryParameters p)
    {
        var requested = p.GetStructures("IpPermissions").Select(s => new IpPermissionState
        {
            IpProtocol = Ec2Xml.NormalizeProtocol(s.Get("IpProtocol") ?? "-1"),
            FromPort = s.GetInt("FromPort"),
            ToPort = s.GetInt("ToPort"),
            IpRanges = [.. s.GetStructures("IpRanges").Select(r => r.Get("CidrIp")).OfType<string>()],
            Ipv6Ranges = [.. s.GetStructures("Ipv6Ranges").Select(r => r.Get("CidrIpv6")).OfType<string>()],
            SourceGroupIds = [.. s.GetStructures("Groups").Select(r => r.Get("GroupId")).OfType<string>()],
        }).ToList();
        if (p.Get("CidrIp") is { } cidr)
        {
            requested.Add(new IpPermissionState { IpProtocol = Ec2Xml.NormalizeProtocol(p.Get("IpProtocol") ?? "-1"), FromPort = p.GetInt("FromPort"), ToPort = p.GetInt("ToPort"), IpRanges = [cidr] });
        }

        return requested;
    }

    private static List<Dictionary<string, object?>> Describe(List<IpPermissionState> permissions) =>
    [
        .. permissions.Select(r => new Dictionary<string, object?>
        {
            ["ipProtocol"] = r.IpProtocol,
            ["fromPort"] = r.FromPort,
            ["toPort"] = r.ToPort,
            ["ipRanges"] = r.IpRanges,
            ["ipv6Ranges"] = r.Ipv6Ranges,
            ["groups"] = r.SourceGroupIds,
        }),
    ];
}
