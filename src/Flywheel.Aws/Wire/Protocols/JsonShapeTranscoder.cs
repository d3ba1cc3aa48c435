using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// Transcodes a json/rest-json response body into member-keyed JSON in one pass of a <see cref="Utf8JsonReader"/>
/// (no tree): each member's locationName, when it has one, read as its member name; timestamps (epoch seconds, or
/// text) written as round-trip ISO; body keys the shape does not model, and JSON nulls of members, dropped; a
/// structure, list or map member holding another kind of value written as null; other scalars copied as they are.
/// </summary>
internal sealed class JsonShapeTranscoder(ServiceModel model)
{
    private const int StackNameLength = 128;

    private readonly ConcurrentDictionary<ShapeModel, FrozenDictionary<string, JsonMemberBinding>> _bindings = new();

    /// <summary>
    /// Writes the body as the output of <paramref name="shape"/>, then <paramref name="extraMembers"/> (members bound
    /// outside the body) inside the same object. False when the body is not one JSON object.
    /// </summary>
    public bool TryTranscode(ReadOnlySpan<byte> body, ShapeModel shape, WireOutputBuilder output, Action<WireOutputBuilder>? extraMembers)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(output);
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            WriteStructure(ref reader, body, shape, output, extraMembers);

            // A second value after the object is not JSON (Read throws on it); trailing white space is fine.
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void WriteStructure(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, ShapeModel shape, WireOutputBuilder output, Action<WireOutputBuilder>? topLevelExtras)
    {
        var topLevel = topLevelExtras is not null || reader.CurrentDepth == 0;
        var bindings = _bindings.GetOrAdd(shape, Bind).GetAlternateLookup<ReadOnlySpan<char>>();
        var writer = output.Writer;
        Span<char> name = stackalloc char[StackNameLength];
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            JsonMemberBinding? binding;
            if (reader.ValueIsEscaped || reader.ValueSpan.Length > StackNameLength)
            {
                bindings.TryGetValue(reader.GetString().AsSpan(), out binding);
            }
            else
            {
                var length = reader.CopyString(name);
                bindings.TryGetValue(name[..length], out binding);
            }

            if (binding is null)
            {
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (topLevel && binding.Shape.Type == "string" && reader.TokenType == JsonTokenType.String)
            {
                output.AddTopLevelString(binding.Member, reader.GetString()!);
            }

            writer.WritePropertyName(binding.EncodedMember);
            WriteValue(ref reader, body, binding.Shape, output);
        }

        topLevelExtras?.Invoke(output);
        writer.WriteEndObject();
    }

    private void WriteValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, ShapeModel shape, WireOutputBuilder output)
    {
        var writer = output.Writer;
        switch (shape.Type)
        {
            case "structure" when reader.TokenType == JsonTokenType.StartObject:
                WriteStructure(ref reader, body, shape, output, topLevelExtras: null);
                break;
            case "list" when reader.TokenType == JsonTokenType.StartArray:
                var itemShape = model.Shape(shape.Member!.Shape);
                writer.WriteStartArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    WriteItem(ref reader, body, itemShape, output);
                }

                writer.WriteEndArray();
                break;
            case "map" when reader.TokenType == JsonTokenType.StartObject:
                var valueShape = model.Shape(shape.Value!.Shape);
                writer.WriteStartObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueIsEscaped)
                    {
                        writer.WritePropertyName(reader.GetString()!);
                    }
                    else
                    {
                        writer.WritePropertyName(reader.ValueSpan);
                    }

                    reader.Read();
                    WriteItem(ref reader, body, valueShape, output);
                }

                writer.WriteEndObject();
                break;
            case "structure" or "list" or "map":
                writer.WriteNullValue();
                reader.Skip();
                break;
            case "timestamp":
                WireValues.WriteTimestamp(writer, ReadTimestamp(ref reader));
                break;
            default:
                // Copied as the service wrote it (escapes included): the bytes are already valid JSON.
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                writer.WriteRawValue(body[start..(int)reader.BytesConsumed], skipInputValidation: true);
                break;
        }
    }

    private void WriteItem(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, ShapeModel shape, WireOutputBuilder output)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            output.Writer.WriteNullValue();
        }
        else
        {
            WriteValue(ref reader, body, shape, output);
        }
    }

    private static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return WireValues.FromEpochSeconds(reader.GetDouble());
            case JsonTokenType.String when !reader.ValueIsEscaped && reader.ValueSpan.Length <= StackNameLength:
                Span<char> text = stackalloc char[StackNameLength];
                var length = reader.CopyString(text);
                return WireValues.ParseTimestamp(text[..length]);
            case JsonTokenType.String:
                return WireValues.ParseTimestamp(reader.GetString());
            default:
                throw new JsonException($"A timestamp is a number or a string, not {reader.TokenType}.");
        }
    }

    private FrozenDictionary<string, JsonMemberBinding> Bind(ShapeModel shape)
    {
        var bindings = new Dictionary<string, JsonMemberBinding>(StringComparer.Ordinal);
        foreach (var (name, member) in shape.Members)
        {
            // Members bound to headers, the URI or the status code are not in the body.
            if (member.Location is null)
            {
                bindings.TryAdd(member.LocationName ?? name, new JsonMemberBinding(name, JsonEncodedText.Encode(name, WireOutputBuilder.WriterOptions.Encoder), model.Shape(member.Shape)));
            }
        }

        return bindings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
