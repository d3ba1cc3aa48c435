using Flywheel.Aws.Collection;

namespace Flywheel.Cli.Commands;

/// <summary>A live collection that ran: who ran it (the caller's ARN) and what it did.</summary>
internal sealed record LiveRun(string CallerArn, int Accounts, LiveCollectionReport Report)
{
    /// <summary>The scan's source location: who collected, from how many accounts.</summary>
    public string Location => $"aws as {CallerArn} ({Accounts} account{(Accounts == 1 ? "" : "s")})";
}
