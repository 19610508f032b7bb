using System.Reflection;
using Hotline.Domain;
using Hotline.Domain.Samples;

// A guided tour of Hotline.Domain, for a reader who has never seen a 12345 platform: citizens call 12345 with a
// question, a request for help, a complaint, a report or a suggestion; the platform turns the call into a work order
// (工单), dispatches it to a government unit, and the unit must act within a number of working days.
// Optional argument: the path of a holiday-cn style JSON file for step 1.5 (an inline draft is used without one).
var version = typeof(HotlineDomainException).Assembly
    .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
Console.WriteLine($"Hotline.Domain {version.Split('+')[0]}: a tour in six sections");

CalendarTour.Run(args.FirstOrDefault());
DeadlineTour.Run();
AirQualityTour.Run();
SavingTour.Run();
TicketTour.Run();
AccountabilityTour.Run();
