# Ruimte: the two newcomer commands are `make leiden` (set up, build, run the Leiden
# report on the bundled geodata) and `make check` (set up, build, run every test).
# Everything else here is for development; see README.md.

SWIFT ?= swift
APT_PACKAGES := libgeos-dev libproj-dev libgdal-dev pkg-config valgrind gdal-bin chromium librsvg2-bin postgresql-15-postgis-3 \
	python3-venv python3-gdal
PY_PACKAGES := shapely==2.* pyproj==3.* geopandas pillow jsonschema
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug

.PHONY: setup build leiden check dutch-check constraints-check style-check pdok-check metamorphic-check test notebooks notebooks-update gis-check formats-check official-check hostile-check install install-check fuzz memcheck asan release-test clean

## setup: install the Debian system libraries (GEOS, PROJ) and the Python oracles, if missing.
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@python3 -c 'import shapely, pyproj, geopandas, PIL, jsonschema' 2>/dev/null || \
	  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore $(PY_PACKAGES)

build: setup
	$(SWIFT) build

## leiden: the main job, the space-pressure report on the bundled Leiden geodata: written as
## Markdown and as one self-contained HTML file into .build/leiden/ (replaced on each run), with
## the headline table printed and the files named.
LEIDEN_OUT := .build/leiden
leiden: build
	@mkdir -p $(LEIDEN_OUT)
	$(BIN)/ruimte report --quiet --force --output $(LEIDEN_OUT)/leiden-report.md
	$(BIN)/ruimte report --quiet --force --output $(LEIDEN_OUT)/leiden-report.html
	@$(BIN)/ruimte pressure --of parks --quiet
	@echo
	@echo "The Leiden report: $(CURDIR)/$(LEIDEN_OUT)/leiden-report.md and $(CURDIR)/$(LEIDEN_OUT)/leiden-report.html"

## check: the test suite (with the shapely cross-check), the notebooks, the GIS and map checks
## and the valgrind leak checks.
check: setup style-check test notebooks dutch-check constraints-check gis-check pdok-check metamorphic-check formats-check official-check hostile-check install-check fuzz memcheck

## style-check: swift-format (.swift-format) finds nothing to change, and Sources/ keeps the house limits
## (lines of 120 characters, files of 250 lines, functions of 60 lines).
style-check:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	python3 Tests/style/style_check.py .

test:
	rm -rf .build/test-tmp && mkdir -p .build/test-tmp
	TMPDIR=$(CURDIR)/.build/test-tmp $(SWIFT) test --disable-xctest

## notebooks: rerun every command in notebooks-md/ and compare with the recorded outputs.
notebooks:
	$(SWIFT) build --product ruimte
	$(BIN)/ruimte notebook check notebooks-md

## memcheck: every GEOS/PROJ wrapper, then a real `ruimte report` and GeoPackages read (also in id ranges on two threads) and written through GDAL, under valgrind; fails on any
## definitely-lost block. Undefined-value checks are off: the Swift runtime's metadata
## initialisation trips them with false positives that have nothing to do with GEOS or PROJ.
VALGRIND := valgrind --quiet --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
	--undef-value-errors=no --error-exitcode=9
memcheck:
	$(SWIFT) build --product geometry-memcheck
	$(SWIFT) build --product ruimte
	$(VALGRIND) $(BIN)/geometry-memcheck 2
	$(VALGRIND) $(BIN)/ruimte report --quiet > /dev/null
	$(VALGRIND) $(BIN)/ruimte export --layer headroom --quiet > /dev/null
	rm -f .build/memcheck-parks.gpkg && ogr2ogr -f GPKG .build/memcheck-parks.gpkg geodata/bedrijventerreinen.geojson
	$(VALGRIND) $(BIN)/ruimte pressure --parks .build/memcheck-parks.gpkg --quiet > /dev/null
	rm -f .build/memcheck.gpkg && $(VALGRIND) $(BIN)/ruimte export --format gpkg --output .build/memcheck.gpkg --quiet
	# A GeoPackage large enough to be read in id ranges on two threads (a dataset handle per chunk).
	$(SWIFT) build --product ruimte-bench
	rm -rf .build/memcheck-bench && $(BIN)/ruimte-bench generate --buildings 20000 --dwellings 10 --zones 20 --geojson --out .build/memcheck-bench > /dev/null
	ogr2ogr -f GPKG .build/memcheck-bench/buildings.gpkg .build/memcheck-bench/buildings.geojson
	$(VALGRIND) $(BIN)/ruimte validate --as buildings --threads 2 .build/memcheck-bench/buildings.gpkg > /dev/null
	# Error paths: a broken layer (exit 65) and a non-finite richtafstand (exit 65); 9 would be a leak.
	$(VALGRIND) $(BIN)/ruimte pressure --parks notebooks-md/data/broken-layer.geojson --quiet 2> /dev/null; test $$? -eq 65
	printf 'milieucategorie,rustig,gemengd\n1,inf,0\n' > .build/memcheck-inf.csv
	$(VALGRIND) $(BIN)/ruimte pressure --richtafstanden .build/memcheck-inf.csv --quiet 2> /dev/null; test $$? -eq 65
	# The official data paths: an LV BAG extract with history (zip of zips), floors from 3DBAG, an IMRO plan
	# with an arc, and the refusals of a VRT, of SQLite's loose types and of a repair beyond 1 %.
	$(VALGRIND) $(BIN)/ruimte intensity --buildings 'notebooks-md/data/BAGGEM0546L-example.zip|layername=Pand' \
	  --on 2026-06-01 --floors-from 'notebooks-md/data/3dbag-example.gpkg|layername=pand' \
	  --plan notebooks-md/data/NL.IMRO.0546.BPvoorbeeld-0301.gml --quiet > /dev/null
	$(VALGRIND) $(BIN)/ruimte zoning --plan notebooks-md/data/NL.IMRO.0546.BPvoorbeeld-0301.gml --existing --quiet > /dev/null
	printf '<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/etc/hostname</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>' \
	  > .build/memcheck.vrt
	$(VALGRIND) $(BIN)/ruimte validate --as parks .build/memcheck.vrt 2> /dev/null; test $$? -eq 65
	rm -f .build/memcheck-types.gpkg && ogr2ogr -f GPKG .build/memcheck-types.gpkg geodata/woningbouwlocaties.geojson -nln h
	ogrinfo -q .build/memcheck-types.gpkg -sql "UPDATE h SET hectares_stated = 'n.b.'" > /dev/null
	$(VALGRIND) $(BIN)/ruimte validate --as housing .build/memcheck-types.gpkg 2> /dev/null; test $$? -eq 65
	$(VALGRIND) $(BIN)/ruimte validate --as housing --make-valid notebooks-md/data/broken-layer.geojson 2> /dev/null; test $$? -eq 65
	@echo "memcheck: 0 bytes definitely lost"

## gis-check: every export read back by GDAL and geopandas, and the SVG map rendered by Chromium.
gis-check:
	$(SWIFT) build --product ruimte
	python3 Tests/ruimteTests/gis_check.py $(BIN)/ruimte
	python3 Tests/ruimteTests/render_map_check.py $(BIN)/ruimte

## pdok-check: PDOK's own GeoPackage validator (pdok-geopackage-validator from PyPI, in a venv that sees
## Debian's python3-gdal: pip cannot build the gdal package) finds no error and no recommendation in
## `ruimte export --format gpkg` (with the constraint layers of the example).
PDOK_VENV := .build/pdok-venv
pdok-check:
	$(SWIFT) build --product ruimte
	@test -x $(PDOK_VENV)/bin/geopackage-validator || { /usr/bin/python3 -m venv --system-site-packages $(PDOK_VENV) && \
	  $(PDOK_VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps pdok-geopackage-validator==0.14.5 && \
	  $(PDOK_VENV)/bin/pip install --quiet --disable-pip-version-check Click click-log minio pydantic pyyaml semver setuptools; }
	rm -f .build/pdok-check.gpkg && $(BIN)/ruimte export --format gpkg --output .build/pdok-check.gpkg --quiet \
	  --constraints notebooks-md/data/wernink-constraints.geojson
	$(PDOK_VENV)/bin/geopackage-validator validate --gpkg-path .build/pdok-check.gpkg > .build/pdok-check.json
	python3 -c 'import json, sys; r = json.load(open(".build/pdok-check.json")); \
	  found = [(x["validation_code"], x["locations"][:2]) for x in r["results"]]; \
	  print("pdok-check: %d validations, %s" % (len(r["validations_executed"]), found or "no error, no recommendation")); \
	  sys.exit(0 if r["success"] and not found else 1)'

## metamorphic-check: every verdict and metric unchanged when the bundled layers and 200 generated
## layouts (touching, overlapping, nearly touching) are stored differently (ring start and direction,
## feature order, MultiPolygon, a 1 mm shift, EPSG:4326/4258/3857, GeoPackage, FlatGeobuf), and
## monotone where it must be (housing grown at the same density, housing moved away).
metamorphic-check:
	$(SWIFT) build --product ruimte
	mkdir -p .build/test-tmp
	TMPDIR=$(CURDIR)/.build/test-tmp python3 Tests/ruimteTests/metamorphic.py $(BIN)/ruimte 200

## formats-check: the bundled layers through ogr2ogr into every format and CRS Ruimte reads
## (GeoPackage, Shapefile, zip, GML, FlatGeobuf, CSV, GeoJSONSeq, gzip, EPSG:3857/4258/28992,
## and a throw-away PostGIS cluster) give byte-identical output; a BAG-schema GeoPackage gives
## the GSI/FSI and dwelling counts geopandas computes.
formats-check:
	$(SWIFT) build --product ruimte
	mkdir -p .build/test-tmp
	TMPDIR=$(CURDIR)/.build/test-tmp python3 Tests/ruimteTests/format_matrix.py $(BIN)/ruimte
	TMPDIR=$(CURDIR)/.build/test-tmp python3 Tests/ruimteTests/bag_check.py $(BIN)/ruimte

## official-check: files made in the registers' own schemas (a Kadaster LV BAG extract with
## history in a zip of zips, bag-light with 3DBAG floors, IBIS old and new, a CBS-like layer with
## a self-intersection, a BOM, a pipe) give the counts, areas, GSI and FSI computed here
## independently (ElementTree, geopandas, shapely).
official-check:
	$(SWIFT) build --product ruimte
	mkdir -p .build/test-tmp
	TMPDIR=$(CURDIR)/.build/test-tmp python3 Tests/ruimteTests/official_data_check.py $(BIN)/ruimte

## dutch-check: no English word in the --lang nl output of every command on the bundled data
## (the English words are read from the label declarations; data, ids and codes are left out).
dutch-check:
	$(SWIFT) build --product ruimte
	python3 Tests/ruimteTests/dutch_check.py $(BIN)/ruimte

## constraints-check: the buildable headroom and every constraint overlap of 150 generated layouts
## (touching, nearly touching, overlapping, covering) equal to shapely within 0.01 m².
constraints-check:
	$(SWIFT) build --product ruimte
	mkdir -p .build/test-tmp
	TMPDIR=$(CURDIR)/.build/test-tmp python3 Tests/ruimteTests/constraints_check.py $(BIN)/ruimte 150

## hostile-check: a generated corpus of over 100 hostile inputs through every command that
## takes a user layer: the documented exit code, the file and the feature named, no output left.
hostile-check:
	$(SWIFT) build --product ruimte
	mkdir -p .build/test-tmp
	TMPDIR=$(CURDIR)/.build/test-tmp python3 Tests/ruimteTests/hostile_corpus.py $(BIN)/ruimte

## fuzz: libFuzzer (shipped with the Swift toolchain) on the JSON parser, the feature reader, the WKB
## decoder, GeoPackage bytes and Shapefile triplets through GDAL,
## the richtafstanden reader and the notebook reader; a short seeded run per target in CI
## (FUZZ_RUNS executions each, seed 1). Longer: make fuzz FUZZ_RUNS=-1 FUZZ_SECONDS=600.
## Crashes are written to .build/fuzz-artifacts; add each to Tests/Fuzz/corpus once fixed.
FUZZ_DIR := .build/fuzz
FUZZ_RUNS ?= 100000
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := json features richtafstanden notebook wkb gpkg shapefile
## The GDAL targets (gpkg, shapefile) run through files and GDAL: fewer runs per second, a shorter CI slot.
FUZZ_GDAL_SECONDS ?= 30
fuzz:
	mkdir -p $(FUZZ_DIR) .build/fuzz-artifacts
	rm -rf $(FUZZ_DIR)/Sources && cp -R Tests/Fuzz/Sources $(FUZZ_DIR)/Sources
	sed -e "s|@ROOT@|$(CURDIR)|" -e "s|@IDENTITY@|$$(basename "$(CURDIR)" | tr 'A-Z' 'a-z')|" Tests/Fuzz/Package.template.swift > $(FUZZ_DIR)/Package.swift
	cd $(FUZZ_DIR) && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
	for t in $(FUZZ_TARGETS); do \
	  rm -rf .build/fuzz-corpus/$$t && mkdir -p .build/fuzz-corpus/$$t && \
	  seconds=$(FUZZ_SECONDS); maxlen=4096; \
	  case $$t in gpkg) seconds=$(FUZZ_GDAL_SECONDS); maxlen=200000;; shapefile) seconds=$(FUZZ_GDAL_SECONDS);; esac; \
	  RUIMTE_FUZZ_TARGET=$$t ASAN_OPTIONS=detect_leaks=0 $(FUZZ_DIR)/.build/release/ruimte-fuzz -seed=1 -runs=$(FUZZ_RUNS) \
	    -max_total_time=$$seconds -max_len=$$maxlen -artifact_prefix=.build/fuzz-artifacts/$$t- \
	    .build/fuzz-corpus/$$t Tests/Fuzz/corpus/$$t > .build/fuzz-$$t.log 2>&1; status=$$?; \
	  echo "fuzz $$t: $$(grep -E '^Done [0-9]+ runs' .build/fuzz-$$t.log)"; \
	  test $$status -eq 0 || { tail -40 .build/fuzz-$$t.log; exit 1; }; \
	done

## install: the release binary to $(PREFIX)/bin and the bundled geodata to
## $(PREFIX)/share/ruimte/geodata, where ruimte finds it from any directory.
PREFIX ?= /usr/local
install: setup
	$(SWIFT) build -c release --product ruimte
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/ruimte/geodata"
	install -m 755 .build/release/ruimte "$(DESTDIR)$(PREFIX)/bin/ruimte"
	install -m 644 geodata/*.geojson geodata/*.csv geodata/README.md "$(DESTDIR)$(PREFIX)/share/ruimte/geodata/"

## install-check: the README's examples from another directory, through the PATH, after an
## install (make install DESTDIR=...) of a debug build into a scratch prefix outside the repository.
install-check:
	$(SWIFT) build --product ruimte
	bash Tests/ruimteTests/readme_examples.sh "$(CURDIR)" "$(CURDIR)/$(BIN)/ruimte"

## notebooks-update: record the current outputs (check them before committing, see README).
notebooks-update:
	$(SWIFT) build --product ruimte
	$(BIN)/ruimte notebook update notebooks-md

## asan: the tests under AddressSanitizer (XCTest's own runner trips LSan, hence --disable-xctest).
asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp $(SWIFT) test --disable-xctest --sanitize=address --scratch-path .build/asan

## release-test: the tests in a release build (no C call may hide inside an assert).
release-test:
	$(SWIFT) test --disable-xctest -c release

clean:
	rm -rf .build
