using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Tests.Knowledge;

public sealed class TlsEnforcementTests
{
    [Theory]
    [InlineData("10.4.34", false)]
    [InlineData("10.5.0", true)]
    [InlineData("10.11.9", true)]
    [InlineData("11.4.3", true)]
    [InlineData("10", false)]
    [InlineData("ten.five", false)]
    public void MariaDbCanEnforce_Version_MatchesTheFirstVersionWithRequireSecureTransport(string version, bool expected)
    {
        TlsEnforcement.MariaDbCanEnforce(version).ShouldBe(expected);
    }

    [Theory]
    [InlineData("postgres", "rds.force_ssl")]
    [InlineData("sqlserver-ee", "rds.force_ssl")]
    [InlineData("sqlserver-ex", "rds.force_ssl")]
    [InlineData("mysql", "require_secure_transport")]
    [InlineData("mariadb", "require_secure_transport")]
    [InlineData("db2-ae", "db2comm")]
    [InlineData("oracle-ee", null)]
    [InlineData("custom-sqlserver-ee", null)]
    public void InstanceParameter_Engine_IsTheEnginesSwitch(string engine, string? expected)
    {
        TlsEnforcement.InstanceParameter(engine).ShouldBe(expected);
    }

    [Theory]
    [InlineData("require_secure_transport", "ON", true)]
    [InlineData("require_secure_transport", "on", true)]
    [InlineData("require_secure_transport", "1", true)]
    [InlineData("require_secure_transport", "OFF", false)]
    [InlineData("rds.force_ssl", "1", true)]
    [InlineData("rds.force_ssl", "0", false)]
    [InlineData("db2comm", "TCPIP,SSL", true)]
    [InlineData("db2comm", "TCPIP", false)]
    public void Enforces_Value_IsReadPerParameter(string parameter, string value, bool expected)
    {
        TlsEnforcement.Enforces(parameter, value).ShouldBe(expected);
    }
}
