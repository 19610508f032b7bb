using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Rule 3 on replay: a stored event of any kind, recorded by a party the live action would refuse, is refused at its
/// position with the live rule and the live message (which names the action) inside. Platform events recorded by a
/// unit break <see cref="TicketRule.PlatformOnly"/>; unit events recorded by another unit break
/// <see cref="TicketRule.DispatchedUnitOnly"/>.
/// </summary>
public class ReplayAuthorityTests
{
    /// <summary>The kinds of event, by code, each with the live action's words in the refusal.</summary>
    public static TheoryData<string, string> EventKinds() => new()
    {
        { "answered-directly", "answer directly" },
        { "dispatched", "dispatch" },
        { "signed-for", "sign for" },
        { "returned", "return" },
        { "return-rejected", "reject the return of" },
        { "extension-requested", "request an extension of" },
        { "extension-approved", "approve the extension request of" },
        { "extension-denied", "deny the extension request of" },
        { "replied", "reply to" },
        { "callback-recorded", "call back" },
        { "reopened", "reopen" },
        { "closed", "close" },
        { "merged", "merge" },
    };

    [Theory]
    [MemberData(nameof(EventKinds))]
    public void An_event_recorded_by_a_party_the_live_action_refuses_is_refused_on_replay(string kind, string action)
    {
        var history = HistoryEndingWith(kind);
        var last = history[^1];
        Ticket.Rehydrate(Policy, history).Version.Should().Be(history.Count, "the history as recorded is valid");
        var platformEvent = last.ByUnit is null;
        history[^1] = platformEvent ? last with { ByUnit = "住建局", ByStaff = "zj-11" } : last with { ByUnit = "城管局", ByStaff = "cg-21" };

        var refusal = RefusedOnReplay(history);

        refusal.Position.Should().Be(history.Count);
        refusal.Rule.Should().Be(platformEvent ? TicketRule.PlatformOnly : TicketRule.DispatchedUnitOnly);
        refusal.InnerException.Should().BeOfType<TicketAuthorityException>();
        refusal.Message.Should().StartWith($"[{refusal.Rule.Code}] Event {history.Count} of the history: {kind}: ");
        refusal.Message.Should().Contain(platformEvent
            ? $"Only platform staff may {action} ticket GD-20260930-0001; staff zj-11 of unit 住建局 may not."
            : $"Only the unit ticket GD-20260930-0001 is dispatched to (住建局) may {action} it; staff cg-21 of unit 城管局 may not.");
    }

    /// <summary>A valid history whose last event is of <paramref name="kind"/> (a <see cref="TicketEventKind"/> code).</summary>
    private static List<TicketEvent> HistoryEndingWith(string kind)
    {
        Ticket t;
        switch (kind)
        {
            case "answered-directly":
                t = Registered();
                t.AnswerDirectly("已答复", Operator, Beijing("2026-09-30 16:00"));
                break;
            case "dispatched": t = Dispatched(); break;
            case "signed-for": t = Signed(); break;
            case "returned": t = Returned(); break;
            case "return-rejected":
                t = Returned();
                t.RejectReturn("属本单位职责", Supervisor, Beijing("2026-09-30 17:00"));
                break;
            case "extension-requested": t = ExtensionRequested(); break;
            case "extension-approved":
                t = ExtensionRequested();
                t.ApproveExtension(Supervisor, Beijing("2026-10-12 10:00"));
                break;
            case "extension-denied":
                t = ExtensionRequested();
                t.DenyExtension("理由不足", Supervisor, Beijing("2026-10-12 10:00"));
                break;
            case "replied": t = Replied(resolved: false); break;
            case "callback-recorded": t = CalledBack(false, Satisfaction.Dissatisfied); break;
            case "reopened":
                t = CalledBack(false, Satisfaction.Dissatisfied);
                t.Reopen("未解决", Supervisor, Beijing("2026-10-16 11:00"));
                break;
            case "closed":
                t = Replied();
                t.Close(Supervisor, Beijing("2026-10-16 10:00"));
                break;
            case "merged":
                t = Registered();
                t.MergeInto(new TicketId("GD-20260930-0002"), Dispatcher, Beijing("2026-09-30 16:00"));
                break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an event kind of this test");
        }

        var history = t.History.ToList();
        TicketEventKind.Of(history[^1]).Code.Should().Be(kind, "the scenario ends with the event under test");
        return history;
    }
}
