using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Tests.Hosting;

public sealed class MaintenanceWindowTests
{
    [Theory]
    [InlineData("sun:05:00-sun:05:30", "2026-01-14T10:00:00Z", "2026-01-18T05:00:00Z")]
    [InlineData("wed:11:00-wed:11:30", "2026-01-14T10:00:00Z", "2026-01-14T11:00:00Z")]
    [InlineData("wed:09:00-wed:09:30", "2026-01-14T10:00:00Z", "2026-01-21T09:00:00Z")]
    [InlineData("garbage", "2026-01-14T10:00:00Z", "2026-01-21T10:00:00Z")]
    public void NextStart_Window_IsTheNextOpening(string window, string now, string expected)
    {
        MaintenanceWindow.NextStart(window, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
