using Daftar.Domain;

namespace Daftar.Web.Pages;

public sealed class ActorsModel : DaftarPage
{
    public IReadOnlyList<(Actor Actor, int Mentions)> Actors { get; private set; } = [];

    public void OnGet()
    {
        Title = T("nav.actors");
        Actors = Ledger.ActorsByMentions();
    }
}
