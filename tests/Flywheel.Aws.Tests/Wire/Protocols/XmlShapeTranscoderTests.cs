using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>
/// The streaming XML → JSON transcoder on the edge cases of the query protocol, each checked against the exact JSON
/// and against the tree reader it replaced (<see cref="LegacyXmlShapeReader"/>).
/// </summary>
public sealed class XmlShapeTranscoderTests
{
    // A query model with what the embedded models do not have (flattened lists and maps, XML maps).
    private static readonly ServiceModel Test = new("test", JsonNode.Parse("""
        {
          "metadata": { "protocol": "query", "apiVersion": "2020-01-01", "endpointPrefix": "test" },
          "operations": {
            "Describe": { "name": "Describe", "http": { "method": "POST", "requestUri": "/" }, "output": { "shape": "DescribeResult", "resultWrapper": "DescribeResult" } }
          },
          "shapes": {
            "DescribeResult": { "type": "structure", "members": {
              "Name": { "shape": "String" }, "Count": { "shape": "Integer" }, "Size": { "shape": "Double" }, "Flag": { "shape": "Boolean" },
              "Created": { "shape": "Timestamp" }, "Things": { "shape": "ThingList" }, "Flat": { "shape": "FlatList" },
              "Attributes": { "shape": "AttributeMap" }, "FlatAttributes": { "shape": "AttributeMap", "flattened": true, "locationName": "FlatAttribute" },
              "Renamed": { "shape": "String", "locationName": "OtherName" }, "Marker": { "shape": "String" }
            } },
            "ThingList": { "type": "list", "member": { "shape": "Thing", "locationName": "Thing" } },
            "FlatList": { "type": "list", "member": { "shape": "String", "locationName": "Item" }, "flattened": true },
            "Thing": { "type": "structure", "members": { "Id": { "shape": "String" }, "Parts": { "shape": "PartList" } } },
            "PartList": { "type": "list", "member": { "shape": "Part" } },
            "Part": { "type": "structure", "members": { "Size": { "shape": "Integer" }, "Labels": { "shape": "LabelList" } } },
            "LabelList": { "type": "list", "member": { "shape": "String" } },
            "AttributeMap": { "type": "map", "key": { "shape": "String" }, "value": { "shape": "Integer" } },
            "String": { "type": "string" }, "Integer": { "type": "integer" }, "Double": { "type": "double" },
            "Boolean": { "type": "boolean" }, "Timestamp": { "type": "timestamp" }
          }
        }
        """)!.AsObject());

    private static readonly ServiceModel Rds = ServiceModel.Load("rds");

    [Fact]
    public void Transcode_FlattenedListSpreadAmongMembers_GathersItemsInOrder() =>
        AssertTranscodes("<Item>a</Item><Name>n</Name><Item>b</Item>", """{"Name":"n","Flat":["a","b"]}""");

    [Fact]
    public void Transcode_MapEntries_KeysAndTypedValues() =>
        AssertTranscodes(
            "<Attributes><entry><key>a</key><value>1</value></entry><entry><value>2</value><key>b</key></entry><entry><key>c</key></entry><entry><value>4</value></entry></Attributes>",
            """{"Attributes":{"a":1,"b":2,"c":null}}""");

    [Fact]
    public void Transcode_FlattenedMap_EntriesRepeatedInPlace() =>
        AssertTranscodes(
            "<FlatAttribute><key>a</key><value>1</value></FlatAttribute><Name>n</Name><FlatAttribute><key>b</key><value>x</value></FlatAttribute>",
            """{"Name":"n","FlatAttributes":{"a":1,"b":null}}""");

    [Fact]
    public void Transcode_NestedListsOfStructures_KeepsNesting() =>
        AssertTranscodes(
            "<Things><Thing><Id>t1</Id><Parts><member><Size>3</Size><Labels><member>x</member><member>y</member></Labels></member><member><Size>4</Size></member></Parts></Thing><Thing><Id>t2</Id><Parts/></Thing></Things>",
            """{"Things":[{"Id":"t1","Parts":[{"Size":3,"Labels":["x","y"]},{"Size":4}]},{"Id":"t2","Parts":[]}]}""");

    [Fact]
    public void Transcode_EmptyElements_StringEmptyBooleanFalseNumbersAndTimestampsLeftOut() =>
        AssertTranscodes("<Name/><Count></Count><Size/><Flag/><Created>  </Created>", """{"Name":"","Flag":false}""");

    [Fact]
    public void Transcode_UnknownElements_AreSkippedWithTheirChildren() =>
        AssertTranscodes("<Unknown><Name>inner</Name><Count>9</Count></Unknown><Name>outer</Name><Extra/>", """{"Name":"outer"}""");

    [Fact]
    public void Transcode_Timestamp_IsRoundTripIsoUtc() =>
        AssertTranscodes("<Created>2016-07-28T18:44:18.889Z</Created>", """{"Created":"2016-07-28T18:44:18.8890000+00:00"}""");

    [Fact]
    public void Transcode_BooleanAndNumbers_AreTyped() =>
        AssertTranscodes("<Flag> TRUE </Flag><Count> 42 </Count><Size>2.5</Size>", """{"Flag":true,"Count":42,"Size":2.5}""");

    [Fact]
    public void Transcode_EntitiesAndCdata_AreResolvedText() =>
        AssertTranscodes("<Name>a &amp; b &lt;c&gt; <![CDATA[<d>]]></Name>", """{"Name":"a & b <c> <d>"}""");

    [Fact]
    public void Transcode_RepeatedMember_FirstWithAValueWins() =>
        AssertTranscodes("<Count>x</Count><Count>1</Count><Count>2</Count><Name>a</Name><Name>b</Name>", """{"Count":1,"Name":"a"}""");

    [Fact]
    public void Transcode_LocationName_BindsToTheMemberName() =>
        AssertTranscodes("<OtherName>r</OtherName><Renamed>ignored</Renamed>", """{"Renamed":"r"}""");

    [Fact]
    public void Transcode_TopLevelString_IsKeptForPagination()
    {
        using var output = Transcode(Test, "Describe", Wrap("<Marker>m&amp;1</Marker><Things><Thing><Id>not-top</Id></Thing></Things>"));

        output.TopLevelString("Marker").ShouldBe("m&1");
        output.TopLevelString("Id").ShouldBeNull();
    }

    [Fact]
    public void Transcode_RdsEmptyInstanceList_GivesAnEmptyArray()
    {
        var body = """<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances/></DescribeDBInstancesResult></DescribeDBInstancesResponse>""";

        using var output = Transcode(Rds, "DescribeDBInstances", body);

        Encoding.UTF8.GetString(output.Json).ShouldBe("""{"DBInstances":[]}""");
        JsonNode.DeepEquals(output.ToTree(), LegacyProtocolReader.Read(Rds.Operation("DescribeDBInstances"), Encoding.UTF8.GetBytes(body))).ShouldBeTrue();
    }

    [Fact]
    public void Transcode_MissingResultWrapper_GivesAnEmptyObject()
    {
        using var output = Transcode(Test, "Describe", "<DescribeResponse><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeResponse>");

        Encoding.UTF8.GetString(output.Json).ShouldBe("{}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<DescribeResponse><DescribeResult><Name>a</Name></DescribeResult>")]
    [InlineData("<DescribeResponse><DescribeResult/></DescribeResponse><Second/>")]
    public void Parse_MalformedXml_IsMalformedResponse(string body)
    {
        var result = new QueryProtocol(Test, ec2: false).Parse(Test.Operation("Describe"), new WireResponse(200, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body)));

        result.Error!.Code.ShouldBe("MalformedResponse");
        result.Error.Message.ShouldBe("The response body is not XML: " + body);
    }

    private static string Wrap(string result) => $"""<DescribeResponse xmlns="urn:test"><DescribeResult>{result}</DescribeResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeResponse>""";

    private static void AssertTranscodes(string result, string expected)
    {
        var body = Wrap(result);

        using var output = Transcode(Test, "Describe", body);

        Encoding.UTF8.GetString(output.Json).ShouldBe(expected);
        var legacy = LegacyProtocolReader.Read(Test.Operation("Describe"), Encoding.UTF8.GetBytes(body));
        JsonNode.DeepEquals(output.ToTree(), legacy).ShouldBeTrue($"legacy reader gave {legacy?.ToJsonString()}");
    }

    private static WireOutput Transcode(ServiceModel model, string operation, string body)
    {
        var result = new QueryProtocol(model, ec2: false).Parse(model.Operation(operation), new WireResponse(200, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body)));
        result.Error.ShouldBeNull();
        return result.Value!;
    }
}
