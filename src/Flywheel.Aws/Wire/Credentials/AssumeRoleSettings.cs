using System.Text.RegularExpressions;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>One role to assume: its ARN, the session name CloudTrail records, the external id, and how long the credentials last.</summary>
internal sealed partial record AssumeRoleSettings(string RoleArn, string SessionName, string? ExternalId, TimeSpan Duration)
{
    /// <summary>STS's own default, and what every role allows.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(12);

    /// <summary>
    /// <c>flywheel-&lt;user&gt;</c>: the same for every run of one person or service account, so CloudTrail shows
    /// who scanned, and within STS's rules (2–64 characters of <c>[\w+=,.@-]</c>).
    /// </summary>
    public static string DefaultSessionName(string userName)
    {
        var user = SessionNameDisallowed().Replace(userName ?? "", "");
        var name = "flywheel-" + (user.Length == 0 ? "scan" : user);
        return name.Length <= 64 ? name : name[..64];
    }

    /// <summary>Why a session name is refused by STS, or null when it is acceptable.</summary>
    public static string? ValidateSessionName(string sessionName) =>
        sessionName.Length is < 2 or > 64 || SessionNameDisallowed().IsMatch(sessionName)
            ? $"Session name '{sessionName}' must be 2 to 64 characters of letters, digits and + = , . @ _ -."
            : null;

    /// <summary>Why a duration is refused by STS, or null when it is acceptable.</summary>
    public static string? ValidateDuration(TimeSpan duration) =>
        duration < MinDuration || duration > MaxDuration || duration.Ticks % TimeSpan.TicksPerSecond != 0
            ? $"Role session duration {duration} must be whole seconds between 15 minutes and 12 hours."
            : null;

    [GeneratedRegex(@"[^\w+=,.@-]", RegexOptions.CultureInvariant)]
    private static partial Regex SessionNameDisallowed();
}
