using System.Text.Json.Nodes;

namespace Injector.Core.Patching;

/// <summary>
/// Aligns two slices of JSON arrays with the fewest deletes and inserts (Myers' O(ND) algorithm over element
/// equality), giving up once the edit distance passes a cap so that very different arrays cost little to reject.
/// </summary>
internal static class SequenceAlignment
{
    /// <summary>The alignment of <c>from[fromStart..fromEnd)</c> with <c>to[toStart..toEnd)</c>, or null when it needs more than <paramref name="maxEdits"/> edits.</summary>
    public static List<Edit>? Align(JsonArray from, JsonArray to, int fromStart, int fromEnd, int toStart, int toEnd, int maxEdits)
    {
        int n = fromEnd - fromStart, m = toEnd - toStart;
        var fromHashes = Hashes(from, fromStart, n);
        var toHashes = Hashes(to, toStart, m);
        bool Equal(int x, int y) =>
            fromHashes[x] == toHashes[y] && JsonEquality.DeepEquals(from[fromStart + x], to[toStart + y]);

        var limit = Math.Min(n + m, maxEdits);
        var offset = limit + 1;
        var v = new int[(2 * limit) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= limit; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                    ? v[offset + k + 1]
                    : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && Equal(x, y))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, offset, n, m, d, fromStart, toStart);
                }
            }
        }

        return null;
    }

    /// <summary>A fallback that pairs elements by position and deletes or inserts the excess at the end.</summary>
    public static List<Edit> Positional(int fromStart, int fromEnd, int toStart, int toEnd)
    {
        var edits = new List<Edit>();
        int n = fromEnd - fromStart, m = toEnd - toStart;
        var common = Math.Min(n, m);
        for (var i = 0; i < common; i++)
        {
            edits.Add(new Edit(EditKind.Delete, fromStart + i, -1));
            edits.Add(new Edit(EditKind.Insert, -1, toStart + i));
        }

        for (var i = common; i < n; i++)
        {
            edits.Add(new Edit(EditKind.Delete, fromStart + i, -1));
        }

        for (var i = common; i < m; i++)
        {
            edits.Add(new Edit(EditKind.Insert, -1, toStart + i));
        }

        return edits;
    }

    private static int[] Hashes(JsonArray array, int start, int count)
    {
        var hashes = new int[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = JsonEquality.GetHashCode(array[start + i]);
        }

        return hashes;
    }

    private static List<Edit> Backtrack(List<int[]> trace, int offset, int n, int m, int distance, int fromStart, int toStart)
    {
        var edits = new List<Edit>();
        int x = n, y = m;
        for (var d = distance; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                edits.Add(new Edit(EditKind.Keep, fromStart + x, toStart + y));
            }

            if (x == previousX)
            {
                edits.Add(new Edit(EditKind.Insert, -1, toStart + previousY));
            }
            else
            {
                edits.Add(new Edit(EditKind.Delete, fromStart + previousX, -1));
            }

            x = previousX;
            y = previousY;
        }

        while (x > 0 && y > 0)
        {
            x--;
            y--;
            edits.Add(new Edit(EditKind.Keep, fromStart + x, toStart + y));
        }

        edits.Reverse();
        return edits;
    }
}
