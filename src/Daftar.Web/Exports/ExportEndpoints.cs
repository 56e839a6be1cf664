using Daftar.Domain;
using Daftar.Publishing;
using Daftar.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Daftar.Web.Exports;

/// <summary>
/// Downloads of the ledger in open formats: Popolo JSON, one CSV file per table, GraphML of the relations, and one
/// source's document annotation. Each reads the visitor's ledger (the public's view unless an analyst signed in);
/// <c>?public=true</c> lets an analyst download exactly what the public would.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Maps <c>/export/…</c>.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/export/popolo.json", (HttpContext context) =>
        {
            var tables = LedgerOf(context).ExportTables();
            var site = $"{context.Request.Scheme}://{context.Request.Host}";
            return Download(stream => PopoloExport.Write(tables, stream, source => $"{site}/{Language(source)}/sources/{source.Id}"),
                "application/json; charset=utf-8", "popolo.json");
        });
        app.MapGet("/export/csv/{table}.csv", (HttpContext context, string table) =>
        {
            if (!CsvExport.IsTable(table))
                return Results.NotFound();
            var tables = LedgerOf(context).ExportTables();
            return Download(stream => CsvExport.WriteTable(tables, table, stream), "text/csv; charset=utf-8; header=present", table + ".csv");
        });
        app.MapGet("/export/relations.graphml", (HttpContext context) =>
        {
            var graph = LedgerOf(context).RelationGraph();
            return Download(graph.WriteGraphMl, "application/graphml+xml; charset=utf-8", "relations.graphml");
        });
        app.MapGet("/export/sources/{id:long}/annotation.json", (HttpContext context, long id) =>
        {
            // A confidential source, read through the public's view, is missing like any other: the same 404.
            if (LedgerOf(context).AnnotationOf(id) is not { } annotation)
                return Results.NotFound();
            return Download(
                stream =>
                {
                    using var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = Extraction.AnnotationJson.Options.Encoder });
                    annotation.WriteTo(json);
                },
                "application/json; charset=utf-8",
                $"source-{id}-annotation.json");
        });
        return app;
    }

    /// <summary>The visitor's ledger, or the public's when an analyst asks for only what the public sees.</summary>
    private static SqliteLedger LedgerOf(HttpContext context) =>
        string.Equals(context.Request.Query["public"], "true", StringComparison.OrdinalIgnoreCase)
            ? context.RequestServices.GetRequiredKeyedService<SqliteLedger>(LedgerAudience.Public)
            : context.RequestServices.GetRequiredService<SqliteLedger>();

    private static string Language(Source source) => source.Language == "ar" ? "ar" : "en";

    // Written whole first: the writers are synchronous, which the response stream refuses; exports are files of a few MB.
    private static IResult Download(Action<Stream> write, string contentType, string fileName)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return Results.File(buffer.ToArray(), contentType, fileName);
    }
}
