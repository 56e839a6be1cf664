using Daftar.Web.Tests;
using Microsoft.Playwright;
using Xunit;

namespace Daftar.Web.BrowserTests;

/// <summary>An analyst at work in real Chromium: reading, reviewing, correcting, searching, in both languages.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class AnalystTests : IAsyncLifetime
{
    private readonly WebFixture web = new();
    private readonly Browser browser = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await web.DisposeAsync();
    }

    /// <summary>A page of a browser signed in as the analyst, through the sign-in form as a person would.</summary>
    private async Task<IPage> Page()
    {
        var page = await browser.NewPage(web.BaseAddress.ToString());
        await page.GotoAsync("/en/sign-in?returnUrl=%2Fen%2F");
        await page.Locator("input[name=name]").FillAsync(WebFixture.AnalystName);
        await page.Locator("input[name=password]").FillAsync(WebFixture.Password);
        await page.Locator("form.sign-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/en/", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task A_visitor_reads_the_public_site_and_signs_in_from_the_header_to_review()
    {
        var page = await browser.NewPage(web.BaseAddress.ToString());
        await page.GotoAsync($"/ar/sources/{web.ArabicId}");
        Assert.Equal(0, await page.Locator("button.accept").CountAsync());
        Assert.Equal(0, await page.Locator("nav a[href='/ar/review']").CountAsync());

        await page.Locator("header a.account").ClickAsync();
        await page.Locator("input[name=name]").FillAsync(WebFixture.AnalystName);
        await page.Locator("input[name=password]").FillAsync(WebFixture.Password);
        await page.Locator("form.sign-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/ar/sources/{web.ArabicId}");

        Assert.True(await page.Locator("button.accept").CountAsync() > 0);
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains(WebFixture.AnalystName, await page.Locator("header .who").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_a_source_accept_a_quotation_change_its_speaker_and_see_it_on_the_actor_page()
    {
        var page = await Page();
        await page.GotoAsync($"/en/sources/{web.EnglishId}");
        var quote = page.Locator("li.entry", new() { HasText = "What happened in Samarra" });

        await quote.Locator("button.accept").ClickAsync();
        await page.WaitForURLAsync($"**/en/sources/{web.EnglishId}*");
        quote = page.Locator("li.entry", new() { HasText = "What happened in Samarra" });
        Assert.Contains("review-accepted", await quote.GetAttributeAsync("class"), StringComparison.Ordinal);

        await quote.Locator("details.edit summary").ClickAsync();
        await quote.Locator("input[name=actor]").FillAsync("Saraya al-Salam");
        await quote.Locator("input[name=description]").FillAsync("a spokesman");
        await quote.Locator("details.edit button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/en/sources/{web.EnglishId}*");
        Assert.Contains("a spokesman (Saraya al-Salam)", await page.Locator("li.entry", new() { HasText = "What happened in Samarra" }).InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/en/actors/saraya-al-salam");
        Assert.Contains("What happened in Samarra should happen everywhere", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_queue_is_worked_from_the_keyboard()
    {
        var page = await Page();
        await page.GotoAsync("/en/review");
        var before = await page.Locator(".queue-item").CountAsync();
        Assert.True(before >= 2);
        var second = await page.Locator(".queue-item").Nth(1).GetAttributeAsync("id");

        await page.Keyboard.PressAsync("j");
        Assert.Equal(second, await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("a");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await page.WaitForFunctionAsync($"document.querySelectorAll('.queue-item').length === {before - 1}");

        Assert.Equal(0, await page.Locator($"[id='{second}']").CountAsync());
    }

    [Fact]
    public async Task The_Arabic_interface_is_laid_out_right_to_left()
    {
        var page = await Page();
        await page.GotoAsync($"/ar/sources/{web.ArabicId}");

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));

        // Right to left: the brand sits at the right edge of the bar, the language switch towards the left.
        var brand = (await page.Locator(".bar .brand").BoundingBoxAsync())!;
        var language = (await page.Locator(".bar .language").BoundingBoxAsync())!;
        Assert.True(brand.X > language.X, $"brand at {brand.X}, language switch at {language.X}");
        Assert.True(brand.X + brand.Width > 1280 - 60, "the brand is at the right edge");

        // The text column comes first, so it is on the right, the candidates on the left.
        var text = (await page.Locator("section.text").BoundingBoxAsync())!;
        var candidates = (await page.Locator("aside.candidates").BoundingBoxAsync())!;
        Assert.True(text.X > candidates.X);

        // Each paragraph takes its direction from its own words.
        Assert.Equal("rtl", await page.Locator("section.text p").First.EvaluateAsync<string>("p => getComputedStyle(p).direction"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Artifacts, "source-ar-rtl.png"), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(Browser.Artifacts, "source-ar-rtl.png")).Length > 10_000);
    }

    [Fact]
    public async Task An_English_quotation_in_an_Arabic_page_reads_left_to_right()
    {
        var page = await Page();
        await page.GotoAsync($"/ar/sources/{web.EnglishId}");

        Assert.Equal("ltr", await page.Locator("section.text p").First.EvaluateAsync<string>("p => getComputedStyle(p).direction"));
    }

    [Fact]
    public async Task Search_in_Arabic_finds_a_clitic_form()
    {
        var page = await Page();
        await page.GotoAsync("/ar/");

        await page.Locator(".bar input[name=q]").FillAsync("الموقف");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ar/search?q=*");

        Assert.Equal("بالموقف", await page.Locator("mark").First.InnerTextAsync());
        Assert.Equal(1, await page.Locator($"a[href='/ar/sources/{web.ArabicId}']").CountAsync());
    }

    [Fact]
    public async Task Uploading_a_file_ingests_it_and_links_to_the_new_source()
    {
        var page = await Page();
        await page.GotoAsync("/ar/sources");

        await page.Locator("#upload input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "note-ar.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("ملاحظة\n\nقال مقتدى الصدر في بيان يوم ١٦ آذار ٢٠٢٤ إن السلاح يجب أن يكون بيد الدولة وحدها."),
        });
        await page.Locator("#upload button[type=submit]").ClickAsync();
        var added = page.Locator(".upload-added a");
        await added.WaitForAsync();

        Assert.Contains("#3", await added.InnerTextAsync(), StringComparison.Ordinal);
        await added.ClickAsync();
        await page.WaitForURLAsync("**/ar/sources/3");
        Assert.Contains("مقتدى الصدر", await page.Locator("section.text").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Arabic_web_font_is_served_and_used_when_installed()
    {
        var page = await Page();
        await page.GotoAsync("/ar/");
        var fontServed = (await web.Get("/assets/noto-naskh-arabic-400.woff2")).Status == 200;

        var loaded = await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px \"Daftar Naskh\"', 'دفتر'); }");

        Assert.Equal(fontServed, loaded);
    }
}
