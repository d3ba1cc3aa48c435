using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>Master user names attackers try first: engine and vendor defaults and common admin names.</summary>
internal static class DefaultUsernames
{
    public static List<string> Defaults() =>
        ["admin", "administrator", "root", "postgres", "sa", "master", "awsuser", "dbadmin", "mysql", "oracle", "rdsadmin", "user", "test", "sysadmin"];

    /// <summary>Judges a master user name against <paramref name="defaults"/>, ignoring case.</summary>
    public static RuleResult Evaluate(string? masterUsername, IReadOnlyList<string> defaults)
    {
        if (masterUsername is null)
        {
            return RuleResult.Missing("MasterUsername");
        }

        var evidence = new Evidence("MasterUsername", masterUsername);
        return defaults.Contains(masterUsername, StringComparer.OrdinalIgnoreCase)
            ? RuleResult.Fail($"master username '{masterUsername}' is a well-known default name", evidence)
            : RuleResult.Pass($"master username '{masterUsername}' is not a well-known default name", evidence);
    }
}
