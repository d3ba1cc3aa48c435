using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>
/// The streaming json/rest-json body transcoder, each case checked against the exact JSON and against the tree
/// reader it replaced (<see cref="LegacyJsonShapeReader"/>).
/// </summary>
public sealed class JsonShapeTranscoderTests
{
    private static readonly ServiceModel Test = new("test", JsonNode.Parse("""
        {
          "metadata": { "protocol": "rest-json", "apiVersion": "2020-01-01", "endpointPrefix": "test" },
          "operations": {
            "Get": { "name": "Get", "http": { "method": "GET", "requestUri": "/thing" }, "output": { "shape": "GetResponse" } }
          },
          "shapes": {
            "GetResponse": { "type": "structure", "members": {
              "Name": { "shape": "String", "locationName": "name" }, "Count": { "shape": "Integer" }, "Created": { "shape": "Timestamp" },
              "Items": { "shape": "ItemList" }, "Tags": { "shape": "TagMap" }, "Inner": { "shape": "Inner" }, "NextToken": { "shape": "String" },
              "Etag": { "shape": "String", "location": "header", "locationName": "ETag" },
              "Age": { "shape": "Integer", "location": "header", "locationName": "X-Age" },
              "Status": { "shape": "Integer", "location": "statusCode" }
            } },
            "ItemList": { "type": "list", "member": { "shape": "Inner" } },
            "TagMap": { "type": "map", "key": { "shape": "String" }, "value": { "shape": "Timestamp" } },
            "Inner": { "type": "structure", "members": { "Id": { "shape": "String", "locationName": "id" }, "Doc": { "shape": "String" } } },
            "String": { "type": "string" }, "Integer": { "type": "integer" }, "Timestamp": { "type": "timestamp" }
          }
        }
        """)!.AsObject());

    [Fact]
    public void Transcode_LocationNamesAndEpochSeconds_BecomeMemberNamesAndIso() =>
        AssertTranscodes("""{"name":"n","Count":3,"Created":1.517327059013E9}""", """{"Name":"n","Count":3,"Created":"2018-01-30T15:44:19.0130000+00:00"}""");

    [Fact]
    public void Transcode_UnknownKeysAndNullMembers_AreDropped() =>
        AssertTranscodes("""{"Name":"wire name is name","unknown":{"a":[1,2,{"b":null}]},"Count":null,"Inner":{"id":"i","other":true}}""", """{"Inner":{"Id":"i"}}""");

    [Fact]
    public void Transcode_ListsAndMaps_KeepNullItemsAndConvertValues() =>
        AssertTranscodes(
            """{"Items":[{"id":"a"},null,{"Doc":"x"}],"Tags":{"t1":"2023-04-18T09:10:11.000Z","t2":null,"t\u00e9":0}}""",
            """{"Items":[{"Id":"a"},null,{"Doc":"x"}],"Tags":{"t1":"2023-04-18T09:10:11.0000000+00:00","t2":null,"té":"1970-01-01T00:00:00.0000000+00:00"}}""");

    [Fact]
    public void Transcode_ContainerOfTheWrongKind_IsNull() =>
        AssertTranscodes("""{"Items":{"id":"a"},"Inner":[1],"Tags":"x"}""", """{"Items":null,"Inner":null,"Tags":null}""");

    [Fact]
    public void Transcode_EscapedStrings_ReadAsTheSameText()
    {
        var body = """{"Inner":{"Doc":"{\"Statement\":[\"a\\nb \u00e9\"]}"},"NextToken":"a\/b"}""";

        using var output = Transcode(body);

        output.ToTree()["Inner"]!["Doc"]!.GetValue<string>().ShouldBe("{\"Statement\":[\"a\\nb é\"]}");
        output.TopLevelString("NextToken").ShouldBe("a/b");
        JsonNode.DeepEquals(output.ToTree(), LegacyProtocolReader.Read(Test.Operation("Get"), Encoding.UTF8.GetBytes(body))).ShouldBeTrue();
    }

    [Fact]
    public void Parse_RestJsonHeadersAndStatus_AreMembersBesideTheBody()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["ETag"] = "e1", ["X-Age"] = "nope" };

        using var output = new RestJsonProtocol(Test).Parse(Test.Operation("Get"), new WireResponse(200, headers, Encoding.UTF8.GetBytes("""{"Count":1}"""))).Value!;

        Encoding.UTF8.GetString(output.Json).ShouldBe("""{"Count":1,"Etag":"e1","Age":null,"Status":200}""");
        output.TopLevelString("Etag").ShouldBe("e1");
    }

    [Fact]
    public void Parse_RestJsonEmptyBody_StillCarriesHeaderMembers()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Age"] = "7" };

        using var output = new RestJsonProtocol(Test).Parse(Test.Operation("Get"), new WireResponse(200, headers, Array.Empty<byte>())).Value!;

        Encoding.UTF8.GetString(output.Json).ShouldBe("""{"Age":7,"Status":200}""");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{\"Count\":1")]
    [InlineData("{\"Count\":1} {}")]
    [InlineData("{\"unknown\":[1,}")]
    public void Parse_NotOneJsonObject_IsMalformedResponse(string body)
    {
        var result = new JsonProtocol(Kms).Parse(Kms.Operation("DescribeKey"), new WireResponse(200, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body)));

        result.Error!.Code.ShouldBe("MalformedResponse");
        result.Error.Message.ShouldBe("The response body is not a JSON object: " + body);
        LegacyProtocolReader.Read(Kms.Operation("DescribeKey"), Encoding.UTF8.GetBytes(body)).ShouldBeNull();
    }

    private static ServiceModel Kms => ServiceModel.Load("kms");

    private static void AssertTranscodes(string body, string expected)
    {
        using var output = Transcode(body);

        Encoding.UTF8.GetString(output.Json).ShouldBe(expected);
        var legacy = LegacyProtocolReader.Read(Test.Operation("Get"), Encoding.UTF8.GetBytes(body));
        JsonNode.DeepEquals(output.ToTree(), legacy).ShouldBeTrue($"legacy reader gave {legacy?.ToJsonString()}");
    }

    // The JSON transcoder alone (the json protocol's path): no header or status members.
    private static WireOutput Transcode(string body)
    {
        using var builder = new WireOutputBuilder(body.Length);
        new JsonShapeTranscoder(Test).TryTranscode(Encoding.UTF8.GetBytes(body), Test.Shape("GetResponse"), builder, extraMembers: null).ShouldBeTrue();
        return builder.Build();
    }
}
