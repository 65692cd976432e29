namespace Injector.Cli.Tests.Commands;

public sealed class TemplateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("injector-template-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Template_RendersAgainstJsonDataAndPrintsTheOutputUnchanged()
    {
        string template = Write("t.tmpl", "{{ .name }}:{{ range .ports }} {{ . }}{{ end }}\n{{ .missing }}\n\n");
        string data = Write("d.json", """{"name": "proxy", "ports": [15001, 15006]}""");

        CliRun run = CliRun.Invoke("template", "-t", template, "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("proxy: 15001 15006\n<no value>\n\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Template_ParseError_GoesToStandardErrorWithExitCode1()
    {
        string template = Write("broken.tmpl", "text {{ if .a }} never closed");

        CliRun run = CliRun.Invoke("template", "-t", template);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.tmpl", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Template_ExecutionError_PrintsNothingToStandardOutput()
    {
        string template = Write("exec.tmpl", "partial {{ index .list 5 }}");
        string data = Write("d.json", """{"list": [1]}""");

        CliRun run = CliRun.Invoke("template", "-t", template, "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exec.tmpl", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Template_MissingTemplateFile_FailsOnStandardError()
    {
        CliRun run = CliRun.Invoke("template", "-t", Path.Combine(_directory, "absent.tmpl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.tmpl", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Template_MalformedData_FailsOnStandardError()
    {
        string template = Write("t.tmpl", "{{ .a }}");
        string data = Write("d.json", "{not json");

        CliRun run = CliRun.Invoke("template", "-t", template, "--data", data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error:", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Template_WithoutTemplateFlag_IsAUsageError()
    {
        CliRun run = CliRun.Invoke("template", "--data", "x.json");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--template", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_DataWithAKeyGivenTwice_SeesTheLastValueAsGoDecodes()
    {
        string template = Write("t.tmpl", "{{ .a }}");
        string data = Write("d.json", """{"a": 1, "a": 2}""");

        CliRun run = CliRun.Invoke("template", "-t", template, "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2", run.Output);
    }

    [Fact]
    public void Template_EmptyTemplateFileName_IsAUsageError()
    {
        CliRun run = CliRun.Invoke("template", "-t", "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--template needs a file name", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
