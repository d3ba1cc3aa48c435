using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Flywheel.Core.Policy.Yaml;

/// <summary>
/// Builds a <see cref="YamlValue"/> tree from YamlDotNet's parser events. YamlDotNet's representation model
/// (<c>YamlStream</c>) throws on the first duplicate key, which would hide every other error of the file; reading the
/// events keeps all entries and their positions.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>
    /// Parses the documents of <paramref name="yaml"/>; returns an empty list for an empty stream.
    /// Throws <see cref="YamlException"/> on a syntax error.
    /// </summary>
    public static IReadOnlyList<YamlValue> ReadDocuments(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
        var documents = new List<YamlValue>();
        parser.Consume<StreamStart>();
        while (parser.TryConsume<DocumentStart>(out var start))
        {
            if (parser.TryConsume<DocumentEnd>(out _))
            {
                // An empty explicit document ("---" alone) reads as null.
                documents.Add(new YamlScalar(string.Empty, IsPlain: true, (int)start.Start.Line, (int)start.Start.Column));
                continue;
            }

            documents.Add(ReadNode(parser, anchors));
            parser.Consume<DocumentEnd>();
        }

        parser.Consume<StreamEnd>();
        return documents;
    }

    private static YamlValue ReadNode(IParser parser, Dictionary<string, YamlValue> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var anchored)
                ? anchored
                : throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
        }

        YamlValue node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor;
            node = new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, Line(scalar), Column(scalar));
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor;
            var items = new List<YamlValue>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors));
            }

            node = new YamlSequence(items, Line(sequenceStart), Column(sequenceStart));
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor;
            var entries = new List<YamlEntry>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors);
                var value = ReadNode(parser, anchors);
                if (key is not YamlScalar scalarKey)
                {
                    throw new YamlException(new Mark(0, key.Line, key.Column), new Mark(0, key.Line, key.Column), "a mapping key must be a plain string");
                }

                entries.Add(new YamlEntry(scalarKey, value));
            }

            node = new YamlMapping(entries, Line(mappingStart), Column(mappingStart));
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static int Line(ParsingEvent e) => (int)e.Start.Line;

    private static int Column(ParsingEvent e) => (int)e.Start.Column;
}
