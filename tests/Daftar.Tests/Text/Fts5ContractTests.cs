using CsCheck;
using Daftar.Text;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Daftar.Tests.Text;

/// <summary>
/// The analyser against a real SQLite FTS5 table with the tokenizer the ledger uses: it must read back exactly the
/// terms written, and <see cref="SearchAnalyzer.ToFtsMatch"/> must find what the contract says. New ledgers use
/// 'ascii'; the first ones used 'unicode61', and both must behave the same.
/// </summary>
public abstract class Fts5ContractTests : IDisposable
{
    private static readonly string[] Documents =
    [
        "قال مقتدى الصَّدْرُ في بيان إن التيار الصدري لن يشارك في الانتخابات.",
        "وأعلن المكتب الخاص للصدر أن وفداً زار طهران لبحث العلاقات مع إيران.",
        "صدر بيان عن الحكومة العراقية بشأن الموازنة.",
        "The Sadrists' statement said Muqtada al-Sadr's movement rejected the militias’ demands.",
        "Hamas and the Popular Mobilization Forces (al-Hashd al-Sha’abi) issued statements in ٢٠٢٤.",
        "وقالت قوات الحشد الشعبي إن وفداً وصل لإيران أمس.",
        "أكد الحشد أن الاجتماع الذي عقد في بغداد يوم الثلاثاء بحضور ممثلين عن عدة أطراف سياسية ونواب ووزراء سابقين وخبراء لم يتطرق إلى الشعبي.",
    ];

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    protected Fts5ContractTests(string tokenizer)
    {
        connection.Open();
        Execute($"CREATE VIRTUAL TABLE docs USING fts5(terms, tokenize='{tokenizer}')");
        Execute("CREATE VIRTUAL TABLE docs_vocab USING fts5vocab(docs, 'instance')");
        for (var i = 0; i < Documents.Length; i++)
            Insert(i + 1, SearchAnalyzer.IndexText(Documents[i]));
    }

    public void Dispose()
    {
        connection.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("الصدر", "1 2")]
    [InlineData("صدر", "1 2 3")]
    [InlineData("إيران", "2 6")]
    [InlineData("الحشد", "6 7")]
    [InlineData("Sadr", "4")]
    [InlineData("Sadrist", "4")]
    [InlineData("militia", "4")]
    [InlineData("Hamas", "5")]
    [InlineData("Hama", "")]
    [InlineData("Shaabi", "5")]
    [InlineData("2024", "5")]
    [InlineData("الصدر بيان", "1")]
    [InlineData("«التيار الصدري»", "1")]
    [InlineData("«الحشد الشعبي»", "6")] // document 7 has both words, too far apart
    [InlineData("\"al-Sadr's movement\"", "4")]
    [InlineData("\"movement Sadr\"", "")] // Latin phrases are exact, in order
    [InlineData("sadr OR hamas", "")] // OR is a word here, not an operator
    public void Queries_find_the_expected_documents(string query, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Search(query)));
    }

    [Theory]
    [InlineData("الصدر")]
    [InlineData("صدر بيان")]
    [InlineData("إيران الحشد")]
    [InlineData("Sadr's militias")]
    [InlineData("al-Hashd ٢٠٢٤")]
    [InlineData("وفداً")]
    public void Fts5_agrees_with_the_contract(string query)
    {
        var expected = Enumerable.Range(1, Documents.Length).Where(i => SearchContract.Matches(query, Documents[i - 1]));
        Assert.Equal(expected, Search(query));
    }

    [Theory]
    [InlineData("sadr\" OR \"x")]
    [InlineData("NEAR(sadr hamas, 0)")]
    [InlineData("terms: sadr*")]
    [InlineData("^sadr - hamas + (x)")]
    [InlineData("\"\"\"")]
    [InlineData("«")]
    [InlineData("AND OR NOT")]
    public void User_input_never_reaches_fts5_as_syntax(string query)
    {
        // Would throw "fts5: syntax error" if any of it were passed through.
        _ = Search(query);
    }

    [Fact]
    public void Unicode61_reads_back_exactly_the_terms_written()
    {
        var text = Gen.Frequency(
                (4, Gen.Char['\u0600', '\u06FF']),
                (4, Gen.Char['a', 'z']),
                (2, Gen.Char['A', 'Z']),
                (3, Gen.Char[" '’ʼʿ-.,\"«»"]),
                (1, Gen.Char['\u0300', '\u036F']),
                (1, Gen.Char['\u00C0', '\u024F']),
                (1, Gen.Char['\u0370', '\u04FF']),
                (1, Gen.Char['\u0900', '\u0DFF']),
                (1, Gen.Char['\u3040', '\u30FF']),
                (1, Gen.Char['\uFB00', '\uFFFF']),
                (1, Gen.Char['\uD800', '\uDFFF']),
                (1, Gen.Char['0', '9']))
            .Array[1, 80]
            .Select(a => new string(a));

        text.Sample(t =>
        {
            var index = SearchAnalyzer.IndexText(t);
            Assert.Equal(SearchContract.Tokens(t), ReadBack(index));
        }, iter: 1000, threads: 1);
    }

    private int[] Search(string query)
    {
        var match = SearchAnalyzer.ToFtsMatch(query);
        if (match is null)
            return [];
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM docs WHERE docs MATCH $match ORDER BY rowid";
        command.Parameters.AddWithValue("$match", match);
        var rows = new List<int>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(reader.GetInt32(0));
        return [.. rows];
    }

    private List<string> ReadBack(string index)
    {
        Execute("DELETE FROM docs WHERE rowid = 1000");
        Insert(1000, index);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term FROM docs_vocab WHERE doc = 1000 ORDER BY offset";
        var terms = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            terms.Add(reader.GetString(0));
        return terms;
    }

    private void Insert(long rowid, string terms)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO docs (rowid, terms) VALUES ($rowid, $terms)";
        command.Parameters.AddWithValue("$rowid", rowid);
        command.Parameters.AddWithValue("$terms", terms);
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

public sealed class Fts5AsciiContractTests() : Fts5ContractTests("ascii");

public sealed class Fts5Unicode61ContractTests() : Fts5ContractTests("unicode61 remove_diacritics 0");
