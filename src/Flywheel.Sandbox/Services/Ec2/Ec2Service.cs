using System.Xml.Linq;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Services.Ec2;

/// <summary>EC2 (ec2 protocol): security groups (describe, revoke ingress), subnets and route tables.</summary>
internal sealed partial class Ec2Service(IReadOnlyList<string> estateRegions) : IOperationHandler
{
    public string SigningName => "ec2";

    public AwsProtocol Protocol => AwsProtocol.Ec2;

    public string? XmlNamespace => null;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "DescribeSecurityGroups" => DescribeSecurityGroups(request),
        "DescribeSubnets" => DescribeSubnets(request),
        "DescribeRouteTables" => DescribeRouteTables(request),
        "RevokeSecurityGroupIngress" => RevokeSecurityGroupIngress(request),
        "AuthorizeSecurityGroupIngress" => AuthorizeSecurityGroupIngress(request),
        "DescribeRegions" => DescribeRegions(request),
        _ => new AwsError("InvalidAction", $"The action {request.Operation} is not valid for this web service."),
    };

    private static ServiceReply DescribeSecurityGroups(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var ids = p.GetList("GroupId");
        var missing = ids.FirstOrDefault(id => !state.SecurityGroups.ContainsKey(id));
        if (missing is not null)
        {
            return new AwsError("InvalidGroup.NotFound", $"The security group '{missing}' does not exist");
        }

        var names = p.GetList("GroupName");
        var filters = p.GetFilters("Filter", "Value");
        var groups = state.SecurityGroups.Values
            .Where(g => ids.Count == 0 || ids.Contains(g.GroupId))
            .Where(g => names.Count == 0 || names.Contains(g.GroupName))
            .Where(g => filters.All(f => f.Name switch
            {
                "group-id" => f.Matches(g.GroupId),
                "group-name" => f.Matches(g.GroupName),
                "vpc-id" => f.Matches(g.VpcId),
                "owner-id" => f.Matches(g.OwnerId),
                _ when f.Name.StartsWith("tag:", StringComparison.Ordinal) => g.Tags.Any(t => t.Key == f.Name[4..] && f.Matches(t.Value)),
                _ => false,
            }))
            .ToList();
        return Paged(request, "DescribeSecurityGroups", groups, 5, 1000, page => Xml.List("securityGroupInfo", page.Select(Ec2Xml.SecurityGroup)));
    }

    private static ServiceReply DescribeSubnets(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var ids = p.GetList("SubnetId");
        var missing = ids.FirstOrDefault(id => state.Subnets.All(s => s.SubnetId != id));
        if (missing is not null)
        {
            return new AwsError("InvalidSubnetID.NotFound", $"The subnet ID '{missing}' does not exist");
        }

        var filters = p.GetFilters("Filter", "Value");
        var subnets = state.Subnets
            .Where(s => ids.Count == 0 || ids.Contains(s.SubnetId))
            .Where(s => filters.All(f => f.Name switch
            {
                "subnet-id" => f.Matches(s.SubnetId),
                "vpc-id" => f.Matches(s.VpcId),
                "availability-zone" => f.Matches(s.AvailabilityZone),
                _ => false,
            }))
            .ToList();
        return Paged(request, "DescribeSubnets", subnets, 5, 1000, page => Xml.List("subnetSet", page.Select(Ec2Xml.Subnet)));
    }

    private static ServiceReply DescribeRouteTables(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var ids = p.GetList("RouteTableId");
        var missing = ids.FirstOrDefault(id => state.RouteTables.All(t => t.RouteTableId != id));
        if (missing is not null)
        {
            return new AwsError("InvalidRouteTableID.NotFound", $"The routeTable ID '{missing}' does not exist");
        }

        var filters = p.GetFilters("Filter", "Value");
        var tables = state.RouteTables
            .Where(t => ids.Count == 0 || ids.Contains(t.RouteTableId))
            .Where(t => filters.All(f => f.Name switch
            {
                "route-table-id" => f.Matches(t.RouteTableId),
                "vpc-id" => f.Matches(t.VpcId),
                "association.subnet-id" => t.SubnetIds.Any(f.Matches),
                "association.main" => f.Matches(t.IsMain ? "true" : "false"),
                _ => false,
            }))
            .ToList();
        return Paged(request, "DescribeRouteTables", tables, 5, 100, page => Xml.List("routeTableSet", page.Select(Ec2Xml.RouteTable)));
    }

    // The estate's regions are enabled; with AllRegions the opt-in regions show as not opted in.
    private ServiceReply DescribeRegions(SandboxRequest request)
    {
        string[] optIn = ["af-south-1", "ap-east-1", "me-south-1"];
        var all = request.Parameters.GetBool("AllRegions") ?? false;
        var names = request.Parameters.GetList("RegionName");
        var regions = estateRegions.Select(r => (Name: r, Status: "opt-in-not-required"))
            .Concat(all ? optIn.Where(r => !estateRegions.Contains(r)).Select(r => (Name: r, Status: "not-opted-in")) : [])
            .Where(r => names.Count == 0 || names.Contains(r.Name))
            .ToList();
        var unknown = names.FirstOrDefault(n => regions.All(r => r.Name != n));
        if (unknown is not null)
        {
            return new AwsError("InvalidParameterValue", $"Invalid region names: [{unknown}]");
        }

        return ServiceReply.Ok(QueryResponse.Ec2("DescribeRegions", request.RequestId, Xml.List("regionInfo", regions.Select(r => new XElement("item",
            new XElement("regionName", r.Name),
            new XElement("regionEndpoint", $"ec2.{r.Name}.amazonaws.com"),
            new XElement("optInStatus", r.Status))))));
    }

    private static ServiceReply Paged<T>(SandboxRequest request, string operation, IReadOnlyList<T> items, int min, int max, Func<IReadOnlyList<T>, XElement> render)
    {
        var p = request.Parameters;
        var maxResults = p.GetInt("MaxResults");
        if (p.Get("MaxResults") is not null && (maxResults < min || maxResults > max || maxResults is null))
        {
            return AwsError.InvalidParameterValue($"Value ( {p.Get("MaxResults")} ) for parameter maxResults is invalid. Expecting a value between {min} and {max}.");
        }

        var page = Pagination.Page(items, maxResults ?? int.MaxValue, p.Get("NextToken"), t => new AwsError("InvalidPaginationToken", $"Invalid pagination token: {t}"));
        return page.Error is { } error
            ? error
            : ServiceReply.Ok(QueryResponse.Ec2(operation, request.RequestId, render(page.Items), Xml.Opt("nextToken", page.NextMarker)));
    }
}
