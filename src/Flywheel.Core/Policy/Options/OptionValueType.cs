using System.Collections;

namespace Flywheel.Core.Policy.Options;

/// <summary>
/// The supported types of a rule option: bool, int, long, double, string, enums (written in camelCase), their
/// nullable forms, lists of those (List, arrays, read-only and set interfaces) and string-keyed dictionaries of them.
/// </summary>
internal sealed record OptionValueType(OptionValueKind Kind, Type ClrType, bool IsNullable, OptionValueType? Element, IReadOnlyList<string> EnumNames)
{
    private static readonly Type[] ListDefinitions =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(IEnumerable<>), typeof(IReadOnlyList<>),
        typeof(IReadOnlyCollection<>), typeof(HashSet<>), typeof(ISet<>), typeof(IReadOnlySet<>),
    ];

    private static readonly Type[] MapDefinitions = [typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>)];

    /// <summary>The option type for <paramref name="type"/>, or null when options of that type are not supported.</summary>
    public static OptionValueType? TryCreate(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            var inner = TryCreate(underlying);
            return inner is null ? null : inner with { ClrType = type, IsNullable = true };
        }

        if (type == typeof(bool))
        {
            return Scalar(OptionValueKind.Boolean, type);
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return Scalar(OptionValueKind.Integer, type);
        }

        if (type == typeof(double))
        {
            return Scalar(OptionValueKind.Number, type);
        }

        if (type == typeof(string))
        {
            return Scalar(OptionValueKind.String, type);
        }

        if (type.IsEnum)
        {
            return new OptionValueType(OptionValueKind.Enum, type, false, null, Enum.GetNames(type).Select(CamelCase).ToArray());
        }

        if (type.IsArray && type.GetArrayRank() == 1)
        {
            return Collection(OptionValueKind.List, type, type.GetElementType()!);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (ListDefinitions.Contains(definition))
            {
                return Collection(OptionValueKind.List, type, arguments[0]);
            }

            if (MapDefinitions.Contains(definition) && arguments[0] == typeof(string))
            {
                return Collection(OptionValueKind.Map, type, arguments[1]);
            }
        }

        return null;
    }

    /// <summary>"an integer", "a list of strings", "a mapping of strings to lists of strings".</summary>
    public string Describe() => Kind switch
    {
        OptionValueKind.Boolean => "a boolean (true or false)",
        OptionValueKind.Integer => "an integer",
        OptionValueKind.Number => "a number",
        OptionValueKind.String => "a string",
        OptionValueKind.Enum => "one of: " + string.Join(", ", EnumNames),
        OptionValueKind.List => "a list of " + Element!.DescribePlural(),
        _ => "a mapping of strings to " + Element!.DescribePlural(),
    };

    /// <summary>Creates the CLR value from already-converted elements (a list of items or string-keyed pairs).</summary>
    public object CreateList(IReadOnlyList<object?> items)
    {
        var elementType = Element!.ClrType;
        if (ClrType.IsArray)
        {
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        var isSet = ClrType.IsGenericType && ClrType.GetGenericTypeDefinition() is var d && (d == typeof(HashSet<>) || d == typeof(ISet<>) || d == typeof(IReadOnlySet<>));
        var collection = Activator.CreateInstance((isSet ? typeof(HashSet<>) : typeof(List<>)).MakeGenericType(elementType))!;
        var add = collection.GetType().GetMethod("Add")!;
        foreach (var item in items)
        {
            add.Invoke(collection, [item]);
        }

        return collection;
    }

    public object CreateMap(IReadOnlyList<KeyValuePair<string, object?>> entries)
    {
        var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), Element!.ClrType), StringComparer.Ordinal)!;
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    /// <summary>The YAML spelling of an enum value.</summary>
    public static string CamelCase(string name) =>
        string.IsNullOrEmpty(name) || char.IsLower(name[0]) ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));

    private string DescribePlural() => Kind switch
    {
        OptionValueKind.Boolean => "booleans",
        OptionValueKind.Integer => "integers",
        OptionValueKind.Number => "numbers",
        OptionValueKind.String => "strings",
        OptionValueKind.Enum => "values (" + string.Join(", ", EnumNames) + ")",
        OptionValueKind.List => "lists of " + Element!.DescribePlural(),
        _ => "mappings of strings to " + Element!.DescribePlural(),
    };

    private static OptionValueType Scalar(OptionValueKind kind, Type type) => new(kind, type, false, null, []);

    private static OptionValueType? Collection(OptionValueKind kind, Type type, Type elementType)
    {
        var element = TryCreate(elementType);
        return element is null ? null : new OptionValueType(kind, type, false, element, []);
    }
}
