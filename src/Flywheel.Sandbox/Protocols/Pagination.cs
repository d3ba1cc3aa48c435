using System.Globalization;
using System.Text;

namespace Flywheel.Sandbox.Protocols;

/// <summary>Marker pagination over a stable ordering; markers are opaque to clients (base64 of the next offset, or of the last key).</summary>
internal static class Pagination
{
    private const string KeyPrefix = "fw2:";

    public static PageResult<T> Page<T>(IReadOnlyList<T> items, int pageSize, string? marker, Func<string, AwsError> invalidMarker)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(invalidMarker);
        var offset = 0;
        if (!string.IsNullOrEmpty(marker) && !TryDecode(marker, out offset))
        {
            return new PageResult<T>([], null, invalidMarker(marker));
        }

        var page = items.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count < items.Count ? Encode(offset + page.Count) : null;
        return new PageResult<T>(page, next, null);
    }

    /// <summary>
    /// Marker pagination over items in ordinal order of <paramref name="key"/>: the marker names the last item returned
    /// and the next page starts at the first item after it (binary search, O(log n)), so a page never repeats or skips
    /// an item that was there before and after it, whatever was added or deleted in between.
    /// </summary>
    public static PageResult<T> PageAfter<T>(IReadOnlyList<T> items, Func<T, string> key, int pageSize, string? marker, Func<string, AwsError> invalidMarker)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(invalidMarker);
        var start = 0;
        if (!string.IsNullOrEmpty(marker))
        {
            if (!TryDecodeKey(marker, out var after))
            {
                return new PageResult<T>([], null, invalidMarker(marker));
            }

            int low = 0, high = items.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (string.CompareOrdinal(key(items[middle]), after) <= 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            start = low;
        }

        var count = Math.Min(pageSize, items.Count - start);
        var page = new List<T>(count);
        for (var i = start; i < start + count; i++)
        {
            page.Add(items[i]);
        }

        var next = start + count < items.Count && count > 0 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(KeyPrefix + key(page[^1]))) : null;
        return new PageResult<T>(page, next, null);
    }

    private static bool TryDecodeKey(string marker, out string key)
    {
        key = "";
        var buffer = new byte[marker.Length];
        if (!Convert.TryFromBase64String(marker, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, written);
        if (!text.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        key = text[KeyPrefix.Length..];
        return true;
    }

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("fw1:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecode(string marker, out int offset)
    {
        offset = 0;
        var buffer = new byte[marker.Length];
        if (!Convert.TryFromBase64String(marker, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, written);
        return text.StartsWith("fw1:", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
