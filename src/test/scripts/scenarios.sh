#!/bin/sh
# The bar of issue 25: the whole `mvn test` passes on data as real sources bring it, not only on
# today's. In a throw-away copy of the working tree (nothing here changes), with `duaalbot data
# import` as an admin would, each scenario starts from the committed data:
#   fifth     a fifth school year for every table (fifth-year.sh's)
#   one       a fifth school year for one table only (agreements per sector), for three of its rows
#   revision  final figures for 2022-2023 of one table only (agreements per sector), revising it
#   pupils    a fictitious pupils-per-province table (a measure of another unit)
# and then `mvn -o test` (offline: the Maven repository is warm by then; the *IT process tests
# are not part of `test`). Left out by default, since they test transports and input robustness,
# not answers to the data, and are the slowest and most timing-bound (they run in `mvn verify`):
# the 100,000 random lines, the fuzzing, and the Telegram, Slack and HTTP fault, outage, webhook and
# abuse tests (the outage tests alone take 2.5 minutes a run). SCENARIO_MVN_ARGS replaces that selection ("" runs every test). A CSV with a label read
# through the lexicon and no --accept-mapped must exit 1, name the mapping and write nothing.
# Usage: scenarios.sh [scenario ...] (default: all four). Exits 1 if any failed, after running all.
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ $# -gt 0 ] || set -- fifth one revision pupils

mkdir "$work/copy"
(cd "$repo" && tar --exclude=./target --exclude=./.git --exclude=./benchmarks/target -cf - .) | (cd "$work/copy" && tar -xf -)
cd "$work/copy"
mvn -q -B -o package -DskipTests
cp -r config/data "$work/committed"
scripts=src/test/scripts
bot() { java -jar target/duaalbot.jar "$@"; }
import_all() { # CSV lines from scenario-csv.py, imported from one fictitious source
  while read -r file measure breakdown; do
    bot data import "$file" --into config/data --measure "$measure" --breakdown "$breakdown" --source "$1" --source-date "$2"
  done
}

# a label only the lexicon knows, without --accept-mapped: refused, named, nothing written
printf 'sector;2031-2032\nHoreca;1\nBakkerijen;12\n' > "$work/mapped.csv"
if bot data import "$work/mapped.csv" --into config/data --measure agreements --breakdown sector \
    --source "Fictieve vraag 554" > "$work/mapped.out" 2>&1; then
  echo "scenario mapped: FAILED (a lexicon-mapped label was imported without --accept-mapped)" >&2; exit 1
fi
grep -q "'Bakkerijen'" "$work/mapped.out" && diff -r config/data "$work/committed" > /dev/null \
  || { echo "scenario mapped: FAILED (mapping not named, or the data changed)" >&2; cat "$work/mapped.out" >&2; exit 1; }
echo "scenario mapped: refused with the mapping named, nothing written"

transport="-Dtest=*Test,!RandomLinesTest,!PipelineFuzzTest,!TelegramWebhookTest,!TelegramFaultsTest,!SlackFaultsTest,!SlackHttpModeTest,!SlackSocketModeTest,!HttpAbuseTest,!TelegramOutageTest,!SlackOutageTest,!OutboxTest"
failed=""
for scenario in "$@"; do
  rm -rf config/data target/classes/defaults/data "$work/csv"
  cp -r "$work/committed" config/data
  mkdir "$work/csv"
  case "$scenario" in
    fifth) python3 $scripts/scenario-csv.py fifth config/data "$work/csv" \
             | import_all "Fictieve vraag 555 (vijfde schooljaar, enkel om te testen)" 2024-09-01 ;;
    one) python3 $scripts/scenario-csv.py fifth config/data "$work/csv" --table agreements:sector --rows 3 \
           | import_all "Fictieve vraag 556 (een tabel, drie sectoren, enkel om te testen)" 2024-09-02 ;;
    revision) python3 $scripts/scenario-csv.py revise config/data "$work/csv" --table agreements:sector --year 2022-2023 \
                | import_all "Fictieve vraag 557 (definitieve cijfers 2022-2023, enkel om te testen)" 2024-09-03 ;;
    pupils) python3 $scripts/scenario-csv.py pupils src/test/resources/fixtures/students-per-province.json "$work/csv" \
              | import_all "Fictieve leerlingentelling (enkel om te testen)" 2024-09-04 ;;
    *) echo "unknown scenario '$scenario'; known: fifth one revision pupils" >&2; exit 2 ;;
  esac
  bot data check config/data
  start=$(date +%s)
  # shellcheck disable=SC2086
  if mvn -q -B -o test ${SCENARIO_MVN_ARGS-$transport}; then result=passed; else result=FAILED; failed="$failed $scenario"; fi
  echo "scenario $scenario: $result in $(( $(date +%s) - start )) s"
done
[ -z "$failed" ] || { echo "failed scenarios:$failed" >&2; exit 1; }
