using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// The rest-json protocol (GuardDuty, Security Hub): the operation's method and URI template, with members bound
/// to the path (<c>{Name}</c>, greedy <c>{Name+}</c>), the query string and headers, the rest as a JSON body.
/// </summary>
internal sealed class RestJsonProtocol(ServiceModel model) : IWireProtocol
{
    private readonly JsonShapeCodec _codec = new(model);

    private readonly JsonShapeTranscoder _transcoder = new(model);

    public WireRequest Serialize(OperationModel operation, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(input);
        var template = operation.RequestUri;
        var queryStart = template.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart >= 0 ? template[..queryStart] : template;
        var query = new List<string>();
        if (queryStart >= 0)
        {
            // Literal query parameters in the template (rare) come first.
            query.AddRange(template[(queryStart + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries));
        }

        var headers = new List<KeyValuePair<string, string>>();
        var hasBody = false;
        var shape = operation.InputShape is null ? null : model.Shape(operation.InputShape);
        foreach (var (name, member) in shape?.Members ?? new Dictionary<string, MemberModel>())
        {
            if (input[name] is not { } value)
            {
                continue;
            }

            var memberShape = model.Shape(member.Shape);
            var wireName = member.LocationName ?? name;
            switch (member.Location)
            {
                case "uri":
                    var text = WireValues.ToText(value, memberShape.Type);
                    path = path.Replace("{" + wireName + "+}", SigV4Signer.UriEncode(text, encodeSlash: false), StringComparison.Ordinal)
                        .Replace("{" + wireName + "}", SigV4Signer.UriEncode(text), StringComparison.Ordinal);
                    break;
                case "querystring":
                    var values = memberShape.Type == "list" ? value.AsArray().Select(v => WireValues.ToText(v!, model.Shape(memberShape.Member!.Shape).Type)) : [WireValues.ToText(value, memberShape.Type)];
                    query.AddRange(values.Select(v => SigV4Signer.UriEncode(wireName) + "=" + SigV4Signer.UriEncode(v)));
                    break;
                case "header":
                    headers.Add(new(wireName, WireValues.ToText(value, memberShape.Type)));
                    break;
                case null:
                    hasBody = true;
                    break;
                default:
                    break;
            }
        }

        var body = hasBody && shape is not null ? Encoding.UTF8.GetBytes(_codec.ToWire(input, shape)!.ToJsonString()) : [];
        return new WireRequest(operation.HttpMethod, path, string.Join('&', query), headers, body, hasBody ? "application/json" : null);
    }

    public AwsResult<WireOutput> Parse(OperationModel operation, WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(response);
        return JsonResponses.Parse(model, _transcoder, operation, response, output => WriteBoundMembers(operation, response, output));
    }

    // Members bound to headers or the status code live outside the body.
    private void WriteBoundMembers(OperationModel operation, WireResponse response, WireOutputBuilder output)
    {
        var writer = output.Writer;
        foreach (var (name, member) in model.Shape(operation.OutputShape!).Members)
        {
            if (member.Location == "header" && response.Header(member.LocationName ?? name) is { } header)
            {
                var type = model.Shape(member.Shape).Type;
                if (type == "string")
                {
                    output.AddTopLevelString(name, header);
                }

                if (!WireValues.TryWriteText(writer, header, type, JsonEncodedText.Encode(name, WireOutputBuilder.WriterOptions.Encoder)))
                {
                    writer.WriteNull(name);
                }
            }
            else if (member.Location == "statusCode")
            {
                writer.WriteNumber(name, response.Status);
            }
        }
    }
}
