using Injector.Core.Templating.Formatting;

namespace Injector.Core.Tests.Templating.Formatting;

public sealed class GoFormatTests
{
    /// <summary>Format, arguments and the text Go 1.19's fmt.Sprintf produced for them.</summary>
    public static TheoryData<string, object?[], string> SprintfCases => new()
    {
        { "%s", new object?[] { "hi" }, "hi" },
        { "%v|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%#b|%.3d|%8.3d|%+v", new object?[] { -3, 42, 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 5, 7, 7, 5 }, "-3|42|   42|42   |00042|+42| 42|ff|FF|10|0o10|101|0xff|010|0b101|007|     007|5" },
        { "%v %v %v %v %v %v %v %v %v", new object?[] { 1e+06d, 100000d, 1e-05d, 0.0001d, 1.5d, 1.23456789e+08d, 1e+21d, 1e+20d, 3d }, "1e+06 100000 1e-05 0.0001 1.5 1.23456789e+08 1e+21 1e+20 3" },
        { "%f %.2f %8.3f %-8.3f| %08.3f %+.1f % .1f %e %E %.3e %g %G %.3g %.10g %g", new object?[] { 3.14159d, 2.675d, 3.14159d, 3.14159d, -3.14159d, 2d, 2d, 123456.789d, 0.000123d, 1d, 1e-07d, 1e-07d, 1234.5678d, 100000d, 0d }, "3.141590 2.67    3.142 3.142   | -003.142 +2.0  2.0 1.234568e+05 1.230000E-04 1.000e+00 1e-07 1E-07 1.23e+03 100000 0" },
        { "%.0f %.0f %.0f %.1f %.2f %.3g %#g %#.3g %#v %F", new object?[] { 0.5d, 1.5d, 2.5d, 0.05d, 1.005d, 1d, 1d, 2d, 3d, 1d }, "0 2 2 0.1 1.00 1 1.00000 2.00 3 1.000000" },
        { "%t %v %s %d", new object?[] { true, false, true, false }, "true false %!s(bool=true) %!d(bool=false)" },
        { "%q %+q %#q %q %x %X % x %#x %5.2s| %-5s| %05s %.1q", new object?[] { "a\"b\u000a\u0001é", "é", "ab", "`", "hé", "hi", "hi", "hi", "hello", "ab", "ab", "xyz" }, "\"a\\\"b\\n\\x01é\" \"\\u00e9\" `ab` \"`\" 68c3a9 6869 68 69 0x6869    he| ab   | 000ab \"x\"" },
        { "%c %q %U %#U %q", new object?[] { 65, 9786, 9786, 9786, 10 }, "A '☺' U+263A U+263A '☺' '\\n'" },
        { "%v %d %s", new object?[] { new List<object?> { "a", 1, 2.5d, null, true }, new List<object?> { 1, 2 }, new List<object?> { "a", 3 } }, "[a 1 2.5 <nil> true] [1 2] [a %!s(int=3)]" },
        { "%v %+v %d", new object?[] { new Dictionary<string, object?> { ["b"] = 2, ["a"] = "x", ["c"] = new List<object?> { 1, "y" }, }, new Dictionary<string, object?> { ["b"] = 2, ["a"] = "x", ["c"] = new List<object?> { 1, "y" }, }, new Dictionary<string, object?> { ["x"] = 1, } }, "map[a:x b:2 c:[1 y]] map[a:x b:2 c:[1 y]] map[%!d(string=x):1]" },
        { "%s %d", new object?[] { "x" }, "x %!d(MISSING)" },
        { "%d", new object?[] { 1, "x", null }, "1%!(EXTRA string=x, <nil>)" },
        { "%d %s %v %x", new object?[] { null, null, null, null }, "%!d(<nil>) %!s(<nil>) <nil> %!x(<nil>)" },
        { "%z %!", new object?[] { 1, 2 }, "%!z(int=1) %!!(int=2)" },
        { "%", new object?[] {  }, "%!(NOVERB)" },
        { "%[2]d %[1]d %d", new object?[] { 1, 2 }, "2 1 2" },
        { "%[3]d %[0]d %[x]d", new object?[] { 1, 2 }, "%!d(BADINDEX) %!d(BADINDEX) %!d(BADINDEX)" },
        { "%*d|%-*d|%.*f|%*d", new object?[] { 5, 1, 5, 1, 2, 3.14159d, "x", 1 }, "    1|1    |3.14|%!(BADWIDTH)1" },
        { "%v %v %v %v", new object?[] { 0d, 1e+100d, 5e-324d, 1.7976931348623157e+308d }, "0 1e+100 5e-324 1.7976931348623157e+308" },
        { "%6.2f%% %T %T %T %T %T", new object?[] { 99.5d, 1, "s", 1.5d, new List<object?> { "a", 1, 2.5d, null, true }, new Dictionary<string, object?> { ["c"] = new List<object?> { 1, "y" }, ["b"] = 2, ["a"] = "x", } }, " 99.50% int string float64 []interface {} map[string]interface {}" },
        { "%v", new object?[] { new List<string> { "a", "b" } }, "[a b]" },
        { "%v", new object?[] { new Dictionary<string, string> { ["z"] = "1", ["a"] = "2", } }, "map[a:2 z:1]" },
        { "%10.3v|%-10v|%010v|%+.3e|%x", new object?[] { 3.14159d, "ab", 42, 12345.678d, "é" }, "      3.14|ab        |0000000042|+1.235e+04|c3a9" },
        { "%t %s", new object?[] { 1, true }, "%!t(int=1) %!s(bool=true)" },
        { "%.2s %.0d %5.0d|", new object?[] { "日本語", 0, 0 }, "日本       |" },
        { "%g %g %g %e", new object?[] { 100000d, 1e+06d, 1e-05d, 0d }, "100000 1e+06 1e-05 0.000000e+00" },
        { "%x|%X|%o|%b|%#x|%+x|% x|%08b|%-5x|", new object?[] { -255, -255, -8, -5, -255, 255, 255, 5, 10 }, "-ff|-FF|-10|-101|-0xff|+ff| ff|00000101|a    |" },
        { "%-05d|%+05d|% 05d|%5.3d|%-8.3d|%.0d|", new object?[] { 3, 3, 3, -7, 7, 0 }, "3    |+0003| 0003| -007|007     ||" },
        { "%q|%+q|%#q|%#+q|%q|%q", new object?[] { "日本\u2028", "日本", "a`b", "é", "\u007f\u00ad", "😀" }, "\"日本\\u2028\"|\"\\u65e5\\u672c\"|\"a`b\"|`é`|\"\\x7f\\u00ad\"|\"😀\"" },
        { "%5s|%-5s|%.2s|%5.1s|%x|% X|%#x|%# x", new object?[] { "日本", "日本", "日本語", "日本語", "日本", "ab", "ab", "ab" }, "   日本|日本   |日本|    日|e697a5e69cac|61 62|0x6162|0x61 0x62" },
        { "%v|%d|%s|%x", new object?[] { new Dictionary<string, object?> { ["b"] = new List<object?> { null, 1.5d }, ["a"] = null, }, new List<object?> { 1, 2 }, new List<object?> { "a", null }, new List<object?> { "hi", 255 } }, "map[a:<nil> b:[<nil> 1.5]]|[1 2]|[a <nil>]|[6869 ff]" },
        { "%5v|%-4v|%05v", new object?[] { new List<object?> { 1, "a" }, new List<object?> { 1, 22 }, new List<object?> { 1, 2 } }, "[    1     a]|[1    22  ]|[00001 00002]" },
        { "%e|%E|%.0e|%#.0e|%.2e|%e|%e", new object?[] { 0d, 1e+100d, 15d, 15d, 9.999d, 1e-300d, 5e-324d }, "0.000000e+00|1.000000E+100|2e+01|2.e+01|1.00e+01|1.000000e-300|4.940656e-324" },
        { "%f|%.1f|%.0f|%#.0f|%.3f|%f", new object?[] { 1e+20d, 0.05d, 0.5d, 3d, -0.0005d, 1e-07d }, "100000000000000000000.000000|0.1|0|3.|-0.001|0.000000" },
        { "%g|%g|%g|%.2g|%#g|%#.4g|%G|%g", new object?[] { 0.0001d, 1e-05d, 123456d, 123456d, 1.5d, 0.0001d, 1e-10d, 1e+06d }, "0.0001|1e-05|123456|1.2e+05|1.50000|0.0001000|1E-10|1e+06" },
        { "%8.3g|%-8.2e|%+08.2f|% .3e|%+g", new object?[] { 3.14159d, 314.159d, 3.14159d, 2d, 0d }, "    3.14|3.14e+02|+0003.14| 2.000e+00|+0" },
        { "%v %v %v %v %v", new object?[] { 0.3d, 0.3333333333333333d, 0.6666666666666666d, 1e+15d, 1e-07d }, "0.3 0.3333333333333333 0.6666666666666666 1e+15 1e-07" },
        { "%t|%5t|%-6t|%v", new object?[] { false, true, false, true }, "false| true|false |true" },
        { "%c|%c|%q|%U|%#U|%#U", new object?[] { 128512, -1, 128512, 128512, 7, 128512 }, "😀|�|'😀'|U+1F600|U+0007|U+1F600 '😀'" },
        { "%d %d", new object?[] { 1.5d, true }, "%!d(float64=1.5) %!d(bool=true)" },
        { "%s %s %s", new object?[] { 1.5d, null, new List<string> { "x" } }, "%!s(float64=1.5) %!s(<nil>) [x]" },
        { "%.*d|%-*d|%*s", new object?[] { 3, 7, -4, 2, -3, "a" }, "007|2   |a  " },
        { "%[1]d %[1]x %[1]o %[2]*[1]d", new object?[] { 10, 5 }, "10 a 12    10" },
        { "%[5]d", new object?[] { 1 }, "%!d(BADINDEX)" },
        { "%d %d %[1]d %d", new object?[] { 1, 2 }, "1 2 1 2" },
        { "%.[2]d", new object?[] { 1, 2 }, "2" },
        { "%3.[2]d", new object?[] { 1, 2 }, "  2" },
        { "%-+ #0d|%#v|%#v", new object?[] { 5, "s", 1 }, "+5|\"s\"|1" },
        { "%v|%s", new object?[] { new Dictionary<string, string> { }, new List<object?> {  } }, "map[]|[]" },
        { "%08q|%-8q|%x", new object?[] { "a", "a", "" }, "00000\"a\"|\"a\"     |" },
        { "%.1f %.1f %.1f %.1f %.2f", new object?[] { 0.25d, 0.35d, 0.45d, -0.25d, 2.675d }, "0.2 0.3 0.5 -0.2 2.67" },
        { "%v", new object?[] { 1.23456789012e+11d }, "1.23456789012e+11" },
        { "%6.2v|%.3v|%10.4v", new object?[] { "abc", 3.14159d, 1.234567e+06d }, "    ab|3.14| 1.235e+06" },
    };

    [Theory]
    [MemberData(nameof(SprintfCases))]
    public void Sprintf_MatchesGo(string format, object?[] args, string expected)
    {
        Assert.Equal(expected, GoFormat.Sprintf(format, args));
    }

    [Fact]
    public void Quote_EscapesLikeStrconv()
    {
        Assert.Equal("\"a\\\"\\\\\\t\\x7f\\u00a0\\u200b😀\\ufeff\"", GoFormat.Quote("a\"\\\t\u007f\u00a0\u200b😀\ufeff"));
    }

    [Fact]
    public void Sprint_AddsSpacesOnlyBetweenNonStringOperands()
    {
        object?[] args = ["a", 1, 2, "b", 3.0, null, null, new List<object?> { "a", 1, 2.5, null, true }];
        Assert.Equal("a1 2b3 <nil> <nil> [a 1 2.5 <nil> true]", GoFormat.Sprint(args));
    }

    [Fact]
    public void Sprintln_SeparatesAllOperandsAndEndsWithNewline()
    {
        Assert.Equal("a 1 b\n", GoFormat.Sprintln(["a", 1, "b"]));
    }

    [Theory]
    [InlineData(1000000.0, "1e+06")]
    [InlineData(123456.0, "123456")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5e-10, "-2.5e-10")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NaN, "NaN")]
    public void Sprint_Float_UsesShortestGoRepresentation(double value, string expected)
    {
        Assert.Equal(expected, GoFormat.Sprint(value));
    }

    [Fact]
    public void Sprint_Nil_PrintsAngleNil()
    {
        Assert.Equal("<nil>", GoFormat.Sprint((object?)null));
    }
}
