using System.Text;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>A request as the handler received it, with the fake clock's time of arrival.</summary>
internal sealed record CapturedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset At)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
