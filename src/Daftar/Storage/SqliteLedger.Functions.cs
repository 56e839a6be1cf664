using Daftar.Extraction.Positions;
using Microsoft.Data.Sqlite;

namespace Daftar.Storage;

public sealed partial class SqliteLedger
{
    /// <summary>
    /// SQL functions of Daftar's own, so that a query can ask what only extraction knows: <c>names_issue(text, ids)</c>
    /// is 1 when the text names one of the issues (ids separated by '|') by a keyword of the position layer, in either
    /// language, as stated positions are tied to issues.
    /// </summary>
    private static void AddFunctions(SqliteConnection connection) =>
        connection.CreateFunction("names_issue", (string? text, string? ids) => text is not null && ids is not null && NamesIssue(text, ids), isDeterministic: true);

    /// <summary>Whether <paramref name="text"/> names one of the issues <paramref name="ids"/> ('|'-separated).</summary>
    internal static bool NamesIssue(string text, string ids)
    {
        var wanted = ids.Split('|', StringSplitOptions.RemoveEmptyEntries);
        foreach (var mention in IssueKeywords.Find(text))
        {
            if (Array.IndexOf(wanted, mention.IssueId) >= 0)
                return true;
        }

        return false;
    }
}
