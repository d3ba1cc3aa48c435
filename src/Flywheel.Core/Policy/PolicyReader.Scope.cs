using System.Text.RegularExpressions;
using Flywheel.Core.Policy.Yaml;

namespace Flywheel.Core.Policy;

internal sealed partial class PolicyReader
{
    internal static readonly string[] ScopeKeys = ["accounts", "regions", "tags", "excludeTags"];

    internal const string AccountIdPattern = "^[0-9]{12}$";

    internal const string RegionPattern = "^[a-z]{2}(-[a-z]+)+-[0-9]+$";

    private PolicyScope ReadScope(YamlValue node, string path)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return PolicyScope.Everything;
        }

        if (node is not YamlMapping mapping)
        {
            Expected(node, path, "a mapping");
            return PolicyScope.Everything;
        }

        var fields = Fields(mapping, path, ScopeKeys);
        return new PolicyScope
        {
            Accounts = fields.TryGetValue("accounts", out var accounts) ? ReadAccounts(accounts.Value, Child(path, "accounts")) : [],
            Regions = fields.TryGetValue("regions", out var regions) ? ReadStringList(regions.Value, Child(path, "regions"), CheckRegion) : [],
            Tags = fields.TryGetValue("tags", out var tags) ? ReadTags(tags.Value, Child(path, "tags")) : new Dictionary<string, string>(StringComparer.Ordinal),
            ExcludeTags = fields.TryGetValue("excludeTags", out var exclude) ? ReadTags(exclude.Value, Child(path, "excludeTags")) : new Dictionary<string, string>(StringComparer.Ordinal),
        };
    }

    private List<string> ReadAccounts(YamlValue node, string path) => ReadStringList(node, path, CheckAccount);

    private static string? CheckAccount(string value) =>
        Regex.IsMatch(value, AccountIdPattern, RegexOptions.CultureInvariant) ? null : $"expected a 12-digit AWS account id, got {Quote(value)}";

    private static string? CheckRegion(string value) =>
        Regex.IsMatch(value, RegionPattern, RegexOptions.CultureInvariant) ? null : $"expected an AWS region code such as us-east-1, got {Quote(value)}";
}
