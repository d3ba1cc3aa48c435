using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Hosting;

/// <summary>One AWS service of the sandbox: serves the operations of its signing name over its protocol.</summary>
internal interface IOperationHandler
{
    /// <summary>The SigV4 signing name (credential scope service): rds, ec2, kms, sts, secretsmanager.</summary>
    string SigningName { get; }

    AwsProtocol Protocol { get; }

    /// <summary>The XML namespace of query-protocol bodies and errors; null for the other protocols.</summary>
    string? XmlNamespace { get; }

    /// <summary>Serves one operation. Called with the region's lock held and its state advanced to the clock.</summary>
    ServiceReply Handle(SandboxRequest request);
}
