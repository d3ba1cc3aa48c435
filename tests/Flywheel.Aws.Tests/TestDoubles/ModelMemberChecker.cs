using System.Reflection;
using System.Text.Json.Serialization;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>
/// Checks a typed record against the official model: its shape exists, every property names a member of that
/// shape, nested records mirror the member's target shape, and scalar CLR types fit the shape's type.
/// </summary>
internal static class ModelMemberChecker
{
    public static IEnumerable<string> Check(Type record)
    {
        var attribute = record.GetCustomAttribute<AwsShapeAttribute>();
        if (attribute is null)
        {
            yield return $"{record.Name}: no [AwsShape]";
            yield break;
        }

        var shape = OfficialModels.Shape(attribute.Service, attribute.Shape);
        if (shape is null)
        {
            yield return $"{record.Name}: no shape {attribute.Shape} in the {attribute.Service} model";
            yield break;
        }

        var members = shape["members"]?.AsObject();
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var wireName = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;
            if (members?[wireName] is not { } member)
            {
                yield return $"{record.Name}.{property.Name}: {attribute.Service} shape {attribute.Shape} has no member '{wireName}'";
                continue;
            }

            var (targetName, target) = Element(attribute.Service, member["shape"]!.GetValue<string>());
            var clrType = ElementType(property.PropertyType);
            if (clrType.GetCustomAttribute<AwsShapeAttribute>() is { } nested)
            {
                if (nested.Shape != targetName || nested.Service != attribute.Service)
                {
                    yield return $"{record.Name}.{property.Name}: is {nested.Service} {nested.Shape} but the model says {targetName}";
                }

                continue;
            }

            var type = target["type"]!.GetValue<string>();
            var fits = type switch
            {
                "string" => clrType == typeof(string),
                "integer" => clrType == typeof(int),
                "long" => clrType == typeof(long),
                "boolean" => clrType == typeof(bool),
                "double" or "float" => clrType == typeof(double),
                "timestamp" => clrType == typeof(DateTimeOffset),
                _ => false,
            };
            if (!fits)
            {
                yield return $"{record.Name}.{property.Name}: {clrType.Name} does not fit {type} shape {targetName}";
            }
        }
    }

    // Lists and maps are checked through their element (map keys are strings in every shape we bind).
    private static (string Name, System.Text.Json.Nodes.JsonObject Shape) Element(string service, string name)
    {
        var shape = OfficialModels.Shape(service, name)!;
        return shape["type"]!.GetValue<string>() switch
        {
            "list" => Element(service, shape["member"]!["shape"]!.GetValue<string>()),
            "map" => Element(service, shape["value"]!["shape"]!.GetValue<string>()),
            _ => (name, shape),
        };
    }

    private static Type ElementType(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return ElementType(type.GetGenericArguments()[0]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return ElementType(type.GetGenericArguments()[1]);
        }

        return type;
    }
}
