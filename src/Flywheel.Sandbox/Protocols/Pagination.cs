using System.Globalization;
using System.Text;

namespace Flywheel.Sandbox.Protocols;

/// <summary>Marker pagination over a stable ordering; markers are opaque to clients (base64 of the next offset).</summary>
internal static class Pagination
{
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
