using System.Text;
using System.Text.Json;
using Daftar.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;

namespace Daftar.Web.Accounts;

/// <summary>The whole audit log as a download, for admins: JSON, or CSV for a spreadsheet.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit/export.json", (SqliteLedger ledger) =>
            Results.File(JsonSerializer.SerializeToUtf8Bytes(ledger.AuditLog(int.MaxValue), LedgerJson.Options), "application/json; charset=utf-8", "audit-log.json"))
            .RequireAuthorization(Roles.AdminPolicy);
        app.MapGet("/audit/export.csv", (SqliteLedger ledger) =>
            Results.File(Encoding.UTF8.GetBytes(Csv(ledger.AuditLog(int.MaxValue))), "text/csv; charset=utf-8", "audit-log.csv"))
            .RequireAuthorization(Roles.AdminPolicy);
        return app;
    }

    /// <summary>The log as RFC 4180 CSV, written as the ledger's own CSV tables are.</summary>
    public static string Csv(IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        Publishing.CsvExport.WriteRecord(csv, ["id", "at", "account", "channel", "action", "entry_kind", "entry_id", "before", "after"]);
        foreach (var r in records)
        {
            Publishing.CsvExport.WriteRecord(csv,
                [r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), InstantPattern.General.Format(r.At), r.Account, r.Channel, r.Action, r.EntryKind, r.EntryId, r.Before, r.After]);
        }

        return csv.ToString();
    }
}
