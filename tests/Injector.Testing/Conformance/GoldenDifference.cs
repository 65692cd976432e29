namespace Injector.Testing.Conformance;

/// <summary>The first place where an output differs from its golden.</summary>
/// <param name="Path">Where, e.g. <c>document 1: spec.template.spec.containers[1].env[3].value</c>.</param>
/// <param name="Detail">What differs, e.g. <c>expected "a", got "b"</c>.</param>
public sealed record GoldenDifference(string Path, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Detail}";
}
