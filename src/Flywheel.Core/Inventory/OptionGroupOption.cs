namespace Flywheel.Core.Inventory;

/// <summary>One option of an option group, with its settings.</summary>
public sealed record OptionGroupOption(string OptionName, int? Port, IReadOnlyDictionary<string, string?> Settings);
