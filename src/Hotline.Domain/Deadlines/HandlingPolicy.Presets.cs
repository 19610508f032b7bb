using System;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Deadlines;

/// <summary>The built-in presets.</summary>
public sealed partial class HandlingPolicy
{
    private static readonly Lazy<HandlingPolicy> LazyBaoji2019 = new(() =>
        CreateBuilder("宝鸡市 12345 (2019)", ChinaCalendars.Mainland)
            .ClockStartsAt(ClockStart.Dispatch)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.HelpRequest, Complexity.General, 3)
            .Limit(TicketCategory.HelpRequest, Complexity.Complex, 5)
            .Limit(TicketCategory.HelpRequest, Complexity.EspeciallyComplex, 5)
            .Limit(TicketCategory.Complaint, 10)
            .Limit(TicketCategory.Report, 10)
            .Limit(TicketCategory.Suggestion, 10)
            .Extension(ExtensionRule.Once(5, Complexity.EspeciallyComplex))
            .Build());

    /// <summary>
    /// The handling limits of the 12345 platform of 宝鸡 (Baoji, Shaanxi) as reported in 2019 — the library's first
    /// preset — on <see cref="ChinaCalendars.Mainland"/>, in Asia/Shanghai, the clock starting at dispatch.
    /// </summary>
    /// <remarks>
    /// <para>The source's table, and how this preset reads it:</para>
    /// <list type="table">
    /// <listheader><term>Source text</term><description>Preset</description></listheader>
    /// <item><term>consultation not answerable from the knowledge base: 2 working days</term><description>咨询, every complexity: 2 (a consultation answered from the knowledge base has no work order: <c>Tickets.Disposition.AnsweredDirectly</c>)</description></item>
    /// <item><term>general help request: 3</term><description>求助 一般: 3</description></item>
    /// <item><term>complex matter: 5</term><description>求助 复杂: 5</description></item>
    /// <item><term>especially complex matter: 5, may be extended once by at most 5</term><description>求助 特别复杂: 5; any category's 特别复杂 order may be extended once by ≤ 5 working days</description></item>
    /// <item><term>suggestions, complaints, reports: 10</term><description>建议, 投诉, 举报, every complexity: 10 (the source gives no shorter limit for them, so complexity does not shorten it)</description></item>
    /// </list>
    /// <para>表扬 and 其他 have no limit (no work order deadline); asking for one throws <see cref="HandlingPolicyException"/>.
    /// A work order is dispatched within 10 minutes of the call. Deadlines outside the calendar's coverage throw.</para>
    /// </remarks>
    public static HandlingPolicy Baoji2019 => LazyBaoji2019.Value;
}
