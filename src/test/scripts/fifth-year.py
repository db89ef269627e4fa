"""Adds a fictitious fifth school year to every table of a data directory (a copy), after its newest year.

Used by fifth-year.sh to check that no test pins how many years the data has.
"""
import json
import pathlib
import sys

for f in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    doc = json.loads(f.read_text(encoding="utf-8"))
    if "tables" not in doc:
        continue
    for table in doc.get("tables", []):
        last = table["schoolYears"][-1]
        start = int(last[:4]) + 1
        table["schoolYears"].append(f"{start}-{start + 1}")
        for row in table["rows"]:
            row["values"].append(row["values"][-1] + 7)
    f.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
