using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Injector.Webhook.Tests.TestSupport;

/// <summary>Applies JSON patches with <c>kubectl patch --local</c>, the patch library the API server itself uses.</summary>
internal static class Kubectl
{
    public static async Task<JsonNode> PatchAsync(JsonObject pod, string patch)
    {
        var file = Path.Combine(Path.GetTempPath(), $"injector-pod-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, pod.ToJsonString());
        try
        {
            var start = new ProcessStartInfo("kubectl")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "patch", "--local", "--type=json", "-o", "json", "-f", file, "-p", patch })
            {
                start.ArgumentList.Add(arg);
            }

            // No cluster is involved; an empty kubeconfig keeps kubectl from looking for one.
            start.Environment["KUBECONFIG"] = "/dev/null";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"kubectl patch failed: {await error}\npatch: {patch}");
            return JsonNode.Parse(await output)!;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
