using System.Text;
using System.Text.Json.Nodes;

using Injector.Core.Templating;
using Injector.Core.Templating.Functions;

namespace Injector.Core.Tests.Templating;

/// <summary>
/// One folder of TestData/Templates/&lt;group&gt;/&lt;case&gt;: a template, optional JSON data, and the output (or error
/// message) Go's text/template produced for them. Files are read as exact UTF-8 bytes so line endings survive.
/// </summary>
internal sealed class GoldenTemplateCase
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private GoldenTemplateCase(string id, string name, string text, object? data, bool useSprig, string? expectedOutput, string? expectedError)
    {
        Id = id;
        Name = name;
        Text = text;
        Data = data;
        UseSprig = useSprig;
        ExpectedOutput = expectedOutput;
        ExpectedError = expectedError;
    }

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "Templates");

    /// <summary>The case's id, <c>group/case</c>.</summary>
    public string Id { get; }

    /// <summary>The template name Go was given: the case folder's name.</summary>
    public string Name { get; }

    public string Text { get; }

    public object? Data { get; }

    public bool UseSprig { get; }

    public string? ExpectedOutput { get; }

    public string? ExpectedError { get; }

    /// <summary>Every case id under <see cref="Root"/>, in ordinal order.</summary>
    public static IEnumerable<string> DiscoverIds()
    {
        if (!Directory.Exists(Root))
        {
            throw new DirectoryNotFoundException($"Golden template cases not found at {Root}.");
        }

        return Directory.EnumerateDirectories(Root)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(dir => Path.GetRelativePath(Root, dir).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
    }

    public static GoldenTemplateCase Load(string id)
    {
        var parts = id.Split('/');
        var group = parts[0];
        var name = parts[1];
        var dir = Path.Combine(Root, group, name);

        var text = ReadText(Path.Combine(dir, "template.tmpl"))
            ?? throw new FileNotFoundException($"Case {id} has no template.tmpl.");
        var dataPath = Path.Combine(dir, "data.json");
        var data = File.Exists(dataPath) ? JsonTemplateValue.Parse(File.ReadAllText(dataPath)) : null;
        var expectedOutput = ReadText(Path.Combine(dir, "expected.txt"));
        var expectedError = ReadText(Path.Combine(dir, "expected-error.txt"));
        if ((expectedOutput is null) == (expectedError is null))
        {
            throw new InvalidDataException($"Case {id} needs exactly one of expected.txt and expected-error.txt.");
        }

        return new GoldenTemplateCase(id, name, text, data, UsesSprig(group, dir), expectedOutput, expectedError);
    }

    /// <summary>The functions the case was generated with: Sprig's or none beyond the builtins.</summary>
    public TemplateFunctionMap CreateFunctions() => UseSprig ? FunctionLibrary.CreateSprig() : new TemplateFunctionMap();

    public override string ToString() => Id;

    private static bool UsesSprig(string group, string dir)
    {
        var optionsPath = Path.Combine(dir, "options.json");
        var functions = File.Exists(optionsPath)
            ? JsonNode.Parse(File.ReadAllBytes(optionsPath))?["functions"]?.GetValue<string>()
            : null;
        return functions switch
        {
            null => group.StartsWith("sprig", StringComparison.Ordinal),
            "sprig" => true,
            "none" => false,
            _ => throw new InvalidDataException($"Unknown function set '{functions}' in {optionsPath}."),
        };
    }

    private static string? ReadText(string path) => File.Exists(path) ? s_strictUtf8.GetString(File.ReadAllBytes(path)) : null;
}
