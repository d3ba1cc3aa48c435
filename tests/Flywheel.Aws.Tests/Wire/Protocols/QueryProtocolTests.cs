using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

public sealed class QueryProtocolTests
{
    private static readonly ServiceModel Rds = ServiceModel.Load("rds");

    private static readonly ServiceModel Ec2 = ServiceModel.Load("ec2");

    private static readonly ServiceModel Sts = ServiceModel.Load("sts");

    [Fact]
    public void Serialize_RdsFiltersAndPaging_UsesLocationNamedListMembers()
    {
        var input = JsonNode.Parse("""{"Filters":[{"Name":"engine","Values":["postgres","mysql"]}],"MaxRecords":100,"Marker":"m 1"}""")!.AsObject();

        var request = new QueryProtocol(Rds, ec2: false).Serialize(Rds.Operation("DescribeDBInstances"), input);

        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/");
        request.ContentType.ShouldBe("application/x-www-form-urlencoded; charset=utf-8");
        Encoding.UTF8.GetString(request.Body).ShouldBe(
            "Action=DescribeDBInstances&Version=2014-10-31&Filters.Filter.1.Name=engine&Filters.Filter.1.Values.Value.1=postgres&Filters.Filter.1.Values.Value.2=mysql&MaxRecords=100&Marker=m%201");
    }

    [Fact]
    public void Serialize_ModifyDbInstance_WritesBooleansLowerCase()
    {
        var input = JsonNode.Parse("""{"DBInstanceIdentifier":"db-1","PubliclyAccessible":false,"ApplyImmediately":true}""")!.AsObject();

        var request = new QueryProtocol(Rds, ec2: false).Serialize(Rds.Operation("ModifyDBInstance"), input);

        Encoding.UTF8.GetString(request.Body).ShouldBe(
            "Action=ModifyDBInstance&Version=2014-10-31&DBInstanceIdentifier=db-1&ApplyImmediately=true&PubliclyAccessible=false");
    }

    [Fact]
    public void Serialize_StsAssumeRole_UsesMemberListsAndApiVersion()
    {
        var input = JsonNode.Parse("""{"RoleArn":"arn:aws:iam::123456789012:role/flywheel","RoleSessionName":"scan","DurationSeconds":900,"Tags":[{"Key":"k","Value":"v"}]}""")!.AsObject();

        var request = new QueryProtocol(Sts, ec2: false).Serialize(Sts.Operation("AssumeRole"), input);

        Encoding.UTF8.GetString(request.Body).ShouldBe(
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fflywheel&RoleSessionName=scan&DurationSeconds=900&Tags.member.1.Key=k&Tags.member.1.Value=v");
    }

    [Fact]
    public void Serialize_Ec2Filters_UsesCapitalisedLocationNamesAndFlatIndexes()
    {
        var input = JsonNode.Parse("""{"GroupIds":["sg-1","sg-2"],"Filters":[{"Name":"vpc-id","Values":["vpc-1"]}],"MaxResults":1000}""")!.AsObject();

        var request = new QueryProtocol(Ec2, ec2: true).Serialize(Ec2.Operation("DescribeSecurityGroups"), input);

        Encoding.UTF8.GetString(request.Body).ShouldBe(
            "Action=DescribeSecurityGroups&Version=2016-11-15&GroupId.1=sg-1&GroupId.2=sg-2&MaxResults=1000&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1");
    }

    [Fact]
    public void Parse_RdsDescribeDbInstances_ReadsResultWrapperListsAndScalars()
    {
        var result = new QueryProtocol(Rds, ec2: false).Parse(Rds.Operation("DescribeDBInstances"), Ok(WireBodies.RdsDescribeDbInstances("page-2")));

        result.Succeeded.ShouldBeTrue();
        using var parsed = result.Value!;
        parsed.TopLevelString("Marker").ShouldBe("page-2");
        var output = parsed.ToTree();
        output["Marker"]!.GetValue<string>().ShouldBe("page-2");
        var instance = output["DBInstances"]![0]!;
        instance["DBInstanceIdentifier"]!.GetValue<string>().ShouldBe("bluelobster");
        instance["PubliclyAccessible"]!.GetValue<bool>().ShouldBeTrue();
        instance["AllocatedStorage"]!.GetValue<long>().ShouldBe(5);
        instance["InstanceCreateTime"]!.GetValue<string>().ShouldBe("2016-07-28T18:44:18.8890000+00:00");
        instance["Endpoint"]!["Port"]!.GetValue<long>().ShouldBe(3306);
        instance["VpcSecurityGroups"]![0]!["VpcSecurityGroupId"]!.GetValue<string>().ShouldBe("sg-f9cc4d9f");
        instance["DBSubnetGroup"]!["Subnets"]!.AsArray().Count.ShouldBe(2);
        instance["TagList"]![0]!["Key"]!.GetValue<string>().ShouldBe("owner");
        instance["EnabledCloudwatchLogsExports"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["postgresql", "upgrade"]);
    }

    [Fact]
    public void Parse_Ec2DescribeSecurityGroups_ReadsItemListsWithoutResultWrapper()
    {
        var result = new QueryProtocol(Ec2, ec2: true).Parse(Ec2.Operation("DescribeSecurityGroups"), Ok(WireBodies.Ec2DescribeSecurityGroups("tok-2")));

        using var parsed = result.Value!;
        var output = parsed.ToTree();
        output["NextToken"]!.GetValue<string>().ShouldBe("tok-2");
        var group = output["SecurityGroups"]![0]!;
        group["GroupId"]!.GetValue<string>().ShouldBe("sg-1a2b3c4d");
        group["Description"]!.GetValue<string>().ShouldBe("database");
        var permission = group["IpPermissions"]![0]!;
        permission["FromPort"]!.GetValue<long>().ShouldBe(5432);
        permission["IpRanges"]![0]!["CidrIp"]!.GetValue<string>().ShouldBe("0.0.0.0/0");
        permission["UserIdGroupPairs"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void Parse_QueryErrorResponse_ReturnsCodeMessageAndRequestId()
    {
        var result = new QueryProtocol(Rds, ec2: false).Parse(Rds.Operation("DescribeDBInstances"), Response(404, WireBodies.QueryError("Sender", "DBInstanceNotFound", "DBInstance db-9 not found.", "9b2a-req")));

        result.Error.ShouldBe(new Flywheel.Aws.Wire.AwsError("rds", "DescribeDBInstances", "DBInstanceNotFound", "DBInstance db-9 not found.", "9b2a-req", 404, false, false));
    }

    [Fact]
    public void Parse_Ec2ErrorResponse_ReturnsCodeFromErrorsList()
    {
        var result = new QueryProtocol(Ec2, ec2: true).Parse(Ec2.Operation("DescribeSubnets"), Response(503, WireBodies.Ec2Error("RequestLimitExceeded", "Request limit exceeded.", "ec2-req")));

        var error = result.Error!;
        error.Code.ShouldBe("RequestLimitExceeded");
        error.Message.ShouldBe("Request limit exceeded.");
        error.RequestId.ShouldBe("ec2-req");
        error.IsThrottling.ShouldBeTrue();
        error.IsRetryable.ShouldBeTrue();
    }

    [Fact]
    public void Parse_ErrorWithoutXmlBody_UsesStatus()
    {
        var result = new QueryProtocol(Rds, ec2: false).Parse(Rds.Operation("DescribeDBInstances"), Response(502, "<html>Bad Gateway</html"));

        result.Error!.Code.ShouldBe("InternalError");
        result.Error.IsTransient.ShouldBeTrue();
    }

    private static WireResponse Ok(string body) => Response(200, body);

    private static WireResponse Response(int status, string body) =>
        new(status, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), Encoding.UTF8.GetBytes(body));
}
