using System.Globalization;
using System.Text;
using System.Text.Json;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>
/// The UTF-8 scalar conversion the XML transcoder uses must write what the UTF-16 one (used before, and still by
/// the other protocols) writes for the same text: the same JSON, the same "no value", the same exception.
/// </summary>
public sealed class WireValuesTests
{
    [Theory]
    [InlineData("timestamp", "2016-07-28T18:44:18.889Z", "\"2016-07-28T18:44:18.8890000+00:00\"")]
    [InlineData("timestamp", " 2016-07-28T18:44:18Z\n", "\"2016-07-28T18:44:18.0000000+00:00\"")]
    [InlineData("timestamp", "2016-02-29T23:59:59.1234567Z", "\"2016-02-29T23:59:59.1234567+00:00\"")]
    [InlineData("timestamp", "2016-07-28T18:44:18.12345678Z", "\"2016-07-28T18:44:18.1234568+00:00\"")]
    [InlineData("timestamp", "2016-07-28T18:44:18+02:00", "\"2016-07-28T16:44:18.0000000+00:00\"")]
    [InlineData("timestamp", "2016-07-28T18:44:18", "\"2016-07-28T18:44:18.0000000+00:00\"")]
    [InlineData("timestamp", "1469731458.5", "\"2016-07-28T18:44:18.5000000+00:00\"")]
    [InlineData("timestamp", "  ", "none")]
    [InlineData("timestamp", "2015-02-29T00:00:00Z", "FormatException")]
    [InlineData("timestamp", "2016-07-28T24:00:00Z", "FormatException")]
    [InlineData("boolean", " TRUE\t", "true")]
    [InlineData("boolean", "yes", "false")]
    [InlineData("boolean", "\u00a0true\u00a0", "true")]
    [InlineData("integer", " 42\r\n", "42")]
    [InlineData("integer", "\u00a042", "42")]
    [InlineData("integer", "4 2", "none")]
    [InlineData("long", "-9223372036854775808", "-9223372036854775808")]
    [InlineData("long", "9223372036854775808", "none")]
    [InlineData("double", " 2.5e3 ", "2500")]
    [InlineData("double", "NaN", "ArgumentException")]
    [InlineData("float", "x", "none")]
    [InlineData("string", " a &<\u00e9\U0001F600\u2028\" ", "\" a &<\u00e9\\uD83D\\uDE00\\u2028\\\" \"")]
    [InlineData("blob", "YWJj", "\"YWJj\"")]
    public void TryWriteText_Utf8_WritesWhatTheUtf16FormWrites(string type, string text, string expected)
    {
        var utf8 = Write(writer => WireValues.TryWriteText(writer, Encoding.UTF8.GetBytes(text), type));
        var utf16 = Write(writer => WireValues.TryWriteText(writer, text.AsSpan(), type));

        utf8.ShouldBe(expected);
        utf16.ShouldBe(expected);
    }

    [Fact]
    public void TryWriteText_RandomIsoTimestamps_SameAsGeneralParse()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var time = new DateTimeOffset(random.NextInt64(DateTimeOffset.MinValue.Ticks, DateTimeOffset.MaxValue.Ticks), TimeSpan.Zero);
            var digits = random.Next(8);
            var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
                + (digits == 0 ? "" : "." + time.ToString(new string('f', digits), CultureInfo.InvariantCulture)) + "Z";

            var utf8 = Write(writer => WireValues.TryWriteText(writer, Encoding.UTF8.GetBytes(text), "timestamp"));

            utf8.ShouldBe(Write(writer => WireValues.TryWriteText(writer, text.AsSpan(), "timestamp")), text);
        }
    }

    [Fact]
    public void TryWriteText_PropertyName_WrittenOnlyWithAValue()
    {
        var name = JsonEncodedText.Encode("Count");

        var json = Write(writer =>
        {
            writer.WriteStartObject();
            WireValues.TryWriteText(writer, "x"u8, "integer", name);
            WireValues.TryWriteText(writer, "7"u8, "integer", name);
            writer.WriteEndObject();
            return true;
        });

        json.ShouldBe("""{"Count":7}""");
    }

    /// <summary>What the writer wrote, "none" when it wrote nothing, or the name of the exception thrown.</summary>
    private static string Write(Func<Utf8JsonWriter, bool> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WireOutputBuilder.WriterOptions);
        try
        {
            if (!write(writer))
            {
                return "none";
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return e.GetType().Name;
        }

        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
