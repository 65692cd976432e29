using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{template "name" pipeline}}</c>: runs a named template with the pipeline's value as its cursor.</summary>
internal sealed class TemplateNode(int position, string name, PipeNode? pipe) : Node(position)
{
    public string Name { get; } = name;

    public PipeNode? Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder builder)
    {
        builder.Append("{{template ").Append(Formatting.GoFormat.Quote(Name));
        if (Pipe is not null)
        {
            builder.Append(' ');
            Pipe.WriteTo(builder);
        }

        builder.Append("}}");
    }
}
