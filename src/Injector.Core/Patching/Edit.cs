namespace Injector.Core.Patching;

/// <summary>An alignment step: keep <c>From</c> as <c>To</c>, delete old element <c>From</c>, or insert new element <c>To</c>.</summary>
internal readonly record struct Edit(EditKind Kind, int From, int To);
