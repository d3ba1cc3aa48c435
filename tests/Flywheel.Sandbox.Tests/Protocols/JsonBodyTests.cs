using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Tests.Protocols;

public sealed class JsonBodyTests
{
    [Fact]
    public void Write_NodeWithEscapesNumbersAndNulls_WritesTheBytesOfToJsonString()
    {
        var body = new JsonObject
        {
            ["Name"] = "équipe <a&b> 'q' \"d\" 日本",
            ["CreationDate"] = JsonValues.Epoch(new DateTimeOffset(2026, 1, 15, 12, 0, 5, 123, TimeSpan.Zero)),
            ["Count"] = 3,
            ["Enabled"] = false,
            ["Missing"] = null,
            ["List"] = new JsonArray("a", new JsonObject { ["Key"] = "k" }),
        };

        var buffer = JsonBody.Write(body);

        Encoding.UTF8.GetString(buffer.Written.Span).ShouldBe(body.ToJsonString());
        buffer.Release();
    }

    [Fact]
    public void Write_TwoBodiesOnOneThread_EachHoldsOnlyItsOwnMembers()
    {
        var first = JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("A", "1");
            writer.WriteEndObject();
        }, 16);
        var second = JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.Opt("B", (string?)null);
            writer.Opt("C", new DateTimeOffset(1970, 1, 1, 0, 0, 1, 500, TimeSpan.Zero));
            writer.WriteEndObject();
        }, 16);

        Encoding.UTF8.GetString(first.Written.Span).ShouldBe("{\"A\":\"1\"}");
        Encoding.UTF8.GetString(second.Written.Span).ShouldBe("{\"C\":1.5}");
    }
}
