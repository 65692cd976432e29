using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>A node of a parsed template; <see cref="ToString"/> gives Go's canonical text, used in error messages.</summary>
internal abstract class Node
{
    protected Node(int position)
    {
        Position = position;
    }

    /// <summary>Offset of the node in the template source.</summary>
    public int Position { get; }

    public abstract void WriteTo(StringBuilder builder);

    public override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }
}
