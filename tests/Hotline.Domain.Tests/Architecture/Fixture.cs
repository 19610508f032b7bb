// Fixture rooms for RoomRulesTests: each Calendars type below uses the Tickets room through one channel only, an arrow
// the rules forbid; Accountability reads Tickets' internals. The scanner must report exactly these.
#pragma warning disable CA1812, CA1822, CA1852, CA1859, IDE0051, IDE0052, CS0169, CS0414, CA1018, CA1019, CA1040, CA1823

namespace Hotline.Domain.Tests.Architecture.Fixture.Tickets
{
    public class PublicTicket
    {
        internal static int Hidden => 1;

        public static int Shown => 2;
    }

    public interface ITicket
    {
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class TicketAttribute : Attribute
    {
    }

    internal sealed class InternalTicket
    {
        public int Value { get; } = 3;
    }
}

namespace Hotline.Domain.Tests.Architecture.Fixture.Calendars
{
    public class ByBaseType : Tickets.PublicTicket
    {
    }

    public class ByInterface : Tickets.ITicket
    {
    }

    public class ByGenericField
    {
        private readonly List<Tickets.PublicTicket[]> _tickets = new();

        public int Count() => _tickets.Count;
    }

    public static class BySignature
    {
        public static int Of(IEnumerable<KeyValuePair<string, Tickets.ITicket>>? tickets) => tickets is null ? 0 : 1;
    }

    [Tickets.Ticket]
    public class Decorated
    {
    }

    public static class ByLambdaBody
    {
        public static int Count(IEnumerable<object> items) => items.Count(o => { var t = o as Tickets.PublicTicket; return t is not null; });
    }

    public static class ByAsyncBody
    {
        public static async Task<int> CountAsync(object item)
        {
            await Task.Yield();
            var t = item as Tickets.ITicket;
            return t is null ? 0 : 1;
        }
    }

    public static class Clean
    {
        public static int Count(IEnumerable<object> items) => items.Count();
    }
}

namespace Hotline.Domain.Tests.Architecture.Fixture.Accountability
{
    public static class ReadsInternals
    {
        public static int Read() => new Tickets.InternalTicket().Value + Tickets.PublicTicket.Hidden + Tickets.PublicTicket.Shown;
    }
}
