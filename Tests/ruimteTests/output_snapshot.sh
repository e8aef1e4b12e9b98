#!/usr/bin/env bash
# Writes the outputs of the commands a planner runs on the bundled data (every table format,
# both languages, exports, reports, maps) into DIR, one file each, so that two builds can be
# compared byte for byte: output_snapshot.sh RUIMTE DIR; then diff -r DIR1 DIR2.
set -uo pipefail
bin=$1 out=$2
mkdir -p "$out"
cd "$(dirname "$0")/../.."
run() { # name, args...
  local name=$1; shift
  "$bin" "$@" > "$out/$name" 2> "$out/$name.stderr"; echo "exit $?" >> "$out/$name.stderr"
}
scenario=notebooks-md/data/wernink-scenario.json
for lang in en nl; do
  for fmt in table csv json markdown; do
    for cmd in sites overlaps zoning headroom; do run "$cmd.$fmt.$lang" $cmd --format $fmt --lang $lang; done
    for of in parks centres; do run "pressure-$of.$fmt.$lang" pressure --of $of --format $fmt --lang $lang; done
    for of in metrics verdicts totals; do run "scenario-$of.$fmt.$lang" scenario $scenario --of $of --format $fmt --lang $lang; done
    run "distances.$fmt.$lang" distances --from centres --to housing --within 500 --format $fmt --lang $lang
    run "nearest.$fmt.$lang" distances --from parks --to housing --nearest --format $fmt --lang $lang
    run "intensity.$fmt.$lang" intensity --buildings 'notebooks-md/data/bag-example.gpkg|layername=pand' \
      --dwellings 'notebooks-md/data/bag-example.gpkg|layername=verblijfsobject' --format json --lang $lang
  done
  run "pressure.wide.$lang" pressure --wide --lang $lang
  run "report.md.$lang" report --lang $lang
  run "report.html.$lang" report --format html --lang $lang
  run "map.svg.$lang" map --lang $lang --date 2026-01-01
done
run "pressure.csv.nl-dialect" pressure --of parks --format csv --csv-dialect nl
for layer in sites milieuzones richtafstand_contours conflict_segments overlaps catchments nearest headroom; do
  run "export.$layer.geojson" export --layer $layer
  run "export.$layer.rd.geojson" export --layer $layer --crs-out EPSG:28992
done
run "ibis.pressure" pressure --parks notebooks-md/data/ibis-example.geojson --bundled centres,housing
run "broken.validate" validate --as parks notebooks-md/data/broken-layer.geojson
rm -f "$out/leiden.gpkg"
"$bin" export --format gpkg --output "$out/leiden.gpkg" --quiet
for t in $(ogrinfo -q "$out/leiden.gpkg" 2>/dev/null | awk '{print $2}'); do
  ogr2ogr -f CSV "/vsistdout/" "$out/leiden.gpkg" "$t" -lco GEOMETRY=AS_WKT > "$out/gpkg.$t.csv" 2>/dev/null
done
rm -f "$out/leiden.gpkg"
