namespace Flywheel.Sandbox.Protocols;

/// <summary>A Describe* filter: a name and the values any of which may match.</summary>
internal sealed record RequestFilter(string Name, IReadOnlyList<string> Values)
{
    public bool Matches(string? value) => value is not null && Values.Contains(value, StringComparer.Ordinal);
}
