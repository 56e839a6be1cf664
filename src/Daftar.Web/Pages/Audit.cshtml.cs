using System.Globalization;
using System.Text.Json;
using Daftar.Storage;
using Daftar.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Daftar.Web.Pages;

/// <summary>The audit log for admins: every review action and change of confidentiality, newest first.</summary>
[Authorize(Policy = Roles.AdminPolicy)]
public sealed class AuditModel : DaftarPage
{
    public const int PageSize = 100;

    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];

    /// <summary>The next page (older records), or null when this is the last.</summary>
    public string? OlderHref { get; private set; }

    public void OnGet(long? before)
    {
        Title = T("nav.audit");
        Records = Ledger.AuditLog(PageSize, before);
        OlderHref = Records.Count == PageSize ? Href("audit") + "?before=" + Records[^1].Id.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Where the changed entry is shown, when it has a page.</summary>
    public string? EntryHref(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.EntryKind switch
        {
            "source" => Href("sources/" + record.EntryId),
            "actor" => Href("actors/" + Uri.EscapeDataString(record.EntryId)),
            "note" or "quote" or "timex" or "event" or "relation" or "position" or "mention" when SourceOf(record) is { } source =>
                Href("sources/" + source.ToString(CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    private static long? SourceOf(AuditRecord record)
    {
        var json = record.After ?? record.Before;
        if (json is null)
            return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("source_id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;
    }
}
