using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// Flattens an input tree into query/ec2 form parameters, following the model as the AWS SDKs do: nested members
/// joined with dots; query lists as <c>Name.member.N</c> (or the list member's locationName, or <c>Name.N</c> when
/// flattened), maps as <c>Name.entry.N.key/value</c>; ec2 lists always <c>Name.N</c> and member names taken from
/// queryName, else locationName with its first letter upper-cased.
/// </summary>
internal sealed class QueryFormWriter(ServiceModel model, bool ec2)
{
    public string Write(string action, string? inputShape, JsonObject input)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("Action", action),
            new("Version", model.ApiVersion),
        };
        if (inputShape is not null)
        {
            WriteStructure(parameters, "", model.Shape(inputShape), input);
        }

        var builder = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(SigV4Signer.UriEncode(key)).Append('=').Append(SigV4Signer.UriEncode(value));
        }

        return builder.ToString();
    }

    private void Write(List<KeyValuePair<string, string>> output, string prefix, ShapeModel shape, JsonNode? node, MemberModel? reference)
    {
        if (node is null)
        {
            return;
        }

        switch (shape.Type)
        {
            case "structure":
                WriteStructure(output, prefix + ".", shape, node.AsObject());
                break;
            case "list":
                WriteList(output, prefix, shape, node.AsArray(), reference);
                break;
            case "map":
                var index = 0;
                var entryPrefix = shape.Flattened || reference?.Flattened == true ? prefix : prefix + ".entry";
                foreach (var (key, value) in node.AsObject())
                {
                    index++;
                    output.Add(new($"{entryPrefix}.{index}.{shape.Key!.LocationName ?? "key"}", key));
                    Write(output, $"{entryPrefix}.{index}.{shape.Value!.LocationName ?? "value"}", model.Shape(shape.Value.Shape), value, shape.Value);
                }

                break;
            default:
                output.Add(new(prefix, WireValues.ToText(node, shape.Type)));
                break;
        }
    }

    private void WriteStructure(List<KeyValuePair<string, string>> output, string prefix, ShapeModel shape, JsonObject node)
    {
        foreach (var (name, member) in shape.Members)
        {
            if (node[name] is { } value)
            {
                Write(output, prefix + SerializedName(member), model.Shape(member.Shape), value, member);
            }
        }
    }

    private void WriteList(List<KeyValuePair<string, string>> output, string prefix, ShapeModel shape, JsonArray items, MemberModel? reference)
    {
        var memberShape = model.Shape(shape.Member!.Shape);
        if (ec2)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Write(output, $"{prefix}.{i + 1}", memberShape, items[i], shape.Member);
            }

            return;
        }

        if (items.Count == 0)
        {
            // The query protocol sends an empty list as an empty value.
            output.Add(new(prefix, ""));
            return;
        }

        string listPrefix;
        if (shape.Flattened || reference?.Flattened == true)
        {
            listPrefix = shape.Member.LocationName is { } itemName ? prefix[..(prefix.LastIndexOf('.') + 1)] + itemName : prefix;
        }
        else
        {
            listPrefix = $"{prefix}.{shape.Member.LocationName ?? "member"}";
        }

        for (var i = 0; i < items.Count; i++)
        {
            Write(output, $"{listPrefix}.{i + 1}", memberShape, items[i], shape.Member);
        }
    }

    private string SerializedName(MemberModel member)
    {
        if (!ec2)
        {
            return member.LocationName ?? member.Name;
        }

        if (member.QueryName is { } queryName)
        {
            return queryName;
        }

        return member.LocationName is { Length: > 0 } location ? char.ToUpperInvariant(location[0]) + location[1..] : member.Name;
    }
}
