#!/usr/bin/env python3
"""Renders `ruimte map` in headless Chromium and checks the screenshot: not blank, and
the park, housing and centre fills and the contour and conflict strokes are all drawn.

Usage: render_map_check.py PATH_TO_RUIMTE
"""
import re
import shutil
import subprocess
import sys
import tempfile

from PIL import Image

ruimte = sys.argv[1]
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    sys.exit("render-map-check: chromium is not installed (apt-get install chromium)")

with tempfile.TemporaryDirectory() as tmp:
    svg_path, png_path = f"{tmp}/map.svg", f"{tmp}/map.png"
    subprocess.run([ruimte, "map", "--output", svg_path, "--quiet"], check=True)
    svg = open(svg_path, encoding="utf-8").read()
    width, height = (int(v) for v in re.search(r'width="(\d+)" height="(\d+)"', svg).groups())
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--window-size={width},{height}", f"--screenshot={png_path}", f"file://{svg_path}"],
                   check=True, capture_output=True, timeout=120)
    image = Image.open(png_path).convert("RGB")
    pixels = list(image.get_flattened_data() if hasattr(image, "get_flattened_data") else image.getdata())


def blended(hex_colour, opacity):
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return tuple(round(opacity * c + (1 - opacity) * 255) for c in rgb)


def count(colour, tolerance=8):
    return sum(1 for p in pixels if all(abs(a - b) <= tolerance for a, b in zip(p, colour)))


# Colours from RuimteReports/SVGMap.swift (fills at opacity 0.55 over white).
expected = {
    "park fill": (blended("#e07b00", 0.55), 20000),
    "housing fill": (blended("#2e9e44", 0.55), 5000),
    "centre fill": (blended("#1f5fbf", 0.55), 500),
    "contour stroke": (blended("#7a3fa0", 1.0), 300),
    "conflict stroke": (blended("#d00000", 1.0), 300),
}
failures = []
white = count((255, 255, 255), 0)
if white > 0.97 * len(pixels):
    failures.append(f"the map is nearly blank ({white} of {len(pixels)} pixels white)")
for name, (colour, minimum) in expected.items():
    n = count(colour)
    print(f"render-map-check: {name} {colour}: {n} pixels (at least {minimum})")
    if n < minimum:
        failures.append(f"{name}: only {n} pixels of {colour}")
# The HTML report: one self-contained file, rendered the same way; the caveat comes first,
# the map is inline, the key texts are there, and it references nothing outside itself.
with tempfile.TemporaryDirectory() as tmp:
    html_path, png_path = f"{tmp}/report.html", f"{tmp}/report.png"
    subprocess.run([ruimte, "report", "--format", "html", "--output", html_path, "--quiet"], check=True)
    html = open(html_path, encoding="utf-8").read()
    again = subprocess.run([ruimte, "report", "--format", "html", "--quiet"], check=True, capture_output=True, text=True).stdout
    if again != html:
        failures.append("two runs of the HTML report differ")
    for text in ["<svg", "undetermined at this accuracy", "Headline: signal per business park", "id=\"definitions\"",
                 "<a href=\"#BP-3\">BP-3</a>", "Amphoraweg"]:
        if text not in html:
            failures.append(f"the HTML report lacks {text!r}")
    if html.find("caveat") > html.find("<svg"):
        failures.append("the accuracy caveat does not come before the map")
    if re.search(r'(src|href)="(https?:|file:|//)', html):
        failures.append("the HTML report references something outside itself")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1280,2400", f"--screenshot={png_path}", f"file://{html_path}"],
                   check=True, capture_output=True, timeout=120)
    image = Image.open(png_path).convert("RGB")
    pixels = list(image.get_flattened_data() if hasattr(image, "get_flattened_data") else image.getdata())
    white = count((255, 255, 255), 0)
    if white > 0.95 * len(pixels):
        failures.append(f"the HTML report renders nearly blank ({white} of {len(pixels)} pixels white)")
    caveat = count((255, 244, 224), 2)
    if caveat < 2000:
        failures.append(f"the caveat box is not drawn ({caveat} pixels)")
    park = count(blended("#e07b00", 0.55))
    if park < 5000:
        failures.append(f"the inline map's parks are not drawn ({park} pixels)")
    print(f"render-map-check: HTML report rendered, {len(pixels) - white} non-white pixels, caveat {caveat}, parks {park}")

if failures:
    print("\n".join(failures), file=sys.stderr)
    print(f"render-map-check: 0 passed, {len(failures)} failed")
    sys.exit(1)
print("render-map-check: the map and the HTML report are drawn")
