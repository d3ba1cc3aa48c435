using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceTlsEnforcedTests
{
    private const string RuleId = "rds-instance-tls-enforced";

    private static Dictionary<string, string?> Parameters(string name, string? value) => new(StringComparer.Ordinal) { [name] = value };

    private static Core.Findings.Finding Evaluate(DbInstance instance, params AwsResource[] others) =>
        RuleHarness.Evaluate(RuleId, instance, new InventoryBuilder().With([instance, .. others]).Build());

    private static OptionGroup OptionGroup(string name, params OptionGroupOption[] options) => new()
    {
        AccountId = Some.Account,
        Region = Some.Region,
        Arn = $"arn:aws:rds:{Some.Region}:{Some.Account}:og:{name}",
        GroupName = name,
        EngineName = "oracle-ee",
        Options = options,
    };

    [Fact]
    public void Evaluate_PostgresForceSslOn_Passes()
    {
        var finding = Evaluate(Some.Instance(), Some.ParameterGroup());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("postgres: rds.force_ssl is 1 in DB parameter group secure-postgres, so connections without TLS are refused");
    }

    [Fact]
    public void Evaluate_PostgresForceSslOff_Fails()
    {
        var finding = Evaluate(Some.Instance(), Some.ParameterGroup(parameters: Parameters("rds.force_ssl", "0")));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("postgres: rds.force_ssl is 0 in DB parameter group secure-postgres, so clients may connect without TLS; set it to 1");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("rds.force_ssl", "0"));
    }

    [Fact]
    public void Evaluate_ForceSslWithoutValue_Fails()
    {
        var finding = Evaluate(Some.Instance(), Some.ParameterGroup(parameters: Parameters("rds.force_ssl", null)));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("postgres: rds.force_ssl has no value in DB parameter group secure-postgres; set it to 1 so that connections without TLS are refused");
    }

    [Fact]
    public void Evaluate_SqlServerForceSslOn_Passes()
    {
        var instance = Some.Instance(engine: "sqlserver-se");

        var finding = Evaluate(instance, Some.ParameterGroup("secure-sqlserver-se"));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("sqlserver-se: rds.force_ssl is 1 in DB parameter group secure-sqlserver-se, so connections without TLS are refused");
    }

    [Fact]
    public void Evaluate_MySqlRequireSecureTransportOn_Passes()
    {
        var finding = Evaluate(Some.Instance(engine: "mysql"), Some.ParameterGroup("secure-mysql", parameters: Parameters("require_secure_transport", "ON")));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("mysql: require_secure_transport is ON in DB parameter group secure-mysql, so connections without TLS are refused");
    }

    [Fact]
    public void Evaluate_MySqlRequireSecureTransportOff_Fails()
    {
        var finding = Evaluate(Some.Instance(engine: "mysql"), Some.ParameterGroup("secure-mysql", parameters: Parameters("require_secure_transport", "0")));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("mysql: require_secure_transport is 0 in DB parameter group secure-mysql, so clients may connect without TLS; set it to 1 (ON)");
    }

    [Fact]
    public void Evaluate_MariaDb1011RequireSecureTransportOn_Passes()
    {
        var finding = Evaluate(Some.Instance(engine: "mariadb"), Some.ParameterGroup("secure-mariadb", parameters: Parameters("require_secure_transport", "1")));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("mariadb: require_secure_transport is 1 in DB parameter group secure-mariadb, so connections without TLS are refused");
    }

    [Fact]
    public void Evaluate_MariaDbBelow105_FailsAskingForUpgrade()
    {
        var finding = Evaluate(Some.Instance(engine: "mariadb") with { EngineVersion = "10.4.34" });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("mariadb 10.4.34 cannot enforce TLS below 10.5; upgrade to 10.5 or later and set require_secure_transport");
    }

    [Fact]
    public void Evaluate_MariaDbVersionMissing_IsError()
    {
        var finding = Evaluate(Some.Instance(engine: "mariadb") with { EngineVersion = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("EngineVersion was not collected");
    }

    [Fact]
    public void Evaluate_Db2CommWithSsl_Passes()
    {
        var finding = Evaluate(Some.Instance(engine: "db2-se"), Some.ParameterGroup("secure-db2-se", parameters: Parameters("db2comm", "TCPIP,SSL")));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("db2-se: db2comm is TCPIP,SSL in DB parameter group secure-db2-se, so connections without TLS are refused");
    }

    [Fact]
    public void Evaluate_OracleWithSslOption_Passes()
    {
        var instance = Some.Instance(engine: "oracle-ee") with { OptionGroupNames = ["oracle-ssl"] };

        var finding = Evaluate(instance, OptionGroup("oracle-ssl", new OptionGroupOption("SSL", 2484, new Dictionary<string, string?>(StringComparer.Ordinal))));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("oracle-ee: option group oracle-ssl has the SSL option on port 2484");
    }

    [Fact]
    public void Evaluate_OracleWithoutSslOption_Fails()
    {
        var instance = Some.Instance(engine: "oracle-ee") with { OptionGroupNames = ["oracle-plain"] };

        var finding = Evaluate(instance, OptionGroup("oracle-plain", new OptionGroupOption("TDE", null, new Dictionary<string, string?>(StringComparer.Ordinal))));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("oracle-ee: option group oracle-plain has no SSL option, so clients connect without TLS");
    }

    [Fact]
    public void Evaluate_OracleOptionGroupsNotCollected_IsError()
    {
        var instance = Some.Instance(engine: "oracle-ee");
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.RdsOptionGroups, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-option-groups not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_OracleOptionGroupAbsent_IsError()
    {
        var finding = Evaluate(Some.Instance(engine: "oracle-ee"));

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("option group default:oracle-ee is not in the inventory");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = Evaluate(Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1" });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; TLS is enforced in the cluster parameter group; see rds-cluster-tls-enforced");
    }

    [Fact]
    public void Evaluate_UnknownEngine_IsNotApplicableNamingIt()
    {
        var finding = Evaluate(Some.Instance(engine: "custom-oracle-ee"));

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("engine custom-oracle-ee has no TLS enforcement setting that Flywheel knows");
    }

    [Fact]
    public void Evaluate_ParameterGroupAbsent_IsError()
    {
        var finding = Evaluate(Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("DB parameter group secure-postgres is not in the inventory");
    }

    [Fact]
    public void Evaluate_ParameterGroupsNotCollected_IsError()
    {
        var instance = Some.Instance();
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.RdsDbParameterGroups, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-parameter-groups not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_ParametersNotCollected_IsError()
    {
        var finding = Evaluate(Some.Instance(), Some.ParameterGroup() with { Parameters = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("the parameters of DB parameter group secure-postgres were not collected");
    }

    [Fact]
    public void Evaluate_ParametersCallFailedForTheGroup_IsErrorNamingTheGap()
    {
        var instance = Some.Instance();
        var inventory = new InventoryBuilder()
            .With(instance, Some.ParameterGroup() with { Parameters = null })
            .MissingFor(Dataset.RdsDbParameters, "secure-postgres", reason: "Throttling")
            .Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-parameters not collected for 123456789012/us-east-1 secure-postgres: Throttling");
    }

    [Fact]
    public void Evaluate_ParameterAbsentFromGroup_IsError()
    {
        var finding = Evaluate(Some.Instance(), Some.ParameterGroup(parameters: Parameters("log_connections", "1")));

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("postgres: rds.force_ssl is absent from the collected parameters of DB parameter group secure-postgres");
    }
}
