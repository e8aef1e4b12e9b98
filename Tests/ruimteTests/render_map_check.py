#!/usr/bin/env python3
"""Renders `ruimte map` in headless Chromium and checks the screenshot: not blank, and
the parks' signal fills, the housing and centre fills, the contour stroke and the undetermined
checks are all drawn; the PNG and PDF that rsvg-convert renders are real images of the same size.

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
    subprocess.run([ruimte, "map", "--date", "2026-01-01", "--output", svg_path, "--quiet"], check=True)
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


# Colours from RuimteReports/SVGMap.swift (park fills at opacity 0.55, others 0.45, over white).
# On the bundled data Leidse Schans is orange, four parks are undetermined (grey), and the
# zoning checks near them are undetermined (dashed dark grey); there is no conflict.
expected = {
    "orange park (signal)": (blended("#fdae61", 0.55), 1500),
    "undetermined park (signal)": (blended("#9e9e9e", 0.55), 20000),
    "housing fill": (blended("#8856a7", 0.45), 5000),
    "centre fill": (blended("#1f5fbf", 0.45), 500),
    "contour stroke": (blended("#01665e", 1.0), 300),
    "undetermined check stroke": (blended("#4d4d4d", 1.0), 150),
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
    park = count(blended("#9e9e9e", 0.55))
    if park < 5000:
        failures.append(f"the inline map's parks are not drawn ({park} pixels)")
    print(f"render-map-check: HTML report rendered, {len(pixels) - white} non-white pixels, caveat {caveat}, parks {park}")

# PNG and PDF through rsvg-convert: a PNG at twice the SVG's size, not blank; a one-page PDF.
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([ruimte, "map", "--date", "2026-01-01", "--output", f"{tmp}/map.png", "--quiet"], check=True)
    subprocess.run([ruimte, "map", "--date", "2026-01-01", "--output", f"{tmp}/map.pdf", "--quiet"], check=True)
    image = Image.open(f"{tmp}/map.png").convert("RGB")
    if image.size != (2 * width, 2 * height):
        failures.append(f"the PNG is {image.size}, not twice the SVG's {width}x{height}")
    raster = list(image.get_flattened_data() if hasattr(image, "get_flattened_data") else image.getdata())
    if sum(1 for p in raster if p == (255, 255, 255)) > 0.97 * len(raster):
        failures.append("the PNG is nearly blank")
    pdf = open(f"{tmp}/map.pdf", "rb").read()
    if not pdf.startswith(b"%PDF-") or pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") != 1:
        failures.append("the PDF is not a one-page PDF")
    print(f"render-map-check: PNG {image.size[0]}x{image.size[1]} and a one-page PDF from rsvg-convert")

if failures:
    print("\n".join(failures), file=sys.stderr)
    print(f"render-map-check: 0 passed, {len(failures)} failed")
    sys.exit(1)
print("render-map-check: the map and the HTML report are drawn")
