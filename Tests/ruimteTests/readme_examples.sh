#!/usr/bin/env bash
# The README's "Using it" examples, run from a scratch directory outside the repository with
# `ruimte` installed into a scratch prefix as `make install` lays it out (bin/ruimte,
# share/ruimte/geodata) and found through the PATH (make install-check). Placeholder files
# (my-ibis-export, ibis.gpkg, plans.gpkg, bag.gpkg, the BAG extract, 3dbag.gpkg) are made from the bundled and example data.
# Usage: readme_examples.sh REPO BINARY
set -euo pipefail
repo="$1"
work="$(mktemp -d /tmp/ruimte-readme-XXXXXX)"
trap 'rm -rf "$work"' EXIT
install -d "$work/prefix/bin" "$work/prefix/share/ruimte/geodata"
install -m 755 "$2" "$work/prefix/bin/ruimte"
install -m 644 "$repo"/geodata/*.geojson "$repo"/geodata/*.csv "$work/prefix/share/ruimte/geodata/"
export PATH="$work/prefix/bin:$PATH"
cd "$work"
test "$(command -v ruimte)" = "$work/prefix/bin/ruimte"
run() { echo "+ ruimte $*"; ruimte "$@" > /dev/null; }
cp "$repo/notebooks-md/data/ibis-example.geojson" my-ibis-export.geojson
ogr2ogr -f GPKG ibis.gpkg my-ibis-export.geojson
ogr2ogr -f GPKG plans.gpkg "$repo/geodata/woningbouwlocaties.geojson" -nln woningbouw
cp "$repo/notebooks-md/data/bag-example.gpkg" bag.gpkg
cp "$repo/notebooks-md/data/BAGGEM0546L-example.zip" BAGGEM0546L-15112026.zip
cp "$repo/notebooks-md/data/3dbag-example.gpkg" 3dbag.gpkg
run sites
run pressure
run zoning --area-type gemengd
run overlaps --from parks --to housing
run distances --from centres --to housing --within 500
run report --output leiden.md
test -s leiden.md
run report --format html --output leiden.html
grep -q "<svg" leiden.html
run map --output leiden.pdf
test -s leiden.pdf
run export --layer conflict_segments --output conflicts.geojson
test -s conflicts.geojson
run export --format gpkg --output leiden.gpkg
test -s leiden.gpkg
run headroom --site amphoraweg
run scenario "$repo/notebooks-md/data/wernink-scenario.json"
run constraints --constraints "$repo/notebooks-md/data/wernink-constraints.geojson"
run report --constraints "$repo/notebooks-md/data/wernink-constraints.geojson" --output leiden-c.md
grep -q "buildable" leiden-c.md
run export --format gpkg --constraints "$repo/notebooks-md/data/wernink-constraints.geojson" --output c.gpkg
test -s c.gpkg
run validate --as parks my-ibis-export.geojson
run pressure --parks ibis.gpkg --housing 'plans.gpkg|layername=woningbouw'
run intensity --buildings 'bag.gpkg|layername=pand' --dwellings 'bag.gpkg|layername=verblijfsobject'
run intensity --buildings 'BAGGEM0546L-15112026.zip|layername=Pand' --on 2026-01-01 --floors-from '3dbag.gpkg|layername=pand'
run validate --as housing --make-valid 'plans.gpkg|layername=woningbouw'
(cd "$repo" && ruimte notebook check notebooks-md > /dev/null) && echo "+ ruimte notebook check notebooks-md (in the repository)"
echo "readme examples: all ran from $work through the PATH (PG: is covered by make formats-check)"
