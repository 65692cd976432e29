using System.Collections.Frozen;

using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Parsing;

/// <summary>What parsing one source yields: the main body and every <c>define</c>d or <c>block</c> template.</summary>
internal sealed class ParsedTemplates(string name, string source, ListNode root, FrozenDictionary<string, ListNode> definitions)
{
    public string Name { get; } = name;

    /// <summary>The source text, kept to turn node positions into line and column for errors.</summary>
    public string Source { get; } = source;

    public ListNode Root { get; } = root;

    public FrozenDictionary<string, ListNode> Definitions { get; } = definitions;
}
