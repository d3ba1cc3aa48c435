namespace Flywheel.Aws.Wire.Models;

/// <summary>Names the service-model shape a typed record mirrors; a test checks every member against the official model.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class AwsShapeAttribute(string service, string shape) : Attribute
{
    public string Service { get; } = service;

    public string Shape { get; } = shape;
}
