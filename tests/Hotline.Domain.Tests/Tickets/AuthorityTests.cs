using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Rule 3: the platform does the platform's work; only the unit the ticket is dispatched to does the unit's.</summary>
public class AuthorityTests
{
    private static readonly Instant Later = Beijing("2026-10-17 09:00");
    private static readonly Actor OtherHousingClerk = Actor.OfUnit(Housing, "zj-12");

    public static TheoryData<string> PlatformActions() => ["answer", "dispatch", "reject-return", "approve", "deny", "callback", "reopen", "close", "merge"];

    public static TheoryData<string> UnitActions() => ["sign", "return", "request-extension", "reply"];

    [Fact]
    public void Only_the_platform_registers()
    {
        var act = () => Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "投诉", Policy, HousingClerk, Later);
        act.Should().Throw<TicketAuthorityException>().Which.Rule.Should().Be(TicketRule.PlatformOnly);
    }

    [Theory]
    [MemberData(nameof(PlatformActions))]
    public void A_unit_even_the_responsible_one_cannot_do_the_platforms_work(string action)
    {
        foreach (var unitStaff in new[] { HousingClerk, UrbanClerk })
        {
            var (ticket, run) = Platform(action);

            ticket.Refuses<TicketAuthorityException>(() => run(ticket, unitStaff), TicketRule.PlatformOnly);
            run(ticket, Supervisor);
            ticket.Version.Should().Be(ticket.History.Count).And.BeGreaterThan(0);
        }
    }

    [Theory]
    [MemberData(nameof(UnitActions))]
    public void Only_the_unit_the_ticket_is_dispatched_to_does_the_units_work(string action)
    {
        foreach (var wrong in new[] { UrbanClerk, Operator, Supervisor })
        {
            var (ticket, run) = Unit(action);

            ticket.Refuses<TicketAuthorityException>(() => run(ticket, wrong), TicketRule.DispatchedUnitOnly)
                .Message.Should().Match($"*[dispatched-unit-only]*住建局*{wrong.StaffId}*");
        }

        var (ok, runOk) = Unit(action);
        runOk(ok, OtherHousingClerk);
        ok.History[^1].ByUnit.Should().Be("住建局", "any staff member of the dispatched unit acts for it");
        ok.History[^1].ByStaff.Should().Be("zj-12");
    }

    [Fact]
    public void A_unit_cannot_approve_its_own_extension_request()
    {
        var ticket = Signed();
        ticket.RequestExtension(5, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));

        var act = () => ticket.ApproveExtension(HousingClerk, Later);

        act.Should().Throw<TicketAuthorityException>().WithMessage("*[platform-only]*approve the extension request*zj-11 of unit 住建局*");
        ticket.PendingExtensionWorkingDays.Should().Be(5);
    }

    [Fact]
    public void After_a_re_dispatch_the_old_unit_has_no_authority_left()
    {
        var ticket = Returned();
        ticket.Dispatch(Urban, Complexity.General, Dispatcher, Beijing("2026-10-08 09:00"));

        var act = () => ticket.SignIn(HousingClerk, Later);

        act.Should().Throw<TicketAuthorityException>().Which.Rule.Should().Be(TicketRule.DispatchedUnitOnly);
        ticket.SignIn(UrbanClerk, Later);
        ticket.ResponsibleUnit.Should().Be(Urban);
    }

    private static (Ticket Ticket, Action<Ticket, Actor> Run) Platform(string action) => action switch
    {
        "answer" => (Registered(), (t, by) => t.AnswerDirectly("知识库答复", by, Later)),
        "dispatch" => (Registered(), (t, by) => t.Dispatch(Housing, Complexity.General, by, Later)),
        "reject-return" => (Returned(), (t, by) => t.RejectReturn("属于该单位职责", by, Later)),
        "approve" => (Pending(), (t, by) => t.ApproveExtension(by, Later)),
        "deny" => (Pending(), (t, by) => t.DenyExtension("理由不足", by, Later)),
        "callback" => (Replied(), (t, by) => t.RecordCallback(true, Satisfaction.Satisfied, by, Later)),
        "reopen" => (CalledBack(false, Satisfaction.Dissatisfied), (t, by) => t.Reopen("不满意", by, Later)),
        "close" => (Replied(), (t, by) => t.Close(by, Later)),
        "merge" => (Dispatched(), (t, by) => t.MergeInto(new TicketId("GD-MASTER"), by, Later)),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static (Ticket Ticket, Action<Ticket, Actor> Run) Unit(string action) => action switch
    {
        "sign" => (Dispatched(), (t, by) => t.SignIn(by, Later)),
        "return" => (Dispatched(), (t, by) => t.Return("非本单位职责", by, Later)),
        "request-extension" => (Signed(), (t, by) => t.RequestExtension(3, "需协调", by, Later)),
        "reply" => (Signed(), (t, by) => t.Reply("已处理", true, by, Later)),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static Ticket Pending()
    {
        var t = Signed();
        t.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
        return t;
    }
}
