using Flywheel.Core.Rules;

namespace Flywheel.Core.Tests.Policy;

/// <summary>A small registry of fake rules with every kind of options, independent of the built-in catalogue.</summary>
internal static class PolicyTestRules
{
    public const string BackupRetention = "rds-instance-backup-retention";
    public const string StorageEncrypted = "rds-instance-storage-encrypted";
    public const string NoPublicAccess = "rds-instance-no-public-access";
    public const string CrossRegionBackup = "rds-instance-cross-region-backup";

    public static RuleRegistry CreateRegistry() => new(
    [
        Registered(new FakeRule<FakeBackupRetentionOptions>(BackupRetention), "RDS instance keeps automated backups long enough", Severity.Medium, "backup"),
        Registered(new FakeRule<NoOptions>(StorageEncrypted), "RDS instance storage is encrypted", Severity.High, "encryption-at-rest"),
        Registered(new FakeRule<NoOptions>(NoPublicAccess), "RDS instance is not publicly accessible", Severity.Critical, "network"),
        Registered(new FakeRule<FakeReplicationOptions>(CrossRegionBackup), "RDS instance backups are replicated to another region", Severity.Low, "resilience", defaultEnabled: false),
    ]);

    private static RegisteredRule Registered(IRule rule, string title, Severity severity, string category, bool defaultEnabled = true) => new(
        rule,
        new RuleMetadata
        {
            Id = rule.Id,
            Title = title,
            Severity = severity,
            ResourceType = "AWS::RDS::DBInstance",
            Category = category,
            Rationale = "test",
            Remediation = "test",
            DefaultEnabled = defaultEnabled,
        },
        []);
}
