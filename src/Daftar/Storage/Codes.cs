using System.Collections.Frozen;
using System.Text.Json;

namespace Daftar.Storage;

/// <summary>
/// The snake_case word every enum value is written as, in the database and in JSON alike
/// (<c>RelationKind.ArmedWingOf</c> is "armed_wing_of"), so the ledger file reads like the annotation contract.
/// </summary>
public static class Codes
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.Names[value];

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        Table<TEnum>.Values.TryGetValue(name, out var value)
            ? value
            : throw new LedgerException($"'{name}' is not a {typeof(TEnum).Name} (expected one of: {string.Join(", ", Table<TEnum>.Values.Keys.Order(StringComparer.Ordinal))})");

    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.Values.TryGetValue(name, out value);

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
