using System.Runtime.CompilerServices;
using System.Text;

using Injector.Core.Templating.Formatting;
using Injector.Core.Templating.Functions;
using Injector.Core.Templating.Parsing;
using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Execution;

/// <summary>
/// One execution of a parsed template: walks the tree against the data, writing to a buffer. Holds the
/// per-execution state (variables, cursor node for errors, call depth); the tree itself is shared and read-only.
/// </summary>
internal sealed partial class TemplateExecutor
{
    /// <summary>Go's limit on nested template calls.</summary>
    public const int MaxTemplateDepth = 100_000;

    private readonly ParsedTemplates _templates;
    private readonly StringBuilder _output;
    // IsInterface: the value's Go static type is interface {} (a range element of []interface {} or of a map of them).
    private readonly List<(string Name, object? Value, bool IsInterface)> _variables = new(32);
    private string _templateName;
    private int _variableBase;
    private int _depth;
    private Node? _node;

    /// <summary>The cursor is an element of an interface{} list or map: errors name its type "interface {}".</summary>
    private bool _dotIsInterface;

    /// <summary>The last field evaluated was an element of an interface{} map: its static type is interface {}.</summary>
    private bool _fieldIsInterface;

    private TemplateExecutor(ParsedTemplates templates, StringBuilder output)
    {
        _templates = templates;
        _output = output;
        _templateName = templates.Name;
    }

    private enum Flow
    {
        Normal,
        Break,
        Continue,
    }

    public static void Execute(ParsedTemplates templates, object? data, StringBuilder output)
    {
        var executor = new TemplateExecutor(templates, output);
        object? dot = data ?? NoValue.Instance;
        executor._variables.Add(("$", dot, false));
        executor.Walk(dot, templates.Root);
    }

    private Flow Walk(object? dot, Node node)
    {
        switch (node)
        {
            case TextNode text:
                _output.Append(text.Text);
                return Flow.Normal;
            case ActionNode action:
                object? value = EvalPipeline(dot, action.Pipe);
                if (action.Pipe.Declarations.Length == 0)
                {
                    PrintValue(value);
                }

                return Flow.Normal;
            case ListNode list:
                foreach (var child in list.Nodes)
                {
                    var flow = Walk(dot, child);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case IfNode or WithNode:
                return WalkIfOrWith(dot, (BranchNode)node);
            case RangeNode range:
                return WalkRange(dot, range);
            case TemplateNode template:
                WalkTemplate(dot, template);
                return Flow.Normal;
            case BreakNode:
                return Flow.Break;
            case ContinueNode:
                return Flow.Continue;
            default:
                throw Error($"unknown node: {node}");
        }
    }

    private Flow WalkIfOrWith(object? dot, BranchNode branch)
    {
        int mark = _variables.Count;
        object? value = EvalPipeline(dot, branch.Pipe);
        Flow flow = Flow.Normal;
        if (GoValues.IsTrue(value))
        {
            if (branch is WithNode)
            {
                bool savedInterface = _dotIsInterface;
                _dotIsInterface = false;
                flow = Walk(value, branch.List);
                _dotIsInterface = savedInterface;
            }
            else
            {
                flow = Walk(dot, branch.List);
            }
        }
        else if (branch.ElseList is not null)
        {
            flow = Walk(dot, branch.ElseList);
        }

        Pop(mark);
        return flow;
    }

    private Flow WalkRange(object? dot, RangeNode range)
    {
        _node = range;
        int mark = _variables.Count;
        object? value = EvalPipeline(dot, range.Pipe);
        int bodyMark = _variables.Count;
        bool ran = false;
        switch (value)
        {
            case IReadOnlyList<string> strings:
                for (int i = 0; i < strings.Count; i++)
                {
                    if (RangeIteration(range, i, strings[i], bodyMark) == Flow.Break)
                    {
                        break;
                    }
                }

                ran = strings.Count > 0;
                break;
            case IReadOnlyList<object?> list:
                for (int i = 0; i < list.Count; i++)
                {
                    if (RangeIteration(range, i, list[i], bodyMark, elementIsInterface: list is not GoIntSlice) == Flow.Break)
                    {
                        break;
                    }
                }

                ran = list.Count > 0;
                break;
            case IReadOnlyDictionary<string, object?> map:
                ran = RangeMap(range, map, bodyMark);
                break;
            case IReadOnlyDictionary<string, string> stringMap:
                ran = RangeMap(range, stringMap, bodyMark);
                break;
            case int or long:
                long count = GoValues.TryGetInt(value, out long n) ? n : 0;
                if (range.Pipe.Declarations.Length > 1)
                {
                    throw Error($"can't use {GoFormat.Sprint(value)} to iterate over more than one variable");
                }

                for (long i = 0; i < count; i++)
                {
                    // The iteration variable has the ranged integer's type.
                    object boxed = value is int ? (int)i : (object)i;
                    if (RangeIteration(range, NoValue.Instance, boxed, bodyMark) == Flow.Break)
                    {
                        break;
                    }
                }

                ran = count > 0;
                break;
            case NoValue or null:
                break;
            default:
                throw Error($"range can't iterate over {GoFormat.Sprint(value)}");
        }

        if (!ran && range.ElseList is not null)
        {
            Walk(dot, range.ElseList);
        }

        Pop(mark);
        return Flow.Normal;
    }

    private bool RangeMap<TValue>(RangeNode range, IReadOnlyDictionary<string, TValue> map, int bodyMark)
    {
        if (map.Count == 0)
        {
            return false;
        }

        var keys = new string[map.Count];
        int n = 0;
        foreach (var key in map.Keys)
        {
            keys[n++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (RangeIteration(range, key, map[key], bodyMark, elementIsInterface: map is IReadOnlyDictionary<string, object?>) == Flow.Break)
            {
                break;
            }
        }

        return true;
    }

    private Flow RangeIteration(RangeNode range, object? index, object? element, int bodyMark, bool elementIsInterface = false)
    {
        var declarations = range.Pipe.Declarations;
        if (declarations.Length > 0)
        {
            if (range.Pipe.IsAssign)
            {
                SetVariable(declarations[0].Name, declarations.Length > 1 ? index : element, declarations.Length == 1 && elementIsInterface);
            }
            else
            {
                SetTopVariable(1, element, elementIsInterface);
            }
        }

        if (declarations.Length > 1)
        {
            if (range.Pipe.IsAssign)
            {
                SetVariable(declarations[1].Name, element, elementIsInterface);
            }
            else
            {
                SetTopVariable(2, index);
            }
        }

        bool savedInterface = _dotIsInterface;
        _dotIsInterface = elementIsInterface;
        var flow = Walk(element, range.List);
        _dotIsInterface = savedInterface;
        Pop(bodyMark);
        return flow;
    }

    private void WalkTemplate(object? dot, TemplateNode template)
    {
        _node = template;
        if (!_templates.Definitions.TryGetValue(template.Name, out var body))
        {
            throw Error($"template {GoFormat.Quote(template.Name)} not defined");
        }

        if (_depth >= MaxTemplateDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error($"exceeded maximum template depth ({MaxTemplateDepth})");
        }

        object? newDot = template.Pipe is null ? NoValue.Instance : EvalPipeline(dot, template.Pipe);

        // Templates see none of the caller's variables: only $, bound to their cursor.
        int savedBase = _variableBase;
        string savedName = _templateName;
        int mark = _variables.Count;
        _variableBase = mark;
        _variables.Add(("$", newDot, false));
        _templateName = template.Name;
        bool savedInterface = _dotIsInterface;
        _dotIsInterface = false;
        _depth++;
        Walk(newDot, body);
        _depth--;
        _dotIsInterface = savedInterface;
        _templateName = savedName;
        Pop(mark);
        _variableBase = savedBase;
    }

    private void PrintValue(object? value)
    {
        switch (value)
        {
            case NoValue or null:
                _output.Append("<no value>");
                break;
            case ITemplateObject { IsNil: true } and not IGoStringer:
                _output.Append("<nil>");
                break;
            default:
                GoFormat.AppendSprint(_output, value);
                break;
        }
    }

    private void Pop(int mark) => _variables.RemoveRange(mark, _variables.Count - mark);

    private void SetTopVariable(int fromTop, object? value, bool isInterface = false)
    {
        int i = _variables.Count - fromTop;
        _variables[i] = (_variables[i].Name, value, isInterface);
    }

    private void SetVariable(string name, object? value, bool isInterface = false)
    {
        for (int i = _variables.Count - 1; i >= _variableBase; i--)
        {
            if (_variables[i].Name == name)
            {
                _variables[i] = (name, value, isInterface);
                return;
            }
        }

        throw Error($"undefined variable: {name}");
    }

    private object? VariableValue(string name, out bool isInterface)
    {
        for (int i = _variables.Count - 1; i >= _variableBase; i--)
        {
            if (_variables[i].Name == name)
            {
                isInterface = _variables[i].IsInterface;
                return _variables[i].Value;
            }
        }

        throw Error($"undefined variable: {name}");
    }

    private TemplateExecutionException Error(string message, Exception? inner = null)
    {
        string text;
        if (_node is null)
        {
            text = $"template: {_templateName}: {message}";
        }
        else
        {
            string source = _templates.Source;
            int position = Math.Min(_node.Position, source.Length);
            int lineStart = source.LastIndexOf('\n', Math.Max(position - 1, 0)) + 1;
            if (position == 0)
            {
                lineStart = 0;
            }

            int line = 1;
            for (int i = 0; i < lineStart; i++)
            {
                if (source[i] == '\n')
                {
                    line++;
                }
            }

            int column = Encoding.UTF8.GetByteCount(source.AsSpan(lineStart, position - lineStart));
            text = $"template: {_templates.Name}:{line}:{column}: executing {GoFormat.Quote(_templateName)} at <{_node}>: {message}";
        }

        return inner is null ? new TemplateExecutionException(text) : new TemplateExecutionException(text, inner);
    }
}
