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

    /// <summary>The documented seams: a room reading another room's internals, each with its reason.</summary>
    /// <remarks>
    /// "*" is every room: the shared kernel's internal preconditions are in the root so that every room uses the same
    /// ones. The other entries are the seams found on the layout the rooms were cut to; each names the one internal
    /// member a room reads in another, and why it is not public.
    /// </remarks>
    private static readonly Dictionary<(string FromRoom, string Target), string> Seams = new()
    {
        [("*", "Hotline.Domain.Preconditions")] = "the shared kernel's one idiom for arguments: ids, texts, ranges and the one instant range",
        [("*", "Hotline.Domain.InstantText")] = "the shared kernel's printing of an instant in a zone, in UTC where the local time would overflow",
        [("*", "Hotline.Domain.VocabularyCodes`1")] = "the shared kernel's lookup of vocabulary items by their recorded code",
        [("*", "Hotline.Domain.UnitId.Trusted")] = "a unit id already validated when it was recorded, rebuilt without checking it twice",
        [("Accountability", "Hotline.Domain.Deadlines.HandlingPolicy.LocalDateOf")] =
            "assessment periods and lateness count an instant's local date in the policy's zone, as the deadlines do",
        [("Deadlines", "Hotline.Domain.Calendars.CalendarAnswer`1..ctor")] =
            "the policy answers with the calendar's own answer type (date and provisional flag); a caller never makes one",
        [("Deadlines", "Hotline.Domain.Calendars.CalendarCoverageException..ctor")] =
            "a date outside the calendar's coverage is refused with the calendar's own exception; its constructors are not public",
        [("Deadlines", "Hotline.Domain.Calendars.WorkingDayCalendar.TryAddWorkingDays")] =
            "the non-throwing working-day arithmetic behind the policy's answers at the ends of the calendar",
        [("Accountability", "Hotline.Domain.Tickets.TicketFold")] =
            "the one fold of events into state: the accountability digest folds a history with the aggregate's own fold",
        [("Accountability", "Hotline.Domain.Tickets.TicketState")] = "the state the one fold builds (part of the fold seam)",
        [("Accountability", "Hotline.Domain.Tickets.RejectedReturnFact")] = "a rejected return as the one fold records it (part of the fold seam)",
        [("Tickets", "Hotline.Domain.Deadlines.HandlingDeadline..ctor")] =
            "the aggregate rebuilds the deadline recorded in its events; a caller gets one only from a policy",
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
