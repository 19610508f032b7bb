using System.Reflection;

namespace Hotline.Domain.Tests.Architecture;

/// <summary>
/// The rooms of the library (one namespace each) and the arrows allowed between them, checked over the compiled
/// assembly: base types, interfaces, fields, member signatures with their generic arguments, attributes and method
/// bodies (IL), compiler-generated closures, lambdas and state machines counted for the type that declares them.
/// </summary>
public class RoomRulesTests
{
    private const string Root = "Hotline.Domain";

    private static readonly Assembly Library = typeof(HotlineDomainException).Assembly;

    private static readonly Dictionary<string, string[]> Arrows = new()
    {
        [""] = Array.Empty<string>(),
        ["Calendars"] = new[] { "" },
        ["Deadlines"] = new[] { "Calendars", "" },
        ["Tickets"] = new[] { "Deadlines", "Calendars", "" },
        ["Accountability"] = new[] { "Tickets", "Deadlines", "Calendars", "" },
        ["AirQuality"] = new[] { "" },
    };

    /// <summary>The documented seams: one per pair of rooms, naming the internals one room reads in the other and why.</summary>
    /// <remarks>
    /// "*" is every room: the shared kernel's internal preconditions are in the root so that every room uses the same
    /// ones. A pair not listed has no seam: its room reads only the other's public members. Keyed by the pair, the
    /// dictionary cannot hold a second seam for it.
    /// </remarks>
    private static readonly Dictionary<(string FromRoom, string ToRoom), Seam> Seams = new()
    {
        [("*", "")] = new(
            "the shared kernel: one idiom for arguments (ids, texts, ranges, the one instant range), one printing of an instant, "
            + "one lookup of vocabulary items by their recorded code, and a unit id already validated when it was recorded",
            "Hotline.Domain.Preconditions", "Hotline.Domain.InstantText", "Hotline.Domain.VocabularyCodes`1", "Hotline.Domain.UnitId.Trusted"),
        [("Deadlines", "Calendars")] = new(
            "the policy answers with the calendar's own answer type and coverage exception (a caller never makes either), and "
            + "uses the calendar's non-throwing working-day arithmetic at the ends of its coverage",
            "Hotline.Domain.Calendars.CalendarAnswer`1..ctor", "Hotline.Domain.Calendars.CalendarCoverageException..ctor",
            "Hotline.Domain.Calendars.WorkingDayCalendar.TryAddWorkingDays"),
        [("Tickets", "Deadlines")] = new(
            "the aggregate rebuilds the deadline recorded in its events (a caller gets one only from a policy) and asks the "
            + "policy's extension rule to decide a request, refusing with the rule's own exception, and has the deadline replaced "
            + "by the statutory period the platform approved (a caller never replaces a deadline by hand)",
            "Hotline.Domain.Deadlines.HandlingDeadline..ctor", "Hotline.Domain.Deadlines.ExtensionRule.RefusalOf",
            "Hotline.Domain.Deadlines.ExtensionRefusedException..ctor", "Hotline.Domain.Deadlines.HandlingDeadline.WithStatutoryDueDate"),
        [("Accountability", "Tickets")] = new(
            "the one fold of events into state: the accountability digest folds a history with the aggregate's own fold, into "
            + "the state it builds (a rejected return, an assisting assignment, a supervision as the fold records them), or reads "
            + "the state the aggregate's fold already made, in place, when the as-of instant is past the last event (which the "
            + "aggregate keeps beside its state)",
            "Hotline.Domain.Tickets.TicketFold", "Hotline.Domain.Tickets.TicketState", "Hotline.Domain.Tickets.RejectedReturnFact",
            "Hotline.Domain.Tickets.AssistingFact", "Hotline.Domain.Tickets.SupervisionFact",
            "Hotline.Domain.Tickets.Ticket.get_FoldedState", "Hotline.Domain.Tickets.Ticket.get_LastAt"),
        [("Accountability", "Deadlines")] = new(
            "assessment periods and lateness count an instant's local date in the policy's zone, as the deadlines do",
            "Hotline.Domain.Deadlines.HandlingPolicy.LocalDateOf"),
    };

    private static readonly RoomRules Rules = new(Arrows, Seams);

    [Fact]
    public void The_library_has_exactly_the_six_rooms()
    {
        Library.GetTypes()
            .Select(t => RoomScanner.RoomOf(t, Root))
            .Where(r => r is not null)
            .Distinct()
            .Should().BeEquivalentTo(Arrows.Keys);
    }

    [Fact]
    public void Every_arrow_between_the_rooms_points_the_allowed_way()
    {
        var uses = RoomScanner.Scan(Library, Root);

        uses.Should().Contain(u => u.FromRoom == "Accountability" && u.ToRoom == "Tickets", "the scanner must see the arrows that exist");
        Rules.ForbiddenArrows(uses).Should().BeEmpty(
            "root → nothing; Calendars → root; Deadlines → Calendars, root; Tickets → Deadlines, Calendars, root; "
            + "Accountability → Tickets, Deadlines, Calendars, root; AirQuality → root. Uses:\n"
            + string.Join("\n", uses.Where(u => Rules.ForbiddenArrows(new[] { u }).Count > 0).Select(u => $"{u.From} → {u.To} ({u.Via})").Distinct()));
    }

    [Fact]
    public void No_room_reads_another_rooms_internals_except_through_a_documented_seam()
    {
        var uses = RoomScanner.Scan(Library, Root);

        Rules.UndocumentedInternals(uses).Should().BeEmpty("each use of another room's internals must be a documented seam; found:\n" + string.Join("\n", Rules.UndocumentedInternals(uses)));
        Rules.UnusedSeams(uses).Should().BeEmpty("a seam that is no longer used should leave the allowlist");
    }

    [Fact]
    public void The_rule_engine_reports_exactly_the_forbidden_arrow_of_a_graph()
    {
        var uses = new[]
        {
            new RoomDependency("Tickets", "Deadlines", "T.Ticket", "D.Policy", false, "field"),
            new RoomDependency("Deadlines", "Calendars", "D.Policy", "C.Calendar", false, "field"),
            new RoomDependency("Calendars", "Deadlines", "C.Calendar", "D.Policy", false, "body of Add"),
            new RoomDependency("AirQuality", "AirQuality", "A.Aqi", "A.Level", true, "field"),
        };

        Rules.ForbiddenArrows(uses).Should().Equal("Calendars → Deadlines");
    }

    [Fact]
    public void The_scanner_finds_every_kind_of_forbidden_use_in_compiled_fixture_rooms()
    {
        const string fixtureRoot = "Hotline.Domain.Tests.Architecture.Fixture";
        var uses = RoomScanner.Scan(typeof(RoomRulesTests).Assembly, fixtureRoot);

        Rules.ForbiddenArrows(uses).Should().Equal("Calendars → Tickets");
        uses.Where(u => u.FromRoom == "Calendars" && u.ToRoom == "Tickets")
            .Select(u => (u.From.Substring(fixtureRoot.Length + 1), u.Via))
            .Distinct()
            .Should().BeEquivalentTo(new[]
            {
                ("Calendars.ByBaseType", "base type"),
                ("Calendars.ByBaseType", "body of .ctor"),
                ("Calendars.ByInterface", "interface"),
                ("Calendars.ByGenericField", "field _tickets"),
                ("Calendars.ByGenericField", "body of .ctor"),
                ("Calendars.ByGenericField", "body of Count"),
                ("Calendars.BySignature", "signature of Of"),
                ("Calendars.Decorated", "attribute"),
                ("Calendars.ByLambdaBody", "body of <Count>b__0_0"),
                ("Calendars.ByLambdaBody", "local in <Count>b__0_0"),
                ("Calendars.ByAsyncBody", "body of MoveNext"),
                ("Calendars.ByAsyncBody", "field <t>5__1"),
            });
        Rules.UndocumentedInternals(uses).Should().Equal(
            $"Accountability → {fixtureRoot}.Tickets.InternalTicket (in {fixtureRoot}.Accountability.ReadsInternals)",
            $"Accountability → {fixtureRoot}.Tickets.PublicTicket.get_Hidden (in {fixtureRoot}.Accountability.ReadsInternals)");
    }
}
