using Injector.Core.Templating;

using static Injector.Core.Tests.Templating.Functions.FunctionCalls;

namespace Injector.Core.Tests.Templating.Functions.Sprig;

// Expected values were produced by Sprig v3.2.3 under Go's text/template.
public sealed class SprigFunctionTests
{
    private static List<object?> L(params object?[] items) => [.. items];

    private static string Text(object? value) => value switch
    {
        IReadOnlyList<string> s => "[" + string.Join(' ', s) + "]",
        IReadOnlyList<object?> l => "[" + string.Join(' ', l.Select(Text)) + "]",
        null => "<nil>",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [Theory]
    [InlineData("snakecase", "HTTP20xOK", "http_20x_ok")]
    [InlineData("snakecase", "Bld4Floor3rd", "bld4_floor_3rd")]
    [InlineData("snakecase", "GO PATH", "go_path")]
    [InlineData("kebabcase", "FirstName", "first-name")]
    [InlineData("camelcase", "http_server", "HttpServer")]
    [InlineData("camelcase", "HTTPServer", "Httpserver")]
    [InlineData("title", "hello wOrld-x_y", "Hello WOrld-X_y")]
    [InlineData("initials", "First Try", "FT")]
    [InlineData("swapcase", "Hello World", "hELLO wORLD")]
    [InlineData("nospace", " a b ", "ab")]
    [InlineData("b32enc", "hello", "NBSWY3DP")]
    [InlineData("b64enc", "hello", "aGVsbG8=")]
    [InlineData("b64dec", "aGVsbG8=", "hello")]
    [InlineData("adler32sum", "hello", "103547413")]
    [InlineData("sha1sum", "x", "11f6ad8ec52a2984abaafd7c3b516503785c2072")]
    [InlineData("sha256sum", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("upper", "aB", "AB")]
    [InlineData("untitle", "Hello", "hello")]
    [InlineData("trim", "  x \n", "x")]
    [InlineData("base", "/a/b.txt", "b.txt")]
    [InlineData("dir", "/a/b.txt", "/a")]
    [InlineData("ext", "/a/b.txt", ".txt")]
    [InlineData("clean", "a//b/../c/.", "a/c")]
    public void StringFunction_MatchesSprig(string name, string input, string expected)
    {
        Assert.Equal(expected, Call(name, input));
    }

    [Fact]
    public void StringFunctions_WithCountsAndCutsets_MatchSprig()
    {
        Assert.Equal("def", Call("trunc", -3, "abcdef"));
        Assert.Equal("abc", Call("trunc", 3, "abcdef"));
        Assert.Equal("bc", Call("substr", 1, 3, "abcdef"));
        Assert.Equal("he...", Call("abbrev", 5, "hello world"));
        Assert.Equal("...5678...", Call("abbrevboth", 5, 10, "1234 5678 9123"));
        Assert.Equal("Hello\nWorld\nAgain", Call("wrap", 5, "Hello World Again"));
        Assert.Equal("abc", Call("trimAll", "$", "$$abc$"));
        Assert.Equal("xxx", Call("repeat", 3, "x"));
        Assert.Equal("a-b", Call("replace", " ", "-", "a b"));
        Assert.Equal("many", Call("plural", "one", "many", 2));
        Assert.Equal(true, Call("hasPrefix", "ab", "abc"));
        Assert.Equal(true, CallSprig("contains", "b", "abc"));
    }

    [Fact]
    public void Quote_SkipsNilAndQuotesGoStyle()
    {
        Assert.Equal("\"a\\\"b\" \"3\"", Call("quote", "a\"b", null, 3));
        Assert.Equal("'x'", Call("squote", "x"));
        Assert.Equal("a 2", Call("cat", "a", null, 2));
        Assert.Equal("\"\"", Call("quote", ""));
    }

    [Fact]
    public void Nindent_IndentsEveryLineAfterANewLine()
    {
        Assert.Equal("\n  a\n  b", Call("nindent", 2, "a\nb"));
        Assert.Equal("  a\n  b", CallSprig("indent", 2, "a\nb"));
    }

    [Fact]
    public void Default_TreatsGoZeroValuesAsEmpty()
    {
        Assert.Equal("d", Call("default", "d", ""));
        Assert.Equal("d", Call("default", "d", 0));
        Assert.Equal("d", Call("default", "d", false));
        Assert.Equal("d", Call("default", "d", null));
        Assert.Equal("d", Call("default", "d", L()));
        Assert.Equal("d", Call("default", "d"));
        Assert.Equal(1.5, Call("default", "d", 1.5));
        Assert.Equal("x", Call("coalesce", "", "x"));
        Assert.Equal("b", Call("ternary", "a", "b", false));
        Assert.Equal(true, Call("empty", L()));
        Assert.Equal(false, Call("all", 1, ""));
        Assert.Equal(true, Call("any", 0, "x"));
    }

    [Fact]
    public void Conversions_FollowCastSemantics()
    {
        Assert.Equal(16, Call("int", "0x10"));
        Assert.Equal(12L, Call("int64", "12.00"));
        Assert.Equal(1.5, Call("float64", "1.5"));
        Assert.Equal(0, Call("atoi", "x"));
        Assert.Equal(42, Call("atoi", "42"));
        Assert.Equal(3, Call("int", 3.9));
        Assert.Equal(511L, Call("toDecimal", "0777"));
        Assert.Equal("[1 a]", Text(Call("toStrings", L(1, null, "a"))));
        Assert.Equal("1.5", Call("toString", 1.5));
    }

    [Fact]
    public void Math_UsesInt64AndDecimalArithmetic()
    {
        Assert.Equal(3L, Call("div", 7, 2));
        Assert.Equal(1L, Call("mod", 7, 3));
        Assert.Equal(24L, Call("mul", 2, 3, 4));
        Assert.Equal(5L, Call("max", 1, 5, 3));
        Assert.Equal(1L, Call("min", 1, 5, 3));
        Assert.Equal(6L, Call("add", 1, 2.5, "3"));
        Assert.Equal(0.3, Call("addf", 0.1, 0.2));
        Assert.Equal(1.0, Call("floor", 1.5));
        Assert.Equal(2.0, Call("ceil", 1.2));
        Assert.Equal(3.14, Call("round", 3.14159, 2));
        Assert.Equal("1 2 3 4 5", Call("seq", 5));
        Assert.Equal("5 4 3 2 1", Call("seq", 5, -1, 1));
        Assert.Equal("[0 1 2]", Text(Call("until", 3)));
        Assert.Equal("[5 3]", Text(Call("untilStep", 5, 1, -2)));
        Assert.Throws<TemplateFunctionException>(() => Call("div", 1, 0));
    }

    [Fact]
    public void Lists_BuildNewListsAndCompareDeeply()
    {
        var list = L(1, 2, 3);
        Assert.Equal("[1 2 3 4]", Text(Call("append", list, 4)));
        Assert.Equal("[0 1 2 3]", Text(Call("prepend", list, 0)));
        Assert.Equal("[1 2 3]", Text(list));
        Assert.Equal("[2 3]", Text(Call("rest", list)));
        Assert.Equal("[1 2]", Text(Call("initial", list)));
        Assert.Equal(3, Call("last", list));
        Assert.Null(Call("first", L()));
        Assert.Equal("[1 2]", Text(Call("uniq", L(1, 1, 2))));
        Assert.Equal("[1 3]", Text(Call("without", list, 2)));
        Assert.Equal(true, Call("has", 2, list));
        Assert.Equal(false, Call("has", 2, null));
        Assert.Equal("[1 a]", Text(Call("compact", L("", 1, 0, "a"))));
        Assert.Equal("[3 2 1]", Text(Call("reverse", list)));
        Assert.Equal("[2 3]", Text(Call("slice", list, 1)));
        Assert.Equal("[[1 2] [3]]", Text(Call("chunk", 2, list)));
        Assert.Equal("[1 2 3 1 2 3]", Text(Call("concat", list, list)));
        Assert.Equal("1-a", Call("join", "-", L(1, "a", null)));
        Assert.Equal("[a b]", Text(Call("splitList", ",", "a,b")));
        Assert.Equal("b", ((IReadOnlyDictionary<string, string>)Call("split", ",", "a,b")!)["_1"]);
        Assert.Equal("[a b c]", Text(Call("sortAlpha", L("c", "a", "b"))));
        Assert.Throws<TemplateFunctionException>(() => Call("mustFirst", "x"));
    }

    [Fact]
    public void Dicts_SetGetMergeAndSortedKeys()
    {
        var d = (IReadOnlyDictionary<string, object?>)Call("dict", "b", 1, "a", 2, "odd")!;
        Assert.Equal("", d["odd"]);
        Assert.Equal("[a b odd]", Text(Call("keys", d)));
        Assert.Same(d, Call("set", d, "c", 3));
        Assert.Equal(3, Call("get", d, "c"));
        Assert.Equal("", Call("get", d, "missing"));
        Assert.Equal(true, Call("hasKey", d, "c"));
        Call("unset", d, "c");
        Assert.Equal(false, Call("hasKey", d, "c"));
        var picked = (IReadOnlyDictionary<string, object?>)CallSprig("pick", d, "a")!;
        Assert.Equal(["a"], picked.Keys);
        var omitted = (IReadOnlyDictionary<string, object?>)CallSprig("omit", d, "a")!;
        Assert.DoesNotContain("a", omitted.Keys);

        var dst = new Dictionary<string, object?> { ["a"] = 1, ["n"] = new Dictionary<string, object?> { ["x"] = 1 } };
        var src = new Dictionary<string, object?> { ["a"] = 2, ["b"] = 3, ["n"] = new Dictionary<string, object?> { ["y"] = 2 } };
        var merged = (IReadOnlyDictionary<string, object?>)Call("merge", dst, src)!;
        Assert.Equal(1, merged["a"]);
        Assert.Equal(3, merged["b"]);
        Assert.Equal(2, ((IReadOnlyDictionary<string, object?>)merged["n"]!).Count);
        var overwritten = (IReadOnlyDictionary<string, object?>)Call("mergeOverwrite", new Dictionary<string, object?> { ["a"] = 1 }, src)!;
        Assert.Equal(2, overwritten["a"]);
        Assert.Equal("v", Call("dig", "x", "y", "def", new Dictionary<string, object?> { ["x"] = new Dictionary<string, object?> { ["y"] = "v" } }));
        Assert.Equal("def", Call("dig", "x", "z", "def", new Dictionary<string, object?> { ["x"] = new Dictionary<string, object?>() }));
    }

    [Fact]
    public void Json_EncodesLikeEncodingJsonAndDecodesToTheValueModel()
    {
        var value = Call("dict", "b", 1, "a", L(1.5, "<"));
        Assert.Equal("{\"a\":[1.5,\"\\u003c\"],\"b\":1}", Call("toJson", value));
        Assert.Equal("{\"a\":[1.5,\"<\"],\"b\":1}", Call("toRawJson", value));
        Assert.Equal("[\n  1\n]", Call("toPrettyJson", L(1)));
        var decoded = (IReadOnlyDictionary<string, object?>)Call("fromJson", "{\"a\":[1,\"x\"],\"b\":null}")!;
        Assert.Equal(1.0, ((IReadOnlyList<object?>)decoded["a"]!)[0]);
        Assert.Null(Call("fromJson", "{"));
        Assert.Throws<TemplateFunctionException>(() => Call("mustFromJson", "{"));
    }

    [Fact]
    public void Regex_UsesGoReplacementSyntax()
    {
        Assert.Equal("-W-xxW-", Call("regexReplaceAll", "a(x*)b", "-ab-axxb-", "${1}W"));
        Assert.Equal("-${1}-${1}-", Call("regexReplaceAllLiteral", "a(x*)b", "-ab-axxb-", "${1}"));
        Assert.Equal("[pi a]", Text(Call("regexSplit", "z+", "pizza", -1)));
        Assert.Equal("[ab ac]", Text(Call("regexFindAll", "a.", "abacad", 2)));
        Assert.Equal("ab", Call("regexFind", "a.", "xaby"));
        Assert.Equal(true, Call("regexMatch", "^[a-z]+$", "abc"));
        Assert.Equal(false, Call("regexMatch", "(", "abc"));
        Assert.Equal("a\\.b", Call("regexQuoteMeta", "a.b"));
        Assert.Throws<TemplateFunctionException>(() => Call("mustRegexMatch", "(", "abc"));
    }

    [Theory]
    [InlineData("^1.2.0", "1.4.2", true)]
    [InlineData(">=1.2 <2", "2.0.0", false)]
    [InlineData("~1.2.3", "1.2.9", true)]
    [InlineData("1.x", "1.9.0", true)]
    [InlineData(">1.0", "1.1.0-beta", false)]
    [InlineData(">=1.0.0, <1.5.0 || >=2.0.0", "2.1.0", true)]
    [InlineData("1.1 - 1.3", "1.2.5", true)]
    public void SemverCompare_MatchesMastermindsSemver(string constraint, string version, bool expected)
    {
        Assert.Equal(expected, Call("semverCompare", constraint, version));
    }

    [Fact]
    public void Semver_ExposesVersionFields()
    {
        var version = (ITemplateObject)Call("semver", "v1.2.3-rc.1+b")!;
        Assert.True(version.TryGetMember("Prerelease", out var pre));
        Assert.Equal("rc.1", pre);
        Assert.Equal("1.2.3-rc.1+b", ((IGoStringer)version).GoString());
        Assert.Throws<TemplateFunctionException>(() => Call("semver", "nope"));
    }

    [Fact]
    public void TypeFunctions_NameGoTypes()
    {
        Assert.Equal("[]interface {}", Call("typeOf", L()));
        Assert.Equal("map", Call("kindOf", new Dictionary<string, object?>()));
        Assert.Equal("float64", Call("typeOf", 1.5));
        Assert.Equal(true, Call("kindIs", "string", "x"));
        Assert.Equal(true, Call("deepEqual", L(1, "a"), L(1, "a")));
        Assert.Equal(false, Call("deepEqual", L(1), L(1.0)));
    }

    [Fact]
    public void Urls_RoundTrip()
    {
        var parsed = (IReadOnlyDictionary<string, object?>)Call("urlParse", "https://u:p@host:8080/a/b?q=1#f")!;
        Assert.Equal("host", parsed["hostname"]);
        Assert.Equal("/a/b", parsed["path"]);
        Assert.Equal("https://u:p@host:8080/a/b?q=1#f", Call("urlJoin", parsed));
    }

    [Fact]
    public void Fail_ReportsItsMessage()
    {
        var e = Assert.Throws<TemplateFunctionException>(() => Call("fail", "boom"));
        Assert.Equal("boom", e.Message);
    }

    [Fact]
    public void Duration_FormatsSecondsAsGoDuration()
    {
        Assert.Equal("1m35s", Call("duration", 95L));
        Assert.Equal("1m35s", Call("duration", "95"));
        Assert.Equal("0s", Call("duration", "0"));
    }

    [Fact]
    public void Duration_CountsNeitherIntNorFloatSeconds()
    {
        // Sprig's type switch reads only string and int64.
        Assert.Equal("0s", Call("duration", 95));
        Assert.Equal("0s", Call("duration", 95.0));
    }
}
