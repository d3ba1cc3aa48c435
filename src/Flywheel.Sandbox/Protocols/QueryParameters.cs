using System.Globalization;

namespace Flywheel.Sandbox.Protocols;

/// <summary>
/// The parameters of a query or ec2 request (form body plus query string). Lists arrive as
/// <c>Name.member.N</c>, <c>Name.Member.N</c> (RDS: <c>Filters.Filter.1.Name</c>) or flattened <c>Name.N</c> (EC2).
/// </summary>
internal sealed class QueryParameters(IReadOnlyDictionary<string, string> values)
{
    public static readonly QueryParameters Empty = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string? Get(string name) => Values.GetValueOrDefault(name);

    /// <summary>The integer value; null when absent or not an integer (the caller validates ranges).</summary>
    public int? GetInt(string name) =>
        int.TryParse(Get(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public bool? GetBool(string name) => Get(name)?.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>The scalar list under <paramref name="name"/>, in index order.</summary>
    public IReadOnlyList<string> GetList(string name) =>
        [.. GetStructures(name).Select(s => s.Get("")).OfType<string>()];

    /// <summary>The structures of the list under <paramref name="name"/>, each with its members as parameters.</summary>
    public IReadOnlyList<QueryParameters> GetStructures(string name)
    {
        var prefix = name + ".";
        var entries = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (key, value) in Values)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var segments = key[prefix.Length..].Split('.');
            // Name.N… (flattened) or Name.Member.N… (wrapped, whatever the member's name).
            var at = IsIndex(segments[0]) ? 0 : segments.Length > 1 && IsIndex(segments[1]) ? 1 : -1;
            if (at < 0)
            {
                continue;
            }

            var index = int.Parse(segments[at], CultureInfo.InvariantCulture);
            if (!entries.TryGetValue(index, out var members))
            {
                entries[index] = members = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            members[string.Join('.', segments[(at + 1)..])] = value;
        }

        return [.. entries.Values.Select(m => new QueryParameters(m))];
    }

    /// <summary>Name/values filters, under <c>Filters</c> (RDS) or <c>Filter</c> (EC2).</summary>
    public IReadOnlyList<RequestFilter> GetFilters(string name, string valuesName) =>
        [.. GetStructures(name).Select(s => new RequestFilter(s.Get("Name") ?? "", s.GetList(valuesName)))];

    private static bool IsIndex(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);
}
