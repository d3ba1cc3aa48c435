using System.Text.RegularExpressions;
using Flywheel.Core.Policy.Yaml;
using Flywheel.Core.Rules;
using YamlDotNet.Core;

namespace Flywheel.Core.Policy;

/// <summary>
/// Loads a baseline policy from YAML, binds and validates each rule's options against the registry, and reports
/// every error at once with file, line and column.
/// </summary>
public sealed partial class PolicyLoader
{
    private readonly RuleRegistry _registry;
    private readonly TimeProvider _timeProvider;

    public PolicyLoader(RuleRegistry registry)
        : this(registry, TimeProvider.System)
    {
    }

    /// <param name="registry">The rules a policy may name.</param>
    /// <param name="timeProvider">The clock that bounds exception expiry (at most a year ahead).</param>
    public PolicyLoader(RuleRegistry registry, TimeProvider timeProvider)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>Reads and parses a policy file; a missing or unreadable file is an error of the result.</summary>
    public PolicyLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Failed(new PolicyError(path, 0, 0, "file not found"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(new PolicyError(path, 0, 0, $"cannot read the file: {e.Message}"));
        }

        return Parse(yaml, path);
    }

    /// <summary>Parses policy YAML; <paramref name="sourceName"/> names the file in errors.</summary>
    public PolicyLoadResult Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        IReadOnlyList<YamlValue> documents;
        try
        {
            documents = YamlTreeReader.ReadDocuments(yaml);
        }
        catch (YamlException e)
        {
            return Failed(new PolicyError(sourceName, (int)e.Start.Line, (int)e.Start.Column, $"invalid YAML: {WithoutPosition(e.Message)}"));
        }

        if (documents.Count == 0 || documents[0] is YamlScalar { IsNull: true })
        {
            return Failed(new PolicyError(sourceName, 1, 1, "the policy is empty; expected 'version: 1'"));
        }

        var reader = new PolicyReader(sourceName, _registry, _timeProvider.GetUtcNow());
        var policy = reader.Read(documents[0]);
        var errors = reader.Errors.ToList();
        if (documents.Count > 1)
        {
            errors.Add(new PolicyError(sourceName, documents[1].Line, documents[1].Column, "expected a single YAML document; remove the second one (after '---')"));
        }

        return errors.Count == 0 ? new PolicyLoadResult(policy, []) : Failed([.. errors]);
    }

    private static PolicyLoadResult Failed(params PolicyError[] errors) =>
        new(null, errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray());

    /// <summary>YamlDotNet prefixes messages with "(Line: …) - (Line: …): "; the error carries the position already.</summary>
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
