using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating.Execution;

/// <summary>Templates run by Go 1.19's text/template against the same data: output or error text must match.</summary>
public sealed class GoParityTests
{
    public static TheoryData<string, string?, string?> Cases => new()
    {
        { "plain text", "plain text", null },
        { "{{.str}} {{.i}} {{.f}} {{.t}} {{.big}} {{.l}} {{.m}} {{.s}} {{.ls}}", "hi 3 1.5 true 1e+06 [1 a <nil> map[k:v]] map[x:1 y:map[z:deep]] map[a:b] [p q]", null },
        { "{{.missing}}|{{.n}}|{{.missing.x}}|{{.s.zz}}|{{.m.y.z}}", "<no value>|<no value>|<no value>|<no value>|deep", null },
        { "{{.n.x}}", null, "template: t:1:4: executing \"t\" at <.n.x>: nil pointer evaluating interface {}.x" },
        { "{{.i.x}}", null, "template: t:1:4: executing \"t\" at <.i.x>: can't evaluate field x in type interface {}" },
        { "{{.m.x.y}}", null, "template: t:1:4: executing \"t\" at <.m.x.y>: can't evaluate field y in type interface {}" },
        { "{{$x := .m}}{{$x.y.z}}", "deep", null },
        { "{{.str.x}}", null, "template: t:1:6: executing \"t\" at <.str.x>: can't evaluate field x in type interface {}" },
        { "{{ $x := 1 }}{{ $x.y }}", null, "template: t:1:18: executing \"t\" at <$x.y>: can't evaluate field y in type int" },
        { "a  {{- .str -}}  b", "ahib", null },
        { "a \u000a {{- .str}}\u000a b", "ahi\u000a b", null },
        { "a {{- /* comment */ -}} b", "ab", null },
        { "a {{/* comment */}} b", "a  b", null },
        { "{{-3}} {{- 3}} {{3 -}} x", "-33 3x", null },
        { "{{1.0}} {{1e3}} {{0x10}} {{1_000}} {{'a'}} {{.5}} {{1.5e-7}} {{-0x1F}} {{0o17}} {{0b101}} {{017}}", "1 1000 16 1000 97 0.5 1.5e-07 -31 15 5 15", null },
        { "{{\"a\\tb\\u00e9\\x41\"}} {{`raw\u000a`}}", "a\u0009béA raw\u000a", null },
        { "{{nil}}", null, "template: t:1:2: executing \"t\" at <nil>: nil is not a command" },
        { "{{len .l}} {{len .str}} {{len .u}} {{len .m}} {{len .s}} {{len .ls}}", "4 2 6 2 1 2", null },
        { "{{len .missing}}", null, "template: t:1:2: executing \"t\" at <len .missing>: error calling len: reflect: call of reflect.Value.Type on zero Value" },
        { "{{len .n}}", null, "template: t:1:2: executing \"t\" at <len .n>: error calling len: len of nil pointer" },
        { "{{len 3}}", null, "template: t:1:2: executing \"t\" at <len 3>: error calling len: len of type int" },
        { "{{index .l 1}} {{index .m \"x\"}} {{index .m \"y\" \"z\"}} {{index .s \"a\"}} {{index .str 1}} {{index .ls 0}}", "a 1 deep b 105 p", null },
        { "{{index .m \"zz\"}}|{{index .s \"zz\"}}|", "<no value>||", null },
        { "{{index .l 4}}", null, "template: t:1:2: executing \"t\" at <index .l 4>: error calling index: reflect: slice index out of range" },
        { "{{index .l 5}}", null, "template: t:1:2: executing \"t\" at <index .l 5>: error calling index: index out of range: 5" },
        { "{{index .l -1}}", null, "template: t:1:2: executing \"t\" at <index .l -1>: error calling index: index out of range: -1" },
        { "{{index .missing 0}}", null, "template: t:1:2: executing \"t\" at <index .missing 0>: error calling index: index of untyped nil" },
        { "{{index .i 0}}", null, "template: t:1:2: executing \"t\" at <index .i 0>: error calling index: can't index item of type int" },
        { "{{index .l \"a\"}}", null, "template: t:1:2: executing \"t\" at <index .l \"a\">: error calling index: cannot index slice/array with type string" },
        { "{{index .m 1}}", null, "template: t:1:2: executing \"t\" at <index .m 1>: error calling index: value has type int; should be string" },
        { "{{slice .str 1}} {{slice .str 0 1}} {{slice .l 1 2}} {{slice .ls 1}} {{slice .l}}", "i h [a] [q] [1 a <nil> map[k:v]]", null },
        { "{{slice .l 2 1}}", null, "template: t:1:2: executing \"t\" at <slice .l 2 1>: error calling slice: invalid slice index: 2 > 1" },
        { "{{slice .str 1 2 3}}", null, "template: t:1:2: executing \"t\" at <slice .str 1 2 3>: error calling slice: cannot 3-index slice a string" },
        { "{{slice .l 9}}", null, "template: t:1:2: executing \"t\" at <slice .l 9>: error calling slice: index out of range: 9" },
        { "{{and 1 0 2}} {{or 0 \"\" 3}} {{or 0 \"\"}} {{and 1 2}} {{not 0}} {{not .l}} {{and .missing 1}}|{{or .missing}}|", "0 3  2 true false <no value>|<no value>|", null },
        { "{{and}}", null, "template: t:1:2: executing \"t\" at <and>: wrong number of args for and: want at least 1 got 0" },
        { "{{not 1 2}}", null, "template: t:1:2: executing \"t\" at <not>: wrong number of args for not: want 1 got 2" },
        { "{{if and .t (fail)}}x{{end}}", null, "template: t:1:13: executing \"t\" at <fail>: error calling fail: boom" },
        { "{{if or .t (fail)}}x{{end}}", "x", null },
        { "{{fail}}", null, "template: t:1:2: executing \"t\" at <fail>: error calling fail: boom" },
        { "{{print 1 2 \"a\" \"b\" 3 nil .missing}} {{println 1 \"a\"}} {{printf \"%d-%s-%v\" 1 \"a\" .l}} {{printf \"%5.2f|%x\" .f 255}}", "1 2ab3 <nil> <nil> 1 a\u000a 1-a-[1 a <nil> map[k:v]]  1.50|ff", null },
        { "{{printf 1}}", null, "template: t:1:9: executing \"t\" at <1>: expected string; found 1" },
        { "{{printf .i}}", null, "template: t:1:9: executing \"t\" at <.i>: wrong type for value; expected string; got int" },
        { "{{printf \"%d\"}}", "%!d(MISSING)", null },
        { "{{eq 1 1}} {{eq 1 2 3 1}} {{eq \"a\" \"a\"}} {{eq .f 1.5}} {{eq .missing \"x\"}} {{eq .n nil}} {{eq nil nil}} {{ne 1 2}} {{eq .t true}}", "true true true true false true true true true", null },
        { "{{eq 1 1.0}}", null, "template: t:1:2: executing \"t\" at <eq 1 1.0>: error calling eq: incompatible types for comparison" },
        { "{{eq \"a\" 1}}", null, "template: t:1:2: executing \"t\" at <eq \"a\" 1>: error calling eq: incompatible types for comparison" },
        { "{{eq .l .l}}", null, "template: t:1:2: executing \"t\" at <eq .l .l>: error calling eq: non-comparable type [%!s(int=1) a <nil> map[k:v]]: []interface {}" },
        { "{{eq .m .m}}", null, "template: t:1:2: executing \"t\" at <eq .m .m>: error calling eq: non-comparable type map[x:%!s(int=1) y:map[z:deep]]: map[string]interface {}" },
        { "{{eq .l 1}}", null, "template: t:1:2: executing \"t\" at <eq .l 1>: error calling eq: incompatible types for comparison" },
        { "{{lt 1 2}} {{lt \"a\" \"b\"}} {{le 2 2}} {{gt 3 2}} {{ge 2 3}} {{lt 1.5 2.5}} {{gt \"b\" \"a\"}}", "true true true true false true true", null },
        { "{{lt 1 2.0}}", null, "template: t:1:2: executing \"t\" at <lt 1 2.0>: error calling lt: incompatible types for comparison" },
        { "{{lt true false}}", null, "template: t:1:2: executing \"t\" at <lt true false>: error calling lt: invalid type for comparison" },
        { "{{lt .missing 1}}", null, "template: t:1:2: executing \"t\" at <lt .missing 1>: error calling lt: invalid type for comparison" },
        { "{{lt .l .l}}", null, "template: t:1:2: executing \"t\" at <lt .l .l>: error calling lt: invalid type for comparison" },
        { "{{eq}}", null, "template: t:1:2: executing \"t\" at <eq>: wrong number of args for eq: want at least 1 got 0" },
        { "{{ne 1}}", null, "template: t:1:2: executing \"t\" at <ne>: wrong number of args for ne: want 2 got 1" },
        { "{{html \"<a&\\\"'>\" 1}} {{js \"<a'\\\"\\\\&=>\u000a\"}} {{urlquery \"a b&c/é\" 1}} {{html .l}}", null, "template: t:1: unterminated quoted string" },
        { "{{call .missing}}", null, "template: t:1:2: executing \"t\" at <call .missing>: error calling call: call of nil" },
        { "{{call .i}}", null, "template: t:1:2: executing \"t\" at <call .i>: error calling call: non-function of type int" },
        { "{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", "2", null },
        { "{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}", "21", null },
        { "{{$x = 1}}", null, "template: t:1:7: executing \"t\" at <1>: undefined variable: $x" },
        { "{{$y}}", null, "template: t:1: undefined variable \"$y\"" },
        { "{{if true}}{{$z := 1}}{{end}}{{$z}}", null, "template: t:1: undefined variable \"$z\"" },
        { "{{range $i, $e := .l}}{{$i}}={{$e}} {{end}}", "0=1 1=a 2=<no value> 3=map[k:v] ", null },
        { "{{range .ls}}{{.}},{{end}}", "p,q,", null },
        { "{{range $k, $v := .m}}{{$k}}:{{$v}};{{end}}", "x:1;y:map[z:deep];", null },
        { "{{range $v := .s}}{{$v}}{{end}}", "b", null },
        { "{{range .missing}}x{{else}}empty{{end}} {{range .e}}x{{else}}e2{{end}}", null, "template: t:1:48: executing \"t\" at <.e>: range can't iterate over " },
        { "{{range .f}}{{.}}{{end}}", null, "template: t:1:8: executing \"t\" at <.f>: range can't iterate over 1.5" },
        { "{{range .l}}{{if eq . 1}}{{continue}}{{end}}{{if not .}}{{break}}{{end}}[{{.}}]{{end}}", null, "template: t:1:17: executing \"t\" at <eq . 1>: error calling eq: incompatible types for comparison" },
        { "{{range $i, $e := .l}}{{$i}}{{end}}{{$i}}", null, "template: t:1: undefined variable \"$i\"" },
        { "{{range .l}}{{.x}}{{end}}", null, "template: t:1:14: executing \"t\" at <.x>: can't evaluate field x in type interface {}" },
        { "{{with .missing}}x{{else}}none{{end}} {{with .m}}{{.x}}{{end}} {{with $v := .str}}{{$v}}{{.}}{{end}}", "none 1 hihi", null },
        { "{{if .e}}a{{else if .i}}b{{else}}c{{end}} {{if 0}}a{{else if 0}}b{{else}}c{{end}}", "b c", null },
        { "{{if .missing}}a{{end}}|{{if .n}}a{{end}}|{{if .l}}l{{end}}|{{if .m}}m{{end}}|{{if 0.0}}f{{end}}", "||l|m|", null },
        { "{{define \"x\"}}[{{.}}]{{end}}{{template \"x\" .i}}{{template \"x\"}}{{template \"x\" \"s\"}}", "[3][<no value>][s]", null },
        { "{{define \"rec\"}}{{if .}}{{.}}{{template \"rec\" (slice . 1)}}{{end}}{{end}}{{template \"rec\" .ls}}", "[p q][q]", null },
        { "{{block \"b\" .str}}<{{.}}>{{end}}", "<hi>", null },
        { "{{template \"nope\"}}", null, "template: t:1:11: executing \"t\" at <{{template \"nope\"}}>: template \"nope\" not defined" },
        { "{{define \"e\"}}{{.x.y}}{{end}}{{template \"e\" 1}}", null, "template: t:1:18: executing \"e\" at <.x.y>: can't evaluate field x in type int" },
        { "{{define \"e\"}}\u000a\u000a {{.nope.x}}{{end}}{{template \"e\" .n}}", "\u000a\u000a <no value>", null },
        { "{{(index .l 0)}} {{(.m).x}} {{(id .m).x}} {{(index .l 3).k}}", "1 1 1 v", null },
        { "{{.i | printf \"%d!\"}} {{\"a\" | printf \"%s-%s\" \"b\"}} {{.l | len}} {{3 | id}}", "3! b-a 4 3", null },
        { "{{ .x | 1 }}", null, "template: t:1: non executable command in pipeline stage 2" },
        { "{{if}}{{end}}", null, "template: t:1: missing value for if" },
        { "{{end}}", null, "template: t:1: unexpected {{end}}" },
        { "{{else}}", null, "template: t:1: unexpected {{else}}" },
        { "{{if 1}}", null, "template: t:1: unexpected EOF" },
        { "{{if 1}}{{else}}{{else}}{{end}}", null, "template: t:1: expected end; found {{else}}" },
        { "{{range}}{{end}}", null, "template: t:1: missing value for range" },
        { "{{foo}}", null, "template: t:1: function \"foo\" not defined" },
        { "{{.a b}}", null, "template: t:1: function \"b\" not defined" },
        { "{{$}}", "map[big:1e+06 e: f:1.5 i:3 l:[1 a <nil> map[k:v]] ls:[p q] m:map[x:1 y:map[z:deep]] n:<nil> s:map[a:b] str:hi t:true u:héllo]", null },
        { "{{$.i}} {{$.m.x}}", "3 1", null },
        { "{{.i 1}}", null, "template: t:1:2: executing \"t\" at <.i>: i is not a method but has arguments" },
        { "{{1 | .m.x}}", null, "template: t:1:8: executing \"t\" at <.m.x>: x is not a method but has arguments" },
        { "{{.str | .m}}", null, "template: t:1:9: executing \"t\" at <.m>: m is not a method but has arguments" },
        { "{{3 4}}", null, "template: t:1:2: executing \"t\" at <3>: can't give argument to non-function 3" },
        { "{{\"x\" 4}}", null, "template: t:1:2: executing \"t\" at <\"x\">: can't give argument to non-function \"x\"" },
        { "{{.l.x}}", null, "template: t:1:4: executing \"t\" at <.l.x>: can't evaluate field x in type interface {}" },
        { "{{id .missing}}|{{nilf}}|{{id nil}}", "<no value>|<no value>|<no value>", null },
        { "{{join2 1}}", null, "template: t:1:2: executing \"t\" at <join2>: wrong number of args for join2: want 2 got 1" },
        { "{{join2 1 2}} {{2 | join2 1}}", "1+2 1+2", null },
        { "{{(1).x}}", null, "template: t:1:3: executing \"t\" at <1>: can't evaluate field x in type int" },
        { "{{(nil).x}}", null, "template: t:1:3: executing \"t\" at <nil>: nil is not a command" },
        { "{{\"x\".y}}", null, "template: t:1: unexpected . after term \"\\\"x\\\"\"" },
        { "{{break}}", null, "template: t:1: {{break}} outside {{range}}" },
        { "{{range .l}}{{break 1}}{{end}}", null, "template: t:1: unexpected \"1\" in {{break}}" },
        { "{{x", null, "template: t:1: function \"x\" not defined" },
        { "{{\"unterminated}}", null, "template: t:1: unterminated quoted string" },
        { "{{'ab'}}", null, "template: t:1: malformed character constant: 'ab'" },
        { "{{3x}}", null, "template: t:1: bad number syntax: \"3x\"" },
        { "{{ 1 | }}", "1", null },
        { "{{ ( }}", null, "template: t:1: unclosed left paren" },
        { "{{ ) }}", null, "template: t:1: unexpected \")\" in command" },
        { "{{ .x.y.z.w | printf \"%v\" }}", "<nil>", null },
        { "{{/* unclosed", null, "template: t:1: unclosed comment" },
        { "{{/* x */ }}", null, "template: t:1: comment ends before closing delimiter" },
        { "{{$x := 1}}{{$x := \"b\"}}{{$x}}", "b", null },
        { "{{ index .l 0 | printf \"%03d\" }}", "001", null },
        { "{{- \"trim\" -}}", "trim", null },
        { "{{ printf \"%v %v\" .f .big }} {{ .u }} {{ printf \"%q\" .u }}", "1.5 1e+06 héllo \"héllo\"", null },
        { "{{with .m}}{{$.i}}{{.x}}{{end}}", "31", null },
        { "{{range $i, $e := .ls}}{{$i}}{{$e}}{{$.str}}{{end}}", "0phi1qhi", null },
        { "{{ 9999999999999999999 }}", null, "template: t:1:3: executing \"t\" at <9999999999999999999>: 9999999999999999999 overflows int" },
        { "{{ 089 }}", null, "template: t:1: integer overflow: \"089\"" },
        { "{{ 1e400 }}", null, "template: t:1: illegal number syntax: \"1e400\"" },
        { "{{ print 1.0 2.5 1e21 100000000.0 }}", "1 2.5 1e+21 1e+08", null },
        { "{{with .n}}y{{else}}n{{end}}", "n", null },
        { "{{template \"x\" .}}", null, "template: t:1:11: executing \"t\" at <{{template \"x\" .}}>: template \"x\" not defined" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_MatchesGo(string template, string? expected, string? expectedError)
    {
        string? output = null;
        string? error = null;
        try
        {
            output = GoTemplate.Parse("t", template, TestData.Functions()).Render(TestData.Values());
        }
        catch (TemplateException exception)
        {
            error = exception.Message;
        }

        Assert.Equal(expectedError, error);
        if (expectedError is null)
        {
            Assert.Equal(expected, output);
        }
    }
}
