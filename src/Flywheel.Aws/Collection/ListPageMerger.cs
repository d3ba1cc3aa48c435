using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Collection;

/// <summary>
/// Merges the pages of a list call into the one document the AWS CLI prints (<c>{"&lt;list member&gt;":[…]}</c>,
/// every page's items in order) by copying each item's JSON as the protocol wrote it: nothing is bound to a record
/// and serialized again. Items are bound only to what the collector reads from them (<typeparamref name="TItem"/>, a
/// small projection), and only when it asks.
/// </summary>
internal sealed class ListPageMerger<TItem> : IDisposable
{
    private readonly byte[] _member;
    private readonly JsonTypeInfo<TItem>? _items;
    private readonly PooledBufferWriter _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly List<TItem> _bound = [];

    public ListPageMerger(string listMember, JsonTypeInfo<TItem>? items)
    {
        ArgumentException.ThrowIfNullOrEmpty(listMember);
        _member = System.Text.Encoding.UTF8.GetBytes(listMember);
        _items = items;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
        _writer.WriteStartObject();
        _writer.WritePropertyName(_member);
        _writer.WriteStartArray();
    }

    /// <summary>The bound items of the pages added so far (empty when no binding was asked for).</summary>
    public IReadOnlyList<TItem> Items => _bound;

    /// <summary>
    /// Appends a page's items (a page without the list member adds none).
    /// </summary>
    /// <exception cref="JsonException">An item does not bind to <typeparamref name="TItem"/>.</exception>
    public void Add(WireOutput page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var json = page.Json;
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The output is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals(_member))
            {
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                if (_items is null)
                {
                    reader.Skip();
                }
                else if (JsonSerializer.Deserialize(ref reader, _items) is { } item)
                {
                    _bound.Add(item);
                }

                _writer.WriteRawValue(json[start..(int)reader.BytesConsumed], skipInputValidation: true);
            }
        }
    }

    /// <summary>The merged document.</summary>
    public byte[] ToDocument()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _buffer.Dispose();
    }
}
