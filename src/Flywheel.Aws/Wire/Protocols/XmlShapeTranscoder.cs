using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// Transcodes a query/ec2 XML response straight into member-keyed JSON, in one forward pass of a
/// <see cref="Utf8XmlReader"/> over the body's bytes (no XML or JSON tree, no UTF-16 copy), following the model as
/// the AWS SDKs' XML parsers do: element names from locationName (or the member name), list items from the list
/// member's locationName (<c>member</c>, <c>item</c>, <c>DBInstance</c>…) or repeated in place when flattened, maps
/// as <c>entry</c>/<c>key</c>/<c>value</c>; unknown elements are skipped. Scalars as
/// <see cref="WireValues.TryWriteText(Utf8JsonWriter, ReadOnlySpan{byte}, string, JsonEncodedText?)"/> converts
/// them; a member's first element with a value wins.
/// </summary>
internal sealed class XmlShapeTranscoder(ServiceModel model)
{
    // Per output shape: how to read it, built once (an RDS DBInstance has over a hundred members).
    private readonly ConcurrentDictionary<ShapeModel, XmlShapePlan> _plans = new();

    /// <summary>
    /// Writes the output of <paramref name="operation"/>: the structure under the result wrapper (query) or the root
    /// (ec2, or no wrapper); <c>{}</c> when the wrapper is missing or the operation has no output. Returns false when
    /// the body is not well-formed XML (the whole body is read, as a document parser would).
    /// </summary>
    public bool TryTranscode(ReadOnlyMemory<byte> body, OperationModel operation, bool ec2, WireOutputBuilder output)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(output);
        if (!Utf8XmlBody.TryPrepare(body, out var xml, out var start))
        {
            return false;
        }

        var reader = new Utf8XmlReader(xml.Span, start);
        if (!reader.Read() || reader.Kind != XmlTokenKind.StartElement)
        {
            return false;
        }

        var shape = operation.OutputShape is null ? null : model.Shape(operation.OutputShape);
        using var session = new Session(output);
        if (shape is null)
        {
            output.Writer.WriteStartObject();
            output.Writer.WriteEndObject();
        }
        else if (ec2 || operation.ResultWrapper is null)
        {
            session.WriteStructure(ref reader, Plan(shape), topLevel: true);
        }
        else
        {
            session.WriteWrapped(ref reader, Encoding.UTF8.GetBytes(operation.ResultWrapper), Plan(shape));
        }

        // The rest (ResponseMetadata, the root's end) must be well-formed too.
        while (reader.Read())
        {
        }

        return !reader.IsMalformed;
    }

    private XmlShapePlan Plan(ShapeModel shape) => _plans.GetOrAdd(shape, static (s, m) => XmlShapePlan.Build(m, s), model);

    /// <summary>
    /// One response's state: the writer (swapped for a side writer while a flattened item or a map value that came
    /// before its key is captured) and a pooled buffer for decoded element text. Every Write method starts on an
    /// element's start tag and leaves the reader on the node after its end tag.
    /// </summary>
    private sealed class Session(WireOutputBuilder output) : IDisposable
    {
        private Utf8JsonWriter _writer = output.Writer;

        private byte[] _text = ArrayPool<byte>.Shared.Rent(1024);

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_text);
            _text = [];
        }

        public void WriteWrapped(ref Utf8XmlReader reader, byte[] wrapper, XmlShapePlan plan)
        {
            var found = false;
            if (Enter(ref reader))
            {
                while (reader.Kind is not (XmlTokenKind.EndElement or XmlTokenKind.None))
                {
                    if (reader.Kind != XmlTokenKind.StartElement)
                    {
                        reader.Read();
                    }
                    else if (!found && reader.LocalName.SequenceEqual(wrapper))
                    {
                        WriteStructure(ref reader, plan, topLevel: true);
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

        public void WriteStructure(ref Utf8XmlReader reader, XmlShapePlan plan, bool topLevel)
        {
            var members = plan.Members;
            _writer.WriteStartObject();
            if (reader.IsEmptyElement)
            {
                reader.Read();
                _writer.WriteEndObject();
                return;
            }

            var written = members.Count <= 256 ? stackalloc bool[members.Count] : new bool[members.Count];
            SideValue?[]? flattened = null;
            var next = 0;
            reader.Read();
            while (reader.Kind is not (XmlTokenKind.EndElement or XmlTokenKind.None))
            {
                if (reader.Kind != XmlTokenKind.StartElement)
                {
                    reader.Read();
                    continue;
                }

                var binding = members.Find(reader.LocalName, ref next);
                if (binding is null)
                {
                    reader.Skip();
                }
                else if (binding.Flattened)
                {
                    // Items of a flattened list or map may be spread among other members: gather them on the side.
                    flattened ??= new SideValue?[members.Count];
                    var side = flattened[binding.Index] ??= new SideValue(binding.Plan.Kind == XmlShapeKind.List ? SideValueKind.Array : SideValueKind.Object);
                    var main = _writer;
                    _writer = side.Writer;
                    if (binding.Plan.Kind == XmlShapeKind.List)
                    {
                        WriteValue(ref reader, binding.Plan.Item!);
                    }
                    else
                    {
                        WriteMapEntry(ref reader, binding.Plan);
                    }

                    _writer = main;
                }
                else if (written[binding.Index])
                {
                    reader.Skip();
                }
                else
                {
                    written[binding.Index] = WriteMember(ref reader, binding, topLevel);
                }
            }

            reader.Read();
            if (flattened is not null)
            {
                foreach (var binding in members.Bindings)
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
        private bool WriteMember(ref Utf8XmlReader reader, XmlElementBinding binding, bool topLevel)
        {
            if (binding.Plan.Kind != XmlShapeKind.Scalar)
            {
                _writer.WritePropertyName(binding.EncodedMember);
                WriteValue(ref reader, binding.Plan);
                return true;
            }

            var text = ReadText(ref reader);
            if (topLevel && binding.Plan.IsString)
            {
                output.AddTopLevelString(binding.Member, Encoding.UTF8.GetString(text));
            }

            return WireValues.TryWriteText(_writer, text, binding.Plan.Type, binding.EncodedMember);
        }

        private void WriteValue(ref Utf8XmlReader reader, XmlShapePlan plan)
        {
            switch (plan.Kind)
            {
                case XmlShapeKind.Structure:
                    WriteStructure(ref reader, plan, topLevel: false);
                    break;
                case XmlShapeKind.List:
                    _writer.WriteStartArray();
                    if (Enter(ref reader))
                    {
                        while (NextChild(ref reader, plan.ItemName))
                        {
                            WriteValue(ref reader, plan.Item!);
                        }
                    }

                    _writer.WriteEndArray();
                    break;
                case XmlShapeKind.Map:
                    _writer.WriteStartObject();
                    if (Enter(ref reader))
                    {
                        while (NextChild(ref reader, "entry"u8))
                        {
                            WriteMapEntry(ref reader, plan);
                        }
                    }

                    _writer.WriteEndObject();
                    break;
                default:
                    if (!WireValues.TryWriteText(_writer, ReadText(ref reader), plan.Type))
                    {
                        _writer.WriteNullValue();
                    }

                    break;
            }
        }

        /// <summary>Moves into an element's children; false (and past the element) when it is empty.</summary>
        private static bool Enter(ref Utf8XmlReader reader)
        {
            var empty = reader.IsEmptyElement;
            reader.Read();
            return !empty;
        }

        /// <summary>Moves to the next child element named <paramref name="name"/>, skipping others; false, and past the parent's end tag, when there is none.</summary>
        private static bool NextChild(ref Utf8XmlReader reader, ReadOnlySpan<byte> name)
        {
            while (reader.Kind is not (XmlTokenKind.EndElement or XmlTokenKind.None))
            {
                if (reader.Kind != XmlTokenKind.StartElement)
                {
                    reader.Read();
                }
                else if (reader.LocalName.SequenceEqual(name))
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
        private void WriteMapEntry(ref Utf8XmlReader reader, XmlShapePlan map)
        {
            byte[]? key = null;
            var valueSeen = false;
            SideValue? early = null;
            if (!Enter(ref reader))
            {
                return;
            }

            while (reader.Kind is not (XmlTokenKind.EndElement or XmlTokenKind.None))
            {
                if (reader.Kind != XmlTokenKind.StartElement)
                {
                    reader.Read();
                }
                else if (key is null && reader.LocalName.SequenceEqual(map.KeyName))
                {
                    key = ReadText(ref reader).ToArray();
                }
                else if (!valueSeen && reader.LocalName.SequenceEqual(map.ValueName))
                {
                    valueSeen = true;
                    if (key is not null)
                    {
                        _writer.WritePropertyName(key);
                        WriteValue(ref reader, map.Item!);
                    }
                    else
                    {
                        // The value came before its key: hold it until the key is known.
                        early = new SideValue(SideValueKind.Value);
                        var main = _writer;
                        _writer = early.Writer;
                        WriteValue(ref reader, map.Item!);
                        _writer = main;
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

        /// <summary>
        /// The text of the element the reader is on, as <see cref="System.Xml.Linq.XElement.Value"/> gives it (every
        /// text and CDATA node inside, at any depth, references resolved, line ends normalized): the document's own
        /// bytes when they need no decoding, else decoded into a pooled buffer valid until the next call.
        /// </summary>
        private ReadOnlySpan<byte> ReadText(ref Utf8XmlReader reader)
        {
            if (reader.TryReadPlainContent(out var plain))
            {
                reader.Read();
                return plain;
            }

            var depth = reader.Depth;
            if (!Enter(ref reader))
            {
                return [];
            }

            ReadOnlySpan<byte> single = [];
            var length = -1;
            while (!(reader.Kind == XmlTokenKind.EndElement && reader.Depth == depth) && reader.Kind != XmlTokenKind.None)
            {
                if (reader.Kind == XmlTokenKind.Text)
                {
                    if (length < 0 && single.IsEmpty && !reader.TextNeedsDecoding)
                    {
                        single = reader.RawText;
                    }
                    else
                    {
                        if (length < 0)
                        {
                            length = Append(single, 0);
                            single = [];
                        }

                        length = Append(ref reader, length);
                    }
                }

                reader.Read();
            }

            reader.Read();
            return length < 0 ? single : _text.AsSpan(0, length);
        }

        /// <summary>Appends the reader's text, decoded, to the buffer at <paramref name="length"/>; returns the new length.</summary>
        private int Append(ref Utf8XmlReader reader, int length)
        {
            var raw = reader.RawText;
            if (!reader.TextNeedsDecoding)
            {
                return Append(raw, length);
            }

            Reserve(length + raw.Length);
            return length + Utf8XmlReader.DecodeText(raw, reader.TextIsCData, _text.AsSpan(length));
        }

        private int Append(ReadOnlySpan<byte> text, int length)
        {
            Reserve(length + text.Length);
            text.CopyTo(_text.AsSpan(length));
            return length + text.Length;
        }

        private void Reserve(int length)
        {
            if (length > _text.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(length, _text.Length * 2));
                _text.CopyTo(larger, 0);
                ArrayPool<byte>.Shared.Return(_text);
                _text = larger;
            }
        }
    }
}
