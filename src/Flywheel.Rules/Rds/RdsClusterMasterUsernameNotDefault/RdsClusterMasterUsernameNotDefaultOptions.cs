using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsClusterMasterUsernameNotDefault;

/// <summary>Options of rds-cluster-master-username-not-default.</summary>
internal sealed class RdsClusterMasterUsernameNotDefaultOptions
{
    [Description("Master user names treated as well-known defaults (compared ignoring case).")]
    public List<string> DefaultUsernames { get; set; } = Knowledge.DefaultUsernames.Defaults();
}
