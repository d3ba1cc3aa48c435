using System.Runtime.InteropServices;

namespace Flywheel.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl+C and SIGTERM (a container or CI stopping us) cancel the command's token, so long-running commands
        // (sandbox up, scans) stop cleanly instead of being killed mid-write.
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        return await App.RunAsync(args, CliServices.CreateDefault(), stop.Token).ConfigureAwait(false);

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
