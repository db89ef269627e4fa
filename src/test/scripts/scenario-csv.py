"""Writes CSVs as an admin would export them from a spreadsheet, for the scenarios of
src/test/scripts/scenarios.sh (and fifth-year.sh); prints one line per CSV: path, measure, breakdown.

  scenario-csv.py fifth DATA OUT [--table MEASURE:BREAKDOWN] [--rows N]
      a fictitious school year after each table's newest (each value its newest plus 7); only the
      table named, and only its first N rows, when given
  scenario-csv.py revise DATA OUT --table MEASURE:BREAKDOWN --year YEAR
      final figures for YEAR of one table: every row's value plus 2, as a revision of incomplete ones
  scenario-csv.py pupils FIXTURE OUT
      the fixture's fictitious pupils-per-province table as a CSV
"""
import argparse
import csv
import json
import pathlib


def tables(data):
    for f in sorted(pathlib.Path(data).glob("*.json")):
        yield from json.loads(f.read_text(encoding="utf-8")).get("tables", [])


def write(out, name, header, rows):
    path = pathlib.Path(out) / (name + ".csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as w:
        writer = csv.writer(w, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def fifth(args):
    for table in tables(args.data):
        if args.table and f"{table['measure']}:{table['breakdown']}" != args.table:
            continue
        start = int(table["schoolYears"][-1][:4]) + 1
        rows = [[r["label"], r["values"][-1] + 7] for r in table["rows"]][: args.rows or None]
        path = write(args.out, table["id"], [table["breakdown"], f"{start}/{str(start + 1)[2:]}"], rows)
        print(path, table["measure"], table["breakdown"])


def revise(args):
    for table in tables(args.data):
        if f"{table['measure']}:{table['breakdown']}" != args.table or args.year not in table["schoolYears"]:
            continue
        at = table["schoolYears"].index(args.year)
        rows = [[r["label"], r["values"][at] + 2] for r in table["rows"]]
        path = write(args.out, table["id"] + "-final", [table["breakdown"], args.year], rows)
        print(path, table["measure"], table["breakdown"])


def pupils(args):
    table = json.loads(pathlib.Path(args.data).read_text(encoding="utf-8"))["tables"][0]
    rows = [[r["label"], *r["values"]] for r in table["rows"]]
    path = write(args.out, table["id"], [table["breakdown"], *table["schoolYears"]], rows)
    print(path, table["measure"], table["breakdown"])


parser = argparse.ArgumentParser()
parser.add_argument("kind", choices=["fifth", "revise", "pupils"])
parser.add_argument("data")
parser.add_argument("out")
parser.add_argument("--table")
parser.add_argument("--rows", type=int)
parser.add_argument("--year")
args = parser.parse_args()
{"fifth": fifth, "revise": revise, "pupils": pupils}[args.kind](args)
