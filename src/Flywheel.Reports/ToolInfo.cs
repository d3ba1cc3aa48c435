namespace Flywheel.Reports;

/// <summary>The tool that wrote a report, for consumers that track which version produced it.</summary>
public sealed record ToolInfo(string Name, string Version);
