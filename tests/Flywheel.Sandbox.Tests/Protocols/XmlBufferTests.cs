using System.Xml.Linq;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Tests.Protocols;

public sealed class XmlBufferTests
{
    [Fact]
    public void Text_MarkupAndNonAsciiValues_ParseBackToTheSameText()
    {
        var buffer = new XmlBuffer();
        buffer.Open("Root"u8, "http://rds.amazonaws.com/doc/2014-10-31/");
        buffer.Text("Plain"u8, "db-1");
        buffer.Text("Markup"u8, "a<b & c>d");
        buffer.Text("Unicode"u8, "équipe-données-日本");
        buffer.Text("Missing"u8, null);
        buffer.Opt("Omitted"u8, (string?)null);
        buffer.Close("Root"u8);

        var root = XElement.Parse(buffer.ToString());

        root.Name.NamespaceName.ShouldBe("http://rds.amazonaws.com/doc/2014-10-31/");
        root.Elements().Select(e => (e.Name.LocalName, e.Value)).ShouldBe([("Plain", "db-1"), ("Markup", "a<b & c>d"), ("Unicode", "équipe-données-日本"), ("Missing", "")]);
        buffer.ToString().ShouldContain("<Markup>a&lt;b &amp; c&gt;d</Markup>");
    }

    [Fact]
    public void Opt_ScalarsAndTimestamp_WrittenAsTheXmlHelpersWriteThem()
    {
        var time = new DateTimeOffset(2026, 1, 4, 7, 8, 9, 45, TimeSpan.FromHours(2));
        var buffer = new XmlBuffer(16);

        buffer.Opt("When"u8, time);
        buffer.Opt("Count"u8, -42);
        buffer.Opt("Flag"u8, false);
        buffer.List("Ids"u8, "member"u8, ["x", "y"]);
        buffer.List("None"u8, "member"u8, []);

        buffer.ToString().ShouldBe($"<When>{Xml.Timestamp(time)}</When><Count>-42</Count><Flag>false</Flag><Ids><member>x</member><member>y</member></Ids><None />");
        Xml.Timestamp(time).ShouldBe("2026-01-04T05:08:09.045Z");
    }

    [Fact]
    public void Element_NullEmptyAndText_WrittenAsXElementWritesThem()
    {
        var buffer = new XmlBuffer();

        buffer.Element("Null"u8, null);
        buffer.Element("Empty"u8, "");
        buffer.Element("Text"u8, "a&b");
        buffer.OptElement("Omitted"u8, null);
        buffer.OptElement("Blank"u8, "");
        buffer.ElementList("Zones"u8, "Zone"u8, ["us-east-1a", ""]);
        buffer.ElementList("None"u8, "Zone"u8, []);

        buffer.ToString().ShouldBe("<Null /><Empty></Empty><Text>a&amp;b</Text><Blank></Blank><Zones><Zone>us-east-1a</Zone><Zone></Zone></Zones><None />");
        new XElement("Empty", "").ToString(SaveOptions.DisableFormatting).ShouldBe("<Empty></Empty>");
    }

    [Fact]
    public void Text_CarriageReturns_WrittenAsXmlWriterWritesThem()
    {
        var buffer = new XmlBuffer();

        buffer.Text("Lines"u8, "one\r\ntwo\rthree\nfour");

        buffer.ToString().ShouldBe("<Lines>one\ntwo\nthree\nfour</Lines>");
    }

    [Fact]
    public void GetSpanAndAdvance_BeyondTheCapacity_KeepWhatWasWritten()
    {
        var buffer = new XmlBuffer(16);
        buffer.Raw("<a>"u8);

        var span = buffer.GetSpan(600);
        "xyz"u8.CopyTo(span);
        buffer.Advance(3);
        buffer.Raw("</a>"u8);

        buffer.ToString().ShouldBe("<a>xyz</a>");
        Should.Throw<ArgumentOutOfRangeException>(() => buffer.Advance(100_000));
    }
}
