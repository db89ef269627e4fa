"""Writes, for every table of a data directory, a CSV of a fictitious school year after its newest
(each value its newest plus 7), as an admin would export it from a spreadsheet; prints one line per
CSV: path, measure, breakdown. fifth-year.sh imports them with `duaalbot data import`. The CSVs are
written by scenario-csv.py, which the other scenarios of scenarios.sh use too.
"""
import pathlib
import runpy
import sys

sys.argv = [sys.argv[0], "fifth"] + sys.argv[1:]
runpy.run_path(str(pathlib.Path(__file__).with_name("scenario-csv.py")), run_name="__main__")
