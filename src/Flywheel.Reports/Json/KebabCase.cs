using System.Text;

namespace Flywheel.Reports.Json;

/// <summary>Enum values as the reports write them: lower-kebab (<c>NotApplicable</c> → <c>not-applicable</c>).</summary>
public static class KebabCase
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());

    public static string Of(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The enum member whose kebab name is <paramref name="text"/> (case-insensitive), or null.</summary>
    public static TEnum? Parse<TEnum>(string text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(value), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
