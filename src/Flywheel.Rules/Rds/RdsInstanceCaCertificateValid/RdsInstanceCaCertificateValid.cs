using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsInstanceCaCertificateValid;

/// <summary>
/// The instance's server certificate is signed by a current RDS CA and does not expire soon; an expired
/// certificate breaks every client that verifies it, and a retired CA is no longer rotated by RDS.
/// </summary>
internal sealed class RdsInstanceCaCertificateValid : Rule<DbInstance, RdsInstanceCaCertificateValidOptions>
{
    private static readonly string[] RetiredCaPrefixes = ["rds-ca-2015", "rds-ca-2019"];

    public override string Id => "rds-instance-ca-certificate-valid";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceCaCertificateValidOptions options)
    {
        var ca = resource.CaCertificateIdentifier;
        if (ca is not null && RetiredCaPrefixes.Any(p => ca.StartsWith(p, StringComparison.Ordinal)))
        {
            return RuleResult.Fail($"the instance uses the retired CA {ca}; rotate to rds-ca-rsa2048-g1 (or another current CA)", new Evidence("CaCertificateIdentifier", ca));
        }

        if (resource.CertificateValidTill is not { } validTill)
        {
            return RuleResult.Missing("CertificateValidTill");
        }

        var evidence = new[] { new Evidence("CaCertificateIdentifier", ca), Evidence.Of("CertificateValidTill", validTill) };
        var date = validTill.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var caName = ca ?? "(CA not reported)";
        if (validTill <= context.Now)
        {
            return RuleResult.Fail($"the server certificate (CA {caName}) expired on {date}", evidence);
        }

        var daysLeft = (int)Math.Floor((validTill - context.Now).TotalDays);
        return daysLeft < options.MinimumDaysRemaining
            ? RuleResult.Fail(string.Create(CultureInfo.InvariantCulture, $"the server certificate (CA {caName}) expires on {date}, in {daysLeft} days; minimumDaysRemaining is {options.MinimumDaysRemaining}"), evidence)
            : RuleResult.Pass(string.Create(CultureInfo.InvariantCulture, $"the server certificate (CA {caName}) is valid until {date} ({daysLeft} days left)"), evidence);
    }
}
