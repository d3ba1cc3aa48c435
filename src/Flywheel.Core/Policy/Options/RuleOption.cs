using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Flywheel.Core.Policy.Options;

/// <summary>One option of a rule: its YAML name (the camelCase property name), type, default and constraints.</summary>
internal sealed record RuleOption(string Name, PropertyInfo Property, OptionValueType ValueType, string? Description, object? DefaultValue)
{
    public RangeAttribute? Range => Property.GetCustomAttribute<RangeAttribute>(inherit: true);

    public MinLengthAttribute? MinLength => Property.GetCustomAttribute<MinLengthAttribute>(inherit: true);

    public MaxLengthAttribute? MaxLength => Property.GetCustomAttribute<MaxLengthAttribute>(inherit: true);

    public RegularExpressionAttribute? Pattern => Property.GetCustomAttribute<RegularExpressionAttribute>(inherit: true);

    public bool IsRequired => Property.GetCustomAttribute<RequiredAttribute>(inherit: true) is not null;
}
