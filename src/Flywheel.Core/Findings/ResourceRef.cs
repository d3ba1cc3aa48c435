using Flywheel.Core.Inventory;

namespace Flywheel.Core.Findings;

/// <summary>The identity of the resource a finding is about, detached from the inventory.</summary>
public sealed record ResourceRef(string Arn, string ResourceType, string Name, string AccountId, string Region, IReadOnlyDictionary<string, string> Tags)
{
    public static ResourceRef From(AwsResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new ResourceRef(resource.Arn, resource.ResourceType, resource.Name, resource.AccountId, resource.Region, resource.Tags);
    }
}
