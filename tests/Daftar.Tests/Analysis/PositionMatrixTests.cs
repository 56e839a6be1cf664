using Daftar.Analysis.Positions;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Analysis;

public sealed class PositionMatrixTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("daftar-matrix-").FullName;

    public PositionMatrixTests()
    {
        Path = System.IO.Path.Combine(folder, "ledger.db");
        SayDoLedger.Write(Path);
    }

    private string Path { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static DatedPosition Said(long id, string actor, string issue, Stance stance, string words, LocalDate? date, long source = 1) =>
        new(new Position(id, actor, issue, stance, words, new Citation(source, new TextSpan((int)id, (int)id + 1)), ReviewState.Accepted), date);

    [Fact]
    public void A_change_of_stance_is_a_new_period_and_the_latest_stance_is_current()
    {
        var statements = new[]
        {
            Said(3, "a", "x", Stance.Conditional, "later", new LocalDate(2024, 2, 1)),
            Said(1, "a", "x", Stance.Support, "first", new LocalDate(2020, 1, 5)),
            Said(2, "a", "x", Stance.Support, "again", new LocalDate(2020, 1, 27)),
        };

        var history = StanceHistory.Of(statements);

        Assert.Equal([Stance.Support, Stance.Conditional], history.Select(p => p.Stance));
        Assert.Equal(new LocalDate(2020, 1, 5), history[0].From);
        Assert.Equal(new LocalDate(2020, 1, 27), history[0].To);
        Assert.Equal(2, history[0].Statements.Length);
        Assert.Equal([Stance.Conditional], StanceHistory.Current(statements).ToArray());
        Assert.Equal("support until 2020-01-27, then conditional (from 2024-02-01)", StanceHistory.Describe(history, Codes.Name));
    }

    [Fact]
    public void Latest_statements_that_disagree_are_all_current_and_undated_ones_are_never_the_latest()
    {
        var day = new LocalDate(2020, 1, 27);
        var statements = new[]
        {
            Said(1, "a", "x", Stance.Oppose, "public demand", day),
            Said(2, "a", "x", Stance.Conditional, "private hedge", day),
            Said(3, "a", "x", Stance.Support, "undated", null),
        };

        Assert.Equal([Stance.Oppose, Stance.Conditional], StanceHistory.Current(statements).ToArray());
        Assert.Equal("undated", StanceHistory.InOrder(statements)[0].Position.Statement);
    }

    [Fact]
    public void The_matrix_holds_accepted_positions_by_actor_and_issue_with_their_history()
    {
        using var ledger = SqliteLedger.Open(Path);
        var matrix = ledger.Matrix();

        var troops = matrix.Cell(SayDoLedger.Sadr, SayDoLedger.Troops)!;
        Assert.Equal(Stance.Conditional, troops.Stance);
        Assert.True(troops.Changed);
        Assert.Equal([Stance.Oppose, Stance.Conditional], troops.History.Select(p => p.Stance));
        Assert.Equal(2, troops.Statements.Length);
        Assert.Equal(new LocalDate(2023, 5, 10), troops.Statements[0].Date); // its source's publication day

        var arms = matrix.Cell(SayDoLedger.Sadr, SayDoLedger.Arms)!;
        Assert.Equal(Stance.Support, arms.Stance);
        Assert.Equal(2, arms.Statements.Length); // English and Arabic statements alike

        Assert.Null(matrix.Cell(SayDoLedger.Kataib, SayDoLedger.Troops)); // no position: no cell
        Assert.Null(matrix.Cell(SayDoLedger.Sadr, SayDoLedger.Elections)); // a candidate is not yet a fact
        Assert.Null(matrix.Cell(SayDoLedger.Sadr, SayDoLedger.Corruption)); // a rejected one never is
        Assert.Equal(SayDoLedger.Sadr, matrix.ActorIds[0]); // most statements first
        var labels = matrix.Issues.Select(i => i.Label).ToList();
        Assert.Equal(labels.IndexOf("foreign troop presence") + 1, labels.IndexOf("full withdrawal")); // aspects under their issue
    }

    [Fact]
    public void The_public_matrix_has_no_position_from_a_confidential_source()
    {
        using (var analyst = SqliteLedger.Open(Path))
            Assert.NotNull(analyst.Matrix().Cell(SayDoLedger.Sadr, SayDoLedger.Quotas));
        using var visitor = SqliteLedger.Open(Path, LedgerAudience.Public);
        var matrix = visitor.Matrix();
        Assert.Null(matrix.Cell(SayDoLedger.Sadr, SayDoLedger.Quotas));
        Assert.DoesNotContain(matrix.Cells.SelectMany(c => c.Statements), s => s.Position.Statement.Contains("Quincebrook", StringComparison.Ordinal));
        Assert.NotNull(matrix.Cell(SayDoLedger.Sadr, SayDoLedger.Arms));
    }

    [Fact]
    public void Two_actors_meet_where_they_take_the_same_stance_and_part_where_one_opposes_what_the_other_supports()
    {
        using var ledger = SqliteLedger.Open(Path);
        var matrix = ledger.Matrix();

        var sadrKataib = PositionComparison.Compare(matrix, [SayDoLedger.Sadr], [SayDoLedger.Kataib]).ToDictionary(r => r.Issue.Id);
        Assert.Equal(Agreement.FaultLine, sadrKataib[SayDoLedger.Arms].Agreement);
        Assert.Equal(Agreement.OneSided, sadrKataib[SayDoLedger.Troops].Agreement); // Kataib has no position on it
        Assert.Empty(sadrKataib[SayDoLedger.Troops].RightStatements);

        var sadrCoalition = PositionComparison.Compare(matrix, [SayDoLedger.Sadr], [SayDoLedger.Coalition]).ToDictionary(r => r.Issue.Id);
        Assert.Equal(Agreement.CommonGround, sadrCoalition[SayDoLedger.Arms].Agreement);
        Assert.Equal(Agreement.Conditional, sadrCoalition[SayDoLedger.Troops].Agreement); // conditional against support
        Assert.Equal(Agreement.CommonGround, sadrCoalition[SayDoLedger.Regulated].Agreement); // trainers, both
        Assert.Equal(Agreement.CommonGround, sadrCoalition[SayDoLedger.Withdrawal].Agreement); // Sadr no longer demands it
        Assert.True(matrix.Cell(SayDoLedger.Sadr, SayDoLedger.Withdrawal)!.Changed); // … but did
    }

    [Fact]
    public void A_side_may_be_a_group_of_actors_holding_each_members_stance()
    {
        using var ledger = SqliteLedger.Open(Path);
        var matrix = ledger.Matrix();

        var rows = PositionComparison.Compare(matrix, [SayDoLedger.Sadr], [SayDoLedger.Coalition, SayDoLedger.Kataib]).ToDictionary(r => r.Issue.Id);

        Assert.Equal([Stance.Support, Stance.Oppose], rows[SayDoLedger.Arms].Right.ToArray());
        Assert.Equal(Agreement.FaultLine, rows[SayDoLedger.Arms].Agreement);
        Assert.Equal(2, rows[SayDoLedger.Arms].RightStatements.Length);
    }

    [Theory]
    [InlineData(new[] { Stance.Support }, new[] { Stance.Oppose }, Agreement.FaultLine)]
    [InlineData(new[] { Stance.Oppose }, new[] { Stance.Oppose }, Agreement.CommonGround)]
    [InlineData(new[] { Stance.Support, Stance.Oppose }, new[] { Stance.Oppose }, Agreement.FaultLine)]
    [InlineData(new[] { Stance.Conditional }, new[] { Stance.Conditional }, Agreement.Conditional)]
    [InlineData(new[] { Stance.Conditional }, new[] { Stance.Support }, Agreement.Conditional)]
    [InlineData(new[] { Stance.Unclear }, new[] { Stance.Support }, Agreement.Unclear)]
    [InlineData(new Stance[0], new[] { Stance.Support }, Agreement.OneSided)]
    public void Stances_are_classified(Stance[] left, Stance[] right, Agreement expected) =>
        Assert.Equal(expected, PositionComparison.Classify(left, right));

    [Fact]
    public void Demanding_a_withdrawal_and_keeping_a_regulated_presence_part_on_withdrawal_and_meet_on_the_regulated_presence()
    {
        // An interview-like record: a movement's public demand and its private hedge on one day; a coalition's wish
        // to keep a smaller, regulated mission.
        var day = new LocalDate(2021, 3, 3);
        var statements = new[]
        {
            Said(1, "movement", SayDoLedger.Troops, Stance.Oppose, "Get every foreign soldier out of the country", day),
            Said(2, "movement", SayDoLedger.Troops, Stance.Conditional, "any foreign mission should be regulated by law", day),
            Said(3, "coalition", SayDoLedger.Troops, Stance.Conditional, "wants to rationalize its force posture and keep advisors", day),
        };
        var matrix = PositionMatrix.Build(statements, [new Issue(SayDoLedger.Troops, "foreign troop presence", null, null, [])], IssueAspects.Default);

        var rows = PositionComparison.Compare(matrix, ["movement"], ["coalition"]).ToDictionary(r => r.Issue.Id);

        Assert.Equal(Agreement.FaultLine, rows[SayDoLedger.Withdrawal].Agreement);
        Assert.Equal([Stance.Support, Stance.Oppose], rows[SayDoLedger.Withdrawal].Left.ToArray());
        Assert.Equal(Agreement.CommonGround, rows[SayDoLedger.Regulated].Agreement);
        Assert.Equal(Agreement.Conditional, rows[SayDoLedger.Troops].Agreement);
        // Each derived statement opens the words it rests on.
        Assert.Equal([1L, 2L], rows[SayDoLedger.Withdrawal].LeftStatements.Select(s => s.Position.Id));
    }

    [Fact]
    public void An_aspect_needs_its_words_when_the_catalogue_asks_for_them()
    {
        var aspects = IssueAspects.Parse("x\tnarrow\tضيق\tconditional\tsupport\ttrainers|التدريب\nx\tbroad\tواسع\toppose\tsupport\n");
        var day = new LocalDate(2021, 3, 3);

        Assert.Empty(aspects.Derive(Said(1, "a", "x", Stance.Conditional, "under conditions", day)));
        Assert.Equal("x/narrow", Assert.Single(aspects.Derive(Said(1, "a", "x", Stance.Conditional, "Trainers, yes", day))).Position.IssueId);
        Assert.Single(aspects.Derive(Said(1, "a", "x", Stance.Conditional, "نرحب بمهمة التدريب", day)));
        Assert.Empty(aspects.Derive(Said(1, "a", "x", Stance.Conditional, "retrainers", day))); // whole words only
        var broad = Assert.Single(aspects.Derive(Said(7, "a", "x", Stance.Oppose, "anything", day)));
        Assert.Equal((7L, Stance.Support), (broad.Position.Id, broad.Position.Stance));
        Assert.Throws<InvalidDataException>(() => IssueAspects.Parse("x\tnarrow\tضيق\tmaybe\tsupport\n"));
    }
}
