using System.Globalization;

namespace Flywheel.Sandbox.State;

/// <summary>RDS maintenance windows, <c>ddd:hh24:mi-ddd:hh24:mi</c> in UTC.</summary>
internal static class MaintenanceWindow
{
    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>The next start of the window strictly after <paramref name="now"/>; a week from now when unreadable.</summary>
    public static DateTimeOffset NextStart(string window, DateTimeOffset now)
    {
        var start = window.Split('-')[0].Split(':');
        var day = start.Length == 3 ? Array.IndexOf(Days, start[0].ToLowerInvariant()) : -1;
        if (day < 0
            || !int.TryParse(start[1], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(start[2], NumberStyles.None, CultureInfo.InvariantCulture, out var minute))
        {
            return now.AddDays(7);
        }

        var utc = now.ToUniversalTime();
        var candidate = new DateTimeOffset(utc.Year, utc.Month, utc.Day, hour, minute, 0, TimeSpan.Zero)
            .AddDays((day - (int)utc.DayOfWeek + 7) % 7);
        return candidate > utc ? candidate : candidate.AddDays(7);
    }
}
