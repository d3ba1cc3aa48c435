using Flywheel.Core.Findings;
using Flywheel.Rules.Rds.RdsInstanceCaCertificateValid;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceCaCertificateValidTests
{
    private const string RuleId = "rds-instance-ca-certificate-valid";

    private static readonly DateTimeOffset InSixteenDays = new(2026, 12, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_CurrentCaFarFromExpiry_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the server certificate (CA rds-ca-rsa2048-g1) is valid until 2061-05-20 (12596 days left)");
    }

    [Fact]
    public void Evaluate_ExpiresWithinMinimum_FailsWithDaysLeft()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { CertificateValidTill = InSixteenDays });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("the server certificate (CA rds-ca-rsa2048-g1) expires on 2026-12-10, in 16 days; minimumDaysRemaining is 30");
    }

    [Fact]
    public void Evaluate_LowerMinimum_Passes()
    {
        var options = new RdsInstanceCaCertificateValidOptions { MinimumDaysRemaining = 10 };

        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { CertificateValidTill = InSixteenDays }, options: options);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the server certificate (CA rds-ca-rsa2048-g1) is valid until 2026-12-10 (16 days left)");
    }

    [Fact]
    public void Evaluate_Expired_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { CertificateValidTill = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("the server certificate (CA rds-ca-rsa2048-g1) expired on 2026-11-01");
    }

    [Theory]
    [InlineData("rds-ca-2019")]
    [InlineData("rds-ca-2015")]
    public void Evaluate_RetiredCa_FailsNamingIt(string ca)
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { CaCertificateIdentifier = ca });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe($"the instance uses the retired CA {ca}; rotate to rds-ca-rsa2048-g1 (or another current CA)");
    }

    [Fact]
    public void Evaluate_ValidTillMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { CertificateValidTill = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("CertificateValidTill was not collected");
    }
}
