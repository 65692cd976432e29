using System.Text;

using Injector.Core.Templating.Functions.Builtins;

namespace Injector.Core.Templating.Syntax;

/// <summary>A function name, bound at parse time to a user function or, failing that, to a builtin.</summary>
internal sealed class IdentifierNode(int position, string name, TemplateFunction? function, BuiltinFunction builtin, TemplateSignature? signature = null)
    : Node(position)
{
    public string Name { get; } = name;

    /// <summary>The user function; null when the name is a builtin.</summary>
    public TemplateFunction? Function { get; } = function;

    public BuiltinFunction Builtin { get; } = builtin;

    /// <summary>The user function's Go parameter types, when it declares them.</summary>
    public TemplateSignature? Signature { get; } = signature;

    public override void WriteTo(StringBuilder builder) => builder.Append(Name);
}
