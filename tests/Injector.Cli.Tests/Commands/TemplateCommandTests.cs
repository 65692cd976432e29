namespace Injector.Cli.Tests.Commands;

public sealed class TemplateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("injector-template-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

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

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
