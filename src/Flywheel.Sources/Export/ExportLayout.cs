using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Flywheel.Sources.Export;

/// <summary>
/// Where each call's output lives in an export directory (docs/export-layout.md), and how resource keys are
/// encoded in file names.
/// </summary>
internal static partial class ExportLayout
{
    public const string ManifestFileName = "manifest.json";

    public const string ManifestFormat = "flywheel-export/1";

    public const string JsonExtension = ".json";

    public const string ErrorExtension = ".error";

    /// <summary>The reason given for a call whose file is absent.</summary>
    public const string NotInExport = "not in the export";

    public static bool IsAccountId(string name) => AccountPattern().IsMatch(name);

    public static bool IsRegion(string name) => RegionPattern().IsMatch(name);

    /// <summary>Path of a list call's output without extension: account/region/service/command.</summary>
    public static string ListCallPath(string regionDirectory, string service, string command) =>
        Path.Combine(regionDirectory, service, command);

    /// <summary>Path of a per-resource call's output without extension: account/region/service/command/key.</summary>
    public static string ResourceCallPath(string regionDirectory, string service, string command, string resourceKey) =>
        Path.Combine(regionDirectory, service, command, EncodeKey(resourceKey));

    /// <summary>Percent-encodes every byte of the UTF-8 key outside [A-Za-z0-9._-] as %XX (upper-case hex).</summary>
    public static string EncodeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        // "." and ".." are not usable file names; encoding their dots keeps every key a plain file.
        return builder.ToString() switch
        {
            "." => "%2E",
            ".." => "%2E%2E",
            var encoded => encoded,
        };
    }

    /// <summary>Decodes <see cref="EncodeKey"/>; returns null when the name is not a valid encoding.</summary>
    public static string? DecodeKey(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (i + 2 >= encoded.Length
                    || !byte.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                {
                    return null;
                }

                bytes.Add(b);
                i += 2;
            }
            else if (c > 127)
            {
                return null;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex("^[0-9]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    // us-east-1, eu-central-2, us-gov-west-1, us-isob-east-1, cn-northwest-1, ap-southeast-7, mx-central-1.
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
