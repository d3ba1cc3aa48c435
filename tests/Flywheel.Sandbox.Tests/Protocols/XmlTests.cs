using System.Text;
using System.Xml.Linq;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Tests.Protocols;

public sealed class XmlTests
{
    private const string Rds = "http://rds.amazonaws.com/doc/2014-10-31/";

    [Fact]
    public void RenderUtf8_ElementsEmptyValuesMarkupAndUnicode_WritesTheBytesOfXmlWriter()
    {
        XElement Tree() => new("DescribeDBSnapshotsResponse",
            new XElement("DescribeDBSnapshotsResult",
                new XElement("Marker", "bWFya2Vy"),
                new XElement("DBSnapshots",
                    new XElement("DBSnapshot",
                        new XElement("Missing", (string?)null),
                        new XElement("Blank", ""),
                        new XElement("Markup", "a<b & c>d \"q\" 'a'"),
                        new XElement("Unicode", "équipe-données-日本"),
                        Xml.List("TagList", []),
                        Xml.List("Ids", "member", ["x", ""])))),
            new XElement("ResponseMetadata", new XElement("RequestId", "req-1")));

        var buffer = Xml.RenderUtf8(Tree(), Rds);

        Encoding.UTF8.GetString(buffer.Written.Span).ShouldBe(Xml.RenderWithXmlWriter(Tree(), Rds));
        Encoding.UTF8.GetString(buffer.Written.Span).ShouldContain("<Missing /><Blank></Blank>");
        buffer.Release();
    }

    [Fact]
    public void Render_NoNamespace_WritesNoNamespaceDeclaration()
    {
        XElement Tree() => new("Response", new XElement("Errors", new XElement("Error", new XElement("Code", "AuthFailure"))), new XElement("RequestID", "r"));

        Xml.Render(Tree(), null).ShouldBe("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>AuthFailure</Code></Error></Errors><RequestID>r</RequestID></Response>");
        Xml.Render(Tree(), null).ShouldBe(Xml.RenderWithXmlWriter(Tree(), null));
    }

    [Fact]
    public void RenderUtf8_CarriageReturnsAttributesAndComments_WrittenByXmlWriterItself()
    {
        XElement Tree() => new("Root",
            new XElement("Lines", "one\r\ntwo\rthree"),
            new XElement("Attributed", new XAttribute("id", "a\"b"), "x"),
            new XElement("Commented", new XComment("note"), new XElement("Child", "y")));

        var rendered = Xml.Render(Tree(), Rds);

        rendered.ShouldBe(Xml.RenderWithXmlWriter(Tree(), Rds));
        rendered.ShouldContain("<Lines>one\ntwo\nthree</Lines>");
    }

    [Fact]
    public void Render_ControlCharacter_RejectedAsXmlWriterRejectsIt()
    {
        Should.Throw<ArgumentException>(() => Xml.Render(new XElement("Root", new XElement("Bad", "a\u0001b")), Rds));
    }
}
