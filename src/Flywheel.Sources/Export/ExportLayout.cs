using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Flywheel.Core.Sources;

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

    /// <summary>The reason given for an <c>.error</c> file (or an error result) with no text.</summary>
    public const string EmptyError = "the call failed (empty .error file)";

    /// <summary>Suffix of the temporary files a writer moves into place; their names also start with '.', so readers skip them.</summary>
    public const string TemporarySuffix = ".tmp";

    public static bool IsAccountId(string name) => AccountPattern().IsMatch(name);

    public static bool IsRegion(string name) => RegionPattern().IsMatch(name);

    /// <summary>A CLI service or command name: lower-case words joined by hyphens (<c>describe-db-instances</c>).</summary>
    public static bool IsCliName(string name) => CliNamePattern().IsMatch(name);

    /// <summary>
    /// Path of a call's output without extension: root/account/region/service/command for a list call,
    /// root/account/region/service/command/encoded-key for a per-resource call.
    /// </summary>
    public static string CallPath(string root, ExportCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var listPath = Path.Combine(root, call.AccountId, call.Region, call.Service, call.Command);
        return call.ResourceKey is null ? listPath : Path.Combine(listPath, EncodeKey(call.ResourceKey));
    }

    /// <summary>How the in-memory reader of a live scan names a call in messages: <c>live:account/region/service/command[/key]</c>.</summary>
    public static string LiveName(ExportCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var name = $"live:{call.AccountId}/{call.Region}/{call.Service}/{call.Command}";
        return call.ResourceKey is null ? name : name + "/" + call.ResourceKey;
    }

    /// <summary>
    /// Throws when a call cannot be placed in the layout: an account that is not 12 digits, a region that is
    /// not a region name, or a service or command that is not a CLI name (which would also let a path escape
    /// the export).
    /// </summary>
    public static void Validate(ExportCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!IsAccountId(call.AccountId))
        {
            throw new ArgumentException($"\"{call.AccountId}\" is not a 12-digit account id.", nameof(call));
        }

        if (!IsRegion(call.Region))
        {
            throw new ArgumentException($"\"{call.Region}\" is not a region name such as us-east-1.", nameof(call));
        }

        if (!IsCliName(call.Service) || !IsCliName(call.Command))
        {
            throw new ArgumentException($"\"{call.Service} {call.Command}\" is not a CLI service and command such as \"rds describe-db-instances\".", nameof(call));
        }

        if (call.ResourceKey is { Length: 0 })
        {
            throw new ArgumentException("A per-resource call needs a non-empty resource key.", nameof(call));
        }
    }

    /// <summary>Throws when an account and region cannot be a directory of the layout.</summary>
    public static void ValidateScope(string accountId, string region)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentNullException.ThrowIfNull(region);
        if (!IsAccountId(accountId))
        {
            throw new ArgumentException($"\"{accountId}\" is not a 12-digit account id.", nameof(accountId));
        }

        if (!IsRegion(region))
        {
            throw new ArgumentException($"\"{region}\" is not a region name such as us-east-1.", nameof(region));
        }
    }

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

    // \z rather than $: $ also matches before a final newline, which would let "123456789012\n" through.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex CliNamePattern();

    [GeneratedRegex("^[0-9]{12}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    // us-east-1, eu-central-2, us-gov-west-1, us-isob-east-1, cn-northwest-1, ap-southeast-7, mx-central-1.
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
