namespace Daftar.Storage;

/// <summary>The ledger cannot do what was asked (a schema it does not know, an import that does not fit).</summary>
public sealed class LedgerException : Exception
{
    public LedgerException(string message)
        : base(message)
    {
    }

    public LedgerException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public LedgerException()
    {
    }
}
