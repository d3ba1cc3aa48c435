using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>Picks the protocol a service model declares.</summary>
internal static class WireProtocols
{
    public static IWireProtocol For(ServiceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Protocol switch
        {
            "query" => new QueryProtocol(model, ec2: false),
            "ec2" => new QueryProtocol(model, ec2: true),
            "json" => new JsonProtocol(model),
            "rest-json" => new RestJsonProtocol(model),
            _ => throw new NotSupportedException($"Protocol {model.Protocol} of {model.Key} is not supported."),
        };
    }
}
