using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// One AWS protocol (query, ec2, json, rest-json): turns an operation's input (a JSON tree keyed by model member
/// names) into a request, and a response into its member-keyed JSON output (a <see cref="WireOutput"/> the caller
/// disposes) or an <see cref="AwsError"/>.
/// </summary>
internal interface IWireProtocol
{
    WireRequest Serialize(OperationModel operation, JsonObject input);

    AwsResult<WireOutput> Parse(OperationModel operation, WireResponse response);
}
