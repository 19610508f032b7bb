using System.Collections.ObjectModel;
using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>What a city's rule reads: one ticket folded at the as-of instant, read-only.</summary>
public class ReviewedTicketTests
{
    [Fact]
    public void A_ticket_reopened_twice_shows_its_latest_round_and_every_reopening()
    {
        var t = ReviewedTicket.Of(H5ReopenedTwice(), AsOf);

        t.Ticket.Id.Should().Be(new TicketId("GD-20261102-002"));
        t.AsOf.Should().Be(AsOf);
        (t.ReceivedAt, t.FirstDispatchedAt, t.LatestDispatchedAt).Should().Be((Beijing("2026-11-02 10:00"), Beijing("2026-11-02 10:05"), Beijing("2026-11-02 10:05")));
        (t.IsDispatched, t.FirstDispatchUnit, t.LatestDispatchUnit, t.IsSignedIn).Should().Be((true, Housing, Housing, true));
        t.ReopenCount.Should().Be(2);
        t.Reopenings.Should().Equal(Beijing("2026-11-06 11:00"), Beijing("2026-11-13 11:00"));
        (t.RepliedAt, t.ReplyResolved, t.RepliedBy).Should().Be((Beijing("2026-11-25 15:00"), true, Housing));
        (t.CallbackAt, t.CallbackResolved, t.Satisfaction).Should().Be((Beijing("2026-11-26 09:00"), true, Satisfaction.Satisfied));
        t.DueAt.Should().Be(t.Ticket.Deadline!.Value.DueAt);
        t.DueDate.Should().Be(t.Ticket.Deadline!.Value.DueDate);
        (t.RepliedOnTime, t.IsExtended, t.IsMerged).Should().Be((true, false, false));
        t.RejectedReturns.Should().BeEmpty();
        t.ToString().Should().Be("GD-20261102-002 as of 2026-12-01T01:00:00Z");
    }

    [Fact]
    public void Right_after_a_reopen_the_new_round_has_no_reply_and_no_callback_yet()
    {
        var t = ReviewedTicket.Of(H5ReopenedTwice(), Beijing("2026-11-13 12:00"));

        (t.RepliedAt, t.RepliedOnTime, t.ReplyResolved, t.RepliedBy).Should().Be(((Instant?)null, false, false, (UnitId?)null));
        (t.CallbackAt, t.CallbackResolved, t.Satisfaction).Should().Be(((Instant?)null, false, (Satisfaction?)null));
        t.ReopenCount.Should().Be(2);
        (t.DueAt > Beijing("2026-11-13 12:00")).Should().BeTrue();
    }

    [Fact]
    public void A_reply_or_callback_that_found_the_matter_unresolved_is_not_resolved()
    {
        // H5's first round: replied Thu 11-05 15:00 "需进一步协调" (not resolved); called back Fri 11-06 09:00, unresolved, 不满意.
        var replied = ReviewedTicket.Of(H5ReopenedTwice(), Beijing("2026-11-05 16:00"));
        (replied.RepliedAt, replied.ReplyResolved, replied.CallbackAt).Should().Be((Beijing("2026-11-05 15:00"), false, (Instant?)null));

        var calledBack = ReviewedTicket.Of(H5ReopenedTwice(), Beijing("2026-11-06 10:00"));
        (calledBack.CallbackAt, calledBack.CallbackResolved, calledBack.Satisfaction).Should().Be((Beijing("2026-11-06 09:00"), false, Satisfaction.Dissatisfied));
    }

    [Fact]
    public void A_reviewed_ticket_builds_its_lists_once_and_hands_out_the_same_view_each_time()
    {
        var h5 = ReviewedTicket.Of(H5ReopenedTwice(), AsOf);
        var u2 = ReviewedTicket.Of(U2ImproperReturnRepliedLate(), AsOf);

        h5.Reopenings.Should().HaveCount(2).And.BeSameAs(h5.Reopenings);
        u2.RejectedReturns.Should().ContainSingle().And.BeSameAs(u2.RejectedReturns);
    }

    [Fact]
    public void A_redispatched_ticket_keeps_its_first_dispatch_and_a_rejected_return_is_listed()
    {
        var u1 = ReviewedTicket.Of(U1ReturnedAndRedispatchedNeverCalledBack(), AsOf);
        (u1.FirstDispatchUnit, u1.FirstDispatchedAt, u1.LatestDispatchUnit, u1.LatestDispatchedAt, u1.RepliedBy)
            .Should().Be((Housing, Beijing("2026-11-04 09:05"), Urban, Beijing("2026-11-04 11:00"), Urban));
        u1.RejectedReturns.Should().BeEmpty("the platform accepted 住建局's return and re-dispatched");

        var u2 = ReviewedTicket.Of(U2ImproperReturnRepliedLate(), AsOf);
        var rejected = u2.RejectedReturns.Should().ContainSingle().Subject;
        (rejected.Unit, rejected.ReturnedAt, rejected.RejectedAt).Should().Be((Urban, Beijing("2026-11-05 09:30"), Beijing("2026-11-05 10:00")));
        rejected.Should().Be(new RejectedReturn(Urban, Beijing("2026-11-05 09:30"), Beijing("2026-11-05 10:00")));
        (rejected == new RejectedReturn(Urban, Beijing("2026-11-05 09:30"), Beijing("2026-11-05 10:00"))).Should().BeTrue();
        (rejected != new RejectedReturn(Urban, Beijing("2026-11-05 09:30"), Beijing("2026-11-05 10:01"))).Should().BeTrue();
        rejected.Equals(new RejectedReturn(Housing, Beijing("2026-11-05 09:30"), Beijing("2026-11-05 10:00"))).Should().BeFalse();
        rejected.Equals((object)u2.RejectedReturns[0]).Should().BeTrue();
        rejected.GetHashCode().Should().Be(u2.RejectedReturns[0].GetHashCode());
        rejected.ToString().Should().Be("城管局 退单 2026-11-05T01:30:00Z, 驳回 2026-11-05T02:00:00Z");
        (u2.RepliedOnTime, u2.IsSignedIn).Should().Be((false, true));
        ReviewedTicket.Of(H4ExtendedBasicallySatisfied(), AsOf).IsExtended.Should().BeTrue();
    }

    [Fact]
    public void Before_its_dispatch_a_ticket_has_no_unit_and_no_deadline_and_a_merged_one_says_so()
    {
        var x3 = ReviewedTicket.Of(X3DispatchedAfterAsOf(), AsOf);
        (x3.IsDispatched, x3.FirstDispatchedAt, x3.FirstDispatchUnit, x3.LatestDispatchedAt, x3.LatestDispatchUnit)
            .Should().Be((false, (Instant?)null, (UnitId?)null, (Instant?)null, (UnitId?)null));
        (x3.DueDate, x3.DueAt).Should().Be(((LocalDate?)null, (Instant?)null));

        ReviewedTicket.Of(X2MergedDuplicate(), AsOf).IsMerged.Should().BeTrue();
    }

    [Fact]
    public void Its_lists_are_read_only_views_and_later_events_do_not_change_it()
    {
        var ticket = H3OverdueHelpRequest();
        var h5 = ReviewedTicket.Of(H5ReopenedTwice(), AsOf);
        var u2 = ReviewedTicket.Of(U2ImproperReturnRepliedLate(), AsOf);

        h5.Reopenings.Should().BeOfType<ReadOnlyCollection<Instant>>();
        u2.RejectedReturns.Should().BeOfType<ReadOnlyCollection<RejectedReturn>>();
        FluentActions.Invoking(() => ((IList<Instant>)h5.Reopenings)[0] = AsOf).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((ICollection<RejectedReturn>)u2.RejectedReturns).Clear()).Should().Throw<NotSupportedException>();
        ((ICollection<Instant>)ReviewedTicket.Of(H1OnTimeSatisfied(), AsOf).Reopenings).IsReadOnly.Should().BeTrue();

        var before = ReviewedTicket.Of(ticket, AsOf);
        ticket.Reply("已解决", true, Clerk(Housing), Beijing("2026-12-02 10:00"));
        before.RepliedAt.Should().BeNull("the view was folded at the as-of instant");
        ReviewedTicket.Of(ticket, Beijing("2026-12-02 11:00")).RepliedAt.Should().Be(Beijing("2026-12-02 10:00"));
        typeof(ReviewedTicket).GetProperties().Should().OnlyContain(p => !p.CanWrite);
    }

    [Fact]
    public void Of_names_its_arguments_in_its_refusals()
    {
        FluentActions.Invoking(() => ReviewedTicket.Of(null!, AsOf)).Should().Throw<ArgumentException>().WithParameterName("ticket");
        FluentActions.Invoking(() => ReviewedTicket.Of(H1OnTimeSatisfied(), Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf");
    }
}
