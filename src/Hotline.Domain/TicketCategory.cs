namespace Hotline.Domain;

/// <summary>The kind of request a call is (诉求类型). The platform accepts the first five; real platforms also log praise and other.</summary>
public sealed class TicketCategory : Vocabulary<TicketCategory>
{
    /// <summary>咨询: a question about a policy, a service or a procedure.</summary>
    public static readonly TicketCategory Consultation = new(nameof(Consultation), 1, "consultation", "咨询");

    /// <summary>求助: a request for help with a problem in daily life.</summary>
    public static readonly TicketCategory HelpRequest = new(nameof(HelpRequest), 2, "help-request", "求助");

    /// <summary>投诉: a complaint about a unit, a service or a person's conduct.</summary>
    public static readonly TicketCategory Complaint = new(nameof(Complaint), 3, "complaint", "投诉");

    /// <summary>举报: a report of wrongdoing (whistle-blowing).</summary>
    public static readonly TicketCategory Report = new(nameof(Report), 4, "report", "举报");

    /// <summary>建议: a suggestion or opinion (意见建议).</summary>
    public static readonly TicketCategory Suggestion = new(nameof(Suggestion), 5, "suggestion", "建议", "意见建议", "意见");

    /// <summary>表扬: praise or thanks (感谢).</summary>
    public static readonly TicketCategory Praise = new(nameof(Praise), 6, "praise", "表扬", "感谢", "表扬感谢");

    /// <summary>其他: anything else the platform logs.</summary>
    public static readonly TicketCategory Other = new(nameof(Other), 7, "other", "其他");

    private TicketCategory(string name, int value, string code, string chineseName, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
    }
}
