using System.CommandLine;
using System.Text.Json;
using Daftar.Extraction;
using Daftar.Ingest;
using Daftar.Storage;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar extract FILE</c>: the document annotation of one file, without touching any ledger.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An HTML, text or Markdown document, or - for standard input" };
        var published = new Option<string?>("--published")
        {
            Description = "The publication date to normalise dates against (YYYY-MM-DD), overriding the document's own",
            HelpName = "DATE",
        };
        var command = new Command("extract", "Extract actors, quotations, dates, relations, events and positions from a document")
        {
            file, published, GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var path = result.GetValue(file)!;
            var date = ParseDate(result.GetValue(published));
            var bytes = InputBytes.Read(path);
            DocumentAnnotation annotation;
            try
            {
                annotation = DocumentAnnotator.Annotate(bytes, Path.GetFileName(path), date);
            }
            catch (IngestException e)
            {
                throw new CliFailure($"{path}: {e.Message}");
            }

            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(annotation, AnnotationJson.Options));
                return ExitCode.Success;
            }

            Print(annotation);
            return ExitCode.Success;
        }));
        return command;
    }

    internal static LocalDate? ParseDate(string? text)
    {
        if (text is null)
            return null;
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliFailure($"--published: '{text}' is not a date of the form YYYY-MM-DD", ExitCode.Usage);
    }

    private static void Print(DocumentAnnotation annotation)
    {
        var console = DaftarCommandLine.Out;
        var names = annotation.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        string Name(string? id) => id is null ? "—" : names.GetValueOrDefault(id, id);

        console.MarkupLine($"[bold]{Markup.Escape(annotation.Source.Title ?? "(untitled)")}[/] [dim]{annotation.Source.Published ?? "undated"} · {annotation.Source.Language}[/]");
        console.MarkupLine($"\n[bold]Actors[/] ({annotation.Actors.Length})");
        foreach (var actor in annotation.Actors.OrderByDescending(a => a.Mentions.Length))
            console.MarkupLine($"  {Markup.Escape(actor.Name)} [dim]({Codes.Name(actor.Type)}, {actor.Mentions.Length}×)[/]");
        console.MarkupLine($"\n[bold]Quotations[/] ({annotation.Quotes.Length})");
        foreach (var quote in annotation.Quotes)
        {
            var speaker = quote.Speaker.Description is { } description ? $"{description} → {Name(quote.Speaker.Actor)}" : Name(quote.Speaker.Actor);
            console.MarkupLine($"  [dim]{Codes.Name(quote.Kind),-8}[/] “{Markup.Escape(quote.Text)}” [blue]{Markup.Escape(speaker)}[/]");
        }

        console.MarkupLine($"\n[bold]Dates[/] ({annotation.Timexes.Length})");
        foreach (var timex in annotation.Timexes)
            console.MarkupLine($"  {Markup.Escape(timex.Text)} [dim]= {Markup.Escape(timex.Value)}[/]");
        console.MarkupLine($"\n[bold]Relations[/] ({annotation.Relations.Length})");
        foreach (var relation in annotation.Relations)
            console.MarkupLine($"  {Markup.Escape(Name(relation.Subject))} [blue]{Codes.Name(relation.Predicate)}[/] {Markup.Escape(Name(relation.Object))}");
        console.MarkupLine($"\n[bold]Events[/] ({annotation.Events.Length})");
        foreach (var item in annotation.Events)
            console.MarkupLine($"  {Markup.Escape(item.Date)} [blue]{Codes.Name(item.Type).ToUpperInvariant()}[/] {Markup.Escape(Name(item.Actor))}: {Markup.Escape(item.Summary)}");
        console.MarkupLine($"\n[bold]Positions[/] ({annotation.Positions.Length})");
        foreach (var position in annotation.Positions)
            console.MarkupLine($"  {Markup.Escape(Name(position.Actor))} [blue]{Codes.Name(position.Stance)}[/] {Markup.Escape(position.Issue)}: “{Markup.Escape(position.Statement)}”");
    }
}
