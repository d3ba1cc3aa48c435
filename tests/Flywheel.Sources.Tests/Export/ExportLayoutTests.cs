using Flywheel.Sources.Export;

namespace Flywheel.Sources.Tests.Export;

public sealed class ExportLayoutTests
{
    [Theory]
    [InlineData("prod-db_1.v2", "prod-db_1.v2")]
    [InlineData("rds:prod-2026-11-22-04-10", "rds%3Aprod-2026-11-22-04-10")]
    [InlineData("default:mysql-8-0", "default%3Amysql-8-0")]
    [InlineData("a b/c", "a%20b%2Fc")]
    [InlineData("é", "%C3%A9")]
    [InlineData(".", "%2E")]
    [InlineData("..", "%2E%2E")]
    public void EncodeKey_Key_PercentEncodesOutsideSafeSet(string key, string expected)
    {
        ExportLayout.EncodeKey(key).ShouldBe(expected);
        ExportLayout.DecodeKey(expected).ShouldBe(key);
    }

    [Theory]
    [InlineData("%4")]
    [InlineData("%ZZ")]
    public void DecodeKey_BadEscape_ReturnsNull(string encoded) => ExportLayout.DecodeKey(encoded).ShouldBeNull();

    [Theory]
    [InlineData("us-east-1", true)]
    [InlineData("us-gov-west-1", true)]
    [InlineData("us-isob-east-1", true)]
    [InlineData("cn-northwest-1", true)]
    [InlineData("ap-southeast-7", true)]
    [InlineData("US-EAST-1", false)]
    [InlineData("us-east", false)]
    [InlineData("global", false)]
    public void IsRegion_Name_MatchesRegionPattern(string name, bool expected) => ExportLayout.IsRegion(name).ShouldBe(expected);

    [Theory]
    [InlineData("123456789012", true)]
    [InlineData("12345678901", false)]
    [InlineData("1234567890123", false)]
    [InlineData("prod", false)]
    public void IsAccountId_Name_RequiresTwelveDigits(string name, bool expected) => ExportLayout.IsAccountId(name).ShouldBe(expected);
}
