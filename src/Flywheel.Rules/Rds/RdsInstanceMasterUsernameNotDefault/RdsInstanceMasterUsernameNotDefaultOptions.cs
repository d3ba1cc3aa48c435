using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsInstanceMasterUsernameNotDefault;

/// <summary>Options of rds-instance-master-username-not-default.</summary>
internal sealed class RdsInstanceMasterUsernameNotDefaultOptions
{
    [Description("Master user names treated as well-known defaults (compared ignoring case).")]
    public List<string> DefaultUsernames { get; set; } = Knowledge.DefaultUsernames.Defaults();
}
