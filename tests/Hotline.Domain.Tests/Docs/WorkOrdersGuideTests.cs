using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Docs;

/// <summary>The examples of docs/work-orders.md, verbatim where possible, with the values its comments promise.</summary>
public class WorkOrdersGuideTests
{
    internal static Ticket TheElevatorComplaint(HandlingPolicy policy)
    {
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(policy.Zone).ToInstant();

        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var operatorOnDuty = Actor.Platform("op-01");
        var supervisor = Actor.Platform("sv-03");

        var ticket = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天",
            policy, operatorOnDuty, Beijing(9, 30, 15));
        ticket.Dispatch(housing, Complexity.EspeciallyComplex, supervisor, Beijing(9, 30, 16));
        ticket.SignIn(clerk, Beijing(9, 30, 17));
        ticket.RequestExtension(5, "需协调电梯维保单位更换主板", clerk, Beijing(10, 19, 9));
        ticket.ApproveExtension(supervisor, Beijing(10, 19, 11));
        ticket.Reply("主板已更换，电梯恢复运行", resolved: true, clerk, Beijing(10, 27, 17));
        ticket.RecordCallback(resolved: true, Satisfaction.Satisfied, operatorOnDuty, Beijing(10, 28, 10));
        ticket.Close(supervisor, Beijing(10, 28, 11));
        return ticket;
    }

    [Fact]
    public void The_closed_loop()
    {
        var policy = HandlingPolicy.Baoji2019;
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(policy.Zone).ToInstant();

        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var operatorOnDuty = Actor.Platform("op-01");
        var supervisor = Actor.Platform("sv-03");

        var ticket = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天",
            policy, operatorOnDuty, Beijing(9, 30, 15));
        ticket.Dispatch(housing, Complexity.EspeciallyComplex, supervisor, Beijing(9, 30, 16));
        ticket.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        ticket.SignIn(clerk, Beijing(9, 30, 17));
        ticket.RequestExtension(5, "需协调电梯维保单位更换主板", clerk, Beijing(10, 19, 9));
        var before = ticket.History.Count;
        ticket.Invoking(t => t.ApproveExtension(clerk, Beijing(10, 19, 10)))
            .Should().Throw<TicketAuthorityException>().WithMessage("[platform-only]*");
        ticket.History.Should().HaveCount(before);
        ticket.ApproveExtension(supervisor, Beijing(10, 19, 11));
        ticket.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        ticket.Reply("主板已更换，电梯恢复运行", resolved: true, clerk, Beijing(10, 27, 17));
        ticket.RecordCallback(resolved: true, Satisfaction.Satisfied, operatorOnDuty, Beijing(10, 28, 10));
        ticket.Close(supervisor, Beijing(10, 28, 11));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.RepliedOnTime.Should().BeTrue();
        ticket.History.Should().HaveCount(8);
        ticket.UncommittedEvents.Should().HaveCount(8);
        ticket.MarkCommitted();
        var loaded = Ticket.Rehydrate(policy, ticket.History);
        loaded.Status.Should().Be(ticket.Status);
        loaded.ResponsibleUnit.Should().Be(housing);
        loaded.Deadline.Should().Be(ticket.Deadline);
        loaded.History.Should().Equal(ticket.History);
    }

    [Fact]
    public void Termination_and_statutory_periods()
    {
        var policy = HandlingPolicy.Baoji2019;
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(policy.Zone).ToInstant();

        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var operatorOnDuty = Actor.Platform("op-01");
        var supervisor = Actor.Platform("sv-03");

        var report = Ticket.Register(new TicketId("GD-20260930-0002"), TicketCategory.Report, "举报小区违建",
            policy, operatorOnDuty, Beijing(9, 30, 15));
        report.Dispatch(housing, Complexity.EspeciallyComplex, supervisor, Beijing(9, 30, 16));
        report.SignIn(clerk, Beijing(9, 30, 17));                       // due 2026-10-20 under the hotline's ten working days
        report.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        report.RequestStatutoryPeriod(new LocalDate(2026, 11, 29), "《信访工作条例》第三十二条", clerk, Beijing(10, 12, 9));
        report.ApproveStatutoryPeriod(supervisor, Beijing(10, 13, 10)); // due 2026-11-29 24:00
        report.Deadline!.Value.DueAt.Should().Be(Beijing(11, 30, 0));
        report.Reply("违建已拆除", resolved: true, clerk, Beijing(11, 25, 10)); // on time
        report.RepliedOnTime.Should().BeTrue();
        report.StatutoryBasis.Should().Be("《信访工作条例》第三十二条");
    }

    [Fact]
    public void Callback_and_review()
    {
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(HandlingPolicy.Baoji2019.Zone).ToInstant();

        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var operatorOnDuty = Actor.Platform("op-01");
        var supervisor = Actor.Platform("sv-03");

        var reviewing = HandlingPolicy.Baoji2019.ToBuilder().ReviewRepliesBeforeCallback().Build();
        var order = Ticket.Register(new TicketId("GD-20260930-0003"), TicketCategory.Complaint, "楼道灯不亮",
            reviewing, operatorOnDuty, Beijing(9, 30, 15));
        order.Dispatch(housing, Complexity.General, supervisor, Beijing(9, 30, 16));
        order.SignIn(clerk, Beijing(9, 30, 17));
        order.Reply("已安排维修", resolved: true, clerk, Beijing(10, 15, 10));
        var deadline = order.Deadline;
        order.ReviewReply(false, "答复未说明维修结果", supervisor, Beijing(10, 15, 14)); // back to 住建局, same deadline
        (order.Status, order.ResponsibleUnit, order.Deadline).Should().Be((TicketStatus.InProgress, housing, deadline));
        order.Reply("楼道灯已更换", resolved: true, clerk, Beijing(10, 16, 10));
        order.ReviewReply(true, "答复规范", supervisor, Beijing(10, 16, 11));
        order.RecordCallbackAttempt(CallbackOutcome.NoAnswer, operatorOnDuty, Beijing(10, 16, 15));
        order.RecordCallbackAttempt(CallbackOutcome.NoAnswer, operatorOnDuty, Beijing(10, 17, 9)); // 无法回访
        order.CallbackUnreachable.Should().BeTrue();
        order.Close(supervisor, Beijing(10, 17, 10));                    // closed without a callback

        (order.Status, order.CallbackResolution, order.RepliedAt).Should().Be((TicketStatus.Closed, (Resolution?)null, Beijing(10, 16, 10)));
        Ticket.Rehydrate(reviewing, order.History).CallbackUnreachable.Should().BeTrue();
    }

    [Fact]
    public void Importing_existing_work_orders()
    {
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(HandlingPolicy.Baoji2019.Zone).ToInstant();

        var row = new TicketRecord
        {
            Id = "GD-20260930-0009", Category = "投诉", Summary = "楼道灯不亮", ReceivedAt = Beijing(9, 30, 15),
            Unit = "住建局", DispatchedAt = Beijing(9, 30, 16), SignedAt = Beijing(9, 30, 17),
            RepliedAt = Beijing(9, 30, 16), ReplyResolved = true,   // before the sign-in: a legacy clock error
            CallbackAt = Beijing(10, 9, 10), CallbackResolved = true, Satisfaction = "满意",
        };
        var result = TicketImport.Lenient(HandlingPolicy.Baoji2019, row);
        result.Ticket!.Status.Should().Be(TicketStatus.InProgress);
        result.Issues[0].ToString().Should().StartWith("RepliedAt=2026-09-30T08:00:00Z [chronology] ").And.EndWith(" → left out: 办结答复 Reply");
        result.Issues[1].LeftOut.Should().Be("回访 RecordCallback");
        FluentActions.Invoking(() => TicketImport.Strict(HandlingPolicy.Baoji2019, row)).Should().Throw<TicketImportException>()
            .WithMessage("Record GD-20260930-0009, field RepliedAt: [chronology] *");
    }

    [Fact]
    public void Urgency_and_step_limits()
    {
        var operatorOnDuty = Actor.Platform("op-01");
        var supervisor = Actor.Platform("sv-03");
        var tianjin = HandlingPolicy.Baoji2019.ToBuilder()
            .SignInWithin(StepLimit.WorkingDays(1))
            .SignInWithin(Urgency.Urgent, StepLimit.CalendarTime(Duration.FromMinutes(30)))
            .ContactRequesterWithin(Urgency.Urgent, StepLimit.CalendarTime(Duration.FromMinutes(30)))
            .ReturnWithin(StepLimit.WorkingDays(1))
            .DesignateAfterDispatches(3)
            .Build();
        var water = new UnitId("水务局");
        var waterClerk = Actor.OfUnit(water, "sw-31");

        var outage = Ticket.Register(new TicketId("GD-20251001-0007"), TicketCategory.Complaint, "小区停水",
            tianjin, operatorOnDuty, Instant.FromUtc(2025, 10, 1, 15, 30), Urgency.Urgent);
        outage.Dispatch(water, Complexity.General, supervisor, Instant.FromUtc(2025, 10, 1, 15, 45));
        outage.SignInDueAt.Should().Be(Instant.FromUtc(2025, 10, 1, 16, 15));
        outage.ContactDueAt.Should().Be(Instant.FromUtc(2025, 10, 1, 16, 15));
        outage.ReturnWindowEndsAt.Should().Be(Instant.FromUtc(2025, 10, 9, 16, 0));
        outage.ContactRequester("已电话联系，抢修中", waterClerk, Instant.FromUtc(2025, 10, 1, 16, 10));
        outage.SignIn(waterClerk, Instant.FromUtc(2025, 10, 1, 16, 20));

        outage.ContactedOnTime.Should().BeTrue();
        outage.SignedInOnTime.Should().BeFalse();
    }

    [Fact]
    public void Joint_handling()
    {
        var operatorOnDuty = Actor.Platform("op-01");
        var supervisor = Actor.Platform("sv-03");
        var housing = new UnitId("住建局");
        var urban = new UnitId("城管局");
        var ecology = new UnitId("生态环境局");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var urbanClerk = Actor.OfUnit(urban, "cg-21");
        var ecologyClerk = Actor.OfUnit(ecology, "st-41");

        var noise = Ticket.Register(new TicketId("GD-20250926-0107"), TicketCategory.Complaint, "工地夜间施工噪音扰民",
            HandlingPolicy.Baoji2019, operatorOnDuty, Instant.FromUtc(2025, 9, 26, 1, 0));
        noise.Dispatch(housing, Complexity.General, supervisor, Instant.FromUtc(2025, 9, 26, 1, 30));
        noise.SignIn(clerk, Instant.FromUtc(2025, 9, 26, 2, 0));
        noise.AddAssistingUnit(urban, 3, supervisor, Instant.FromUtc(2025, 9, 26, 3, 0));
        noise.AddAssistingUnit(ecology, 3, supervisor, Instant.FromUtc(2025, 9, 26, 3, 5));
        noise.Assignments[1].DueAt.Should().Be(Instant.FromUtc(2025, 9, 30, 16, 0));
        noise.Assignments[2].DueAt.Should().Be(Instant.FromUtc(2025, 9, 30, 16, 0));
        noise.ReportProgress("已约谈施工方", clerk, Instant.FromUtc(2025, 9, 26, 7, 0));
        noise.ReportAssistance("已责令夜间停工", urbanClerk, Instant.FromUtc(2025, 9, 29, 8, 0));
        noise.ReportAssistance("噪声监测超标", ecologyClerk, Instant.FromUtc(2025, 10, 9, 2, 0));
        noise.Reply("已协调停工", resolved: true, clerk, Instant.FromUtc(2025, 10, 9, 3, 0));

        noise.Assignments.Select(a => (a.Unit.Value, a.Role, a.ReportedOnTime)).Should().Equal(
            ("住建局", AssignmentRole.Lead, (bool?)true), ("城管局", AssignmentRole.Assisting, (bool?)true), ("生态环境局", AssignmentRole.Assisting, (bool?)false));
        noise.Assignments[0].ReportedAt.Should().Be(Instant.FromUtc(2025, 10, 9, 3, 0));
    }

    [Fact]
    public void Supervision()
    {
        var operatorOnDuty = Actor.Platform("op-01");
        var supervisor = Actor.Platform("sv-03");
        var housing = new UnitId("住建局");
        var city = new UnitId("市住建委");
        var clerk = Actor.OfUnit(housing, "zj-11");
        var cityClerk = Actor.OfUnit(city, "sj-01");

        var illegal = Ticket.Register(new TicketId("GD-20250915-0033"), TicketCategory.Complaint, "小区违建长期未拆除",
            HandlingPolicy.Baoji2019, operatorOnDuty, Instant.FromUtc(2025, 9, 15, 1, 0));
        illegal.Dispatch(housing, Complexity.General, supervisor, Instant.FromUtc(2025, 9, 15, 1, 30));
        illegal.SignIn(clerk, Instant.FromUtc(2025, 9, 15, 2, 0));
        illegal.Deadline!.Value.DueAt.Should().Be(Instant.FromUtc(2025, 9, 28, 16, 0));
        illegal.Remind("已超期，请尽快办结", supervisor, Instant.FromUtc(2025, 9, 29, 1, 0));
        illegal.Supervise(SupervisionLevel.Listed, "请2个工作日内反馈", 2, supervisor, Instant.FromUtc(2025, 9, 29, 2, 0));
        illegal.OpenSupervision!.RespondBy.Should().Be(Instant.FromUtc(2025, 10, 9, 16, 0));
        var deadline = illegal.Deadline;
        illegal.Escalate(city, "区级无法协调，提级市级办理", supervisor, Instant.FromUtc(2025, 9, 30, 1, 0));
        illegal.SignIn(cityClerk, Instant.FromUtc(2025, 9, 30, 2, 0));
        illegal.AnswerSupervision("市级已接手，制定拆除方案", cityClerk, Instant.FromUtc(2025, 10, 9, 1, 0));

        illegal.Deadline.Should().Be(deadline);
        illegal.OpenSupervision.Should().BeNull();
        illegal.History[^1].Should().BeOfType<TicketSupervisionAnswered>().Which.OnTime.Should().BeTrue();
        illegal.ReminderCount.Should().Be(1);
    }

    [Fact]
    public void Replay_and_drift()
    {
        var policy = HandlingPolicy.Baoji2019;
        var ticket = TheElevatorComplaint(policy);

        var replayed = Ticket.Rehydrate(policy, ticket.History);
        replayed.DeadlineDrifts.Should().BeEmpty();
        replayed.LoadedVersion.Should().Be(8);
        replayed.UncommittedEvents.Should().BeEmpty();
    }
}
