namespace Flywheel.Store.Sql;

/// <summary>One forward-only schema step. Versions are dense from 1; a released migration never changes.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
