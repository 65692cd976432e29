using System.Collections.Frozen;

using Injector.Core.Templating.Functions.Builtins;
using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Parsing;

/// <summary>
/// Builds the syntax tree of a template from its tokens, with Go's grammar, scoping of variables and error
/// messages (<c>template: NAME:LINE: message</c>). Function names are bound while parsing: user functions
/// first, then builtins; an unknown name is an error.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _name;
    private readonly string _source;
    private readonly IReadOnlyDictionary<string, TemplateFunction> _functions;
    private readonly IReadOnlyDictionary<string, TemplateSignature> _signatures;
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, ListNode> _definitions = new(StringComparer.Ordinal);
    private List<string> _variables = ["$"];
    private int _index;
    private int _furthest;
    private int _rangeDepth;
    private int _actionLine;

    private Parser(
        string name,
        string source,
        IReadOnlyDictionary<string, TemplateFunction> functions,
        IReadOnlyDictionary<string, TemplateSignature> signatures)
    {
        _name = name;
        _source = source;
        _functions = functions;
        _signatures = signatures;
        _tokens = new Lexer(source, !functions.ContainsKey("break"), !functions.ContainsKey("continue")).Lex();
    }

    public static ParsedTemplates Parse(
        string name,
        string source,
        IReadOnlyDictionary<string, TemplateFunction> functions,
        IReadOnlyDictionary<string, TemplateSignature> signatures)
    {
        var parser = new Parser(name, source, functions, signatures);
        return parser.ParseTemplate();
    }

    private ParsedTemplates ParseTemplate()
    {
        var root = new List<Node>();
        while (Peek().Kind != TokenKind.Eof)
        {
            if (Peek().Kind == TokenKind.LeftDelim)
            {
                int mark = _index;
                _actionLine = Next().Line;

                // A lexing error met while looking for "define" belongs to the action just opened.
                bool isDefinition = NextNonSpace().Kind == TokenKind.Define;
                _actionLine = 0;
                if (isDefinition)
                {
                    ParseDefinition();
                    continue;
                }

                _index = mark;
            }

            var node = TextOrAction();
            if (node is EndNode or ElseNode)
            {
                throw Error($"unexpected {node}");
            }

            root.Add(node);
        }

        // An empty body gives way to a same-named definition, which then is what the template runs.
        AddDefinition(_name, new ListNode(0, [.. root]));
        return new ParsedTemplates(_name, _source, _definitions[_name], _definitions.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private void ParseDefinition()
    {
        const string context = "define clause";
        var token = NextNonSpace();
        if (token.Kind is not TokenKind.String and not TokenKind.RawString)
        {
            throw Unexpected(token, context);
        }

        string name = Unquote(token.Text);
        Expect(TokenKind.RightDelim, context);
        var outerVariables = _variables;
        _variables = ["$"];
        var (list, end) = ItemList();
        _variables = outerVariables;
        if (end is not EndNode)
        {
            throw Error($"unexpected {end} in {context}");
        }

        AddDefinition(name, list);
    }

    private void AddDefinition(string name, ListNode body)
    {
        if (!_definitions.TryGetValue(name, out var existing) || IsEmpty(existing))
        {
            _definitions[name] = body;
            return;
        }

        if (!IsEmpty(body))
        {
            throw Error($"template: multiple definition of template {Formatting.GoFormat.Quote(name)}");
        }
    }

    private static bool IsEmpty(ListNode list)
    {
        foreach (var node in list.Nodes)
        {
            if (node is not TextNode text || !string.IsNullOrWhiteSpace(text.Text))
            {
                return false;
            }
        }

        return true;
    }

    private (ListNode List, Node End) ItemList()
    {
        int position = PeekNonSpace().Position;
        var nodes = new List<Node>();
        while (PeekNonSpace().Kind != TokenKind.Eof)
        {
            var node = TextOrAction();
            if (node is EndNode or ElseNode)
            {
                return (new ListNode(position, [.. nodes]), node);
            }

            nodes.Add(node);
        }

        throw Error("unexpected EOF");
    }

    private Node TextOrAction()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Text:
                return new TextNode(token.Position, token.Text);
            case TokenKind.LeftDelim:
                _actionLine = token.Line;
                var action = Action();
                _actionLine = 0;
                return action;
            default:
                throw Unexpected(token, "input");
        }
    }

    private Token Peek()
    {
        int index = Math.Min(_index, _tokens.Count - 1);
        _furthest = Math.Max(_furthest, index);
        return _tokens[index];
    }

    private Token Next()
    {
        Token token = Peek();
        if (token.Kind == TokenKind.Error)
        {
            throw Unexpected(token, "input");
        }

        _index++;
        return token;
    }

    private void Backup() => _index--;

    private Token NextNonSpace()
    {
        Token token;
        do
        {
            token = Next();
        }
        while (token.Kind == TokenKind.Space);
        return token;
    }

    private Token PeekNonSpace()
    {
        while (Peek().Kind == TokenKind.Space)
        {
            _index++;
        }

        if (Peek().Kind == TokenKind.Error)
        {
            Next();
        }

        return Peek();
    }

    /// <summary>The next non-space token, an error token included, without consuming it.</summary>
    private Token PeekPastSpace()
    {
        while (Peek().Kind == TokenKind.Space)
        {
            _index++;
        }

        return Peek();
    }

    private Token Expect(TokenKind kind, string context)
    {
        var token = NextNonSpace();
        return token.Kind == kind ? token : throw Unexpected(token, context);
    }

    private TemplateParseException Unexpected(Token token, string context)
    {
        if (token.Kind == TokenKind.Error)
        {
            string extra = string.Empty;
            if (_actionLine != 0 && _actionLine != token.Line)
            {
                extra = $" in action started at {_name}:{_actionLine}";
                if (token.Text.EndsWith(" action", StringComparison.Ordinal))
                {
                    extra = extra[" in action".Length..];
                }
            }

            return Error(token.Text + extra);
        }

        return Error($"unexpected {token} in {context}");
    }

    private TemplateParseException Error(string message)
    {
        int line = _tokens[Math.Min(_furthest, _tokens.Count - 1)].Line;
        return new TemplateParseException($"template: {_name}:{line}: {message}");
    }

    private IdentifierNode Identifier(Token token)
    {
        if (_functions.TryGetValue(token.Text, out var function))
        {
            _signatures.TryGetValue(token.Text, out var signature);
            return new IdentifierNode(token.Position, token.Text, function, BuiltinFunction.None, signature);
        }

        if (BuiltinFunctions.TryGet(token.Text, out var builtin))
        {
            return new IdentifierNode(token.Position, token.Text, null, builtin);
        }

        throw Error($"function {Formatting.GoFormat.Quote(token.Text)} not defined");
    }
}
