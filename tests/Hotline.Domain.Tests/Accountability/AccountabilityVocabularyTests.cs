using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// Every item of the accountability vocabularies with its stable value, name, code and Chinese name, and the direction
/// of every indicator: stored findings and exported tables depend on them.
/// </summary>
public class AccountabilityVocabularyTests
{
    [Fact]
    public void Accountable_parties()
    {
        AccountableParty.InValueOrder.Select(p => (p.Value, p.Name, p.Code, p.ChineseName)).Should().Equal(
            (1, "Unit", "unit", "承办单位"), (2, "Platform", "platform", "热线平台"));
        AccountabilityRule.InValueOrder.Select(r => r.AtFault).Should().Equal(
            AccountableParty.Unit, AccountableParty.Unit, AccountableParty.Platform, AccountableParty.Unit,
            AccountableParty.Unit, AccountableParty.Unit, AccountableParty.Unit, AccountableParty.Unit, AccountableParty.Unit,
            AccountableParty.Unit, AccountableParty.Unit);
    }

    [Fact]
    public void Rules()
    {
        AccountabilityRule.InValueOrder.Select(r => (r.Value, r.Name)).Should().Equal(
            (1, "OverdueUnreplied"), (2, "RepliedLate"), (3, "DispatchLate"), (4, "ImproperReturn"),
            (5, "FalseCompletion"), (6, "RepeatedReopening"), (7, "MissingFourOnes"), (8, "SignInLate"), (9, "ContactLate"),
            (10, "AssistingLate"), (11, "SupervisionUnanswered"));
    }

    [Fact]
    public void Measures()
    {
        Measure.InValueOrder.Select(m => (m.Value, m.Name, m.Code, m.ChineseName)).Should().Equal(
            (1, "Reminder", "reminder", "催办"),
            (2, "Rectification", "rectification", "限期整改"),
            (3, "SupervisionNotice", "supervision-notice", "督办通知"),
            (4, "Criticism", "criticism", "通报批评"),
            (5, "AccountabilityFeedback", "accountability-feedback", "书面反馈问责"),
            (6, "DisciplineReferral", "discipline-referral", "党纪政纪处分"));
    }

    [Fact]
    public void Fact_kinds()
    {
        FactKind.InValueOrder.Select(k => (k.Value, k.Name, k.Code, k.ChineseName)).Should().Equal(
            (1, "Received", "received", "受理"),
            (2, "DispatchDue", "dispatch-due", "派单时限"),
            (3, "Dispatched", "dispatched", "派单"),
            (4, "Returned", "returned", "退单"),
            (5, "ReturnRejected", "return-rejected", "驳回退单"),
            (6, "Due", "due", "办理时限"),
            (7, "Replied", "replied", "办结答复"),
            (8, "CalledBack", "called-back", "回访"),
            (9, "Reopened", "reopened", "重办"),
            (10, "AsOf", "as-of", "截至"),
            (11, "SignInDue", "sign-in-due", "签收时限"),
            (12, "SignedIn", "signed-in", "签收"),
            (13, "ContactDue", "contact-due", "联系时限"),
            (14, "Contacted", "contacted", "联系诉求人"),
            (15, "AssistingAssigned", "assisting-assigned", "协办交办"),
            (16, "AssistanceDue", "assistance-due", "协办时限"),
            (17, "AssistanceReported", "assistance-reported", "协办反馈"),
            (18, "Supervised", "supervised", "督办"),
            (19, "SupervisionDue", "supervision-due", "督办反馈时限"),
            (20, "SupervisionAnswered", "supervision-answered", "督办反馈"),
            (21, "Reminded", "reminded", "催办"),
            (22, "Ended", "ended", "终止"),
            (23, "Terminated", "terminated", "终止办理"));
    }

    [Fact]
    public void Exemption_reasons_scopes_and_effects()
    {
        ExemptionReason.InValueOrder.Select(r => (r.Value, r.Name, r.Code, r.ChineseName)).Should().Equal(
            (1, "Unreasonable", "unreasonable", "不合理诉求"),
            (2, "BeyondDuty", "beyond-duty", "超职责范围"),
            (3, "Other", "other", "其他"));
        ExemptionScope.InValueOrder.Select(r => (r.Value, r.Name, r.Code, r.ChineseName)).Should().Equal(
            (1, "WholeTicket", "whole-ticket", "不计入考核"),
            (2, "Satisfaction", "satisfaction", "满意度甄别"));
        ExemptionEffect.InValueOrder.Select(r => (r.Value, r.Name, r.Code, r.ChineseName)).Should().Equal(
            (1, "Removed", "removed", "已剔除"),
            (2, "Rejected", "rejected", "查否"),
            (3, "Superseded", "superseded", "已被后续决定取代"),
            (4, "NothingToRemove", "nothing-to-remove", "无可剔除"));
        (ExemptionReason.Parse("诉求不合理"), ExemptionReason.Parse("超出职责范围"), ExemptionScope.Parse("不纳入考核"), ExemptionScope.Parse("满意度剔除"))
            .Should().Be((ExemptionReason.Unreasonable, ExemptionReason.BeyondDuty, ExemptionScope.WholeTicket, ExemptionScope.Satisfaction));
    }

    [Fact]
    public void Four_ones_items()
    {
        FourOnesItem.InValueOrder.Select(i => (i.Value, i.Name, i.Code, i.ChineseName)).Should().Equal(
            (1, "Telephone", "telephone", "一部电话"),
            (2, "Computer", "computer", "一台电脑"),
            (3, "Handler", "handler", "一名承办人员"),
            (4, "PersonInCharge", "person-in-charge", "一名负责人"),
            (5, "DutyRoster", "duty-roster", "值班制度"));
    }

    [Fact]
    public void Indicators()
    {
        AssessmentIndicator.InValueOrder.Select(i => (i.Value, i.Name, i.Code, i.ChineseName, i.HigherIsBetter)).Should().Equal(
            (1, "SignInRate", "sign-in-rate", "签收率", true),
            (2, "CompletionRate", "completion-rate", "办结率", true),
            (3, "OnTimeCompletionRate", "on-time-completion-rate", "按时办结率", true),
            (4, "CallbackRate", "callback-rate", "回访率", true),
            (5, "ResolutionRate", "resolution-rate", "解决率", true),
            (6, "SatisfactionRate", "satisfaction-rate", "满意率", true),
            (7, "ReopenRate", "reopen-rate", "重办率", false),
            (8, "TimelySignInRate", "timely-sign-in-rate", "及时签收率", true),
            (9, "ResponseRate", "response-rate", "响应率", true),
            (10, "ReminderRate", "reminder-rate", "催办率", false),
            (11, "AssistingOnTimeRate", "assisting-on-time-rate", "协办按时反馈率", true));
    }
}
