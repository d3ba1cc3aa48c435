namespace Flywheel.Core.Policy;

/// <summary>"Did you mean …?" for misspelt keys, rule ids and enum values (optimal string alignment distance).</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a few edits of <paramref name="value"/>, or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        var threshold = Math.Clamp(value.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(value, candidate);
            if (distance <= threshold && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"; did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;

    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
