using System.Text.RegularExpressions;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Catalog;

namespace Flywheel.Rules.Tests.Catalog;

/// <summary>The catalogue's meta-tests: the catalogue as a whole must agree with itself.</summary>
public sealed partial class BuiltInRulesTests
{
    [Fact]
    public void CreateRegistry_BuiltInCatalogue_IsValid()
    {
        var errors = CatalogValidator.Validate(BuiltInRules.AllRules(), RuleMetadataLoader.LoadAll(typeof(BuiltInRules).Assembly), BuiltInRules.Frameworks());

        errors.ShouldBeEmpty();
        BuiltInRules.CreateRegistry().Rules.Count.ShouldBe(BuiltInRules.AllRules().Count);
    }

    [Fact]
    public void AllRules_EveryRuleClass_IsRegistered()
    {
        var registered = BuiltInRules.AllRules().Select(r => r.GetType()).ToHashSet();
        var declared = typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Core.Rules.IRule).IsAssignableFrom(t));

        declared.Where(t => !registered.Contains(t)).ShouldBeEmpty();
    }

    [Fact]
    public void Frameworks_EveryRequiredFramework_IsShippedAndMapsEveryRuleSomewhere()
    {
        var frameworks = BuiltInRules.Frameworks();

        frameworks.Select(f => f.Id).Order(StringComparer.Ordinal).ShouldBe(["aws-fsbp", "cis-aws-foundations-5.0", "hipaa-security-rule", "nist-800-53-rev5", "pci-dss-4.0"]);
        var mapped = frameworks.SelectMany(f => f.Requirements).SelectMany(r => r.Rules).ToHashSet(StringComparer.Ordinal);
        BuiltInRules.AllRules().Select(r => r.Id).Where(id => !mapped.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    public void AllRules_EveryRule_HasATestClass()
    {
        var testClasses = typeof(BuiltInRulesTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        BuiltInRules.AllRules().Select(r => r.GetType().Name + "Tests").Where(name => !testClasses.Contains(name)).ShouldBeEmpty();
    }

    [Fact]
    public void AllRules_EveryRule_EvaluatesAResourceTypeOfTheModel()
    {
        BuiltInRules.AllRules().Where(r => !typeof(AwsResource).IsAssignableFrom(r.ResourceType)).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_BadId_IsReported()
    {
        CatalogValidator.ToPascalCase("rds-instance-storage-encrypted").ShouldBe("RdsInstanceStorageEncrypted");
        KebabId().IsMatch("rds-instance-storage-encrypted").ShouldBeTrue();
        KebabId().IsMatch("RdsInstance").ShouldBeFalse();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+){2,}$")]
    private static partial Regex KebabId();
}
