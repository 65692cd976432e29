namespace Injector.Core.Templating.Execution;

/// <summary>
/// Go's invalid <c>reflect.Value</c>: the result of a missing map key or of a field of nothing. Prints as
/// <c>&lt;no value&gt;</c> and reaches functions as nil. Distinct from C# null, which is a nil held in an
/// interface (a map entry or list element that is nil) and fails when a field is read from it.
/// </summary>
internal sealed class NoValue
{
    public static readonly NoValue Instance = new();

    private NoValue()
    {
    }

    public override string ToString() => "<no value>";
}
