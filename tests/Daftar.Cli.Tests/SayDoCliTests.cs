using System.Text.Json;
using Xunit;

namespace Daftar.Cli.Tests;

/// <summary>The say-and-do commands end to end: ingest invented reports, suggest, confirm, reject, assess, list.</summary>
public sealed class SayDoCliTests : IDisposable
{
    private const string Pledge =
        "---\ntitle: Sadrists pledge arms under state control\npublished: 2020-03-02\n---\n" +
        "The Sadrist movement wants all arms under the control of the state, its spokesman said on Monday. " +
        "Saraya al-Salam, the armed wing of the Sadrist movement, holds positions in Samarra.\n";

    private const string Attack =
        "---\ntitle: Saraya al-Salam attack a base\npublished: 2020-04-20\n---\n" +
        "Fighters of Saraya al-Salam attacked an army base near Samarra on Sunday, April 19, 2020, keeping their weapons outside state control.\n";

    private const string PledgeArabic =
        "---\ntitle: التيار الصدري يطالب بحصر السلاح\npublished: 2020-03-02\nlanguage: ar\n---\n" +
        "طالب التيار الصدري يوم الاثنين بحصر السلاح بيد الدولة. وقالت سرايا السلام، الجناح العسكري للتيار الصدري، إنها مستعدة.\n";

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Suggest_confirm_assess_and_list_end_to_end()
    {
        cli.Write("pledge.md", Pledge);
        cli.Write("attack.md", Attack);
        Assert.Equal(0, cli.Run("ingest", "pledge.md", "attack.md").ExitCode);

        var suggest = cli.Run("evidence", "suggest", "--actor", "Sadrist movement", "--json");
        Assert.Equal(0, suggest.ExitCode);
        var suggested = JsonDocument.Parse(suggest.Stdout).RootElement;
        var first = Assert.Single(suggested.EnumerateArray());
        Assert.Equal("inconsistent", first.GetProperty("evidence").GetProperty("bearing").GetString());
        Assert.Equal("saraya-al-salam", first.GetProperty("entry_actor_id").GetString());
        var id = first.GetProperty("evidence").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Empty(JsonDocument.Parse(cli.Run("evidence", "suggest", "--json").Stdout).RootElement.EnumerateArray());

        var confirm = cli.Run("evidence", "confirm", id, "--basis", "The attack came seven weeks after the pledge.");
        Assert.Equal(0, confirm.ExitCode);
        Assert.Contains("confirmed", confirm.Stdout, StringComparison.Ordinal);

        var assessments = JsonDocument.Parse(cli.Run("assessments", "sadrist-movement", "--json").Stdout).RootElement;
        var arms = assessments.EnumerateArray().Single(a => a.GetProperty("issue_id").GetString() == "state-control-of-arms");
        Assert.Equal("inconsistent", arms.GetProperty("computed").GetString());

        var assess = cli.Run("assess", "Sadrist movement", "state control of arms", "--verdict", "inconsistent", "--basis", "Its armed wing attacked a base.");
        Assert.Equal(0, assess.ExitCode);
        Assert.Equal(0, cli.Run("assess", "sadrist-movement", "state-control-of-arms", "--verdict", "mixed", "--basis", "Reconsidered.").ExitCode);

        var listed = cli.Run("assessments", "sadrist-movement");
        Assert.Contains("recorded mixed", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("(superseded)", listed.Stdout, StringComparison.Ordinal);

        var evidence = JsonDocument.Parse(cli.Run("evidence", "list", "--issue", "state control of arms", "--review", "accepted", "--json").Stdout).RootElement;
        Assert.Equal("The attack came seven weeks after the pledge.", Assert.Single(evidence.EnumerateArray()).GetProperty("evidence").GetProperty("basis").GetString());

        var audit = cli.Run("audit", "--json");
        Assert.Contains("evidence-confirmed", audit.Stdout, StringComparison.Ordinal);
        Assert.Contains("assessment-superseded", audit.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_evidence_stays_rejected_and_bad_arguments_are_named()
    {
        cli.Write("pledge.md", PledgeArabic);
        cli.Write("attack.md", Attack);
        cli.Run("ingest", "pledge.md", "attack.md");
        var id = JsonDocument.Parse(cli.Run("evidence", "suggest", "--json").Stdout).RootElement[0].GetProperty("evidence").GetProperty("id").GetInt64()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(0, cli.Run("evidence", "reject", id).ExitCode);
        Assert.Equal(0, cli.Run("evidence", "suggest").ExitCode);
        var all = JsonDocument.Parse(cli.Run("evidence", "list", "--actor", "التيار الصدري", "--json").Stdout).RootElement;
        Assert.Equal("rejected", Assert.Single(all.EnumerateArray()).GetProperty("evidence").GetProperty("review").GetString());

        var noEvidence = cli.Run("evidence", "confirm", "999");
        Assert.Equal(2, noEvidence.ExitCode);
        Assert.Contains("no evidence 999", noEvidence.Stderr, StringComparison.Ordinal);
        var badBearing = cli.Run("evidence", "confirm", id, "--bearing", "sideways");
        Assert.Equal(1, badBearing.ExitCode);
        Assert.Contains("--bearing: 'sideways'", badBearing.Stderr, StringComparison.Ordinal);
        var noIssue = cli.Run("assess", "sadrist-movement", "weather", "--verdict", "consistent", "--basis", "b");
        Assert.Equal(2, noIssue.ExitCode);
        Assert.Contains("no issue is called 'weather'", noIssue.Stderr, StringComparison.Ordinal);
        var missingWords = cli.Run("assess", "sadrist-movement", "state-control-of-arms", "--verdict", "consistent", "--basis", "b", "--source", "1", "--at", "words it never wrote");
        Assert.Equal(2, missingWords.ExitCode);
        Assert.Contains("source 1 does not contain the words 'words it never wrote'", missingWords.Stderr, StringComparison.Ordinal);
        var cited = cli.Run("assess", "sadrist-movement", "state-control-of-arms", "--verdict", "consistent", "--basis", "b", "--source", "1", "--at", "بحصر السلاح", "--json");
        Assert.Equal(0, cited.ExitCode);
        var span = JsonDocument.Parse(cited.Stdout).RootElement.GetProperty("citation").GetProperty("span");
        Assert.Equal("بحصر السلاح".Length, span.GetProperty("end").GetInt32() - span.GetProperty("start").GetInt32());
        var noActor = cli.Run("assessments", "Nobody at all");
        Assert.Equal(2, noActor.ExitCode);
        Assert.Contains("no actor is called 'Nobody at all'", noActor.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analyst_links_a_deed_by_hand_and_it_counts_at_once()
    {
        cli.Write("pledge.md", Pledge);
        cli.Write("attack.md", Attack);
        cli.Run("ingest", "pledge.md", "attack.md");
        using (var ledger = Storage.SqliteLedger.Open(cli.Database))
        {
            var position = ledger.EntriesOf(1).Positions.Single(p => p.ActorId == "sadrist-movement");
            var attack = ledger.EntriesOf(2).Events[0];
            var args = new[] { "evidence", "add", P(position.Id), "event", P(attack.Id), "--bearing", "inconsistent", "--basis", "The wing kept its guns.", "--json" };

            var added = cli.Run(args);

            Assert.Equal(0, added.ExitCode);
            var evidence = JsonDocument.Parse(added.Stdout).RootElement[0].GetProperty("evidence");
            Assert.Equal(("accepted", false), (evidence.GetProperty("review").GetString(), evidence.GetProperty("suggested").GetBoolean()));
            Assert.Equal(2, cli.Run("evidence", "add", P(position.Id), "event", "999", "--bearing", "consistent", "--basis", "x").ExitCode);
            Assert.Equal(1, cli.Run("evidence", "add", P(position.Id), "rumour", P(attack.Id), "--bearing", "consistent", "--basis", "x").ExitCode);
        }

        var assessments = JsonDocument.Parse(cli.Run("assessments", "sadrist-movement", "--json").Stdout).RootElement;
        var arms = assessments.EnumerateArray().Single(a => a.GetProperty("issue_id").GetString() == "state-control-of-arms");
        Assert.Equal("inconsistent", arms.GetProperty("computed").GetString());
        Assert.Contains("evidence-added", cli.Run("audit").Stdout, StringComparison.Ordinal);
    }

    private static string P(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
