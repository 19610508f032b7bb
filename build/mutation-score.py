"""Reads a Stryker mutation-report.json and prints the scores the project tracks (see build/mutation.sh)."""
import json
import sys
from collections import defaultdict

DATA_FILE = "Calendars/MainlandNotices.cs"
# The rooms, in the order of their arrows; any other folder the report holds is printed after them.
FOLDERS = ["(root)", "Calendars", "Deadlines", "Tickets", "Accountability", "AirQuality"]

def folder_of(path):
    rel = path.replace("\\", "/").split("src/Hotline.Domain/")[-1]
    return rel.split("/")[0] if "/" in rel else "(root)", rel

def main(report_path):
    report = json.load(open(report_path, encoding="utf-8"))
    tally = defaultdict(lambda: defaultdict(int))
    survivors = []
    for path, body in report["files"].items():
        folder, rel = folder_of(path)
        for mutant in body["mutants"]:
            status = mutant["status"]
            kind = {"Killed": "killed", "Timeout": "killed", "Survived": "survived", "NoCoverage": "nocov"}.get(status)
            if kind is None:
                continue
            keys = ["all", folder, "file:" + rel]
            if rel != DATA_FILE:
                keys += ["all-no-data"]
                if folder == "Calendars":
                    keys += ["Calendars-no-data"]
            for key in keys:
                tally[key][kind] += 1
            if kind != "killed":
                line = mutant["location"]["start"]["line"]
                survivors.append(f"{status:10} {rel}:{line} {mutant['mutatorName']}: {mutant.get('replacement', '')[:80]!r}")

    def score(key):
        t = tally.get(key, {})
        k, s, n = t.get("killed", 0), t.get("survived", 0), t.get("nocov", 0)
        total = k + s + n
        return (100.0 * k / total if total else None), k, s, n

    def line(label, key):
        value, k, s, n = score(key)
        shown = "n/a" if value is None else f"{value:.1f} %"
        print(f"{label:34} {shown:>8}   killed {k:5}  survived {s:4}  no coverage {n:4}")

    print("Mutation score = killed / (killed + survived + no coverage)")
    line("whole library", "all")
    line("without the holiday data", "all-no-data")
    seen = {k for k in tally if k not in ("all", "all-no-data", "Calendars-no-data") and not k.startswith("file:")}
    for folder in FOLDERS + sorted(seen - set(FOLDERS)):
        line(folder, folder)
    line("Calendars without the data file", "Calendars-no-data")
    print()
    print("Per file (without the data file):")
    for key in sorted(k for k in tally if k.startswith("file:") and k != "file:" + DATA_FILE):
        line("  " + key[5:], key)
    with open(report_path.rsplit("/", 1)[0] + "/survivors.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(survivors)) + "\n")
    print(f"\nSurvivors and uncovered mutants listed in {report_path.rsplit('/', 1)[0]}/survivors.txt")

if __name__ == "__main__":
    main(sys.argv[1])
