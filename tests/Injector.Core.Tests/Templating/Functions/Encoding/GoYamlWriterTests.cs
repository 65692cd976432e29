using Injector.Core.Templating.Functions.Encoding;

namespace Injector.Core.Tests.Templating.Functions.Encoding;

// Expected texts come from sigs.k8s.io/yaml's path (json.Marshal, then yaml.v2 Unmarshal and Marshal) run in Go.
public sealed class GoYamlWriterTests
{
    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void Serialize_NestedMapsAndLists_UsesBlockStyleWithUnindentedSequences()
    {
        var value = Map(
            ("a", "x\ny"),
            ("b", new List<object?> { "p\nq", Map(("c", "m\nn\n"), ("d", new List<object?> { 1.0, 2.0 })) }),
            ("e", "  lead\nx"),
            ("f", "trail \nx"),
            ("g", "\n"));

        Assert.Equal(
            "a: |-\n  x\n  y\nb:\n- |-\n  p\n  q\n- c: |\n    m\n    n\n  d:\n  - 1\n  - 2\ne: |2-\n    lead\n  x\nf: \"trail \\nx\"\ng: |2+\n\n",
            GoYamlWriter.Serialize(value));
    }

    [Fact]
    public void Serialize_EmptyCollectionsAndNestedLists_UseFlowMarkers()
    {
        var value = new List<object?> { new List<object?> { "a", "b" }, Map(("x", Map(("y", new List<object?>()))), ("z", Map())) };

        Assert.Equal("- - a\n  - b\n- x:\n    \"y\": []\n  z: {}\n", GoYamlWriter.Serialize(value));
    }

    [Fact]
    public void Serialize_Keys_SortInYamlV2NaturalOrderAndNumbersKeepGoLayout()
    {
        var value = Map(("a9", 1.0), ("a10", 2.0), ("A", 3.0), ("_", 4.0), ("1", 5.0), ("b", null), ("n", 1e21), ("m", 0.000001), ("o", 1234567.5), ("p", 1000000.0));

        Assert.Equal(
            "_: 4\n\"1\": 5\nA: 3\na9: 1\na10: 2\nb: null\nm: 1e-06\n\"n\": 1e+21\no: 1.2345675e+06\np: 1000000\n",
            GoYamlWriter.Serialize(value));
    }

    [Fact]
    public void Serialize_AmbiguousStrings_AreQuotedAsYamlV2Does()
    {
        var value = new List<object?>
        {
            "", "true", "yes", "on", "1.5", "0x1F", "~", "null", "a: b", "a #b", "#x", "- x", "-x", ":x", "x:", "2001-12-14",
            "1:20", "x y ", " x", "@a", "a,b", "[x]", "é", "tab\there", "a\u0007b", "<<", ".5", "1_000", "0b101", "+1", ".",
        };

        Assert.Equal(
            "- \"\"\n- \"true\"\n- \"yes\"\n- \"on\"\n- \"1.5\"\n- \"0x1F\"\n- \"~\"\n- \"null\"\n- 'a: b'\n- 'a #b'\n- '#x'\n- '- x'\n- -x\n- :x\n- 'x:'\n- \"2001-12-14\"\n- \"1:20\"\n- 'x y '\n- ' x'\n- '@a'\n- a,b\n- '[x]'\n- é\n- \"tab\\there\"\n- \"a\\ab\"\n- <<\n- \".5\"\n- \"1_000\"\n- \"0b101\"\n- \"+1\"\n- .\n",
            GoYamlWriter.Serialize(value));
    }

    [Fact]
    public void Serialize_LongStrings_FoldAtSpacesPastColumn80()
    {
        const string text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt uuuu vvvv";
        var value = Map(("key", text), ("l", new List<object?> { text, Map(("m", text)) }), ("q", "#" + text));

        Assert.Equal(
            "key: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp\n  qqqq rrrr ssss tttt uuuu vvvv\n"
            + "l:\n- aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp\n  qqqq rrrr ssss tttt uuuu vvvv\n"
            + "- m: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp\n    qqqq rrrr ssss tttt uuuu vvvv\n"
            + "q: '#aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp\n  qqqq rrrr ssss tttt uuuu vvvv'\n",
            GoYamlWriter.Serialize(value));
        Assert.Equal(text + ": 1\n", GoYamlWriter.Serialize(Map((text, 1))));
    }

    [Fact]
    public void Serialize_TopLevelScalars_EndWithNewLine()
    {
        Assert.Equal("|-\n  a\n  b\n", GoYamlWriter.Serialize("a\nb"));
        Assert.Equal("null\n", GoYamlWriter.Serialize(null));
        Assert.Equal("{}\n", GoYamlWriter.Serialize(new Dictionary<string, object?>()));
    }
}
