using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

public sealed class JsonProtocolTests
{
    private static readonly ServiceModel Kms = ServiceModel.Load("kms");

    private static readonly ServiceModel GuardDuty = ServiceModel.Load("guardduty");

    [Fact]
    public void Serialize_KmsListKeys_PostsTargetAndJson11()
    {
        var request = new JsonProtocol(Kms).Serialize(Kms.Operation("ListKeys"), JsonNode.Parse("""{"Limit":1000,"Marker":"abc"}""")!.AsObject());

        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/");
        request.ContentType.ShouldBe("application/x-amz-json-1.1");
        request.Headers.ShouldBe([new("X-Amz-Target", "TrentService.ListKeys")]);
        Encoding.UTF8.GetString(request.Body).ShouldBe("""{"Limit":1000,"Marker":"abc"}""");
    }

    [Fact]
    public void Serialize_EmptyInput_SendsEmptyObject()
    {
        var request = new JsonProtocol(Kms).Serialize(Kms.Operation("ListKeys"), []);

        Encoding.UTF8.GetString(request.Body).ShouldBe("{}");
    }

    [Fact]
    public void Parse_KmsDescribeKey_ConvertsEpochTimestamps()
    {
        var body = """{"KeyMetadata":{"AWSAccountId":"644160558196","KeyId":"ffb1402c-040a-4b1f-b1e5-9918a0238aa7","Arn":"arn:aws:kms:us-east-1:644160558196:key/ffb1402c-040a-4b1f-b1e5-9918a0238aa7","CreationDate":1.517327059013E9,"Enabled":true,"KeyManager":"CUSTOMER","KeyState":"Enabled","KeyUsage":"ENCRYPT_DECRYPT","Origin":"AWS_KMS"}}""";

        var result = new JsonProtocol(Kms).Parse(Kms.Operation("DescribeKey"), Response(200, body));

        using var output = result.Value!;
        var metadata = output.ToTree()["KeyMetadata"]!;
        metadata["CreationDate"]!.GetValue<string>().ShouldBe("2018-01-30T15:44:19.0130000+00:00");
        metadata["Enabled"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void Parse_JsonError_TakesCodeAfterHash()
    {
        var body = """{"__type":"com.amazonaws.kms#AccessDeniedException","message":"User: arn:aws:iam::123456789012:user/scan is not authorized to perform: kms:DescribeKey"}""";

        var result = new JsonProtocol(Kms).Parse(Kms.Operation("DescribeKey"), Response(400, body, ("x-amzn-RequestId", "kms-req")));

        result.Error.ShouldBe(new Flywheel.Aws.Wire.AwsError(
            "kms", "DescribeKey", "AccessDeniedException", "User: arn:aws:iam::123456789012:user/scan is not authorized to perform: kms:DescribeKey", "kms-req", 400, false, false));
    }

    [Fact]
    public void Serialize_GuardDutyGetDetector_BindsPathParameter()
    {
        var request = new RestJsonProtocol(GuardDuty).Serialize(GuardDuty.Operation("GetDetector"), JsonNode.Parse("""{"DetectorId":"12abc34d567e8fa901bc2d34e56789f0"}""")!.AsObject());

        request.Method.ShouldBe("GET");
        request.Path.ShouldBe("/detector/12abc34d567e8fa901bc2d34e56789f0");
        request.Query.ShouldBe("");
        request.Body.ShouldBeEmpty();
        request.ContentType.ShouldBeNull();
    }

    [Fact]
    public void Serialize_GuardDutyListDetectors_BindsQueryString()
    {
        var request = new RestJsonProtocol(GuardDuty).Serialize(GuardDuty.Operation("ListDetectors"), JsonNode.Parse("""{"MaxResults":50,"NextToken":"a/b"}""")!.AsObject());

        request.Path.ShouldBe("/detector");
        request.Query.ShouldBe("maxResults=50&nextToken=a%2Fb");
    }

    [Fact]
    public void Parse_GuardDutyGetDetector_MapsLocationNamesToMembers()
    {
        var body = """{"createdAt":"2023-04-18T09:10:11.000Z","findingPublishingFrequency":"SIX_HOURS","serviceRole":"arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty","status":"ENABLED","updatedAt":"2024-01-02T03:04:05.000Z","features":[{"name":"RDS_LOGIN_EVENTS","status":"ENABLED","updatedAt":1.7E9}],"tags":{"team":"data"}}""";

        var result = new RestJsonProtocol(GuardDuty).Parse(GuardDuty.Operation("GetDetector"), Response(200, body));

        using var parsed = result.Value!;
        var output = parsed.ToTree();
        output["Status"]!.GetValue<string>().ShouldBe("ENABLED");
        output["Features"]![0]!["Name"]!.GetValue<string>().ShouldBe("RDS_LOGIN_EVENTS");
        output["Features"]![0]!["UpdatedAt"]!.GetValue<string>().ShouldBe("2023-11-14T22:13:20.0000000+00:00");
        output["Tags"]!["team"]!.GetValue<string>().ShouldBe("data");
    }

    [Fact]
    public void Parse_RestJsonError_PrefersErrorTypeHeader()
    {
        var body = """{"message":"The request is rejected because the input detectorId is not owned by the current account.","__type":"InvalidInputException"}""";

        var result = new RestJsonProtocol(GuardDuty).Parse(
            GuardDuty.Operation("GetDetector"),
            Response(400, body, ("x-amzn-ErrorType", "BadRequestException:http://internal.amazon.com/coral/com.amazonaws.guardduty/"), ("x-amzn-RequestId", "gd-req")));

        result.Error!.Code.ShouldBe("BadRequestException");
        result.Error.Message.ShouldBe("The request is rejected because the input detectorId is not owned by the current account.");
        result.Error.RequestId.ShouldBe("gd-req");
        result.Error.IsRetryable.ShouldBeFalse();
    }

    [Fact]
    public void Parse_RestJsonErrorWithoutHeader_ReadsBodyType()
    {
        var result = new RestJsonProtocol(GuardDuty).Parse(GuardDuty.Operation("ListDetectors"), Response(429, """{"__type":"TooManyRequestsException","message":"Rate exceeded"}"""));

        result.Error!.Code.ShouldBe("TooManyRequestsException");
        result.Error.IsThrottling.ShouldBeTrue();
    }

    private static WireResponse Response(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase), Encoding.UTF8.GetBytes(body));
}
