using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsClusterMasterPasswordManaged;

/// <summary>Options of rds-cluster-master-password-managed.</summary>
internal sealed class RdsClusterMasterPasswordManagedOptions
{
    [Description("Tag key on a Secrets Manager secret whose value is the DB cluster identifier or ARN, linking a self-managed master password secret to the cluster.")]
    public string LinkTagKey { get; set; } = "flywheel:rds-resource";
}
