using System.Buffers;

using Injector.Core.Templating.Formatting;
using Injector.Core.Templating.Functions.Builtins;
using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Execution;

/// <summary>Function calls: user functions and Go's builtins, with Go's argument checks and error wrapping.</summary>
internal sealed partial class TemplateExecutor
{
    /// <summary>Start of Go's argument-count error, which is not wrapped in "error calling".</summary>
    private const string ArityPrefix = "wrong number of args for ";

    private object? EvalFunction(object? dot, IdentifierNode identifier, Node call, Node[] arguments, object? final)
    {
        _node = identifier;
        int given = arguments.Length - 1;
        int count = given + (final != s_noFinal ? 1 : 0);
        if (identifier.Function is null)
        {
            return EvalBuiltin(dot, identifier, call, arguments, final, given, count);
        }

        if (identifier.Signature is { } signature)
        {
            return EvalTypedCall(dot, identifier, signature, call, arguments, final);
        }

        object?[] values = ArrayPool<object?>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < given; i++)
            {
                values[i] = AsInterface(EvalArgument(dot, arguments[i + 1]));
            }

            if (final != s_noFinal)
            {
                values[count - 1] = AsInterface(final);
            }

            return Invoke(identifier, call, values.AsSpan(0, count));
        }
        finally
        {
            Array.Clear(values, 0, count);
            ArrayPool<object?>.Shared.Return(values);
        }
    }

    /// <summary>
    /// Calls a function. As in Go, only a failure moves the error position to the call: after a success it stays at
    /// the last argument evaluated, where a caller's later type check of the result reports.
    /// </summary>
    private object? Invoke(IdentifierNode identifier, Node call, ReadOnlySpan<object?> arguments)
    {
        try
        {
            return identifier.Function!(arguments);
        }
        catch (TemplateException)
        {
            throw;
        }
        catch (TemplateFunctionException exception) when (exception.Message.StartsWith(ArityPrefix, StringComparison.Ordinal))
        {
            // A function that checks its own arity reports it the way Go's executor does for typed functions.
            _node = identifier;
            throw Error(exception.Message, exception);
        }
        catch (Exception exception)
        {
            _node = call;
            throw Error($"error calling {identifier.Name}: {exception.Message}", exception);
        }
    }

    private static object? AsInterface(object? value) => value is NoValue ? null : value;

    private object? EvalBuiltin(object? dot, IdentifierNode identifier, Node call, Node[] arguments, object? final, int given, int count)
    {
        var builtin = identifier.Builtin;
        string name = identifier.Name;
        int fixedCount = builtin switch
        {
            BuiltinFunction.Not or BuiltinFunction.Len => 1,
            BuiltinFunction.Ne or BuiltinFunction.Lt or BuiltinFunction.Le or BuiltinFunction.Gt or BuiltinFunction.Ge => 2,
            _ => -1,
        };
        int minimum = builtin switch
        {
            BuiltinFunction.And or BuiltinFunction.Or or BuiltinFunction.Index or BuiltinFunction.Slice
                or BuiltinFunction.Printf or BuiltinFunction.Eq or BuiltinFunction.Call => 1,
            _ => 0,
        };
        if (fixedCount >= 0 && count != fixedCount)
        {
            throw Error($"wrong number of args for {name}: want {fixedCount} got {count}");
        }

        if (count < minimum)
        {
            throw Error($"wrong number of args for {name}: want at least {minimum} got {given}");
        }

        if (builtin is BuiltinFunction.And or BuiltinFunction.Or)
        {
            // Evaluation stops at the first operand that decides the result, which is returned as is.
            bool isOr = builtin == BuiltinFunction.Or;
            object? value = null;
            for (int i = 1; i < arguments.Length; i++)
            {
                value = EvalArgument(dot, arguments[i]);
                if (GoValues.IsTrue(value) == isOr)
                {
                    return value;
                }
            }

            return final != s_noFinal ? final : value;
        }

        object?[] values = ArrayPool<object?>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < given; i++)
            {
                if (builtin == BuiltinFunction.Printf && i == 0)
                {
                    values[0] = EvalFormatArgument(dot, arguments[1]);
                    continue;
                }

                values[i] = EvalArgument(dot, arguments[i + 1]);
                if (builtin == BuiltinFunction.Slice && i > 0 && values[i] is not NoValue && HasInterfaceType(arguments[i + 1]))
                {
                    // Unlike index, Go's slice does not look inside an interface{} index, whatever it holds.
                    values[i] = IndexFunctions.InterfaceTypedIndex;
                }
            }

            if (final != s_noFinal)
            {
                if (builtin == BuiltinFunction.Printf && given == 0 && final is not string)
                {
                    // A piped value that lands in printf's format parameter must be a string.
                    _node = identifier;
                    throw Error(final is NoValue
                        ? "invalid value; expected string"
                        : $"wrong type for value; expected string; got {GoValues.TypeName(final)}");
                }

                values[count - 1] = final;
            }

            try
            {
                return CallBuiltin(builtin, values.AsSpan(0, count));
            }
            catch (TemplateFunctionException exception)
            {
                _node = call;
                throw Error($"error calling {name}: {exception.Message}", exception);
            }
        }
        finally
        {
            Array.Clear(values, 0, count);
            ArrayPool<object?>.Shared.Return(values);
        }
    }

    /// <summary>Whether an argument just evaluated reached the function with Go's static type interface {}.</summary>
    private bool HasInterfaceType(Node node) => node switch
    {
        DotNode => _dotIsInterface,
        FieldNode or ChainNode => _fieldIsInterface,
        VariableNode variable => variable.Fields.Length > 0 && _fieldIsInterface,
        _ => false,
    };

    private string EvalFormatArgument(object? dot, Node node)
    {
        _node = node;
        switch (node)
        {
            case StringNode text:
                return text.Text;
            case NilNode:
                throw Error("cannot assign nil to string");
            case BoolNode or NumberNode:
                throw Error($"expected string; found {node}");
        }

        // Like Go's validateType, a wrong value is reported wherever its evaluation last stood.
        object? value = EvalArgument(dot, node);
        return value switch
        {
            string s => s,
            NoValue => throw Error("invalid value; expected string"),
            null => throw Error("wrong type for value; expected string; got interface {}"),
            _ => throw Error($"wrong type for value; expected string; got {GoValues.TypeName(value)}"),
        };
    }

    private object? CallBuiltin(BuiltinFunction builtin, ReadOnlySpan<object?> values)
    {
        switch (builtin)
        {
            case BuiltinFunction.Not:
                return !GoValues.IsTrue(values[0]);
            case BuiltinFunction.Len:
                return IndexFunctions.Length(values[0]);
            case BuiltinFunction.Index:
                return IndexFunctions.Index(values[0], values[1..]);
            case BuiltinFunction.Slice:
                return IndexFunctions.Slice(values[0], values[1..]);
            case BuiltinFunction.Print:
                return GoFormat.Sprint(Interfaces(values));
            case BuiltinFunction.Printf:
                return GoFormat.Sprintf((string)values[0]!, Interfaces(values[1..]));
            case BuiltinFunction.Println:
                return GoFormat.Sprintln(Interfaces(values));
            case BuiltinFunction.Eq:
                return GoComparison.Equal(values[0], values[1..]);
            case BuiltinFunction.Ne:
                return !GoComparison.Equal(values[0], values[1..]);
            case BuiltinFunction.Lt:
                return GoComparison.Less(values[0], values[1]);
            case BuiltinFunction.Le:
                return GoComparison.Less(values[0], values[1]) || GoComparison.Equal(values[0], values[1..]);
            case BuiltinFunction.Gt:
                return !(GoComparison.Less(values[0], values[1]) || GoComparison.Equal(values[0], values[1..]));
            case BuiltinFunction.Ge:
                return !GoComparison.Less(values[0], values[1]);
            case BuiltinFunction.Call:
                return CallFunctionValue(values[0], values[1..]);
            case BuiltinFunction.Html:
                return EscapeFunctions.Html(EscaperText(values));
            case BuiltinFunction.Js:
                return EscapeFunctions.JavaScript(EscaperText(values));
            case BuiltinFunction.Urlquery:
                return EscapeFunctions.UrlQuery(EscaperText(values));
            default:
                throw new TemplateFunctionException($"unknown builtin {builtin}");
        }
    }

    private object? CallFunctionValue(object? function, ReadOnlySpan<object?> arguments)
    {
        return function switch
        {
            null or NoValue => throw new TemplateFunctionException("call of nil"),
            TemplateFunction callable => InvokeValue(callable, Interfaces(arguments)),
            _ => throw new TemplateFunctionException($"non-function of type {GoValues.TypeName(function)}"),
        };

        static object? InvokeValue(TemplateFunction callable, object?[] arguments)
        {
            try
            {
                return callable(arguments);
            }
            catch (TemplateException)
            {
                throw;
            }
            catch (Exception exception) when (exception is not TemplateFunctionException)
            {
                throw new TemplateFunctionException(exception.Message, exception);
            }
        }
    }

    /// <summary>The text an escaper works on: a lone string as is, otherwise fmt.Sprint of the arguments.</summary>
    private static string EscaperText(ReadOnlySpan<object?> values)
    {
        if (values.Length == 1 && values[0] is string s)
        {
            return s;
        }

        // Go's escapers print nil operands the way an action would: as <no value>.
        var printable = new object?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            printable[i] = GoValues.IsNil(values[i]) ? "<no value>" : values[i];
        }

        return GoFormat.Sprint(printable);
    }

    private static object?[] Interfaces(ReadOnlySpan<object?> values)
    {
        var result = new object?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = AsInterface(values[i]);
        }

        return result;
    }
}
