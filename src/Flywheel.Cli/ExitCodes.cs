namespace Flywheel.Cli;

/// <summary>
/// The exit codes of <c>flywheel</c>, a contract for CI pipelines (documented in docs/cli.md). They are stable:
/// a new outcome gets a new code rather than a changed meaning.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>scan</c>: no failing finding at or above <c>--min-severity</c> and nothing incomplete.</summary>
    public const int Success = 0;

    /// <summary><c>scan</c>: at least one failing finding at or above <c>--min-severity</c>.</summary>
    public const int FindingsFailed = 1;

    /// <summary>
    /// Usage or input error: an unknown command or option, a bad option value, a missing input directory, an
    /// unreadable export, an invalid policy file, a file that would be overwritten. Nothing was evaluated.
    /// </summary>
    public const int UsageOrInputError = 2;

    /// <summary>
    /// <c>scan</c>: no failing finding at or above <c>--min-severity</c>, but some results at or above it are errors
    /// (data not collected), so the baseline could not be fully checked.
    /// </summary>
    public const int Incomplete = 3;

    /// <summary>
    /// The findings store could not be opened or written (a corrupt or foreign SQLite file, a store newer than this
    /// program, an unreachable PostgreSQL, wrong credentials). For <c>scan</c> nothing was recorded.
    /// </summary>
    public const int StoreError = 4;

    /// <summary>
    /// A live command could not start: no AWS credentials, a <c>--role-arn</c> that could not be assumed, an
    /// organization that could not be listed, <c>--regions</c> naming no region of the partition. Nothing was
    /// collected. (One account or region that fails during a scan is not this: it is reported as gaps, exit 3.)
    /// </summary>
    public const int AwsUnavailable = 5;

    /// <summary>An unexpected internal error (a bug): the message is on stderr. From BSD sysexits EX_SOFTWARE.</summary>
    public const int InternalError = 70;

    /// <summary>Cancelled by the user (Ctrl+C): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
