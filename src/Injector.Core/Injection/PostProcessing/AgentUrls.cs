namespace Injector.Core.Injection.PostProcessing;

/// <summary>The agent's status-port paths that stand in for one container's probes and lifecycle hooks.</summary>
internal readonly record struct AgentUrls(string Readiness, string Liveness, string Startup, string PreStop, string PostStart)
{
    public static AgentUrls For(string container)
    {
        return new AgentUrls(
            $"/app-health/{container}/readyz",
            $"/app-health/{container}/livez",
            $"/app-health/{container}/startupz",
            $"/app-lifecycle/{container}/prestopz",
            $"/app-lifecycle/{container}/poststartz");
    }
}
