using System.Text.Json.Nodes;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Tests.Wire.Models;

public sealed class ServiceModelTests
{
    public static TheoryData<string> Services => [.. OfficialModels.Services];

    [Theory]
    [MemberData(nameof(Services))]
    public void EmbeddedModel_EveryShapeOperationAndPaginator_IsTheOfficialOne(string service)
    {
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream($"Flywheel.Aws.Wire.Models.{service}.json")!;
        var embedded = JsonNode.Parse(stream)!.AsObject();
        var official = OfficialModels.Service(service);

        JsonNode.DeepEquals(embedded["metadata"], OfficialModels.StripDocumentation(official["metadata"])).ShouldBeTrue();
        foreach (var (name, shape) in embedded["shapes"]!.AsObject())
        {
            JsonNode.DeepEquals(shape, OfficialModels.StripDocumentation(official["shapes"]![name])).ShouldBeTrue($"{service} shape {name}");
        }

        foreach (var (name, operation) in embedded["operations"]!.AsObject())
        {
            JsonNode.DeepEquals(operation, OfficialModels.StripDocumentation(official["operations"]![name])).ShouldBeTrue($"{service} operation {name}");
        }

        foreach (var (name, paginator) in embedded["pagination"]!.AsObject())
        {
            JsonNode.DeepEquals(paginator, OfficialModels.Paginators(service)["pagination"]![name]).ShouldBeTrue($"{service} paginator {name}");
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void EmbeddedModel_IsExactlyTheTrimOfTheOfficialModelForOurOperations(string service)
    {
        var expected = ModelTrimmer.Trim(service);
        if (Environment.GetEnvironmentVariable("FLYWHEEL_UPDATE_MODELS") == "1")
        {
            // Regenerates src/Flywheel.Aws/Wire/Models/<service>.json after an operation was added to an API class.
            File.WriteAllText(SourcePath(service), expected.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream($"Flywheel.Aws.Wire.Models.{service}.json")!;
        var embedded = JsonNode.Parse(stream)!;
        embedded["operations"]!.AsObject().Select(o => o.Key).Order(StringComparer.Ordinal).ShouldBe(ModelTrimmer.Operations(service));
        embedded["shapes"]!.AsObject().Select(s => s.Key).Order(StringComparer.Ordinal).ShouldBe(expected["shapes"]!.AsObject().Select(s => s.Key));
        JsonNode.DeepEquals(embedded, expected).ShouldBeTrue("Run the tests with FLYWHEEL_UPDATE_MODELS=1 to regenerate the embedded model.");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Load_EveryReferencedShape_IsEmbedded(string service)
    {
        var model = ServiceModel.Load(service);

        var references = model.Shapes.Values
            .SelectMany(s => s.Members.Values.Concat(new[] { s.Member, s.Key, s.Value }.OfType<MemberModel>()))
            .Select(m => m.Shape)
            .Concat(model.Operations.Values.SelectMany(o => new[] { o.InputShape, o.OutputShape }.OfType<string>()));
        references.Where(r => !model.Shapes.ContainsKey(r)).ShouldBeEmpty();
    }

    [Fact]
    public void Load_Rds_ReadsProtocolBindingAndPaginator()
    {
        var operation = ServiceModel.Load("rds").Operation("DescribeDBInstances");

        operation.Service.Protocol.ShouldBe("query");
        operation.Service.ApiVersion.ShouldBe("2014-10-31");
        operation.InputShape.ShouldBe("DescribeDBInstancesMessage");
        operation.ResultWrapper.ShouldBe("DescribeDBInstancesResult");
        operation.Paginator.ShouldBe(new PaginatorModel("Marker", "Marker", "MaxRecords"));
    }

    [Theory]
    [InlineData("rds", "DescribeDBInstances", 100L)]
    [InlineData("ec2", "DescribeSecurityGroups", 1000L)]
    [InlineData("ec2", "DescribeRouteTables", 100L)]
    [InlineData("kms", "ListKeys", 1000L)]
    [InlineData("kms", "ListAliases", 100L)]
    [InlineData("kms", "ListGrants", 100L)]
    [InlineData("rds", "DescribeDBProxies", 100L)]
    [InlineData("secretsmanager", "ListSecrets", 100L)]
    [InlineData("guardduty", "ListDetectors", 50L)]
    [InlineData("organizations", "ListAccounts", 20L)]
    [InlineData("ec2", "DescribeRegions", null)]
    public void Largest_PageSize_IsTheModelsMaximum(string service, string operation, long? expected)
    {
        PageSizes.Largest(ServiceModel.Load(service).Operation(operation)).ShouldBe(expected);
    }

    private static string SourcePath(string service)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Flywheel.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "src", "Flywheel.Aws", "Wire", "Models", service + ".json");
    }
}
