using BenchmarkDotNet.Running;
using Hotline.Domain.Benchmarks.Streaming;

// Run all benchmarks:   dotnet run -c Release --project benchmarks/Hotline.Domain.Benchmarks -- --filter '*'
// A province's year:    dotnet run -c Release --project benchmarks/Hotline.Domain.Benchmarks -- province-year [tickets] [threads]
if (args.Length > 0 && args[0] == "province-year")
{
    return ProvinceYear.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
