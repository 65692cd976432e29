using System.Buffers;

using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Execution;

/// <summary>
/// Calls of functions that declare Go parameter types: the count is checked first, then each argument is evaluated
/// for its parameter the way Go's evalArg and validateType do, with their messages at the argument.
/// </summary>
internal sealed partial class TemplateExecutor
{
    private object? EvalTypedCall(object? dot, IdentifierNode identifier, TemplateSignature signature, Node call, Node[] arguments, object? final)
    {
        int given = arguments.Length - 1;
        bool hasFinal = final != s_noFinal;
        int count = given + (hasFinal ? 1 : 0);
        if (signature.IsVariadic)
        {
            if (count < signature.FixedCount)
            {
                throw Error($"wrong number of args for {identifier.Name}: want at least {signature.FixedCount} got {given}");
            }
        }
        else if (count != signature.FixedCount)
        {
            throw Error($"wrong number of args for {identifier.Name}: want {signature.FixedCount} got {count}");
        }

        object?[] values = ArrayPool<object?>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < given; i++)
            {
                values[i] = EvalTypedArgument(dot, signature.ParameterAt(i), arguments[i + 1]);
            }

            if (hasFinal)
            {
                values[count - 1] = ValidateType(final, signature.ParameterAt(count - 1));
            }

            return Invoke(identifier, call, values.AsSpan(0, count));
        }
        finally
        {
            Array.Clear(values, 0, count);
            ArrayPool<object?>.Shared.Return(values);
        }
    }

    private object? EvalTypedArgument(object? dot, TemplateParameterType type, Node node)
    {
        _node = node;
        switch (node)
        {
            case DotNode:
                return ValidateType(dot, type);
            case NilNode:
                return type.CanBeNil ? null : throw Error($"cannot assign nil to {type.Name}");
            case FieldNode or VariableNode or PipeNode or IdentifierNode or ChainNode:
                return ValidateType(EvalArgument(dot, node), type);
        }

        // A constant takes the parameter's type, if it can.
        switch (type.Kind)
        {
            case TemplateParameterKind.Interface:
                return AsInterface(EvalArgument(dot, node));
            case TemplateParameterKind.String:
                return node is StringNode text ? text.Text : throw Error($"expected string; found {node}");
            case TemplateParameterKind.Bool:
                return node is BoolNode b ? b.Value : throw Error($"expected bool; found {node}");
            case TemplateParameterKind.Int:
                return node is NumberNode { Value: { } integer } && AsInteger(integer) is { } value
                    ? value
                    : throw Error($"expected integer; found {node}");
            case TemplateParameterKind.Float:
                return node is NumberNode { Value: int or long or double } number
                    ? Convert.ToDouble(number.Value, System.Globalization.CultureInfo.InvariantCulture)
                    : throw Error($"expected float; found {node}");
            default:
                throw Error($"can't handle {node} for arg of type {type.Name}");
        }
    }

    /// <summary>An integer constant as a Go int; a float constant counts when it is integral, as Go's parser decides.</summary>
    private static object? AsInteger(object constant) => constant switch
    {
        int or long => constant,
        double d when d == Math.Floor(d) && d >= long.MinValue && d < 9.2233720368547758E+18 =>
            d is >= int.MinValue and <= int.MaxValue ? (int)d : (object)(long)d,
        _ => null,
    };

    /// <summary>Go's validateType: a value must have the parameter's very type, unless the parameter is an interface.</summary>
    private object? ValidateType(object? value, TemplateParameterType type)
    {
        if (value is NoValue)
        {
            return type.CanBeNil ? null : throw Error($"invalid value; expected {type.Name}");
        }

        if (type.Kind == TemplateParameterKind.Interface)
        {
            return value;
        }

        // A nil held in an interface has no type of its own to match.
        string actual = value is null ? "interface {}" : GoValues.TypeName(value);
        return actual == type.Name ? value : throw Error($"wrong type for value; expected {type.Name}; got {actual}");
    }
}
