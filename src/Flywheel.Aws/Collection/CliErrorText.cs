using System.Globalization;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Collection;

/// <summary>
/// A failed call written the way the AWS CLI prints it on stderr, so a live export's <c>.error</c> files read like
/// those of <c>scripts/export-account.sh</c> and carry the same reason into the gap.
/// </summary>
internal static class CliErrorText
{
    public static string For(AwsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = string.Create(CultureInfo.InvariantCulture, $"An error occurred ({error.Code}) when calling the {error.Operation} operation: {error.Message}");
        return error.RequestId is null ? text : text + $" (request {error.RequestId})";
    }
}
