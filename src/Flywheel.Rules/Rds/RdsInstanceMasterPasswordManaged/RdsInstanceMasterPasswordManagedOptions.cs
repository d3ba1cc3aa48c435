using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsInstanceMasterPasswordManaged;

/// <summary>Options of rds-instance-master-password-managed.</summary>
internal sealed class RdsInstanceMasterPasswordManagedOptions
{
    [Description("Tag key on a Secrets Manager secret whose value is the DB instance identifier or ARN, linking a self-managed master password secret to the instance.")]
    public string LinkTagKey { get; set; } = "flywheel:rds-resource";
}
