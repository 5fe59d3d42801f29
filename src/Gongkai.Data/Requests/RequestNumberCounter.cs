namespace Gongkai.Data.Requests;

/// <summary>
/// The last request number given out by an agency in a year. Numbers are taken by <see cref="RequestNumbering.NextAsync"/>
/// in the transaction that stores the request, so a rolled-back submission gives its number back and numbers have no gaps.
/// </summary>
public sealed class RequestNumberCounter
{
    private RequestNumberCounter()
    {
    }

    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public int LastNumber { get; private set; }
}
