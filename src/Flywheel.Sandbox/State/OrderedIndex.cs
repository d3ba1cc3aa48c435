using System.Collections;

namespace Flywheel.Sandbox.State;

/// <summary>
/// Resources by identifier in ordinal order, with the ordered values cached as an array until the next add or
/// remove: describing a page of 100 out of 100,000 instances seeks in an array (binary search, see
/// <see cref="Protocols.Pagination.PageAfter"/>) instead of copying and walking a tree. Guarded, like everything in <see cref="RegionState"/>, by the region's lock.
/// </summary>
internal sealed class OrderedIndex<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly SortedDictionary<string, TValue> _items = new(StringComparer.Ordinal);
    private string[]? _keys;
    private TValue[]? _values;

    public int Count => _items.Count;

    /// <summary>The identifiers in ordinal order (a cached array; do not hold it across a change).</summary>
    public IReadOnlyList<string> OrderedKeys => _keys ??= [.. _items.Keys];

    /// <summary>The values in identifier order (a cached array, so changing the index while enumerating is safe).</summary>
    public IReadOnlyList<TValue> Ordered => _values ??= [.. _items.Values];

    public IEnumerable<string> Keys => OrderedKeys;

    public IEnumerable<TValue> Values => Ordered;

    public TValue this[string key]
    {
        get => _items[key];
        set
        {
            _items[key] = value;
            Invalidate();
        }
    }

    public bool Remove(string key)
    {
        if (!_items.Remove(key))
        {
            return false;
        }

        Invalidate();
        return true;
    }

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => _items.ToList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Invalidate()
    {
        _keys = null;
        _values = null;
    }
}
