using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Flywheel.Core.Policy.Options;
using Flywheel.Core.Policy.Yaml;
using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

internal sealed partial class PolicyReader
{
    internal static readonly string[] RuleKeys = ["enabled", "severity", "remediation", "scope", "options"];

    internal static readonly string[] SeverityNames = Enum.GetNames<Severity>().Select(OptionValueType.CamelCase).ToArray();

    internal static readonly string[] RemediationNames = Enum.GetNames<RemediationMode>().Select(OptionValueType.CamelCase).ToArray();

    private Dictionary<string, RulePolicy> ReadRules(YamlValue node)
    {
        var rules = new Dictionary<string, RulePolicy>(StringComparer.Ordinal);
        if (node is YamlScalar { IsNull: true })
        {
            return rules;
        }

        if (node is not YamlMapping mapping)
        {
            Expected(node, "rules", "a mapping of rule ids to rule settings");
            return rules;
        }

        foreach (var entry in Entries(mapping, "rules"))
        {
            var id = entry.Key.Value;
            var registered = _registry.Find(id);
            if (registered is null)
            {
                Error(entry.Key, "rules", $"unknown rule {Quote(id)}{Suggestions.DidYouMean(id, _registry.Rules.Select(r => r.Id))}");
                continue;
            }

            if (ReadRule(entry, registered, Child("rules", id)) is { } rule)
            {
                rules.Add(id, rule);
            }
        }

        return rules;
    }

    private RulePolicy? ReadRule(YamlEntry ruleEntry, RegisteredRule registered, string path)
    {
        // "rule-id:" with no settings enables the rule with its defaults (the way to switch on an opt-in rule).
        if (ruleEntry.Value is YamlScalar { IsNull: true })
        {
            CheckDefaultOptions(registered, Child(path, "options"), ruleEntry.Key);
            return new RulePolicy();
        }

        if (ruleEntry.Value is not YamlMapping mapping)
        {
            Expected(ruleEntry.Value, path, "a mapping of rule settings (enabled, severity, remediation, scope, options)");
            return null;
        }

        var fields = Fields(mapping, path, RuleKeys);
        var rule = new RulePolicy();
        if (fields.TryGetValue("enabled", out var enabled))
        {
            rule = rule with { Enabled = ReadBool(enabled.Value, Child(path, "enabled")) ?? true };
        }

        if (fields.TryGetValue("severity", out var severity))
        {
            rule = rule with { Severity = ReadEnum<Severity>(severity.Value, Child(path, "severity"), "severity", SeverityNames) };
        }

        if (fields.TryGetValue("remediation", out var remediation))
        {
            rule = rule with { Remediation = ReadEnum<RemediationMode>(remediation.Value, Child(path, "remediation"), "remediation mode", RemediationNames) ?? RemediationMode.Report };
        }

        if (fields.TryGetValue("scope", out var scope))
        {
            rule = rule with { Scope = ReadScope(scope.Value, Child(path, "scope")) };
        }

        if (fields.TryGetValue("options", out var options))
        {
            rule = rule with { Options = ReadOptions(options, registered, Child(path, "options"), rule.Enabled) };
        }
        else if (rule.Enabled)
        {
            CheckDefaultOptions(registered, Child(path, "options"), ruleEntry.Key);
        }

        return rule;
    }

    private TEnum? ReadEnum<TEnum>(YamlValue node, string path, string what, string[] names)
        where TEnum : struct, Enum
    {
        if (ReadString(node, path) is not { } value)
        {
            return null;
        }

        var index = Array.IndexOf(names, value);
        if (index < 0)
        {
            Error(node, path, $"invalid {what} {Quote(value)}{Suggestions.DidYouMean(value, names)} (allowed: {string.Join(", ", names)})");
            return null;
        }

        return Enum.GetValues<TEnum>()[index];
    }

    /// <summary>
    /// Binds the options mapping onto a fresh instance of the rule's options type (so unset options keep their
    /// defaults), then validates it with DataAnnotations. Returns null when the options are absent or invalid.
    /// </summary>
    private object? ReadOptions(YamlEntry optionsEntry, RegisteredRule registered, string path, bool enabled)
    {
        var model = RuleOptionsModel.For(registered.Rule.OptionsType);
        if (model.Options.Count == 0)
        {
            Error(optionsEntry.Key, path, $"rule {Quote(registered.Id)} has no options");
            return null;
        }

        if (optionsEntry.Value is YamlScalar { IsNull: true })
        {
            if (enabled)
            {
                CheckDefaultOptions(registered, path, optionsEntry.Key);
            }

            return null;
        }

        if (optionsEntry.Value is not YamlMapping mapping)
        {
            Expected(optionsEntry.Value, path, "a mapping of option names to values");
            return null;
        }

        var names = model.Options.Select(o => o.Name).ToArray();
        var instance = model.CreateDefault();
        var keys = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        var errorsBefore = _errors.Count;
        foreach (var entry in Entries(mapping, path))
        {
            var option = model.Find(entry.Key.Value);
            if (option is null)
            {
                Error(entry.Key, path, $"unknown option {Quote(entry.Key.Value)}{Suggestions.DidYouMean(entry.Key.Value, names)} (allowed: {string.Join(", ", names)})");
                continue;
            }

            if (TryConvert(entry.Value, option.ValueType, Child(path, option.Name), out var value))
            {
                option.Property.SetValue(instance, value);
                keys.Add(option.Property.Name, entry.Key);
            }
        }

        Validate(model, instance, path, keys, optionsEntry.Key);
        return _errors.Count == errorsBefore ? instance : null;
    }

    /// <summary>
    /// An enabled rule that the policy leaves at its defaults must still have valid options: a required option
    /// without a default (say, the destination region of an opt-in replication rule) has to be given.
    /// </summary>
    private void CheckDefaultOptions(RegisteredRule registered, string path, YamlScalar at)
    {
        var model = RuleOptionsModel.For(registered.Rule.OptionsType);
        if (model.Options.Count > 0)
        {
            Validate(model, model.CreateDefault(), path, new Dictionary<string, YamlScalar>(StringComparer.Ordinal), at);
        }
    }

    private bool TryConvert(YamlValue node, OptionValueType type, string path, out object? value)
    {
        value = null;
        if (type.IsNullable && node is YamlScalar { IsNull: true })
        {
            return true;
        }

        switch (type.Kind)
        {
            case OptionValueKind.Boolean:
                value = ReadBool(node, path);
                return value is not null;
            case OptionValueKind.Integer:
                if (node is YamlScalar { IsPlain: true } integer && long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    && (Nullable.GetUnderlyingType(type.ClrType) ?? type.ClrType) is var integerType
                    && (integerType == typeof(long) || number is >= int.MinValue and <= int.MaxValue))
                {
                    value = integerType == typeof(long) ? (object)number : (int)number;
                    return true;
                }

                Expected(node, path, type.Describe());
                return false;
            case OptionValueKind.Number:
                if (node is YamlScalar { IsPlain: true } real && double.TryParse(real.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    value = parsed;
                    return true;
                }

                Expected(node, path, type.Describe());
                return false;
            case OptionValueKind.String:
                value = ReadString(node, path);
                return value is not null;
            case OptionValueKind.Enum:
                return TryConvertEnum(node, type, path, out value);
            case OptionValueKind.List:
                return TryConvertList(node, type, path, out value);
            default:
                return TryConvertMap(node, type, path, out value);
        }
    }

    private bool TryConvertEnum(YamlValue node, OptionValueType type, string path, out object? value)
    {
        value = null;
        if (ReadString(node, path) is not { } text)
        {
            return false;
        }

        var index = type.EnumNames.ToList().IndexOf(text);
        if (index < 0)
        {
            Error(node, path, $"invalid value {Quote(text)}{Suggestions.DidYouMean(text, type.EnumNames)} (allowed: {string.Join(", ", type.EnumNames)})");
            return false;
        }

        var enumType = Nullable.GetUnderlyingType(type.ClrType) ?? type.ClrType;
        value = Enum.GetValues(enumType).GetValue(index);
        return true;
    }

    private bool TryConvertList(YamlValue node, OptionValueType type, string path, out object? value)
    {
        value = null;
        if (node is not YamlSequence sequence)
        {
            Expected(node, path, type.Describe());
            return false;
        }

        var items = new List<object?>();
        var ok = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            ok &= TryConvert(sequence.Items[i], type.Element!, Item(path, i), out var item);
            items.Add(item);
        }

        value = ok ? type.CreateList(items) : null;
        return ok;
    }

    private bool TryConvertMap(YamlValue node, OptionValueType type, string path, out object? value)
    {
        value = null;
        if (node is not YamlMapping mapping)
        {
            Expected(node, path, type.Describe());
            return false;
        }

        var entries = new List<KeyValuePair<string, object?>>();
        var ok = true;
        foreach (var entry in Entries(mapping, path))
        {
            ok &= TryConvert(entry.Value, type.Element!, Child(path, entry.Key.Value), out var item);
            entries.Add(new KeyValuePair<string, object?>(entry.Key.Value, item));
        }

        value = ok ? type.CreateMap(entries) : null;
        return ok;
    }

    /// <summary>
    /// Runs the DataAnnotations of each option with its YAML name as the display name, so messages read
    /// "The field minimumDays must be between 1 and 35.", then the class-level attributes and IValidatableObject.
    /// Each failure is reported at the option's key when the policy sets it, else at the <c>options</c> key.
    /// </summary>
    private void Validate(RuleOptionsModel model, object instance, string path, Dictionary<string, YamlScalar> keys, YamlScalar optionsKey)
    {
        foreach (var option in model.Options)
        {
            var results = new List<ValidationResult>();
            var context = new ValidationContext(instance) { MemberName = option.Property.Name, DisplayName = option.Name };
            if (!Validator.TryValidateProperty(option.Property.GetValue(instance), context, results))
            {
                var at = keys.GetValueOrDefault(option.Property.Name) ?? optionsKey;
                foreach (var result in results)
                {
                    Error(at, Child(path, option.Name), result.ErrorMessage ?? "is invalid");
                }
            }
        }

        var objectResults = new List<ValidationResult>();
        var objectContext = new ValidationContext(instance);
        Validator.TryValidateValue(instance, objectContext, objectResults, model.Type.GetCustomAttributes<ValidationAttribute>(inherit: true));
        if (instance is IValidatableObject validatable)
        {
            objectResults.AddRange(validatable.Validate(objectContext));
        }

        foreach (var result in objectResults)
        {
            var option = model.Options.FirstOrDefault(o => result.MemberNames.Contains(o.Property.Name, StringComparer.Ordinal));
            var at = option is not null ? keys.GetValueOrDefault(option.Property.Name) ?? optionsKey : optionsKey;
            Error(at, option is null ? path : Child(path, option.Name), result.ErrorMessage ?? "is invalid");
        }
    }
}
