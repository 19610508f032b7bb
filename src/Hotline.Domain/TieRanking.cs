namespace Hotline.Domain;

/// <summary>How tied changes share a rank.</summary>
public sealed class TieRanking : Vocabulary<TieRanking>
{
    /// <summary>Dense ranking (1, 2, 2, 3): the city's table.</summary>
    public static readonly TieRanking Dense = new(nameof(Dense), 1, "dense", "密集排名");

    /// <summary>Competition ranking (1, 2, 2, 4): the national ministry's and other provinces' tables.</summary>
    public static readonly TieRanking Competition = new(nameof(Competition), 2, "competition", "竞争排名");

    private TieRanking(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
