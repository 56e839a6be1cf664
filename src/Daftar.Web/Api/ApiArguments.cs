using System.Globalization;
using Daftar.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace Daftar.Web.Api;

/// <summary>A list's place: how many entries to skip and how many to give.</summary>
internal readonly record struct Paging(int Offset, int Limit);

/// <summary>
/// Reads a request's query parameters, collecting what is wrong with each by name, so that one 400 answer names every
/// bad parameter (RFC 9457 problem details with an "errors" member). Parameters are taken as text and read here, not by
/// the framework's binding, whose refusal would name no parameter.
/// </summary>
internal sealed class ApiArguments(HttpContext context, SqliteLedger ledger)
{
    /// <summary>Entries per page when the request does not say.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The most entries one page may hold.</summary>
    public const int MaxLimit = 200;

    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    /// <summary>The 400 answer naming every bad parameter, or null when all were good.</summary>
    public ValidationProblem? Problem => errors.Count == 0
        ? null
        : TypedResults.ValidationProblem(errors, detail: "Some parameters are not usable: see errors.", title: "Bad parameters");

    public void Fail(string name, string problem) => errors.TryAdd(name, [problem]);

    public Paging Paging(string? limit, string? offset, int maxOffset = int.MaxValue) =>
        new(Integer("offset", offset, 0, 0, maxOffset), Integer("limit", limit, DefaultLimit, 1, MaxLimit));

    public int Integer(string name, string? text, int fallback, int min, int max)
    {
        if (text is null)
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Fail(name, max == int.MaxValue ? $"expected a whole number from {min}" : $"expected a whole number from {min} to {max}");
        return fallback;
    }

    public long? Id(string name, string? text)
    {
        if (text is null)
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            return value;
        Fail(name, "expected a positive whole number (an id)");
        return null;
    }

    public LocalDate? Date(string name, string? text)
    {
        if (text is null)
            return null;
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
            return parsed.Value;
        Fail(name, "expected a day as YYYY-MM-DD");
        return null;
    }

    /// <summary>A date range; "to" before "from" is an error of "to".</summary>
    public (LocalDate? From, LocalDate? To) Dates(string? from, string? to)
    {
        var range = (Date("from", from), Date("to", to));
        if (range.Item1 is { } f && range.Item2 is { } t && t < f)
            Fail("to", "the range ends before it starts");
        return range;
    }

    /// <summary>One of an enum's codes (its snake_case names), or null when not given.</summary>
    public TEnum? Code<TEnum>(string name, string? text)
        where TEnum : struct, Enum
    {
        if (text is null)
            return null;
        if (Codes.TryParse<TEnum>(text, out var value))
            return value;
        Fail(name, "expected one of: " + string.Join(", ", ApiDocument.CodesOf<TEnum>()));
        return null;
    }

    /// <summary>A language code as sources carry it ("en", "ar", "und").</summary>
    public string? Language(string? text)
    {
        if (text is null)
            return null;
        if (text.Length is >= 2 and <= 8 && text.All(char.IsAsciiLetterLower))
            return text;
        Fail("language", "expected a language code such as en or ar");
        return null;
    }

    /// <summary>An actor named by its id, or by any of its names when that names one actor only.</summary>
    /// <remarks>The public's ledger knows no private actor, so an unknown one and a private one get the same answer.</remarks>
    public string? Actor(string? text)
    {
        if (text is null)
            return null;
        if (text.Length is > 0 and <= 200)
        {
            if (ledger.GetActor(text) is { } actor)
                return actor.Id;
            var named = ledger.FindActors(text);
            if (named.Count == 1)
                return named[0].Id;
            if (named.Count > 1)
            {
                Fail("actor", "this name fits several actors: give an actor's id");
                return null;
            }
        }

        Fail("actor", "no actor has this id or name");
        return null;
    }

    /// <summary>A page of the answer, with the address of the next page when there is one.</summary>
    public ApiPage<T> Page<T>(IReadOnlyList<T> items, long? total, Paging paging, bool more)
    {
        string? next = null;
        if (more)
        {
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
            query["offset"] = (paging.Offset + paging.Limit).ToString(CultureInfo.InvariantCulture);
            query["limit"] = paging.Limit.ToString(CultureInfo.InvariantCulture);
            next = context.Request.PathBase + context.Request.Path + QueryString.Create(query);
        }

        return new ApiPage<T>(items, total, paging.Offset, paging.Limit, next);
    }

    /// <summary>A page of a counted list.</summary>
    public ApiPage<T> Page<T>(IReadOnlyList<T> items, long total, Paging paging) =>
        Page(items, total, paging, paging.Offset + items.Count < total);
}
