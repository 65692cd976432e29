using System.Runtime.CompilerServices;

using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Parsing;

/// <summary>Pipelines, commands, operands and terms, and the variables they declare and use.</summary>
internal sealed partial class Parser
{
    private PipeNode Pipeline(string context, TokenKind end)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error("max expression depth exceeded");
        }

        int position = PeekNonSpace().Position;
        bool isAssign = false;
        var declarations = new List<VariableNode>();
        while (PeekNonSpace().Kind == TokenKind.Variable)
        {
            int mark = _index;
            var variable = Next();

            // A lexical error after the variable (a lone ':') surfaces only once the variable itself has been used.
            var next = PeekPastSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                isAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                declarations.Add(new VariableNode(variable.Position, variable.Text, []));
                _variables.Add(variable.Text);
                break;
            }

            if (next.Kind == TokenKind.Char && next.Text == ",")
            {
                NextNonSpace();
                declarations.Add(new VariableNode(variable.Position, variable.Text, []));
                _variables.Add(variable.Text);
                if (context == "range" && declarations.Count < 2)
                {
                    if (PeekNonSpace().Kind is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue;
                    }

                    throw Error("range can only initialize variables");
                }

                throw Error($"too many declarations in {context}");
            }

            // Not a declaration: the variable starts the first command.
            _index = mark;
            break;
        }

        var commands = new List<CommandNode>();
        while (true)
        {
            var token = NextNonSpace();
            if (token.Kind == end)
            {
                var pipe = new PipeNode(position, isAssign, [.. declarations], [.. commands]);
                CheckPipeline(pipe, context);
                return pipe;
            }

            switch (token.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Dot or TokenKind.Field
                    or TokenKind.Identifier or TokenKind.Number or TokenKind.Nil or TokenKind.RawString
                    or TokenKind.String or TokenKind.Variable or TokenKind.LeftParen:
                    Backup();
                    commands.Add(Command());
                    break;
                default:
                    throw Unexpected(token, context);
            }
        }
    }

    private void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.Commands.Length == 0)
        {
            throw Error($"missing value for {context}");
        }

        for (int i = 1; i < pipe.Commands.Length; i++)
        {
            if (pipe.Commands[i].Arguments[0] is BoolNode or DotNode or NilNode or NumberNode or StringNode)
            {
                throw Error($"non executable command in pipeline stage {i + 1}");
            }
        }
    }

    private CommandNode Command()
    {
        int position = PeekNonSpace().Position;
        var arguments = new List<Node>();
        while (true)
        {
            PeekNonSpace();
            var operand = Operand();
            if (operand is not null)
            {
                arguments.Add(operand);
            }

            var token = Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                Backup();
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                throw Unexpected(token, "operand");
            }

            break;
        }

        if (arguments.Count == 0)
        {
            throw Error("empty command");
        }

        return new CommandNode(position, [.. arguments]);
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null || Peek().Kind != TokenKind.Field)
        {
            return node;
        }

        int position = Peek().Position;
        var fields = new List<string>();
        while (Peek().Kind == TokenKind.Field)
        {
            fields.Add(Next().Text[1..]);
        }

        switch (node)
        {
            case FieldNode field:
                return new FieldNode(position, [.. field.Fields, .. fields]);
            case VariableNode variable:
                return new VariableNode(position, variable.Name, [.. variable.Fields, .. fields]);
            case BoolNode or StringNode or NumberNode or NilNode or DotNode:
                throw Error($"unexpected . after term {Formatting.GoFormat.Quote(node.ToString())}");
            default:
                return new ChainNode(position, node, [.. fields]);
        }
    }

    private Node? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                return Identifier(token);
            case TokenKind.Dot:
                return new DotNode(token.Position);
            case TokenKind.Nil:
                return new NilNode(token.Position);
            case TokenKind.Variable:
                return UseVariable(token);
            case TokenKind.Field:
                return new FieldNode(token.Position, [token.Text[1..]]);
            case TokenKind.Bool:
                return new BoolNode(token.Position, token.Text == "true");
            case TokenKind.CharConstant or TokenKind.Number:
                return Number(token);
            case TokenKind.LeftParen:
                return Pipeline("parenthesized pipeline", TokenKind.RightParen);
            case TokenKind.String or TokenKind.RawString:
                return new StringNode(token.Position, token.Text, Unquote(token.Text));
            default:
                Backup();
                return null;
        }
    }

    private VariableNode UseVariable(Token token)
    {
        string[] parts = token.Text.Split('.');
        if (!_variables.Contains(parts[0]))
        {
            throw Error($"undefined variable {Formatting.GoFormat.Quote(parts[0])}");
        }

        return new VariableNode(token.Position, parts[0], parts[1..]);
    }
}
