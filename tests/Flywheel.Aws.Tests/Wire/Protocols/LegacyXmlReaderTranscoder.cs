using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Xml;
using Flywheel.Aws.Wire.Models;

using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>
/// The transcoder as it was before <see cref="Utf8XmlReader"/>, kept as the oracle for byte-identical output and
/// for which bodies are malformed. Transcodes a query/ec2 XML response straight into member-keyed JSON, in one forward pass of an
/// <see cref="XmlReader"/> (no XML or JSON tree), following the model as the AWS SDKs' XML parsers do: element
/// names from locationName (or the member name), list items from the list member's locationName (<c>member</c>,
/// <c>item</c>, <c>DBInstance</c>…) or repeated in place when flattened, maps as <c>entry</c>/<c>key</c>/<c>value</c>;
/// unknown elements are skipped. Scalars as <see cref="WireValues.TryWriteText(System.Text.Json.Utf8JsonWriter, ReadOnlySpan{char}, string, JsonEncodedText?)"/> converts them; a member's first
/// element with a value wins.
/// </summary>
internal sealed class LegacyXmlReaderTranscoder(ServiceModel model)
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    // Per structure shape: element name → the member it binds to. Built once, so a structure is read in one pass
    // over its children (an RDS DBInstance has over a hundred members: a lookup per member would be quadratic).
    private readonly ConcurrentDictionary<ShapeModel, FrozenDictionary<string, XmlElementBinding>> _bindings = new();

    /// <summary>
    /// Writes the output of <paramref name="operation"/>: the structure under the result wrapper (query) or the root
    /// (ec2, or no wrapper); <c>{}</c> when the wrapper is missing or the operation has no output. Returns false when
    /// the body is not well-formed XML (the whole body is read, as a document parser would).
    /// </summary>
    public bool TryTranscode(ReadOnlyMemory<byte> body, OperationModel operation, bool ec2, WireOutputBuilder output)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(output);
        if (body.IsEmpty)
        {
            return false;
        }

        var session = new Session(this, output);
        try
        {
            using var reader = XmlReader.Create(AsStream(body), Settings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return false;
            }

            var shape = operation.OutputShape is null ? null : model.Shape(operation.OutputShape);
            if (shape is null)
            {
                output.Writer.WriteStartObject();
                output.Writer.WriteEndObject();
            }
            else if (ec2 || operation.ResultWrapper is null)
            {
                session.WriteStructure(reader, shape, topLevel: true);
            }
            else
            {
                session.WriteWrapped(reader, operation.ResultWrapper, shape);
            }

            // The rest (ResponseMetadata, the root's end) must be well-formed too.
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
        finally
        {
            session.Dispose();
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> body) =>
        MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);

    private FrozenDictionary<string, XmlElementBinding> Bindings(ShapeModel shape) => _bindings.GetOrAdd(shape, Bind);

    private FrozenDictionary<string, XmlElementBinding> Bind(ShapeModel shape)
    {
        var bindings = new Dictionary<string, XmlElementBinding>(StringComparer.Ordinal);
        foreach (var (name, member) in shape.Members)
        {
            var memberShape = model.Shape(member.Shape);
            var flattened = memberShape.Type is "list" or "map" && (memberShape.Flattened || member.Flattened);
            var elementName = flattened && memberShape.Member?.LocationName is { } itemName ? itemName : member.LocationName ?? name;
            bindings.TryAdd(elementName, new XmlElementBinding(bindings.Count, name, JsonEncodedText.Encode(name, WireOutputBuilder.WriterOptions.Encoder), memberShape, flattened));
        }

        return bindings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// One response's state: the writer (swapped for a side writer while a flattened item or a map value that came
    /// before its key is captured) and a pooled buffer for element text. Every Write method starts on an element's
    /// start tag and leaves the reader on the node after its end tag.
    /// </summary>
    private sealed class Session(LegacyXmlReaderTranscoder owner, WireOutputBuilder output) : IDisposable
    {
        private Utf8JsonWriter _writer = output.Writer;

        private char[] _text = ArrayPool<char>.Shared.Rent(1024);

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_text);
            _text = [];
        }

        public void WriteWrapped(XmlReader reader, string wrapper, ShapeModel shape)
        {
            var found = false;
            if (reader.IsEmptyElement)
            {
                reader.Read();
            }
            else
            {
                reader.Read();
                while (reader.NodeType is not (XmlNodeType.EndElement or XmlNodeType.None))
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                    }
                    else if (!found && reader.LocalName == wrapper)
                    {
                        WriteStructure(reader, shape, topLevel: true);
                        found = true;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                reader.Read();
            }

            if (!found)
            {
                _writer.WriteStartObject();
                _writer.WriteEndObject();
            }
        }

        public void WriteStructure(XmlReader reader, ShapeModel shape, bool topLevel)
        {
            var bindings = owner.Bindings(shape);
            _writer.WriteStartObject();
            if (reader.IsEmptyElement)
            {
                reader.Read();
                _writer.WriteEndObject();
                return;
            }

            var written = bindings.Count <= 256 ? stackalloc bool[bindings.Count] : new bool[bindings.Count];
            SideValue?[]? flattened = null;
            reader.Read();
            while (reader.NodeType is not (XmlNodeType.EndElement or XmlNodeType.None))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (!bindings.TryGetValue(reader.LocalName, out var binding))
                {
                    reader.Skip();
                }
                else if (binding.Flattened)
                {
                    // Items of a flattened list or map may be spread among other members: gather them on the side.
                    flattened ??= new SideValue?[bindings.Count];
                    var side = flattened[binding.Index] ??= new SideValue(binding.Shape.Type == "list" ? SideValueKind.Array : SideValueKind.Object);
                    Capture(side, () => WriteFlattenedItem(reader, binding.Shape));
                }
                else if (written[binding.Index])
                {
                    reader.Skip();
                }
                else
                {
                    written[binding.Index] = WriteMember(reader, binding, topLevel);
                }
            }

            reader.Read();
            if (flattened is not null)
            {
                foreach (var binding in bindings.Values)
                {
                    if (flattened[binding.Index] is { } side)
                    {
                        _writer.WritePropertyName(binding.EncodedMember);
                        _writer.WriteRawValue(side.Close(), skipInputValidation: true);
                        side.Dispose();
                    }
                }
            }

            _writer.WriteEndObject();
        }

        /// <summary>Writes a member's name and value; false, writing nothing, when a scalar's text gives no value.</summary>
        private bool WriteMember(XmlReader reader, XmlElementBinding binding, bool topLevel)
        {
            if (binding.Shape.Type is "structure" or "list" or "map")
            {
                _writer.WritePropertyName(binding.EncodedMember);
                WriteValue(reader, binding.Shape);
                return true;
            }

            var text = ReadText(reader);
            if (topLevel && binding.Shape.Type == "string")
            {
                output.AddTopLevelString(binding.Member, text.ToString());
            }

            return WireValues.TryWriteText(_writer, text, binding.Shape.Type, binding.EncodedMember);
        }

        private void WriteValue(XmlReader reader, ShapeModel shape)
        {
            switch (shape.Type)
            {
                case "structure":
                    WriteStructure(reader, shape, topLevel: false);
                    break;
                case "list":
                    var itemName = shape.Member!.LocationName ?? "member";
                    var itemShape = owner.Shape(shape.Member.Shape);
                    _writer.WriteStartArray();
                    if (Enter(reader))
                    {
                        while (NextChild(reader, itemName))
                        {
                            WriteValue(reader, itemShape);
                        }
                    }

                    _writer.WriteEndArray();
                    break;
                case "map":
                    _writer.WriteStartObject();
                    if (Enter(reader))
                    {
                        while (NextChild(reader, "entry"))
                        {
                            WriteMapEntry(reader, shape);
                        }
                    }

                    _writer.WriteEndObject();
                    break;
                default:
                    if (!WireValues.TryWriteText(_writer, ReadText(reader), shape.Type))
                    {
                        _writer.WriteNullValue();
                    }

                    break;
            }
        }

        private void WriteFlattenedItem(XmlReader reader, ShapeModel shape)
        {
            if (shape.Type == "list")
            {
                WriteValue(reader, owner.Shape(shape.Member!.Shape));
            }
            else
            {
                WriteMapEntry(reader, shape);
            }
        }

        /// <summary>Moves into an element's children; false (and past the element) when it is empty.</summary>
        private static bool Enter(XmlReader reader)
        {
            var empty = reader.IsEmptyElement;
            reader.Read();
            return !empty;
        }

        /// <summary>Moves to the next child element named <paramref name="name"/>, skipping others; false, and past the parent's end tag, when there is none.</summary>
        private static bool NextChild(XmlReader reader, string name)
        {
            while (reader.NodeType is not (XmlNodeType.EndElement or XmlNodeType.None))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (reader.LocalName == name)
                {
                    return true;
                }
                else
                {
                    reader.Skip();
                }
            }

            reader.Read();
            return false;
        }

        /// <summary>One map entry: its first key and first value element; an entry without a key is dropped, one without a value maps to null.</summary>
        private void WriteMapEntry(XmlReader reader, ShapeModel map)
        {
            var keyName = map.Key!.LocationName ?? "key";
            var valueName = map.Value!.LocationName ?? "value";
            var valueShape = owner.Shape(map.Value.Shape);
            string? key = null;
            var valueSeen = false;
            SideValue? early = null;
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return;
            }

            reader.Read();
            while (reader.NodeType is not (XmlNodeType.EndElement or XmlNodeType.None))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (key is null && reader.LocalName == keyName)
                {
                    key = ReadText(reader).ToString();
                }
                else if (!valueSeen && reader.LocalName == valueName)
                {
                    valueSeen = true;
                    if (key is not null)
                    {
                        _writer.WritePropertyName(key);
                        WriteValue(reader, valueShape);
                    }
                    else
                    {
                        // The value came before its key: hold it until the key is known.
                        early = new SideValue(SideValueKind.Value);
                        Capture(early, () => WriteValue(reader, valueShape));
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            reader.Read();
            if (key is not null && early is not null)
            {
                _writer.WritePropertyName(key);
                _writer.WriteRawValue(early.Close(), skipInputValidation: true);
            }
            else if (key is not null && !valueSeen)
            {
                _writer.WritePropertyName(key);
                _writer.WriteNullValue();
            }

            early?.Dispose();
        }

        private void Capture(SideValue side, Action write)
        {
            var main = _writer;
            _writer = side.Writer;
            try
            {
                write();
            }
            finally
            {
                _writer = main;
            }
        }

        /// <summary>
        /// The text of the element the reader is on, as <see cref="System.Xml.Linq.XElement.Value"/> gives it (every
        /// text, CDATA and whitespace node inside, entities resolved), in a pooled buffer valid until the next call.
        /// </summary>
        private ReadOnlySpan<char> ReadText(XmlReader reader)
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return [];
            }

            var depth = reader.Depth;
            var length = 0;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && reader.NodeType != XmlNodeType.None)
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    while (true)
                    {
                        if (length == _text.Length)
                        {
                            var larger = ArrayPool<char>.Shared.Rent(_text.Length * 2);
                            _text.AsSpan(0, length).CopyTo(larger);
                            ArrayPool<char>.Shared.Return(_text);
                            _text = larger;
                        }

                        var read = reader.ReadValueChunk(_text, length, _text.Length - length);
                        if (read == 0)
                        {
                            break;
                        }

                        length += read;
                    }
                }

                reader.Read();
            }

            reader.Read();
            return _text.AsSpan(0, length);
        }
    }

    private ShapeModel Shape(string name) => model.Shape(name);

    private sealed record XmlElementBinding(int Index, string Member, JsonEncodedText EncodedMember, ShapeModel Shape, bool Flattened);
}
