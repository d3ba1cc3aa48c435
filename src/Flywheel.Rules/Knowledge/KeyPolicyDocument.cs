using System.Text.Json;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// A small reader of KMS key policies (IAM policy JSON): statements with Effect, Principal, Action/NotAction and
/// whether a Condition is present. It reads only what the rules judge, and reports a document it cannot read.
/// </summary>
internal sealed class KeyPolicyDocument
{
    private KeyPolicyDocument(IReadOnlyList<KeyPolicyStatement> statements) => Statements = statements;

    public IReadOnlyList<KeyPolicyStatement> Statements { get; }

    /// <summary>Parses <paramref name="json"/>; on failure returns null and a message saying what is wrong.</summary>
    public static KeyPolicyDocument? TryParse(string json, out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "the policy is not a JSON object";
                return null;
            }

            if (!document.RootElement.TryGetProperty("Statement", out var statement))
            {
                error = "the policy has no Statement";
                return null;
            }

            var elements = statement.ValueKind switch
            {
                JsonValueKind.Array => statement.EnumerateArray().ToArray(),
                JsonValueKind.Object => [statement],
                _ => null,
            };
            if (elements is null)
            {
                error = "Statement is neither an object nor an array";
                return null;
            }

            var statements = new List<KeyPolicyStatement>(elements.Length);
            for (var i = 0; i < elements.Length; i++)
            {
                var parsed = ReadStatement(i, elements[i], out error);
                if (parsed is null)
                {
                    return null;
                }

                statements.Add(parsed);
            }

            error = null;
            return new KeyPolicyDocument(statements);
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static KeyPolicyStatement? ReadStatement(int index, JsonElement element, out string? error)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"statement #{index + 1} is not an object";
            return null;
        }

        var sid = element.TryGetProperty("Sid", out var sidElement) && sidElement.ValueKind == JsonValueKind.String ? sidElement.GetString() : null;
        if (!element.TryGetProperty("Effect", out var effect) || effect.ValueKind != JsonValueKind.String)
        {
            error = $"statement {sid ?? "#" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} has no Effect";
            return null;
        }

        KeyPolicyPrincipal? principal = null;
        if (element.TryGetProperty("Principal", out var principalElement))
        {
            principal = ReadPrincipal(principalElement);
        }

        error = null;
        return new KeyPolicyStatement(
            index,
            sid,
            effect.GetString()!,
            principal,
            element.TryGetProperty("NotPrincipal", out _),
            Strings(element, "Action"),
            Strings(element, "NotAction"),
            element.TryGetProperty("Condition", out var condition) && condition.ValueKind == JsonValueKind.Object && condition.EnumerateObject().Any());
    }

    private static KeyPolicyPrincipal ReadPrincipal(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new KeyPolicyPrincipal(string.Equals(element.GetString(), "*", StringComparison.Ordinal), [], [], []);
        }

        return new KeyPolicyPrincipal(false, Strings(element, "AWS"), Strings(element, "Service"), Strings(element, "Federated"));
    }

    private static string[] Strings(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray(),
            _ => [],
        };
    }
}
