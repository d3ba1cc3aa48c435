using System.Globalization;
using Flywheel.Core.Policy.Yaml;
using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

/// <summary>
/// Walks the YAML tree of one policy file and builds the <see cref="BaselinePolicy"/>, collecting every error with
/// its position instead of stopping at the first. Messages start with the path of the offending node
/// (<c>rules.rds-instance-backup-retention.options.minimumDays: …</c>) so they read well without the file open.
/// </summary>
internal sealed partial class PolicyReader
{
    internal static readonly string[] TopLevelKeys = ["version", "enableAllRules", "scope", "rules", "exceptions"];

    private readonly string _file;
    private readonly RuleRegistry _registry;
    private readonly DateTimeOffset _now;
    private readonly List<PolicyError> _errors = [];

    public PolicyReader(string file, RuleRegistry registry, DateTimeOffset now)
    {
        _file = file;
        _registry = registry;
        _now = now;
    }

    public IReadOnlyList<PolicyError> Errors => _errors;

    /// <summary>Reads the document; the result is meaningful only when <see cref="Errors"/> is empty.</summary>
    public BaselinePolicy? Read(YamlValue root)
    {
        if (root is not YamlMapping mapping)
        {
            Error(root, string.Empty, $"expected a mapping starting with 'version: 1', got {root.Describe()}");
            return null;
        }

        var fields = Fields(mapping, string.Empty, TopLevelKeys);
        if (fields.TryGetValue("version", out var version))
        {
            if (ReadInt(version.Value, "version") is { } number && number != 1)
            {
                Error(version.Value, "version", $"unsupported version {number.ToString(CultureInfo.InvariantCulture)}; this Flywheel reads version 1");
            }
        }
        else
        {
            Error(mapping, string.Empty, "missing required key 'version' (expected 'version: 1')");
        }

        var enableAllRules = fields.TryGetValue("enableAllRules", out var enableAll) ? ReadBool(enableAll.Value, "enableAllRules") ?? true : true;
        var scope = fields.TryGetValue("scope", out var scopeEntry) ? ReadScope(scopeEntry.Value, "scope") : PolicyScope.Everything;
        var rules = fields.TryGetValue("rules", out var rulesEntry) ? ReadRules(rulesEntry.Value) : new Dictionary<string, RulePolicy>(StringComparer.Ordinal);
        var exceptions = fields.TryGetValue("exceptions", out var exceptionsEntry) ? ReadExceptions(exceptionsEntry.Value) : [];
        return new BaselinePolicy
        {
            Source = _file,
            EnableAllRules = enableAllRules,
            Scope = scope,
            Rules = rules,
            Exceptions = exceptions,
        };
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    private static string Quote(string value) => $"'{value}'";

    private void Error(YamlValue node, string path, string message) =>
        _errors.Add(new PolicyError(_file, node.Line, node.Column, path.Length == 0 ? message : $"{path}: {message}"));

    private void Expected(YamlValue node, string path, string expected) => Error(node, path, $"expected {expected}, got {node.Describe()}");

    /// <summary>The entries of a mapping in order, reporting and skipping repeated keys.</summary>
    private List<YamlEntry> Entries(YamlMapping mapping, string path)
    {
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        var entries = new List<YamlEntry>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            if (seen.TryGetValue(entry.Key.Value, out var first))
            {
                Error(entry.Key, path, $"duplicate key {Quote(entry.Key.Value)} (first defined at line {first.Line.ToString(CultureInfo.InvariantCulture)})");
                continue;
            }

            seen.Add(entry.Key.Value, entry.Key);
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>The known keys of a fixed-shape mapping, reporting unknown keys with a suggestion and the allowed keys.</summary>
    private Dictionary<string, YamlEntry> Fields(YamlMapping mapping, string path, IReadOnlyList<string> allowed)
    {
        var fields = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries(mapping, path))
        {
            var key = entry.Key.Value;
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Error(entry.Key, path, $"unknown key {Quote(key)}{Suggestions.DidYouMean(key, allowed)} (allowed: {string.Join(", ", allowed)})");
                continue;
            }

            fields.Add(key, entry);
        }

        return fields;
    }

    private bool? ReadBool(YamlValue node, string path)
    {
        if (node is YamlScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        Expected(node, path, "a boolean (true or false)");
        return null;
    }

    private int? ReadInt(YamlValue node, string path)
    {
        if (node is YamlScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Expected(node, path, "an integer");
        return null;
    }

    private string? ReadString(YamlValue node, string path)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        Expected(node, path, "a string");
        return null;
    }

    private string? ReadText(YamlValue node, string path)
    {
        var value = ReadString(node, path);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Error(node, path, "must not be empty");
            return null;
        }

        return value;
    }

    /// <summary>A list of strings, each checked by <paramref name="check"/> (which returns an error message or null).</summary>
    private List<string> ReadStringList(YamlValue node, string path, Func<string, string?>? check = null)
    {
        var values = new List<string>();
        if (node is not YamlSequence sequence)
        {
            Expected(node, path, "a list of strings");
            return values;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            if (ReadString(item, Item(path, i)) is not { } value)
            {
                continue;
            }

            if (check?.Invoke(value) is { } problem)
            {
                Error(item, Item(path, i), problem);
                continue;
            }

            if (!values.Contains(value, StringComparer.Ordinal))
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>Tag selectors: key to value, where "*" means "the key is present".</summary>
    private Dictionary<string, string> ReadTags(YamlValue node, string path)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not YamlMapping mapping)
        {
            Expected(node, path, "a mapping of tag keys to values");
            return tags;
        }

        foreach (var entry in Entries(mapping, path))
        {
            var tagPath = Child(path, entry.Key.Value);
            if (entry.Key.Value.Length == 0)
            {
                Error(entry.Key, path, "a tag key must not be empty");
            }
            else if (entry.Value is YamlScalar { IsNull: false } value)
            {
                tags.Add(entry.Key.Value, value.Value);
            }
            else
            {
                Expected(entry.Value, tagPath, "a tag value (use '*' for any value)");
            }
        }

        return tags;
    }
}
