using System.Text.Json.Serialization;
using Flywheel.Aws.Clients.Ec2.Model;

namespace Flywheel.Aws.Clients.Ec2;

/// <summary>Source-generated JSON metadata binding the ec2 records to member-keyed trees (names kept as in the model).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DescribeSecurityGroupsRequest))]
[JsonSerializable(typeof(DescribeSecurityGroupsResponse))]
[JsonSerializable(typeof(DescribeSubnetsRequest))]
[JsonSerializable(typeof(DescribeSubnetsResponse))]
[JsonSerializable(typeof(DescribeRouteTablesRequest))]
[JsonSerializable(typeof(DescribeRouteTablesResponse))]
[JsonSerializable(typeof(DescribeRegionsRequest))]
[JsonSerializable(typeof(DescribeRegionsResponse))]
internal sealed partial class Ec2JsonContext : JsonSerializerContext;
