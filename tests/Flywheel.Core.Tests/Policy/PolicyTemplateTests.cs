using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Rules.Catalog;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Core.Tests.Policy;

public sealed class PolicyTemplateTests
{
    private static PolicyLoadResult LoadTemplate(RuleRegistry registry) =>
        new PolicyLoader(registry, new FakeTimeProvider(Some.Now)).Parse(PolicyTemplate.Create(registry), "template.yaml");

    [Fact]
    public void Create_TestRegistry_LoadsWithoutErrors()
    {
        var result = LoadTemplate(PolicyTestRules.CreateRegistry());

        result.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        var policy = result.Policy!;
        policy.EnableAllRules.ShouldBeTrue();
        policy.Exceptions.ShouldBeEmpty();
        policy.Rules.Keys.ShouldBe([PolicyTestRules.BackupRetention, PolicyTestRules.CrossRegionBackup, PolicyTestRules.NoPublicAccess, PolicyTestRules.StorageEncrypted], ignoreOrder: true);
        policy.Rules[PolicyTestRules.CrossRegionBackup].Enabled.ShouldBeFalse();
        policy.Rules[PolicyTestRules.NoPublicAccess].Severity.ShouldBe(Severity.Critical);
    }

    [Fact]
    public void Create_TestRegistry_WritesDefaultOptionsThatBindBackToTheDefaults()
    {
        var options = LoadTemplate(PolicyTestRules.CreateRegistry()).Policy!.Rules[PolicyTestRules.BackupRetention].Options.ShouldBeOfType<FakeBackupRetentionOptions>();
        var defaults = new FakeBackupRetentionOptions();

        options.MinimumDays.ShouldBe(defaults.MinimumDays);
        options.RequireCopyTagsToSnapshot.ShouldBe(defaults.RequireCopyTagsToSnapshot);
        options.Engines.ShouldBe(defaults.Engines);
        options.RequiredParameters["postgres16"].ShouldBe(defaults.RequiredParameters["postgres16"]);
    }

    [Fact]
    public void Create_TestRegistry_CommentsEachRuleAndOption()
    {
        var template = PolicyTemplate.Create(PolicyTestRules.CreateRegistry());

        template.ShouldContain("""
              # RDS instance keeps automated backups long enough (backup)
              rds-instance-backup-retention:
                enabled: true
                severity: medium
                remediation: report
                options:
                  # Minimum automated backup retention, in days. (1 to 35)
                  minimumDays: 7
                  # Also require tags to be copied to snapshots.
                  requireCopyTagsToSnapshot: true
                  # Engines the rule looks at.
                  engines: ["postgres","mysql"]
                  # Parameters that must be set, per parameter group family.
                  requiredParameters: {"postgres16":["rds.force_ssl"]}
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        template.ShouldContain("""
              # RDS instance backups are replicated to another region (resilience, opt-in)
              rds-instance-cross-region-backup:
                enabled: false   # opt-in: set to true to run it
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        template.ShouldContain("""
                # options:
                #   # Required. The region backups are replicated to.
                #   # destinationRegion:
                #   # What is replicated.
                #   mode: "automatedBackups"
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        template.ShouldContain("# exceptions:\n#   - id: legacy-reporting\n");
    }

    [Fact]
    public void Create_TemplateWithExampleExceptionUncommented_StillLoads()
    {
        var registry = PolicyTestRules.CreateRegistry();
        var template = PolicyTemplate.Create(registry);
        var start = template.IndexOf("# exceptions:", StringComparison.Ordinal);
        var uncommented = template[..start] + string.Join('\n', template[start..].Split('\n').Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l));

        var result = new PolicyLoader(registry, new FakeTimeProvider(Some.Now)).Parse(uncommented, "template.yaml");

        result.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        result.Policy!.Exceptions.Single().Id.ShouldBe("legacy-reporting");
    }

    [Fact]
    public void Create_BuiltInCatalogue_ListsEveryRuleAndLoads()
    {
        var registry = BuiltInRules.CreateRegistry();

        var result = LoadTemplate(registry);

        result.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        result.Policy!.Rules.Keys.ShouldBe(registry.Rules.Select(r => r.Id), ignoreOrder: true);
    }

    [Fact]
    public void Create_EmptyRegistry_Loads()
    {
        var result = LoadTemplate(new RuleRegistry([]));

        result.Errors.ShouldBeEmpty();
        result.Policy!.Rules.ShouldBeEmpty();
    }
}
