namespace Daftar.Domain;

/// <summary>
/// An entry's standing with the analyst: extraction proposes <see cref="Candidate"/>s, review accepts or
/// rejects them. Only accepted entries are facts of the ledger.
/// </summary>
public enum ReviewState
{
    Candidate,
    Accepted,
    Rejected,
}
