namespace Daftar.Extraction.Actors;

/// <summary>
/// A character trie over folded names (see <see cref="NameFolding"/>), compiled into flat arrays. Names may only
/// start at a word boundary, so the matcher walks it from each word start rather than running an Aho–Corasick
/// automaton over every position: the walk from a start that begins no name stops after a character or two, which
/// makes the whole scan about one table lookup per character. The root's children are a direct table; other nodes
/// keep their few children sorted.
/// </summary>
internal sealed class NameTrie
{
    private readonly int[] rootTable;
    private readonly int[] childStart;
    private readonly char[] childKey;
    private readonly int[] childNode;
    private readonly int[] valueStart;
    private readonly int[] values;

    private NameTrie(int[] rootTable, int[] childStart, char[] childKey, int[] childNode, int[] valueStart, int[] values)
    {
        this.rootTable = rootTable;
        this.childStart = childStart;
        this.childKey = childKey;
        this.childNode = childNode;
        this.valueStart = valueStart;
        this.values = values;
    }

    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>The number of nodes.</summary>
    public int NodeCount => valueStart.Length - 1;

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
    public int Step(int node, char c)
    {
        if (node == Root)
            return rootTable[c];
        var lo = childStart[node];
        var hi = childStart[node + 1];
        if (hi - lo <= 8)
        {
            for (var i = lo; i < hi; i++)
            {
                if (childKey[i] == c)
                    return childNode[i];
            }

            return -1;
        }

        hi--;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var key = childKey[mid];
            if (key == c)
                return childNode[mid];
            if (key < c)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        return -1;
    }

    /// <summary>The values (pattern indices) of names ending at <paramref name="node"/>; empty for inner nodes.</summary>
    public ReadOnlySpan<int> ValuesAt(int node) => values.AsSpan(valueStart[node], valueStart[node + 1] - valueStart[node]);

    /// <summary>True when some name ends at <paramref name="node"/>.</summary>
    public bool IsTerminal(int node) => valueStart[node + 1] > valueStart[node];

    /// <summary>Builds a trie of folded keys, each with a value; equal keys share a node and keep all their values.</summary>
    public static NameTrie Build(IEnumerable<(string Key, int Value)> entries)
    {
        // Build with dictionaries, then flatten.
        var children = new List<Dictionary<char, int>?> { null };
        var nodeValues = new List<List<int>?> { null };
        foreach (var (key, value) in entries)
        {
            if (key.Length == 0)
                continue;
            var node = 0;
            foreach (var c in key)
            {
                var map = children[node] ??= [];
                if (!map.TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children.Add(null);
                    nodeValues.Add(null);
                    map[c] = next;
                }

                node = next;
            }

            var list = nodeValues[node] ??= [];
            if (!list.Contains(value))
                list.Add(value);
        }

        var count = children.Count;
        var rootTable = new int[65536];
        Array.Fill(rootTable, -1);
        if (children[0] is { } rootMap)
        {
            foreach (var (c, next) in rootMap)
                rootTable[c] = next;
        }

        var childStart = new int[count + 1];
        var keys = new List<char>();
        var nodes = new List<int>();
        for (var n = 0; n < count; n++)
        {
            childStart[n] = keys.Count;
            if (n == 0 || children[n] is not { } map)
                continue;
            foreach (var (c, next) in map.OrderBy(p => p.Key))
            {
                keys.Add(c);
                nodes.Add(next);
            }
        }

        childStart[count] = keys.Count;
        var valueStart = new int[count + 1];
        var values = new List<int>();
        for (var n = 0; n < count; n++)
        {
            valueStart[n] = values.Count;
            if (nodeValues[n] is { } list)
                values.AddRange(list);
        }

        valueStart[count] = values.Count;
        return new NameTrie(rootTable, childStart, [.. keys], [.. nodes], valueStart, [.. values]);
    }
}
