using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Daftar.Domain;
using Daftar.Storage;

namespace Daftar.Publishing;

/// <summary>
/// Persons, organisations and memberships in the Popolo JSON data specification (popoloproject.com/specs):
/// one document <c>{ "persons": […], "organizations": […], "memberships": […] }</c>.
/// </summary>
/// <remarks>
/// <para>Persons are the actors of type person; every other actor (organisation, state, other) is an organisation whose
/// <c>classification</c> is its type. Every alias is an <c>other_names</c> entry; an Arabic-script one carries
/// <c>"lang": "ar"</c> (Popolo's other names have no language field but admit added ones; the convention is
/// EveryPolitician's). Rejected actors and relations are left out.</para>
/// <para>Relations that mean membership or structure become memberships or parents: <c>leads</c> (role "leader"),
/// <c>member_of</c> ("member"), <c>advises</c> ("adviser"), <c>splinter_of</c> ("splinter", ended when the split
/// happened); <c>part_of</c>, <c>armed_wing_of</c> and <c>parent_of</c> between organisations give the child its
/// <c>parent_id</c> (the parent most sources state; any other becomes a membership with role "part" or "armed wing").
/// A member that is an organisation is given as <c>"member": {"@type": "Organization", "id": …}</c>, as Popolo's
/// membership allows. Backing, alliance and opposition are not Popolo relations (the GraphML export carries them).</para>
/// <para>Every entity's <c>sources</c> are links to the sources that name it or state it: the URL
/// the caller's <c>sourceUrl</c> gives, else the RFC 6920 name of the source's original bytes (<c>ni:///sha-256;…</c>),
/// with the title as the note.</para>
/// </remarks>
public static partial class PopoloExport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the Popolo document of <paramref name="tables"/> as UTF-8 JSON.</summary>
    /// <param name="sourceUrl">The public address of a source, when the caller has one (the web app does).</param>
    public static void Write(LedgerTables tables, Stream output, Func<Source, string>? sourceUrl = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(output);
        var actors = tables.Actors.Where(a => a.Review != ReviewState.Rejected).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = tables.Sources.ToDictionary(s => s.Id);
        var naming = tables.Mentions.Where(m => m.Review != ReviewState.Rejected && actors.ContainsKey(m.ActorId))
            .GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Citation.SourceId).Distinct().Order().ToArray(), StringComparer.Ordinal);
        var facts = tables.Relations
            .Where(r => r.Review != ReviewState.Rejected && r.SubjectId != r.ObjectId && actors.ContainsKey(r.SubjectId) && actors.ContainsKey(r.ObjectId))
            .GroupBy(r => (r.SubjectId, r.Predicate, r.ObjectId))
            .Select(g => Fact.From(g, actors))
            .Where(f => f is not null).Select(f => f!)
            .ToList();

        // One parent per organisation: the one most sources state, then the first by id.
        var parents = facts.Where(f => f.Structural)
            .GroupBy(f => f.Member, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(f => f.SourceIds.Length).ThenBy(f => f.Organization, StringComparer.Ordinal).First())
            .ToDictionary(f => f.Member, StringComparer.Ordinal);

        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("persons");
        foreach (var actor in actors.Values.Where(a => a.Type == ActorType.Person).OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            Names(json, actor);
            Sources(json, naming.GetValueOrDefault(actor.Id, []), sources, sourceUrl);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("organizations");
        foreach (var actor in actors.Values.Where(a => a.Type != ActorType.Person).OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            Names(json, actor);
            json.WriteString("classification", Codes.Name(actor.Type));
            if (parents.TryGetValue(actor.Id, out var parent))
                json.WriteString("parent_id", parent.Organization);
            Sources(json, naming.GetValueOrDefault(actor.Id, []), sources, sourceUrl);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("memberships");
        foreach (var fact in facts.Where(f => !parents.ContainsValue(f)).OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", fact.Id);
            if (actors[fact.Member].Type == ActorType.Person)
            {
                json.WriteString("person_id", fact.Member);
            }
            else
            {
                json.WriteStartObject("member");
                json.WriteString("@type", "Organization");
                json.WriteString("id", fact.Member);
                json.WriteEndObject();
            }

            json.WriteString("organization_id", fact.Organization);
            json.WriteString("role", fact.Role);
            if (fact.Start is not null)
                json.WriteString("start_date", fact.Start);
            if (fact.End is not null)
                json.WriteString("end_date", fact.End);
            Sources(json, fact.SourceIds, sources, sourceUrl);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, Actor actor)
    {
        json.WriteString("id", actor.Id);
        json.WriteString("name", actor.Name);
        var others = actor.Aliases.Where(a => a.Text != actor.Name).DistinctBy(a => a.Text, StringComparer.Ordinal).ToList();
        if (others.Count == 0)
            return;
        json.WriteStartArray("other_names");
        foreach (var alias in others)
        {
            json.WriteStartObject();
            json.WriteString("name", alias.Text);
            if (alias.Script == Script.Arabic)
                json.WriteString("lang", "ar");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Sources(Utf8JsonWriter json, IEnumerable<long> ids, Dictionary<long, Source> sources, Func<Source, string>? sourceUrl)
    {
        var cited = ids.Where(sources.ContainsKey).Select(id => sources[id]).ToList();
        if (cited.Count == 0)
            return;
        json.WriteStartArray("sources");
        foreach (var source in cited)
        {
            json.WriteStartObject();
            json.WriteString("url", sourceUrl?.Invoke(source) ?? NamedInformation(source.Sha256));
            json.WriteString("note", source.Title ?? source.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The RFC 6920 URI naming bytes by their SHA-256: "ni:///sha-256;" and the hash in unpadded base64url.</summary>
    internal static string NamedInformation(string sha256Hex) =>
        "ni:///sha-256;" + Convert.ToBase64String(Convert.FromHexString(sha256Hex)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Popolo's dates: a year, a month or a day (TIMEX3 values such as "2003-W12" or "PRESENT_REF" are not dates there).
    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}){0,2}$")]
    private static partial Regex PopoloDate();

    /// <summary>A membership or parent link, from every relation stating one (subject, predicate, object).</summary>
    private sealed record Fact(string Id, string Member, string Organization, string Role, bool Structural, string? Start, string? End, long[] SourceIds)
    {
        public static Fact? From(IGrouping<(string Subject, RelationKind Predicate, string Object), Relation> relations, Dictionary<string, Actor> actors)
        {
            var (subject, predicate, @object) = relations.Key;
            var bothOrganizations = actors[subject].Type != ActorType.Person && actors[@object].Type != ActorType.Person;
            (string Member, string Organization, string Role, bool Structural)? shape = predicate switch
            {
                RelationKind.Leads => (subject, @object, "leader", false),
                RelationKind.MemberOf => (subject, @object, "member", false),
                RelationKind.Advises => (subject, @object, "adviser", false),
                RelationKind.SplinterOf => (subject, @object, "splinter", false),
                RelationKind.PartOf => (subject, @object, "part", bothOrganizations),
                RelationKind.ArmedWingOf => (subject, @object, "armed wing", bothOrganizations),
                RelationKind.ParentOf => (@object, subject, "part", bothOrganizations),
                _ => null,
            };

            // Only an organisation has members.
            if (shape is not { } s || actors[s.Organization].Type == ActorType.Person)
                return null;
            var since = relations.Select(r => r.Since).Where(IsDate).Order(StringComparer.Ordinal).FirstOrDefault();
            var until = relations.Select(r => r.Until).Where(IsDate).Order(StringComparer.Ordinal).LastOrDefault();

            // A splinter was part of the organisation until it split: the relation holds since the split.
            var (start, end) = predicate == RelationKind.SplinterOf ? (null, since) : (since, until);
            return new Fact($"{subject}/{Codes.Name(predicate)}/{@object}", s.Member, s.Organization, s.Role, s.Structural, start, end,
                [.. relations.Select(r => r.Citation.SourceId).Distinct().Order()]);
        }

        private static bool IsDate(string? value) => value is not null && PopoloDate().IsMatch(value);
    }
}
