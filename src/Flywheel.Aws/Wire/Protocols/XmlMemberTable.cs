using System.Numerics;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// A structure's child element names (UTF-8) → the members they bind to: an open-addressing table over the name
/// bytes as the reader gives them, so finding a member neither decodes nor allocates.
/// </summary>
internal sealed class XmlMemberTable
{
    private readonly byte[][] _names;

    private readonly XmlElementBinding[] _bindings;

    // Binding index + 1 per slot; 0 is an empty slot.
    private readonly int[] _slots;

    /// <summary>The bindings, by <see cref="XmlElementBinding.Index"/>: each at the position its index gives.</summary>
    public XmlMemberTable(IReadOnlyList<(byte[] Name, XmlElementBinding Binding)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _names = new byte[entries.Count][];
        _bindings = new XmlElementBinding[entries.Count];
        _slots = new int[Math.Max(8, (int)BitOperations.RoundUpToPowerOf2((uint)(entries.Count * 4)))];
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, binding) = entries[i];
            _names[i] = name;
            _bindings[i] = binding;
            var slot = Hash(name) & (_slots.Length - 1);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = i + 1;
        }
    }

    public int Count => _bindings.Length;

    public IReadOnlyList<XmlElementBinding> Bindings => _bindings;

    /// <summary>
    /// The member element <paramref name="name"/> binds to; null for an element the shape does not have. Elements
    /// mostly come in model order, so the member after the last one found (<paramref name="next"/>) is tried first.
    /// </summary>
    public XmlElementBinding? Find(ReadOnlySpan<byte> name, ref int next)
    {
        if ((uint)next < (uint)_names.Length && name.SequenceEqual(_names[next]))
        {
            return _bindings[next++];
        }

        var binding = Find(name);
        if (binding is not null)
        {
            next = binding.Index + 1;
        }

        return binding;
    }

    /// <summary>The member element <paramref name="name"/> binds to; null for an element the shape does not have.</summary>
    public XmlElementBinding? Find(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return null;
        }

        var mask = _slots.Length - 1;
        for (var slot = Hash(name) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var index = _slots[slot] - 1;
            if (name.SequenceEqual(_names[index]))
            {
                return _bindings[index];
            }
        }

        return null;
    }

    // Length and three bytes tell RDS's member names apart well enough, mixed (Fibonacci hashing) so that similar
    // names do not cluster; a collision only costs a probe.
    private static int Hash(ReadOnlySpan<byte> name) =>
        (int)((uint)(name.Length | (name[0] << 8) | (name[^1] << 16) | (name[name.Length / 2] << 24)) * 0x9E3779B1u >> 8);
}
