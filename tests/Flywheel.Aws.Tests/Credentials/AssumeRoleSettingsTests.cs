using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Credentials;

public sealed class AssumeRoleSettingsTests
{
    [Theory]
    [InlineData("alice", "flywheel-alice")]
    [InlineData("DOMAIN\\bob smith", "flywheel-DOMAINbobsmith")]
    [InlineData("", "flywheel-scan")]
    [InlineData("ünïcode", "flywheel-ünïcode")]
    public void DefaultSessionName_UserName_IsStableAndAllowedBySts(string user, string expected)
    {
        var name = AssumeRoleSettings.DefaultSessionName(user);

        name.ShouldBe(expected);
    }

    [Fact]
    public void DefaultSessionName_LongUserName_IsCutAt64()
    {
        AssumeRoleSettings.DefaultSessionName(new string('a', 100)).Length.ShouldBe(64);
    }

    [Theory]
    [InlineData("flywheel-nightly", null)]
    [InlineData("x", "Session name 'x' must be 2 to 64 characters of letters, digits and + = , . @ _ -.")]
    [InlineData("has space", "Session name 'has space' must be 2 to 64 characters of letters, digits and + = , . @ _ -.")]
    public void ValidateSessionName_Value_ReturnsExpectedReason(string name, string? expected)
    {
        AssumeRoleSettings.ValidateSessionName(name).ShouldBe(expected);
    }

    [Theory]
    [InlineData(900, true)]
    [InlineData(899, false)]
    [InlineData(43200, true)]
    [InlineData(43201, false)]
    public void ValidateDuration_Seconds_AcceptsStsRangeOnly(int seconds, bool valid)
    {
        (AssumeRoleSettings.ValidateDuration(TimeSpan.FromSeconds(seconds)) is null).ShouldBe(valid);
    }

    [Fact]
    public void BuildRequest_Settings_CarriesRoleSessionExternalIdAndDuration()
    {
        var request = AssumeRoleCredentialsProvider.BuildRequest(new AssumeRoleSettings("arn:aws:iam::111122223333:role/Audit", "flywheel-ci", "ext-42", TimeSpan.FromHours(2)));

        request.RoleArn.ShouldBe("arn:aws:iam::111122223333:role/Audit");
        request.RoleSessionName.ShouldBe("flywheel-ci");
        request.ExternalId.ShouldBe("ext-42");
        request.DurationSeconds.ShouldBe(7200);
    }
}
