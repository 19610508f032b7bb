using System.Reflection;
using Hotline.Domain;
using Hotline.Domain.Samples;

// A guided tour of Hotline.Domain. Each section shows one feature, with real dates.
// Pass the path of a holiday-cn style JSON file (for example ../shared/reference/holiday-cn/2026.json)
// to see section 1b load it; without one, the tour uses a small inline example.
var version = typeof(HotlineDomainException).Assembly
    .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
Console.WriteLine($"Hotline.Domain {version}");
Console.WriteLine();

CalendarTour.Run(args.FirstOrDefault());
DeadlineTour.Run();
AirQualityTour.Run();
TicketTour.Run();
AccountabilityTour.Run();
