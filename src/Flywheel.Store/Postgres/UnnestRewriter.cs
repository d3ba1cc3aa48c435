using System.Text.RegularExpressions;

namespace Flywheel.Store.Postgres;

/// <summary>
/// Turns a one-row <c>INSERT … VALUES (@a, @b, …) [ON CONFLICT …]</c> into the set form
/// <c>INSERT … SELECT v.a, v.b, … FROM unnest(@a, @b, …) AS v(a, b, …) [ON CONFLICT …]</c>, so the SQL is
/// written once for both stores.
/// </summary>
internal static partial class UnnestRewriter
{
    public static string? TryRewrite(string sql, IReadOnlyList<string> parameterNames)
    {
        var match = ValuesClause().Match(sql);
        if (!match.Success)
        {
            return null;
        }

        var names = parameterNames.Select(n => n.TrimStart('@')).ToArray();
        var tuple = Parameter().Replace(match.Groups["tuple"].Value, m => "v." + m.Groups["name"].Value);
        var set = $"SELECT {tuple} FROM unnest({string.Join(", ", names.Select(n => "@" + n))}) AS v({string.Join(", ", names)})";
        return sql[..match.Index] + set + sql[(match.Index + match.Length)..];
    }

    [GeneratedRegex(@"VALUES\s*\((?<tuple>[^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ValuesClause();

    [GeneratedRegex(@"@(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
