using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsInstanceNoPublicAccess;

internal sealed class RdsInstanceNoPublicAccessOptions
{
    [Description("Fail whenever PubliclyAccessible is true, even if no security group or route lets the internet in (as FSBP RDS.2 does).")]
    public bool PublicFlagAloneFails { get; set; }
}
