using System.Runtime.CompilerServices;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>Picks the protocol a service model declares.</summary>
internal static class WireProtocols
{
    // One protocol per model, so the per-shape binding tables its readers build are built once per process, not per call.
    private static readonly ConditionalWeakTable<ServiceModel, IWireProtocol> Protocols = [];

    public static IWireProtocol For(ServiceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Protocols.GetValue(model, Create);
    }

    private static IWireProtocol Create(ServiceModel model) => model.Protocol switch
    {
        "query" => new QueryProtocol(model, ec2: false),
        "ec2" => new QueryProtocol(model, ec2: true),
        "json" => new JsonProtocol(model),
        "rest-json" => new RestJsonProtocol(model),
        _ => throw new NotSupportedException($"Protocol {model.Protocol} of {model.Key} is not supported."),
    };
}
