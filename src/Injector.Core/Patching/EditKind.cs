namespace Injector.Core.Patching;

/// <summary>One step of an alignment of two sequences.</summary>
internal enum EditKind
{
    Keep,
    Delete,
    Insert,
}
