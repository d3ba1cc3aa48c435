using System.Text.Json;
using Flywheel.Core.Inventory;
using Flywheel.Reports.Json;
using Flywheel.Reports.Scan;
using Flywheel.Reports.Tests.Schema;
using Flywheel.TestKit;

namespace Flywheel.Reports.Tests.Scan;

public sealed class JsonScanReportTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/schemas/scan-result.v1.schema.json"))).RootElement;

    [Fact]
    public void Write_MixedScan_ValidatesAgainstPublishedSchema()
    {
        var json = JsonScanReport.Write(ScanSamples.Report());

        var errors = MiniJsonSchemaValidator.Validate(Schema, JsonDocument.Parse(json).RootElement);

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void CliGoldenScan_ValidatesAgainstPublishedSchema()
    {
        var golden = File.ReadAllText(RepositoryFiles.PathOf("tests/Flywheel.Cli.Tests/Golden/scan-mixed.json"));

        var errors = MiniJsonSchemaValidator.Validate(Schema, JsonDocument.Parse(golden).RootElement);

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Write_MixedScan_HasEveryFindingWithKebabStatusesInRuleThenArnOrder()
    {
        var root = JsonDocument.Parse(JsonScanReport.Write(ScanSamples.Report())).RootElement;

        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => (Name: f.GetProperty("resource").GetProperty("name").GetString(), Status: f.GetProperty("status").GetString()))
            .ToArray();
        findings.ShouldBe(
        [
            ("aurora-1", "not-applicable"),
            ("db-ok", "pass"),
            ("db-plain", "fail"),
            ("db-unknown", "error"),
            ("legacy-reports", "suppressed"),
        ]);
    }

    [Fact]
    public void Write_MixedScan_SummaryCountsAndOutcome()
    {
        var summary = JsonDocument.Parse(JsonScanReport.Write(ScanSamples.Report())).RootElement.GetProperty("summary");

        summary.GetProperty("outcome").GetString().ShouldBe("fail");
        summary.GetProperty("rulesEvaluated").GetInt32().ShouldBe(1);
        summary.GetProperty("resourcesEvaluated").GetInt32().ShouldBe(5);
        summary.GetProperty("failingAtOrAboveMinSeverity").GetInt32().ShouldBe(1);
        summary.GetProperty("errorsAtOrAboveMinSeverity").GetInt32().ShouldBe(1);
        var byStatus = summary.GetProperty("byStatus");
        (byStatus.GetProperty("pass").GetInt32(), byStatus.GetProperty("fail").GetInt32(), byStatus.GetProperty("error").GetInt32(),
            byStatus.GetProperty("notApplicable").GetInt32(), byStatus.GetProperty("suppressed").GetInt32()).ShouldBe((1, 1, 1, 1, 1));
        summary.GetProperty("bySeverity").GetProperty("high").GetProperty("fail").GetInt32().ShouldBe(1);
        summary.GetProperty("bySeverity").GetProperty("critical").GetProperty("fail").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void Write_SuppressedFinding_CarriesTheException()
    {
        var root = JsonDocument.Parse(JsonScanReport.Write(ScanSamples.Report())).RootElement;

        var suppressed = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("status").GetString() == "suppressed");
        var exception = suppressed.GetProperty("exception");
        exception.GetProperty("id").GetString().ShouldBe("legacy-reporting");
        exception.GetProperty("owner").GetString().ShouldBe("team-data");
        exception.GetProperty("expires").GetString().ShouldBe("2027-03-31T00:00:00+00:00");
        exception.GetProperty("expired").GetBoolean().ShouldBeFalse();
        root.GetProperty("findings")[1].GetProperty("exception").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Write_Finding_HasComplianceEvidenceAndSortedTags()
    {
        var root = JsonDocument.Parse(JsonScanReport.Write(ScanSamples.Report())).RootElement;

        var fail = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("status").GetString() == "fail");
        fail.GetProperty("reason").GetString().ShouldBe("storage is not encrypted (StorageEncrypted is false)");
        fail.GetProperty("evidence")[0].GetProperty("field").GetString().ShouldBe("StorageEncrypted");
        fail.GetProperty("evidence")[0].GetProperty("value").GetString().ShouldBe("false");
        fail.GetProperty("compliance").EnumerateArray().Select(c => $"{c.GetProperty("framework").GetString()} {c.GetProperty("requirement").GetString()}")
            .ShouldContain("aws-fsbp RDS.3");
        fail.GetProperty("resource").GetProperty("tags").EnumerateObject().Select(p => p.Name).ShouldBe(["Environment", "Owner"]);
    }

    [Fact]
    public void Write_Gap_HasDatasetCallAndResource()
    {
        var gap = JsonDocument.Parse(JsonScanReport.Write(ScanSamples.Report())).RootElement.GetProperty("gaps")[0];

        gap.GetProperty("dataset").GetString().ShouldBe("kms-key-rotation-status");
        gap.GetProperty("call").GetString().ShouldBe("kms get-key-rotation-status");
        gap.GetProperty("reason").GetString().ShouldBe("AccessDeniedException");
        gap.GetProperty("resourceId").GetString().ShouldBe(Some.KeyId);
    }

    [Fact]
    public void Write_SameScanTwice_IsByteIdentical()
    {
        JsonScanReport.Write(ScanSamples.Report()).ShouldBe(JsonScanReport.Write(ScanSamples.Report()));
    }

    [Fact]
    public void Schema_DatasetEnum_ListsEveryDataset()
    {
        var datasets = Schema.GetProperty("properties").GetProperty("gaps").GetProperty("items").GetProperty("properties")
            .GetProperty("dataset").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToArray();

        datasets.ShouldBe(Enum.GetValues<Dataset>().Select(d => KebabCase.Of(d)).ToArray(), ignoreOrder: true);
    }

    [Fact]
    public void Schema_EveryObject_ForbidsAdditionalProperties()
    {
        var offenders = new List<string>();
        Walk(Schema, "$", offenders);

        offenders.ShouldBeEmpty();
    }

    private static void Walk(JsonElement node, string path, List<string> offenders)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("properties", out _) && (!node.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False))
            {
                offenders.Add(path);
            }

            foreach (var property in node.EnumerateObject())
            {
                Walk(property.Value, path + "." + property.Name, offenders);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, path + "[]", offenders);
            }
        }
    }
}
