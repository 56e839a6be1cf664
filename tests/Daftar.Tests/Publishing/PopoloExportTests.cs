using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Daftar.Publishing;
using Xunit;

namespace Daftar.Tests.Publishing;

public sealed class PopoloExportTests : IDisposable
{
    private readonly ExportLedgerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static string Popolo(Daftar.Storage.SqliteLedger ledger)
    {
        using var buffer = new MemoryStream();
        PopoloExport.Write(ledger.ExportTables(), buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void The_analysts_and_the_publics_documents_are_valid_against_the_Popolo_schemas()
    {
        Assert.Empty(PopoloSchemaValidator.Errors(Popolo(fixture.Analyst)));
        Assert.Empty(PopoloSchemaValidator.Errors(Popolo(fixture.Public)));
    }

    [Theory]
    [InlineData("/persons/0", "name", 42)]
    [InlineData("/organizations/0", "classification", true)]
    [InlineData("/memberships/0", "start_date", "the spring of 2003")]
    [InlineData("/persons/0/sources/0", "url", "not a URI at all")]
    public void A_field_of_the_wrong_type_or_form_fails_validation(string path, string field, object value)
    {
        var json = JsonNode.Parse(Popolo(fixture.Analyst))!;
        var target = Find(json, path);
        target[field] = JsonValue.Create(value);

        Assert.NotEmpty(PopoloSchemaValidator.Errors(json.ToJsonString()));
    }

    [Theory]
    [InlineData("/persons/0", "name", "nmae")]
    [InlineData("/organizations/0", "id", "_id")]
    [InlineData("/memberships/0", "organization_id", "organisation_id")]
    [InlineData("/persons/2/other_names/0", "name", "title")]
    [InlineData("/persons/0/sources/0", "url", "uri")]
    public void A_misspelt_required_field_fails_validation(string path, string field, string misspelt)
    {
        var json = JsonNode.Parse(Popolo(fixture.Analyst))!;
        var target = Find(json, path);
        var value = target[field]!.DeepClone();
        target.Remove(field);
        target[misspelt] = value;

        Assert.NotEmpty(PopoloSchemaValidator.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Actors_become_persons_and_organisations_with_their_names_in_both_scripts()
    {
        var json = JsonNode.Parse(Popolo(fixture.Analyst))!;

        var sadr = Entity(json, "persons", "moqtada-al-sadr");
        Assert.Equal("Moqtada al-Sadr", sadr["name"]!.GetValue<string>());
        var names = sadr["other_names"]!.AsArray();
        Assert.Contains(names, n => n!["name"]!.GetValue<string>() == "مقتدى الصدر" && n["lang"]!.GetValue<string>() == "ar");
        Assert.Contains(names, n => n!["name"]!.GetValue<string>() == "Muqtada al-Sadr" && n["lang"] is null);
        Assert.Equal("state", Entity(json, "organizations", "iraq")["classification"]!.GetValue<string>());
        Assert.Equal("organization", Entity(json, "organizations", "sadrist-movement")["classification"]!.GetValue<string>());
        Assert.DoesNotContain(json["organizations"]!.AsArray(), o => o!["id"]!.GetValue<string>() == "moqtada-al-sadr");
    }

    [Fact]
    public void Structure_gives_a_parent_and_membership_relations_give_memberships_with_their_sources()
    {
        var json = JsonNode.Parse(Popolo(fixture.Analyst))!;

        Assert.Equal("sadrist-movement", Entity(json, "organizations", "saraya-al-salam")["parent_id"]!.GetValue<string>());
        var leads = Entity(json, "memberships", "moqtada-al-sadr/leads/sadrist-movement");
        Assert.Equal("moqtada-al-sadr", leads["person_id"]!.GetValue<string>());
        Assert.Equal("sadrist-movement", leads["organization_id"]!.GetValue<string>());
        Assert.Equal("leader", leads["role"]!.GetValue<string>());
        Assert.Equal("2003", leads["start_date"]!.GetValue<string>());
        var source = Assert.Single(leads["sources"]!.AsArray())!;
        Assert.Equal("Sadr orders, Saraya hands over", source["note"]!.GetValue<string>());
        Assert.StartsWith("ni:///sha-256;", source["url"]!.GetValue<string>(), StringComparison.Ordinal);

        // An organisation advised by a person: a membership of the person; opposition is no membership; rejected ones are gone.
        Assert.Equal("adviser", Entity(json, "memberships", "moqtada-al-sadr/advises/saraya-al-salam")["role"]!.GetValue<string>());
        Assert.DoesNotContain(json["memberships"]!.AsArray(), m => m!["id"]!.GetValue<string>().Contains("opposed_to", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_that_is_a_member_is_given_as_an_organisation_member()
    {
        var tables = fixture.Analyst.ExportTables();
        var more = tables with
        {
            Relations = [.. tables.Relations, new Domain.Relation(99, "saraya-al-salam", Domain.RelationKind.MemberOf, "iraq", null, null,
                tables.Relations[0].Citation, Domain.ReviewState.Accepted)],
        };
        using var buffer = new MemoryStream();
        PopoloExport.Write(more, buffer);
        var json = JsonNode.Parse(buffer.ToArray())!;

        var member = Entity(json, "memberships", "saraya-al-salam/member_of/iraq")["member"]!;
        Assert.Equal("Organization", member["@type"]!.GetValue<string>());
        Assert.Equal("saraya-al-salam", member["id"]!.GetValue<string>());
        Assert.Empty(PopoloSchemaValidator.Errors(json.ToJsonString()));
    }

    [Fact]
    public void A_source_link_is_the_callers_address_when_given()
    {
        using var buffer = new MemoryStream();
        PopoloExport.Write(fixture.Public.ExportTables(), buffer, s => $"https://daftar.example/en/sources/{s.Id}");
        var json = Encoding.UTF8.GetString(buffer.ToArray());

        Assert.Contains("\"https://daftar.example/en/sources/1\"", json, StringComparison.Ordinal);
        Assert.Empty(PopoloSchemaValidator.Errors(json));
    }

    [Fact]
    public void The_named_information_URI_is_RFC_6920s_for_the_original_bytes()
    {
        // RFC 6920 section 3: unpadded base64url of the SHA-256 digest.
        Assert.Equal("ni:///sha-256;47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU",
            PopoloExport.NamedInformation("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    private static JsonObject Find(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = int.TryParse(part, out var index) ? node!.AsArray()[index]! : node![part]!;
        return node!.AsObject();
    }

    private static JsonObject Entity(JsonNode root, string collection, string id) =>
        root[collection]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == id)!.AsObject();
}
