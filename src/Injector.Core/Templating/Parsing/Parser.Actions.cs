using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Parsing;

/// <summary>Actions and control structures: if, range, with, else, end, template, block, break, continue.</summary>
internal sealed partial class Parser
{
    private Node Action()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Block:
                return BlockControl();
            case TokenKind.Break:
                return LoopControl(token, "{{break}}", position => new BreakNode(position));
            case TokenKind.Continue:
                return LoopControl(token, "{{continue}}", position => new ContinueNode(position));
            case TokenKind.Else:
                return ElseControl();
            case TokenKind.End:
                return new EndNode(Expect(TokenKind.RightDelim, "end").Position);
            case TokenKind.If:
                return BranchControl("if");
            case TokenKind.Range:
                return BranchControl("range");
            case TokenKind.Template:
                return TemplateControl();
            case TokenKind.With:
                return BranchControl("with");
        }

        Backup();
        var start = Peek();

        // Variables declared here stay visible until the end of the enclosing block.
        return new ActionNode(start.Position, Pipeline("command", TokenKind.RightDelim));
    }

    private Node LoopControl(Token token, string text, Func<int, Node> create)
    {
        if (_rangeDepth == 0)
        {
            throw Error(text + " outside {{range}}");
        }

        var next = NextNonSpace();
        return next.Kind == TokenKind.RightDelim ? create(token.Position) : throw Unexpected(next, text);
    }

    private ElseNode ElseControl()
    {
        // "else if" and "else with" leave the keyword pending: the branch parses it as a nested control.
        var peek = PeekNonSpace();
        if (peek.Kind is TokenKind.If or TokenKind.With)
        {
            return new ElseNode(peek.Position);
        }

        return new ElseNode(Expect(TokenKind.RightDelim, "else").Position);
    }

    private BranchNode BranchControl(string context)
    {
        int scope = _variables.Count;
        var pipe = Pipeline(context, TokenKind.RightDelim);
        if (context == "range")
        {
            _rangeDepth++;
        }

        var (list, next) = ItemList();
        if (context == "range")
        {
            _rangeDepth--;
        }

        ListNode? elseList = null;
        if (next is ElseNode)
        {
            if (context == "if" && Peek().Kind == TokenKind.If)
            {
                Next();
                elseList = new ListNode(next.Position, [BranchControl("if")]);
            }
            else if (context == "with" && Peek().Kind == TokenKind.With)
            {
                Next();
                elseList = new ListNode(next.Position, [BranchControl("with")]);
            }
            else
            {
                (elseList, next) = ItemList();
                if (next is not EndNode)
                {
                    throw Error($"expected end; found {next}");
                }
            }
        }

        _variables.RemoveRange(scope, _variables.Count - scope);
        return context switch
        {
            "if" => new IfNode(pipe.Position, pipe, list, elseList),
            "range" => new RangeNode(pipe.Position, pipe, list, elseList),
            _ => new WithNode(pipe.Position, pipe, list, elseList),
        };
    }

    private TemplateNode TemplateControl()
    {
        const string context = "template clause";
        var token = NextNonSpace();
        string name = TemplateName(token, context);
        PipeNode? pipe = null;
        if (NextNonSpace().Kind != TokenKind.RightDelim)
        {
            Backup();
            pipe = Pipeline(context, TokenKind.RightDelim);
        }

        return new TemplateNode(token.Position, name, pipe);
    }

    private TemplateNode BlockControl()
    {
        const string context = "block clause";
        var token = NextNonSpace();
        string name = TemplateName(token, context);
        var pipe = Pipeline(context, TokenKind.RightDelim);

        // The body is a definition of its own: fresh variables, outside any range.
        var outerVariables = _variables;
        int outerRangeDepth = _rangeDepth;
        _variables = ["$"];
        _rangeDepth = 0;
        var (list, end) = ItemList();
        _variables = outerVariables;
        _rangeDepth = outerRangeDepth;
        if (end is not EndNode)
        {
            throw Error($"unexpected {end} in {context}");
        }

        AddDefinition(name, list);
        return new TemplateNode(token.Position, name, pipe);
    }

    private string TemplateName(Token token, string context) =>
        token.Kind is TokenKind.String or TokenKind.RawString ? Unquote(token.Text) : throw Unexpected(token, context);
}
