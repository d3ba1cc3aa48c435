using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;

namespace Flywheel.Core.Policy.Options;

/// <summary>
/// What the policy may set for a rule: the public get/set properties of its options type, in declaration order,
/// with the defaults of a freshly created instance. Built once per type.
/// </summary>
internal sealed class RuleOptionsModel
{
    private static readonly ConcurrentDictionary<Type, RuleOptionsModel> Cache = new();

    private RuleOptionsModel(Type type, IReadOnlyList<RuleOption> options)
    {
        Type = type;
        Options = options;
    }

    public Type Type { get; }

    /// <summary>The settable options; empty for <c>NoOptions</c>.</summary>
    public IReadOnlyList<RuleOption> Options { get; }

    public static RuleOptionsModel For(Type optionsType) => Cache.GetOrAdd(optionsType ?? throw new ArgumentNullException(nameof(optionsType)), Create);

    public object CreateDefault() => Activator.CreateInstance(Type)!;

    public RuleOption? Find(string name) => Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    private static RuleOptionsModel Create(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new NotSupportedException($"Options type {type.FullName} needs a public parameterless constructor.");
        }

        var defaults = Activator.CreateInstance(type)!;
        var options = new List<RuleOption>();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod?.IsPublic == true && p.SetMethod?.IsPublic == true)
            .OrderBy(p => p.MetadataToken);
        foreach (var property in properties)
        {
            var valueType = OptionValueType.TryCreate(property.PropertyType)
                ?? throw new NotSupportedException($"Option {type.Name}.{property.Name} has type {property.PropertyType.Name}, which a policy cannot set (use bool, int, long, double, string, an enum, a list or a string-keyed dictionary of those).");
            var description = property.GetCustomAttribute<DescriptionAttribute>(inherit: true)?.Description;
            options.Add(new RuleOption(OptionValueType.CamelCase(property.Name), property, valueType, description, property.GetValue(defaults)));
        }

        return new RuleOptionsModel(type, options);
    }
}
