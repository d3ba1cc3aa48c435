namespace Flywheel.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => App.RunAsync(args, CliServices.CreateDefault(), CancellationToken.None);
}
