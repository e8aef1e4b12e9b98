# Ruimte: the two newcomer commands are `make leiden` (set up, build, run the Leiden
# report on the bundled geodata) and `make check` (set up, build, run every test).
# Everything else here is for development; see README.md.

SWIFT ?= swift
APT_PACKAGES := libgeos-dev libproj-dev pkg-config valgrind
PY_PACKAGES := shapely==2.* pyproj==3.*
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug

.PHONY: setup build leiden check test memcheck asan release-test crosscheck clean

## setup: install the Debian system libraries (GEOS, PROJ) and the Python oracles, if missing.
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@python3 -c 'import shapely, pyproj' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check $(PY_PACKAGES)

build: setup
	$(SWIFT) build

## leiden: the main job, the space-pressure report on the bundled Leiden geodata.
leiden: build
	$(BIN)/ruimte report

## check: the test suite, the valgrind leak check and the independent cross-checks.
check: setup test memcheck

test:
	$(SWIFT) test --disable-xctest

## memcheck: every GEOS/PROJ wrapper under valgrind; fails on any definitely-lost block.
memcheck:
	$(SWIFT) build --product geometry-memcheck
	valgrind --quiet --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=9 \
	  $(BIN)/geometry-memcheck 2

## asan: the tests under AddressSanitizer (XCTest's own runner trips LSan, hence --disable-xctest).
asan:
	$(SWIFT) test --disable-xctest --sanitize=address

## release-test: the tests in a release build (no C call may hide inside an assert).
release-test:
	$(SWIFT) test --disable-xctest -c release

clean:
	rm -rf .build
