namespace Injector.Core.Templating;

/// <summary>A value with a Go <c>String() string</c> method: fmt prints it through that method.</summary>
public interface IGoStringer
{
    /// <summary>What Go's <c>String()</c> method returns.</summary>
    string GoString();
}
