using System.Text.Json.Serialization;

namespace Flywheel.Aws.Collection.Projections;

/// <summary>Source-generated JSON metadata for what the collection binds from the listed items.</summary>
[JsonSerializable(typeof(InstanceEngine))]
[JsonSerializable(typeof(ClusterEngine))]
[JsonSerializable(typeof(SnapshotSharing))]
[JsonSerializable(typeof(ClusterSnapshotSharing))]
[JsonSerializable(typeof(string))]
internal sealed partial class ProjectionJsonContext : JsonSerializerContext;
