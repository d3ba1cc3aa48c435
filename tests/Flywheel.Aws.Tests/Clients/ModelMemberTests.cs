using System.Reflection;
using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Tests.Clients;

public sealed class ModelMemberTests
{
    private static readonly Type[] Records = [.. typeof(RdsApi).Assembly.GetTypes().Where(t => t.GetCustomAttribute<AwsShapeAttribute>() is not null)];

    public static TheoryData<string> RecordNames => [.. Records.Select(r => r.FullName!)];

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Record_EveryMember_ExistsOnTheOfficialShape(string recordName)
    {
        var record = Records.Single(r => r.FullName == recordName);

        ModelMemberChecker.Check(record).ShouldBeEmpty();
    }

    [Fact]
    public void Records_CoverEveryServiceAndAreMany()
    {
        Records.Select(r => r.GetCustomAttribute<AwsShapeAttribute>()!.Service).Distinct().Order()
            .ShouldBe(["cloudtrail", "ec2", "guardduty", "kms", "organizations", "rds", "secretsmanager", "sts"]);
        Records.Length.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Check_MisspeltMember_IsReported()
    {
        ModelMemberChecker.Check(typeof(MisspeltInstance)).ShouldBe(
        [
            "MisspeltInstance.DBInstanceIdentifer: rds shape DBInstance has no member 'DBInstanceIdentifer'",
            "MisspeltInstance.AllocatedStorage: String does not fit integer shape Integer",
        ]);
    }

    [Fact]
    public void Check_NestedRecordOfTheWrongShape_IsReported()
    {
        ModelMemberChecker.Check(typeof(WrongNesting)).ShouldBe(["WrongNesting.Endpoint: is rds DBInstance but the model says Endpoint"]);
    }

    [Fact]
    public void ApiInterfaces_EveryMethod_IsAnOperationOfTheModel()
    {
        var apis = typeof(RdsApi).Assembly.GetTypes().Where(t => t.IsClass && t.GetField("ServiceKey") is not null).ToList();
        apis.Count.ShouldBe(8);
        foreach (var api in apis)
        {
            var model = OfficialModels.Service((string)api.GetField("ServiceKey")!.GetValue(null)!);
            foreach (var method in api.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var operation = method.Name.Replace("PagesAsync", "", StringComparison.Ordinal).Replace("Async", "", StringComparison.Ordinal);
                model["operations"]![operation].ShouldNotBeNull($"{api.Name}.{method.Name}");
            }
        }
    }

    [AwsShape("rds", "DBInstance")]
    private sealed record MisspeltInstance
    {
        public string? DBInstanceIdentifer { get; init; }

        public string? AllocatedStorage { get; init; }

        public string? Engine { get; init; }
    }

    [AwsShape("rds", "DBInstance")]
    private sealed record WrongNesting
    {
        public MisspeltInstance? Endpoint { get; init; }
    }
}
