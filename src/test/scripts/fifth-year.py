"""Writes, for every table of a data directory, a CSV of a fictitious school year after its newest
(each value its newest plus 7), as an admin would export it from a spreadsheet; prints one line per
CSV: path, measure, breakdown. fifth-year.sh imports them with `duaalbot data import`.
"""
import csv
import json
import pathlib
import sys

data, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for f in sorted(data.glob("*.json")):
    doc = json.loads(f.read_text(encoding="utf-8"))
    for table in doc.get("tables", []):
        last = table["schoolYears"][-1]
        start = int(last[:4]) + 1
        path = out / (table["id"] + ".csv")
        with open(path, "w", encoding="utf-8-sig", newline="") as w:
            rows = csv.writer(w, delimiter=";")
            rows.writerow([table["breakdown"], f"{start}/{str(start + 1)[2:]}"])
            for row in table["rows"]:
                rows.writerow([row["label"], row["values"][-1] + 7])
        print(path, table["measure"], table["breakdown"])
