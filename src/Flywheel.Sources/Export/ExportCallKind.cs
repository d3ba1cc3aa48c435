namespace Flywheel.Sources.Export;

/// <summary>What an export holds for one call.</summary>
internal enum ExportCallKind
{
    /// <summary>Nothing: the call was not made (or not kept).</summary>
    Missing,

    /// <summary>The call's JSON output.</summary>
    Output,

    /// <summary>The text of the error the call failed with.</summary>
    Error,
}
