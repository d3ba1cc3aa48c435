using System.Text.Json;
using Flywheel.Reports.Rules;
using Flywheel.Rules.Catalog;

namespace Flywheel.Reports.Tests.Rules;

public sealed class RuleCatalogTests
{
    [Fact]
    public void Build_Registry_ListsStorageEncryptionWithMappings()
    {
        var catalog = RuleCatalog.Build(new ToolInfo("flywheel", "1.2.3"), BuiltInRules.CreateRegistry());

        var rule = catalog.Rules.Single(r => r.Id == "rds-instance-storage-encrypted");
        rule.Title.ShouldBe("RDS instance storage is encrypted at rest");
        rule.Category.ShouldBe("encryption-at-rest");
        rule.DefaultEnabled.ShouldBeTrue();
        rule.Compliance.Select(m => $"{m.Framework} {m.RequirementId}").ShouldContain("aws-fsbp RDS.3");
        rule.Options.ShouldBeEmpty();
    }

    [Fact]
    public void Build_Framework_KeepsOnlyThatFrameworksMappings()
    {
        var catalog = RuleCatalog.Build(new ToolInfo("flywheel", "1.2.3"), BuiltInRules.CreateRegistry(), "aws-fsbp");

        catalog.Rules.ShouldNotBeEmpty();
        catalog.Rules.SelectMany(r => r.Compliance).Select(m => m.Framework).Distinct().ShouldBe(["aws-fsbp"]);
    }

    [Fact]
    public void Describe_OptionsType_CamelCaseNamesTypesAndDefaults()
    {
        var options = RuleOptionsDescriber.Describe(typeof(SampleOptions));

        options.ShouldBe(
        [
            new RuleOption("allowedEngines", "list", "postgres,mysql"),
            new RuleOption("minimumRetentionDays", "integer", "7"),
            new RuleOption("requireMultiAz", "boolean", "true"),
        ]);
    }

    [Fact]
    public void Write_Catalog_RulesContract()
    {
        var root = JsonDocument.Parse(JsonRuleCatalog.Write(RuleCatalog.Build(new ToolInfo("flywheel", "1.2.3"), BuiltInRules.CreateRegistry()))).RootElement;

        root.GetProperty("schemaVersion").GetString().ShouldBe("flywheel.rules/v1");
        var rule = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "rds-instance-storage-encrypted");
        rule.GetProperty("severity").GetString().ShouldBe("high");
        rule.GetProperty("defaultEnabled").GetBoolean().ShouldBeTrue();
    }

    private sealed class SampleOptions
    {
        public int MinimumRetentionDays { get; set; } = 7;

        public bool RequireMultiAz { get; set; } = true;

        public IReadOnlyList<string> AllowedEngines { get; set; } = ["postgres", "mysql"];
    }
}
