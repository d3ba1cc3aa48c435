using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Core.Tests.Policy;

public sealed class PolicyLoaderTests
{
    private const string File = "policy.yaml";

    private static PolicyLoader CreateSut() => new(PolicyTestRules.CreateRegistry(), new FakeTimeProvider(Some.Now));

    private static string[] ErrorsOf(string yaml) => CreateSut().Parse(yaml, File).Errors.Select(e => e.ToString()).ToArray();

    private static BaselinePolicy Load(string yaml)
    {
        var result = CreateSut().Parse(yaml, File);
        result.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        return result.Policy!;
    }

    [Fact]
    public void Parse_FullPolicy_BindsEveryField()
    {
        var policy = Load("""
            version: 1
            enableAllRules: false
            scope:
              accounts: ["111122223333", "444455556666"]
              regions: [us-east-1, eu-west-1]
              tags: { Environment: prod, Owner: "*" }
              excludeTags: { flywheel: ignore }
            rules:
              rds-instance-backup-retention:
                enabled: true
                severity: high
                remediation: plan
                scope: { tags: { Tier: gold } }
                options:
                  minimumDays: 14
                  requireCopyTagsToSnapshot: false
                  engines: [postgres]
                  requiredParameters:
                    postgres16: [rds.force_ssl, log_connections]
                    mysql8.0: []
              rds-instance-storage-encrypted:
                enabled: false
              rds-instance-cross-region-backup:
                options: { destinationRegion: eu-west-1, mode: snapshots, maximumLagHours: 24 }
            exceptions:
              - id: legacy-reporting
                rule: "rds-instance-*"
                resource: "arn:aws:rds:*:*:db:legacy-*"
                tags: { Team: reporting }
                accounts: ["111122223333"]
                owner: team-data@example.com
                reason: replaced in Q1
                expires: 2027-03-31
              - rule: rds-instance-no-public-access
                tags: { Exposure: public }
                owner: team-web
                reason: "public read replica for partners"
                expires: 2027-01-15T18:30:00+02:00
            """);

        policy.Source.ShouldBe(File);
        policy.EnableAllRules.ShouldBeFalse();
        policy.Scope.Accounts.ShouldBe(["111122223333", "444455556666"]);
        policy.Scope.Regions.ShouldBe(["us-east-1", "eu-west-1"]);
        policy.Scope.Tags.ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["Environment"] = "prod", ["Owner"] = "*" });
        policy.Scope.ExcludeTags.ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["flywheel"] = "ignore" });
        policy.Rules.Keys.ShouldBe([PolicyTestRules.BackupRetention, PolicyTestRules.StorageEncrypted, PolicyTestRules.CrossRegionBackup], ignoreOrder: true);

        var backup = policy.Rules[PolicyTestRules.BackupRetention];
        backup.Enabled.ShouldBeTrue();
        backup.Severity.ShouldBe(Severity.High);
        backup.Remediation.ShouldBe(RemediationMode.Plan);
        backup.Scope.Tags.ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["Tier"] = "gold" });
        var options = backup.Options.ShouldBeOfType<FakeBackupRetentionOptions>();
        options.MinimumDays.ShouldBe(14);
        options.RequireCopyTagsToSnapshot.ShouldBeFalse();
        options.Engines.ShouldBe(["postgres"]);
        options.RequiredParameters.Keys.ShouldBe(["postgres16", "mysql8.0"]);
        options.RequiredParameters["postgres16"].ShouldBe(["rds.force_ssl", "log_connections"]);
        options.RequiredParameters["mysql8.0"].ShouldBeEmpty();

        var encrypted = policy.Rules[PolicyTestRules.StorageEncrypted];
        encrypted.Enabled.ShouldBeFalse();
        encrypted.Severity.ShouldBeNull();
        encrypted.Remediation.ShouldBe(RemediationMode.Report);
        encrypted.Options.ShouldBeNull();
        encrypted.Scope.ShouldBe(PolicyScope.Everything);

        var replication = policy.Rules[PolicyTestRules.CrossRegionBackup].Options.ShouldBeOfType<FakeReplicationOptions>();
        replication.DestinationRegion.ShouldBe("eu-west-1");
        replication.Mode.ShouldBe(FakeReplicationMode.Snapshots);
        replication.MaximumLagHours.ShouldBe(24);

        policy.Exceptions.Count.ShouldBe(2);
        var legacy = policy.Exceptions[0];
        legacy.Id.ShouldBe("legacy-reporting");
        legacy.RulePattern.ShouldBe("rds-instance-*");
        legacy.ResourcePattern.ShouldBe("arn:aws:rds:*:*:db:legacy-*");
        legacy.Tags.ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["Team"] = "reporting" });
        legacy.Accounts.ShouldBe(["111122223333"]);
        legacy.Owner.ShouldBe("team-data@example.com");
        legacy.Reason.ShouldBe("replaced in Q1");
        legacy.Expires.ShouldBe(new DateTimeOffset(2027, 3, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(TimeSpan.TicksPerSecond - 1));

        var partner = policy.Exceptions[1];
        partner.Id.ShouldBe("exception-2");
        partner.ResourcePattern.ShouldBeNull();
        partner.Accounts.ShouldBeEmpty();
        partner.Expires.ShouldBe(new DateTimeOffset(2027, 1, 15, 16, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_MinimalPolicy_UsesDefaults()
    {
        var policy = Load("version: 1\n");

        policy.EnableAllRules.ShouldBeTrue();
        policy.Scope.IsEverything.ShouldBeTrue();
        policy.Rules.ShouldBeEmpty();
        policy.Exceptions.ShouldBeEmpty();
        policy.For(PolicyTestRules.StorageEncrypted).Enabled.ShouldBeTrue();
        policy.For(PolicyTestRules.CrossRegionBackup, defaultEnabled: false).Enabled.ShouldBeFalse();
    }

    [Fact]
    public void Parse_OptionsPartlyGiven_KeepsOtherDefaults()
    {
        var policy = Load("""
            version: 1
            rules:
              rds-instance-backup-retention:
                options: { minimumDays: 30 }
            """);

        var options = policy.Rules[PolicyTestRules.BackupRetention].Options.ShouldBeOfType<FakeBackupRetentionOptions>();
        options.MinimumDays.ShouldBe(30);
        options.RequireCopyTagsToSnapshot.ShouldBeTrue();
        options.Engines.ShouldBe(["postgres", "mysql"]);
    }

    [Fact]
    public void Parse_RuleListedWithoutSettings_EnablesItWithDefaults()
    {
        var policy = Load("""
            version: 1
            enableAllRules: false
            rules:
              rds-instance-storage-encrypted:
            """);

        var rule = policy.Rules[PolicyTestRules.StorageEncrypted];
        rule.Enabled.ShouldBeTrue();
        rule.Options.ShouldBeNull();
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsAllInOrder()
    {
        var errors = ErrorsOf("""
            version: 2
            enableAllRule: true
            scope:
              accounts: [1234, "111122223333"]
              regions: [US East]
            rules:
              rds-instance-backup-retension:
                enabled: yes
              rds-instance-backup-retention:
                severity: hihg
                remediation: fix
                options:
                  minimumDays: 90
                  engine: [postgres]
              rds-instance-storage-encrypted:
                options: { anything: 1 }
            exceptions:
              - rule: "rds-cluster-*"
                reason: ""
                expires: 2027-02-30
              - id: x
                rule: rds-instance-storage-encrypted
                resource: "db-[0-9]"
                owner: me
                reason: because
                expires: 2030-01-01
            """);

        errors.ShouldBe(
        [
            "policy.yaml:1:10: version: unsupported version 2; this Flywheel reads version 1",
            "policy.yaml:2:1: unknown key 'enableAllRule'; did you mean 'enableAllRules'? (allowed: version, enableAllRules, scope, rules, exceptions)",
            "policy.yaml:4:14: scope.accounts[0]: expected a 12-digit AWS account id, got '1234'",
            "policy.yaml:5:13: scope.regions[0]: expected an AWS region code such as us-east-1, got 'US East'",
            "policy.yaml:7:3: rules: unknown rule 'rds-instance-backup-retension'; did you mean 'rds-instance-backup-retention'?",
            "policy.yaml:10:15: rules.rds-instance-backup-retention.severity: invalid severity 'hihg'; did you mean 'high'? (allowed: informational, low, medium, high, critical)",
            "policy.yaml:11:18: rules.rds-instance-backup-retention.remediation: invalid remediation mode 'fix' (allowed: report, plan, apply)",
            "policy.yaml:13:7: rules.rds-instance-backup-retention.options.minimumDays: The field minimumDays must be between 1 and 35.",
            "policy.yaml:14:7: rules.rds-instance-backup-retention.options: unknown option 'engine'; did you mean 'engines'? (allowed: minimumDays, requireCopyTagsToSnapshot, engines, requiredParameters)",
            "policy.yaml:16:5: rules.rds-instance-storage-encrypted.options: rule 'rds-instance-storage-encrypted' has no options",
            "policy.yaml:18:5: exceptions[0]: missing required key 'owner'",
            "policy.yaml:18:5: exceptions[0]: an exception needs 'resource' or 'tags' (or both), so that it cannot silence a rule everywhere",
            "policy.yaml:18:11: exceptions[0].rule: rule pattern 'rds-cluster-*' matches no registered rule",
            "policy.yaml:19:13: exceptions[0].reason: must not be empty",
            "policy.yaml:20:14: exceptions[0].expires: invalid date '2027-02-30'; expected an ISO 8601 date such as 2027-03-31 or a date-time such as 2027-03-31T18:00:00Z",
            "policy.yaml:23:15: exceptions[1].resource: unsupported pattern 'db-[0-9]'; only '*' (any run of characters) and '?' (one character) are wildcards",
            "policy.yaml:26:14: exceptions[1].expires: expiry must be within 365 days (by 2027-11-23); exceptions are reviewed at least yearly",
        ]);
    }

    [Fact]
    public void Parse_WrongNodeKinds_SaysWhatWasExpected()
    {
        var errors = ErrorsOf("""
            version: one
            enableAllRules: [true]
            scope: everything
            rules:
              rds-instance-backup-retention: true
            exceptions: { rule: x }
            """);

        errors.ShouldBe(
        [
            "policy.yaml:1:10: version: expected an integer, got 'one'",
            "policy.yaml:2:17: enableAllRules: expected a boolean (true or false), got a list",
            "policy.yaml:3:8: scope: expected a mapping, got 'everything'",
            "policy.yaml:5:34: rules.rds-instance-backup-retention: expected a mapping of rule settings (enabled, severity, remediation, scope, options), got 'true'",
            "policy.yaml:6:13: exceptions: expected a list of exceptions, got a mapping",
        ]);
    }

    [Fact]
    public void Parse_OptionValuesOfWrongType_ReportsEachWithItsPath()
    {
        var errors = ErrorsOf("""
            version: 1
            rules:
              rds-instance-backup-retention:
                options:
                  minimumDays: "14"
                  requireCopyTagsToSnapshot: 1
                  engines: postgres
                  requiredParameters: { postgres16: rds.force_ssl, mysql8.0: [[a]] }
              rds-instance-cross-region-backup:
                options: { destinationRegion: eu-west-1, mode: snapshot, maximumLagHours: 4.5 }
            """);

        errors.ShouldBe(
        [
            "policy.yaml:5:20: rules.rds-instance-backup-retention.options.minimumDays: expected an integer, got '14'",
            "policy.yaml:6:34: rules.rds-instance-backup-retention.options.requireCopyTagsToSnapshot: expected a boolean (true or false), got '1'",
            "policy.yaml:7:16: rules.rds-instance-backup-retention.options.engines: expected a list of strings, got 'postgres'",
            "policy.yaml:8:41: rules.rds-instance-backup-retention.options.requiredParameters.postgres16: expected a list of strings, got 'rds.force_ssl'",
            "policy.yaml:8:67: rules.rds-instance-backup-retention.options.requiredParameters.mysql8.0[0]: expected a string, got a list",
            "policy.yaml:10:52: rules.rds-instance-cross-region-backup.options.mode: invalid value 'snapshot'; did you mean 'snapshots'? (allowed: automatedBackups, snapshots)",
            "policy.yaml:10:79: rules.rds-instance-cross-region-backup.options.maximumLagHours: expected an integer, got '4.5'",
        ]);
    }

    [Fact]
    public void Parse_ListOptionEmpty_ReportsMinLengthAtTheOption()
    {
        var errors = ErrorsOf("""
            version: 1
            rules:
              rds-instance-backup-retention:
                options:
                  engines: []
            """);

        errors.ShouldBe(["policy.yaml:5:7: rules.rds-instance-backup-retention.options.engines: The field engines must be a string or array type with a minimum length of '1'."]);
    }

    [Fact]
    public void Parse_RequiredOptionMissingOnEnabledRule_ReportsAtTheRule()
    {
        var errors = ErrorsOf("""
            version: 1
            rules:
              rds-instance-cross-region-backup:
                enabled: true
            """);

        errors.ShouldBe(["policy.yaml:3:3: rules.rds-instance-cross-region-backup.options.destinationRegion: The destinationRegion field is required."]);
    }

    [Fact]
    public void Parse_RequiredOptionMissingOnDisabledRule_Loads()
    {
        var policy = Load("""
            version: 1
            rules:
              rds-instance-cross-region-backup:
                enabled: false
            """);

        policy.Rules[PolicyTestRules.CrossRegionBackup].Enabled.ShouldBeFalse();
    }

    [Fact]
    public void Parse_UnknownRuleFarFromAnyId_HasNoSuggestion()
    {
        ErrorsOf("version: 1\nrules:\n  s3-bucket-versioning: {}\n").ShouldBe(["policy.yaml:3:3: rules: unknown rule 's3-bucket-versioning'"]);
    }

    [Fact]
    public void Parse_DuplicateKeys_ReportsEachRepeat()
    {
        var errors = ErrorsOf("""
            version: 1
            rules:
              rds-instance-storage-encrypted: { enabled: true, enabled: false }
            version: 1
            """);

        errors.ShouldBe(
        [
            "policy.yaml:3:52: rules.rds-instance-storage-encrypted: duplicate key 'enabled' (first defined at line 3)",
            "policy.yaml:4:1: duplicate key 'version' (first defined at line 1)",
        ]);
    }

    [Fact]
    public void Parse_ExceptionMissingEverything_ReportsEachRequiredKey()
    {
        var errors = ErrorsOf("""
            version: 1
            exceptions:
              - id: empty
              - not-a-mapping
            """);

        errors.ShouldBe(
        [
            "policy.yaml:3:5: exceptions[0]: missing required key 'rule'",
            "policy.yaml:3:5: exceptions[0]: missing required key 'owner'",
            "policy.yaml:3:5: exceptions[0]: missing required key 'reason'",
            "policy.yaml:3:5: exceptions[0]: missing required key 'expires'",
            "policy.yaml:3:5: exceptions[0]: an exception needs 'resource' or 'tags' (or both), so that it cannot silence a rule everywhere",
            "policy.yaml:4:5: exceptions[1]: expected a mapping (rule, resource or tags, owner, reason, expires), got 'not-a-mapping'",
        ]);
    }

    [Fact]
    public void Parse_DuplicateExceptionIds_ReportsTheSecond()
    {
        var errors = ErrorsOf("""
            version: 1
            exceptions:
              - { id: legacy, rule: "*", resource: a, owner: o, reason: r, expires: 2027-01-01 }
              - { id: legacy, rule: "*", resource: b, owner: o, reason: r, expires: 2027-01-01 }
            """);

        errors.ShouldBe(["policy.yaml:4:11: exceptions[1]: duplicate exception id 'legacy' (first used at line 3)"]);
    }

    [Fact]
    public void Parse_RulePatternWithoutWildcard_SuggestsTheClosestRule()
    {
        var errors = ErrorsOf("""
            version: 1
            exceptions:
              - { rule: rds-instance-storage-encrypt, resource: a, owner: o, reason: r, expires: 2027-01-01 }
            """);

        errors.ShouldBe(["policy.yaml:3:13: exceptions[0].rule: rule pattern 'rds-instance-storage-encrypt' matches no registered rule; did you mean 'rds-instance-storage-encrypted'?"]);
    }

    [Fact]
    public void Parse_ExpiredException_LoadsSoTheEvaluatorCanReportIt()
    {
        var policy = Load("""
            version: 1
            exceptions:
              - { rule: "*", resource: legacy, owner: o, reason: r, expires: 2020-01-01 }
            """);

        policy.Exceptions.Single().Expires.ShouldBe(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(1).AddTicks(-1));
    }

    [Theory]
    [InlineData("2027-11-23", true)]
    [InlineData("2027-11-23T23:59:59Z", true)]
    [InlineData("2027-11-24", false)]
    [InlineData("2027-11-24T00:00:00Z", false)]
    public void Parse_ExpiryAtTheYearLimit_AllowsUpToTheEndOfThatDay(string expires, bool loads)
    {
        var result = CreateSut().Parse($"version: 1\nexceptions:\n  - {{ rule: \"*\", resource: x, owner: o, reason: r, expires: {expires} }}\n", File);

        result.Succeeded.ShouldBe(loads);
    }

    [Theory]
    [InlineData("2027-03-31T10:00:00Z", "2027-03-31T10:00:00.0000000+00:00")]
    [InlineData("2027-03-31T10:00", "2027-03-31T10:00:00.0000000+00:00")]
    [InlineData("2027-03-31T10:00:00.5-05:00", "2027-03-31T15:00:00.5000000+00:00")]
    public void Parse_ExpiryDateTime_IsUtcUnlessItHasAnOffset(string expires, string expected)
    {
        var policy = Load($"version: 1\nexceptions:\n  - {{ rule: \"*\", resource: x, owner: o, reason: r, expires: \"{expires}\" }}\n");

        policy.Exceptions.Single().Expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsItsPosition()
    {
        var errors = ErrorsOf("version: 1\nrules: [unclosed\n");

        errors.Length.ShouldBe(1);
        errors[0].ShouldStartWith("policy.yaml:3:1: invalid YAML: ");
        errors[0].ShouldNotContain("Idx:");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void Parse_EmptyPolicy_AsksForVersion(string yaml)
    {
        ErrorsOf(yaml).ShouldBe(["policy.yaml:1:1: the policy is empty; expected 'version: 1'"]);
    }

    [Fact]
    public void Parse_MissingVersion_IsAnError()
    {
        ErrorsOf("enableAllRules: true\n").ShouldBe(["policy.yaml:1:1: missing required key 'version' (expected 'version: 1')"]);
    }

    [Fact]
    public void Parse_RootNotAMapping_IsAnError()
    {
        ErrorsOf("- version: 1\n").ShouldBe(["policy.yaml:1:1: expected a mapping starting with 'version: 1', got a list"]);
    }

    [Fact]
    public void Parse_TwoDocuments_IsAnError()
    {
        ErrorsOf("version: 1\n---\nversion: 1\n").ShouldBe(["policy.yaml:3:1: expected a single YAML document; remove the second one (after '---')"]);
    }

    [Fact]
    public void Parse_AnchorsAndAliases_AreResolved()
    {
        var policy = Load("""
            version: 1
            scope:
              tags: &prod { Environment: prod }
            rules:
              rds-instance-storage-encrypted:
                scope: { tags: *prod }
            """);

        policy.Rules[PolicyTestRules.StorageEncrypted].Scope.Tags["Environment"].ShouldBe("prod");
    }

    [Fact]
    public void Parse_Errors_ReturnNoPolicy()
    {
        var result = CreateSut().Parse("version: 1\nbogus: 1\n", File);

        result.Policy.ShouldBeNull();
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void LoadFile_Missing_ReportsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"flywheel-missing-{Guid.NewGuid():N}.yaml");

        var result = CreateSut().LoadFile(path);

        result.Errors.Select(e => e.ToString()).ShouldBe([$"{path}:0:0: file not found"]);
    }

    [Fact]
    public void LoadFile_Existing_NamesTheFileAsSource()
    {
        var path = Path.Combine(Path.GetTempPath(), $"flywheel-policy-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, "version: 1\nenableAllRules: false\n");
        try
        {
            var result = CreateSut().LoadFile(path);

            result.Policy!.Source.ShouldBe(path);
            result.Policy.EnableAllRules.ShouldBeFalse();
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Parse_WithBuiltInCatalogue_AcceptsItsRules()
    {
        var registry = Flywheel.Rules.Catalog.BuiltInRules.CreateRegistry();
        var rule = registry.Rules[0].Id;

        var result = new PolicyLoader(registry, new FakeTimeProvider(Some.Now)).Parse($"version: 1\nrules:\n  {rule}:\n    severity: critical\n", File);

        result.Errors.ShouldBeEmpty();
        result.Policy!.Rules[rule].Severity.ShouldBe(Severity.Critical);
    }
}
