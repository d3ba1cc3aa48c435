using System.Collections;
using System.Globalization;
using System.Reflection;
using Flywheel.Core.Rules;
using Flywheel.Reports.Json;

namespace Flywheel.Reports.Rules;

/// <summary>Reads a rule's options type: public settable properties, named in camelCase, with the defaults of a new instance.</summary>
public static class RuleOptionsDescriber
{
    public static IReadOnlyList<RuleOption> Describe(Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(optionsType);
        if (optionsType == typeof(NoOptions))
        {
            return [];
        }

        var defaults = Activator.CreateInstance(optionsType);
        return optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new RuleOption(JsonCamelCase.Of(p.Name), TypeName(p.PropertyType), Format(p.GetValue(defaults))))
            .ToArray();
    }

    private static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "string";
        }

        if (underlying == typeof(bool))
        {
            return "boolean";
        }

        if (underlying == typeof(int) || underlying == typeof(long))
        {
            return "integer";
        }

        if (underlying == typeof(double) || underlying == typeof(decimal))
        {
            return "number";
        }

        if (underlying.IsEnum)
        {
            return "enum";
        }

        return typeof(IEnumerable).IsAssignableFrom(underlying) ? "list" : underlying.Name;
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        Enum e => KebabCase.Of(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };
}
