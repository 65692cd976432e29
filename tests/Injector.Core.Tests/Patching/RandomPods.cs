using System.Text.Json.Nodes;

namespace Injector.Core.Tests.Patching;

/// <summary>Generates pod-shaped JSON and random edits of it, for property tests of the diff.</summary>
internal static class RandomPods
{
    private static readonly string[] Keys = ["name", "image", "value", "a/b", "c~d", "ports", "env", "labels", "x", "y"];

    public static JsonNode Pod(Random random)
    {
        var containers = new JsonArray();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            containers.Add(Container(random));
        }

        var labels = new JsonObject();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            labels[$"app.kubernetes.io/l{random.Next(6)}"] = $"v{random.Next(3)}";
        }

        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject { ["name"] = $"pod-{random.Next(3)}", ["labels"] = labels },
            ["spec"] = new JsonObject { ["containers"] = containers, ["volumes"] = Env(random, "vol") },
        };
    }

    public static void Perturb(JsonNode root, Random random)
    {
        var containers = Collect(root).ToList();
        var target = containers[random.Next(containers.Count)];
        switch (target)
        {
            case JsonObject obj:
                var key = Keys[random.Next(Keys.Length)];
                switch (random.Next(3))
                {
                    case 0 when obj.Count > 0:
                        obj.Remove(obj.ElementAt(random.Next(obj.Count)).Key);
                        break;
                    case 1:
                        obj[key] = Scalar(random);
                        break;
                    default:
                        obj[key] = random.Next(2) == 0 ? Container(random) : Env(random, "e");
                        break;
                }

                break;
            case JsonArray array:
                switch (random.Next(4))
                {
                    case 0 when array.Count > 0:
                        array.RemoveAt(random.Next(array.Count));
                        break;
                    case 1:
                        array.Insert(random.Next(array.Count + 1), Scalar(random));
                        break;
                    case 2:
                        array.Insert(random.Next(array.Count + 1), new JsonObject { ["name"] = $"n{random.Next(5)}", ["value"] = random.Next(3) });
                        break;
                    default:
                        array.Add(Container(random));
                        break;
                }

                break;
        }
    }

    private static IEnumerable<JsonNode> Collect(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is JsonObject or JsonArray)
            {
                foreach (var inner in Collect(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonObject Container(Random random) => new()
    {
        ["name"] = $"c{random.Next(4)}",
        ["image"] = $"img:{random.Next(3)}",
        ["env"] = Env(random, "ENV"),
        ["ports"] = new JsonArray(Enumerable.Range(0, random.Next(3)).Select(_ => (JsonNode)new JsonObject { ["containerPort"] = random.Next(8000, 8003) }).ToArray()),
    };

    private static JsonArray Env(Random random, string prefix) =>
        new(Enumerable.Range(0, random.Next(0, 8)).Select(_ => (JsonNode)new JsonObject { ["name"] = $"{prefix}{random.Next(6)}", ["value"] = $"{random.Next(3)}" }).ToArray());

    private static JsonNode? Scalar(Random random) => random.Next(5) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(3) == 0),
        2 => JsonValue.Create(random.Next(4)),
        3 => JsonValue.Create(random.Next(4) + 0.5),
        _ => JsonValue.Create($"s{random.Next(4)}"),
    };
}
