using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsClusterNoPublicAccess;

internal sealed class RdsClusterNoPublicAccessOptions
{
    [Description("Fail whenever PubliclyAccessible is true, even if no security group or route lets the internet in.")]
    public bool PublicFlagAloneFails { get; set; }
}
