#!/usr/bin/env bash
# Adds every public symbol that the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and drops declared symbols that no longer exist (RS0017). Review the diff before committing:
# a public API change is a decision, not a side effect.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/Hotline.Domain/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/Hotline.Domain -f net8.0 --no-incremental 2>&1 > "$log" || true
grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u > "$log.add" || true
grep -oP "error RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" | sort -u > "$log.del" || true
{ head -n1 "$file"; { tail -n +2 "$file"; cat "$log.add"; } | grep -vxF -f "$log.del" | sort -u; } > "$log.new"
mv "$log.new" "$file"
echo "added $(wc -l < "$log.add"), removed $(wc -l < "$log.del")"
rm -f "$log" "$log.add" "$log.del"
