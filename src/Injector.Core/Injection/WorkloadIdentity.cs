namespace Injector.Core.Injection;

/// <summary>
/// The workload that owns a pod, as templates see it in <c>.DeploymentMeta</c> (name, namespace) and
/// <c>.TypeMeta</c> (kind, apiVersion).
/// </summary>
/// <param name="Name">The workload's name (for a Deployment, the Deployment's, not the ReplicaSet's).</param>
/// <param name="Namespace">The workload's namespace; empty when not known.</param>
/// <param name="Kind">The workload's kind, e.g. <c>Deployment</c>.</param>
/// <param name="ApiVersion">The workload's apiVersion, e.g. <c>apps/v1</c>.</param>
public sealed record WorkloadIdentity(string Name, string Namespace, string Kind, string ApiVersion);
