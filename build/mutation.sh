#!/usr/bin/env bash
# Mutation testing with Stryker.NET (pinned in .config/dotnet-tools.json, configured in stryker-config.json).
# Prints the score over the whole library, without the holiday data file (Calendars/MainlandNotices.cs),
# and per folder (Calendars also without the data file). Score = killed / (killed + survived + no coverage);
# timeouts are counted as killed (a mutant that hangs the tests is detected), compile errors and ignored
# mutants are left out, as Stryker does.
# Usage: build/mutation.sh [extra Stryker options, e.g. --mutate 'src/Hotline.Domain/Tickets/**/*.cs']
# Not part of .ci/run: the whole library takes about an hour on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
root=$(pwd)
out="$root/artifacts/mutation"
rm -rf "$out"
dotnet tool restore
# Stryker runs from the test project (it finds the library through its reference).
(cd tests/Hotline.Domain.Tests && dotnet stryker --config-file "$root/stryker-config.json" --skip-version-check --output "$out" "$@")
report=$(find "$out" -name mutation-report.json | head -n 1)
[ -n "$report" ] || { echo "no mutation-report.json under $out" >&2; exit 1; }
python3 build/mutation-score.py "$report"
