using System.Text.Json.Nodes;
using Flywheel.Core.Policy;
using Flywheel.Rules.Catalog;

namespace Flywheel.Core.Tests.Policy;

public sealed class PolicySchemaGeneratorTests
{
    private static JsonObject Generate() => JsonNode.Parse(PolicySchemaGenerator.Generate(PolicyTestRules.CreateRegistry()))!.AsObject();

    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonNode? node, string path)
    {
        if (node is JsonObject obj)
        {
            yield return (path, obj);
            foreach (var (key, child) in obj)
            {
                foreach (var nested in Objects(child, $"{path}/{key}"))
                {
                    yield return nested;
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var nested in Objects(array[i], $"{path}/{i}"))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool DescribesObjects(JsonObject schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>() == "object",
        JsonArray types => types.Any(t => t!.GetValue<string>() == "object"),
        _ => false,
    };

    [Fact]
    public void Generate_EveryObjectSchema_DisallowsAdditionalProperties()
    {
        var objectSchemas = Objects(Generate(), "#").Where(o => DescribesObjects(o.Node)).ToArray();

        objectSchemas.Length.ShouldBeGreaterThan(10);
        objectSchemas.Where(o => o.Node["additionalProperties"]?.GetValue<bool>() != false).Select(o => o.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Generate_BuiltInCatalogue_EveryObjectSchemaDisallowsAdditionalProperties()
    {
        var registry = BuiltInRules.CreateRegistry();
        var schema = JsonNode.Parse(PolicySchemaGenerator.Generate(registry))!;

        Objects(schema, "#").Where(o => DescribesObjects(o.Node) && o.Node["additionalProperties"]?.GetValue<bool>() != false).Select(o => o.Path).ShouldBeEmpty();
        schema["properties"]!["rules"]!["properties"]!.AsObject().Select(p => p.Key).ShouldBe(registry.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Generate_Header_IsDraft202012WithRequiredVersion()
    {
        var schema = Generate();

        schema["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        schema["required"]!.ToJsonString().ShouldBe("""["version"]""");
        schema["properties"]!["version"]!["const"]!.GetValue<int>().ShouldBe(1);
        schema["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["version", "enableAllRules", "scope", "rules", "exceptions"]);
    }

    [Fact]
    public void Generate_Rules_HasOnePropertyPerRuleWithTitleAndEnums()
    {
        var schema = Generate();
        var rules = schema["properties"]!["rules"]!["properties"]!.AsObject();

        rules.Select(r => r.Key).ShouldBe([PolicyTestRules.BackupRetention, PolicyTestRules.CrossRegionBackup, PolicyTestRules.NoPublicAccess, PolicyTestRules.StorageEncrypted]);
        rules[PolicyTestRules.BackupRetention]!["description"]!.GetValue<string>().ShouldBe("RDS instance keeps automated backups long enough (medium, backup)");
        rules[PolicyTestRules.CrossRegionBackup]!["description"]!.GetValue<string>().ShouldBe("RDS instance backups are replicated to another region (low, resilience, opt-in)");
        rules[PolicyTestRules.StorageEncrypted]!["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["enabled", "severity", "remediation", "scope"]);
        schema["$defs"]!["severity"]!["enum"]!.ToJsonString().ShouldBe("""["informational","low","medium","high","critical"]""");
        schema["$defs"]!["remediation"]!["enum"]!.ToJsonString().ShouldBe("""["report","plan","apply"]""");
    }

    [Fact]
    public void Generate_Options_DescribeTypesDefaultsAndRanges()
    {
        var options = Generate()["properties"]!["rules"]!["properties"]![PolicyTestRules.BackupRetention]!["properties"]!["options"]!["properties"]!;

        options["minimumDays"]!.ToJsonString().ShouldBe("""{"description":"Minimum automated backup retention, in days.","type":"integer","default":7,"minimum":1,"maximum":35}""");
        options["requireCopyTagsToSnapshot"]!.ToJsonString().ShouldBe("""{"description":"Also require tags to be copied to snapshots.","type":"boolean","default":true}""");
        options["engines"]!.ToJsonString().ShouldBe("""{"description":"Engines the rule looks at.","type":"array","items":{"type":"string"},"default":["postgres","mysql"],"minItems":1}""");
        options["requiredParameters"]!.ToJsonString().ShouldBe("""{"description":"Parameters that must be set, per parameter group family.","type":"object","patternProperties":{"^.*$":{"type":"array","items":{"type":"string"}}},"additionalProperties":false,"default":{"postgres16":["rds.force_ssl"]}}""");
    }

    [Fact]
    public void Generate_OptionsWithoutDefault_AreRequiredAndNullableTypesAllowNull()
    {
        var options = Generate()["properties"]!["rules"]!["properties"]![PolicyTestRules.CrossRegionBackup]!["properties"]!["options"]!;

        options["required"]!.ToJsonString().ShouldBe("""["destinationRegion"]""");
        options["properties"]!["mode"]!.ToJsonString().ShouldBe("""{"description":"What is replicated.","type":"string","enum":["automatedBackups","snapshots"],"default":"automatedBackups"}""");
        options["properties"]!["maximumLagHours"]!.ToJsonString().ShouldBe("""{"description":"Maximum replication lag in hours; unset means any.","type":["integer","null"],"minimum":1,"maximum":48}""");
    }

    [Fact]
    public void Generate_Exception_RequiresOwnerReasonExpiryAndResourceOrTags()
    {
        var exception = Generate()["$defs"]!["exception"]!;

        exception["required"]!.ToJsonString().ShouldBe("""["rule","owner","reason","expires"]""");
        exception["anyOf"]!.ToJsonString().ShouldBe("""[{"required":["resource"]},{"required":["tags"]}]""");
        exception["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["id", "rule", "resource", "tags", "accounts", "owner", "reason", "expires"]);
    }
}
