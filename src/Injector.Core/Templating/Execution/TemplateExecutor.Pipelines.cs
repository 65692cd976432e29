using System.Runtime.CompilerServices;

using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Execution;

/// <summary>Pipelines, commands, arguments, fields and variables.</summary>
internal sealed partial class TemplateExecutor
{
    /// <summary>Marks "no value piped in" for the first command of a pipeline (Go's missingVal).</summary>
    private static readonly object s_noFinal = new();

    /// <summary>The command shape of a function used as an argument: its name and nothing else.</summary>
    private static readonly Node[] s_noArguments = [new NilNode(0)];

    private object? EvalPipeline(object? dot, PipeNode pipe)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // Inside a template call the stack runs out through recursion: report it as Go's depth limit.
            throw Error(_depth > 0 ? $"exceeded maximum template depth ({MaxTemplateDepth})" : "expression nesting too deep");
        }

        _node = pipe;
        object? value = s_noFinal;
        foreach (var command in pipe.Commands)
        {
            // A nil held in an interface becomes "no value" once it leaves a command, as Go digs into interface{}.
            value = EvalCommand(dot, command, value) ?? NoValue.Instance;
        }

        foreach (var variable in pipe.Declarations)
        {
            if (pipe.IsAssign)
            {
                SetVariable(variable.Name, value);
            }
            else
            {
                _variables.Add((variable.Name, value, false));
            }
        }

        return value;
    }

    private object? EvalCommand(object? dot, CommandNode command, object? final)
    {
        var first = command.Arguments[0];
        switch (first)
        {
            case FieldNode field:
                return EvalFieldNode(dot, field, command.Arguments, final);
            case ChainNode chain:
                return EvalChainNode(dot, chain, command.Arguments, final);
            case IdentifierNode identifier:
                return EvalFunction(dot, identifier, command, command.Arguments, final);
            case PipeNode pipe:
                NotAFunction(command.Arguments, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariableNode(dot, variable, command.Arguments, final);
        }

        _node = first;
        NotAFunction(command.Arguments, final);
        return first switch
        {
            BoolNode b => b.Value,
            DotNode => dot,
            NilNode => throw Error("nil is not a command"),
            NumberNode number => NumberValue(number),
            StringNode text => text.Text,
            _ => throw Error($"can't evaluate command {first}"),
        };
    }

    private void NotAFunction(Node[] arguments, object? final)
    {
        if (arguments.Length > 1 || final != s_noFinal)
        {
            throw Error($"can't give argument to non-function {arguments[0]}");
        }
    }

    /// <summary>Evaluates an argument as Go does for an <c>interface{}</c> or <c>reflect.Value</c> parameter.</summary>
    private object? EvalArgument(object? dot, Node node)
    {
        _node = node;
        return node switch
        {
            DotNode => dot,
            NilNode => null,
            FieldNode field => EvalFieldNode(dot, field, null, s_noFinal),
            VariableNode variable => EvalVariableNode(dot, variable, null, s_noFinal),
            PipeNode pipe => EvalPipeline(dot, pipe),
            IdentifierNode identifier => EvalFunction(dot, identifier, identifier, s_noArguments, s_noFinal),
            ChainNode chain => EvalChainNode(dot, chain, null, s_noFinal),
            BoolNode b => b.Value,
            NumberNode number => NumberValue(number),
            StringNode text => text.Text,
            _ => throw Error($"can't handle {node} for arg"),
        };
    }

    private object NumberValue(NumberNode number) =>
        number.Value ?? throw Error($"{number.Text} overflows int");

    private object? EvalFieldNode(object? dot, FieldNode field, Node[]? arguments, object? final)
    {
        _node = field;
        return EvalFieldChain(dot, _dotIsInterface, field.Fields, arguments, final);
    }

    private object? EvalChainNode(object? dot, ChainNode chain, Node[]? arguments, object? final)
    {
        _node = chain;
        if (chain.Target is NilNode)
        {
            throw Error($"indirection through explicit nil in {chain}");
        }

        object? receiver = EvalArgument(dot, chain.Target);
        return EvalFieldChain(receiver, false, chain.Fields, arguments, final);
    }

    private object? EvalVariableNode(object? dot, VariableNode variable, Node[]? arguments, object? final)
    {
        _node = variable;
        object? value = VariableValue(variable.Name, out bool isInterface);
        if (variable.Fields.Length == 0)
        {
            if (arguments is not null)
            {
                NotAFunction(arguments, final);
            }

            return value;
        }

        return EvalFieldChain(value, isInterface, variable.Fields, arguments, final);
    }

    private object? EvalFieldChain(object? receiver, bool receiverIsInterface, string[] fields, Node[]? arguments, object? final)
    {
        int last = fields.Length - 1;
        for (int i = 0; i < last; i++)
        {
            receiver = EvalField(fields[i], null, s_noFinal, receiver, ref receiverIsInterface);
        }

        object? value = EvalField(fields[last], arguments, final, receiver, ref receiverIsInterface);
        _fieldIsInterface = receiverIsInterface;
        return value;
    }

    private object? EvalField(string name, Node[]? arguments, object? final, object? receiver, ref bool isInterface)
    {
        if (receiver is NoValue)
        {
            return receiver;
        }

        bool hasArguments = (arguments is not null && arguments.Length > 1) || final != s_noFinal;
        switch (receiver)
        {
            case null:
                throw Error($"nil pointer evaluating interface {{}}.{name}");
            case ITemplateObject structure:
                if (structure.TryGetMember(name, out var member))
                {
                    if (hasArguments)
                    {
                        throw Error($"{name} has arguments but cannot be invoked as function");
                    }

                    isInterface = false;
                    return member;
                }

                if (structure.IsNil)
                {
                    throw Error($"nil pointer evaluating {structure.TypeName}.{name}");
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                if (hasArguments)
                {
                    throw Error($"{name} is not a method but has arguments");
                }

                isInterface = true;
                return map.TryGetValue(name, out var value) ? value : NoValue.Instance;
            case IReadOnlyDictionary<string, string> stringMap:
                if (hasArguments)
                {
                    throw Error($"{name} is not a method but has arguments");
                }

                isInterface = false;
                return stringMap.TryGetValue(name, out var text) ? text : NoValue.Instance;
        }

        string typeName = isInterface ? "interface {}" : GoValues.TypeName(receiver);
        throw Error($"can't evaluate field {name} in type {typeName}");
    }
}
