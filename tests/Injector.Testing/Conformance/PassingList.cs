namespace Injector.Testing.Conformance;

/// <summary>
/// The committed list of conformance cases known to pass (one name per line, sorted). A listed case that fails is a
/// regression; the list is only ever extended, by running the suite with <see cref="UpdateVariable"/> set.
/// </summary>
public static class PassingList
{
    /// <summary>Set to <c>1</c> to add the cases passing now to the list.</summary>
    public const string UpdateVariable = "INJECTOR_UPDATE_PASSING";

    /// <summary>True when the suite was asked to extend the list.</summary>
    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The names in the list; empty when the file does not exist yet.</summary>
    public static IReadOnlySet<string> Read(string path)
    {
        if (!File.Exists(path))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        return File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes the union of the listed and the passing cases, sorted; never drops a name.</summary>
    public static void Extend(string path, IEnumerable<string> passing)
    {
        IEnumerable<string> names = Read(path).Union(passing, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        File.WriteAllText(path, string.Concat(names.Select(name => name + "\n")));
    }
}
