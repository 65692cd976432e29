namespace Injector.Core.Injection;

/// <summary>What <see cref="KubeInjector"/> produced for a whole manifest.</summary>
/// <param name="Manifest">Every document in input order, each followed by a <c>---</c> line.</param>
/// <param name="Warnings">Messages for the user (pods left uninjected and why), in document order.</param>
public sealed record KubeInjectionOutput(string Manifest, IReadOnlyList<string> Warnings);
