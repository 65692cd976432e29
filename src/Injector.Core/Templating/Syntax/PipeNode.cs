using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>A pipeline: optional variable declarations or assignments, then commands joined by <c>|</c>.</summary>
internal sealed class PipeNode(int position, bool isAssign, VariableNode[] declarations, CommandNode[] commands)
    : Node(position)
{
    /// <summary>True for <c>$x = ...</c> (assigns existing variables), false for <c>$x := ...</c>.</summary>
    public bool IsAssign { get; } = isAssign;

    public VariableNode[] Declarations { get; } = declarations;

    public CommandNode[] Commands { get; } = commands;

    public override void WriteTo(StringBuilder builder)
    {
        if (Declarations.Length > 0)
        {
            for (int i = 0; i < Declarations.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Declarations[i].WriteTo(builder);
            }

            builder.Append(IsAssign ? " = " : " := ");
        }

        for (int i = 0; i < Commands.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" | ");
            }

            Commands[i].WriteTo(builder);
        }
    }
}
