using System.Collections;

namespace Injector.Core.Templating.Functions;

/// <summary>
/// A Go <c>[]int</c>, what Sprig's <c>until</c> and <c>untilStep</c> return: it reads as a list of ints everywhere a
/// slice is read, but keeps its own type for <c>%T</c>, <c>typeOf</c>, <c>deepEqual</c> and typed parameters.
/// </summary>
internal sealed class GoIntSlice(IReadOnlyList<int> items) : IReadOnlyList<object?>
{
    public int Count => items.Count;

    public object? this[int index] => items[index];

    public IEnumerator<object?> GetEnumerator()
    {
        foreach (int item in items)
        {
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
