namespace Injector.Testing.Conformance;

/// <summary>One injection template of an injector config in the conformance kit.</summary>
/// <param name="ConfigFile">The config's file name in the kit's <c>config</c> folder.</param>
/// <param name="Name">The template's name under <c>templates</c>.</param>
/// <param name="Text">The template source.</param>
public sealed record KitTemplate(string ConfigFile, string Name, string Text);
