using Flywheel.Core.Compliance;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Catalog;

namespace Flywheel.Rules.Tests.Catalog;

/// <summary>The catalogue's meta-tests: the catalogue as a whole must agree with itself.</summary>
public sealed class BuiltInRulesTests
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
    public void Validate_BadCatalogue_ReportsEveryProblem()
    {
        var rule = new MisnamedRule();
        var metadata = new Dictionary<string, RuleMetadata>(StringComparer.Ordinal)
        {
            ["RdsBad"] = new()
            {
                Id = "RdsBad",
                Title = "Ensure the instance is fine",
                Severity = Severity.Low,
                ResourceType = "AWS::RDS::DBInstance",
                Category = "misc",
                Rationale = "r",
                Remediation = "fix it",
                References = ["http://example.com"],
            },
        };
        ComplianceFramework[] frameworks =
        [
            new() { Id = "fw", Name = "fw", Version = "1", Requirements = [new() { Id = "R.1", Description = "d", Rules = ["no-such-rule-here"] }] },
        ];

        var errors = CatalogValidator.Validate([rule], metadata, frameworks);

        errors.ShouldBe(
        [
            "rule id 'RdsBad' is not kebab-case <service>-<resource>-<condition>",
            "rule 'RdsBad' is implemented by class MisnamedRule; expected RdsBad",
            "rule 'RdsBad' lives in namespace Flywheel.Rules.Tests.Catalog; expected a folder named RdsBad",
            "rule 'RdsBad': the title states the secure condition, not \"Ensure …\"",
            "rule 'RdsBad': category 'misc' is not one of network, encryption-at-rest, encryption-in-transit, backup, resilience, identity, logging, patching, keys, secrets",
            "rule 'RdsBad': reference 'http://example.com' is not an https URL",
            "compliance fw requirement R.1 names unknown rule 'no-such-rule-here'",
        ]);
    }

    [Fact]
    public void ToPascalCase_KebabId_GivesTheClassName()
    {
        CatalogValidator.ToPascalCase("rds-instance-storage-encrypted").ShouldBe("RdsInstanceStorageEncrypted");
    }

    private sealed class MisnamedRule : Rule<DbInstance, NoOptions>
    {
        public override string Id => "RdsBad";

        public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [];

        protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options) => RuleResult.Pass("fine");
    }
}
