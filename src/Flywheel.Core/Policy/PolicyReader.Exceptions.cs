using System.Globalization;
using System.Text.RegularExpressions;
using Flywheel.Core.Policy.Yaml;

namespace Flywheel.Core.Policy;

internal sealed partial class PolicyReader
{
    internal static readonly string[] ExceptionKeys = ["id", "rule", "resource", "tags", "accounts", "owner", "reason", "expires"];

    internal static readonly string[] RequiredExceptionKeys = ["rule", "owner", "reason", "expires"];

    /// <summary>Exceptions are reviewed at least yearly: an expiry further ahead than this is an error.</summary>
    internal const int MaximumExceptionDays = 365;

    internal const string ExpiresPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$";

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    private List<PolicyException> ReadExceptions(YamlValue node)
    {
        var exceptions = new List<PolicyException>();
        if (node is YamlScalar { IsNull: true })
        {
            return exceptions;
        }

        if (node is not YamlSequence sequence)
        {
            Expected(node, "exceptions", "a list of exceptions");
            return exceptions;
        }

        var ids = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (ReadException(sequence.Items[i], Item("exceptions", i), i + 1, ids) is { } exception)
            {
                exceptions.Add(exception);
            }
        }

        return exceptions;
    }

    private PolicyException? ReadException(YamlValue node, string path, int number, Dictionary<string, YamlValue> ids)
    {
        if (node is not YamlMapping mapping)
        {
            Expected(node, path, "a mapping (rule, resource or tags, owner, reason, expires)");
            return null;
        }

        var fields = Fields(mapping, path, ExceptionKeys);
        foreach (var key in RequiredExceptionKeys.Where(k => !fields.ContainsKey(k)))
        {
            Error(mapping, path, $"missing required key {Quote(key)}");
        }

        if (!fields.ContainsKey("resource") && !fields.ContainsKey("tags"))
        {
            Error(mapping, path, "an exception needs 'resource' or 'tags' (or both), so that it cannot silence a rule everywhere");
        }

        var id = $"exception-{number.ToString(CultureInfo.InvariantCulture)}";
        if (fields.TryGetValue("id", out var idEntry) && ReadText(idEntry.Value, Child(path, "id")) is { } givenId)
        {
            id = givenId;
        }

        if (ids.TryGetValue(id, out var first))
        {
            Error(idEntry?.Value ?? mapping, path, $"duplicate exception id {Quote(id)} (first used at line {first.Line.ToString(CultureInfo.InvariantCulture)})");
        }
        else
        {
            ids.Add(id, idEntry?.Value ?? mapping);
        }

        var rule = fields.TryGetValue("rule", out var ruleEntry) ? ReadRulePattern(ruleEntry.Value, Child(path, "rule")) : null;
        var resource = fields.TryGetValue("resource", out var resourceEntry) ? ReadGlob(resourceEntry.Value, Child(path, "resource")) : null;
        var tags = fields.TryGetValue("tags", out var tagsEntry) ? ReadTags(tagsEntry.Value, Child(path, "tags")) : new Dictionary<string, string>(StringComparer.Ordinal);
        var accounts = fields.TryGetValue("accounts", out var accountsEntry) ? ReadAccounts(accountsEntry.Value, Child(path, "accounts")) : [];
        var owner = fields.TryGetValue("owner", out var ownerEntry) ? ReadText(ownerEntry.Value, Child(path, "owner")) : null;
        var reason = fields.TryGetValue("reason", out var reasonEntry) ? ReadText(reasonEntry.Value, Child(path, "reason")) : null;
        var expires = fields.TryGetValue("expires", out var expiresEntry) ? ReadExpiry(expiresEntry.Value, Child(path, "expires")) : null;
        if (rule is null || owner is null || reason is null || expires is null)
        {
            return null;
        }

        return new PolicyException
        {
            Id = id,
            RulePattern = rule,
            ResourcePattern = resource,
            Tags = tags,
            Accounts = accounts,
            Owner = owner,
            Reason = reason,
            Expires = expires.Value,
        };
    }

    private string? ReadRulePattern(YamlValue node, string path)
    {
        if (ReadGlob(node, path) is not { } pattern)
        {
            return null;
        }

        if (!_registry.Rules.Any(r => Glob.IsMatch(pattern, r.Id)))
        {
            var hasWildcard = pattern.AsSpan().IndexOfAny('*', '?') >= 0;
            var suggestion = hasWildcard ? string.Empty : Suggestions.DidYouMean(pattern, _registry.Rules.Select(r => r.Id));
            Error(node, path, $"rule pattern {Quote(pattern)} matches no registered rule{suggestion}");
            return null;
        }

        return pattern;
    }

    /// <summary>A glob with <c>*</c> and <c>?</c>; brackets and braces are rejected rather than matched literally by surprise.</summary>
    private string? ReadGlob(YamlValue node, string path)
    {
        if (ReadText(node, path) is not { } pattern)
        {
            return null;
        }

        if (pattern.AsSpan().IndexOfAny("[]{}") >= 0)
        {
            Error(node, path, $"unsupported pattern {Quote(pattern)}; only '*' (any run of characters) and '?' (one character) are wildcards");
            return null;
        }

        return pattern;
    }

    /// <summary>
    /// An ISO 8601 date (the exception lasts to the end of that day, UTC) or date-time (UTC unless it has an offset).
    /// A past date is fine: the evaluator reports the exception as expired. Further than a year ahead is an error.
    /// </summary>
    private DateTimeOffset? ReadExpiry(YamlValue node, string path)
    {
        if (ReadString(node, path) is not { } text)
        {
            return null;
        }

        DateTimeOffset expires;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            expires = EndOfDay(date);
        }
        else if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            && Regex.IsMatch(text, ExpiresPattern, RegexOptions.CultureInvariant))
        {
            expires = moment;
        }
        else
        {
            Error(node, path, $"invalid date {Quote(text)}; expected an ISO 8601 date such as 2027-03-31 or a date-time such as 2027-03-31T18:00:00Z");
            return null;
        }

        var latest = EndOfDay(DateOnly.FromDateTime(_now.UtcDateTime).AddDays(MaximumExceptionDays));
        if (expires > latest)
        {
            Error(node, path, $"expiry must be within {MaximumExceptionDays.ToString(CultureInfo.InvariantCulture)} days (by {latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); exceptions are reviewed at least yearly");
            return null;
        }

        return expires;
    }

    private static DateTimeOffset EndOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
}
