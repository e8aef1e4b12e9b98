"""No English left in `--lang nl`: every command that takes --lang, on the bundled data (and
the example BAG for intensity), is run in Dutch, and its output is searched for English words.

The English vocabulary is read from the label declarations themselves: every word of an `en:`
template that no `nl:` template uses (so "park" counts, "milieucategorie" does not), plus common
English function words. What is data is taken out first, since it stays as written: the text of
every attribute of the bundled layers (names, sources, notes), ids, codes and file names.

Usage: python3 dutch_check.py PATH/TO/ruimte
"""
import glob, json, os, re, subprocess, sys

RUIMTE = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")


def templates(language):
    """The text of every `en:`/`nl:` template in the label declarations."""
    found = []
    for path in glob.glob(os.path.join(ROOT, "Sources", "RuimteReports", "**", "*.swift"), recursive=True):
        text = open(path, encoding="utf-8").read()
        # A template is one or more string literals after `en:`/`nl:`, joined by `+`.
        for m in re.finditer(language + r':\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)', text):
            found += re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    return found


def words(texts):
    return {w.lower() for t in texts for w in WORD.findall(re.sub(r"\{\d+\}", " ", t))}


FUNCTION_WORDS = {"the", "and", "of", "with", "from", "within", "not", "are", "for", "this", "that", "which",
                  "where", "when", "has", "have", "none", "than", "its", "into", "each", "every", "only", "or"}
dutch = words(templates("nl"))
english = (words(templates("en")) | FUNCTION_WORDS) - dutch
# Words English and Dutch spell alike, or that are terms both use (glossary terms stay Dutch).
english -= {"in", "is", "op", "ha", "m", "km", "id", "svg", "html", "csv", "json", "geojson", "qgis", "ibis",
            "bag", "cbs", "vng", "pdok", "bkl", "rd", "new", "epsg", "wgs", "gemengd", "rustig", "ruimte",
            "leiden", "nl", "en"}
if len(english) < 150:
    sys.exit(f"dutch-check: only {len(english)} English words read from the labels; the label reader is broken")

# Data stays as written: every string attribute of the bundled layers and the example data.
data = set()
for path in glob.glob(os.path.join(ROOT, "geodata", "*.geojson")) + glob.glob(
        os.path.join(ROOT, "notebooks-md", "data", "*.json")):
    def collect(value):
        if isinstance(value, str):
            data.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)
    document = json.load(open(path, encoding="utf-8"))
    for feature in document.get("features", []):
        collect(feature.get("properties", {}))
    if "variants" in document:
        collect(document)
for path in glob.glob(os.path.join(ROOT, "geodata", "*.csv")):  # a table's source, in its comment lines
    data |= {line.lstrip("#").strip() for line in open(path, encoding="utf-8") if line.startswith("#")}
    data |= {part.strip() for line in open(path, encoding="utf-8") if line.startswith("#")
             for part in line.lstrip("#").split(":", 1)}
data = sorted(data, key=len, reverse=True)

BAG = ["--buildings", "notebooks-md/data/bag-example.gpkg|layername=pand",
       "--dwellings", "notebooks-md/data/bag-example.gpkg|layername=verblijfsobject"]
COMMANDS = [["sites"], ["sites", "--wide"], ["pressure"], ["pressure", "--wide"], ["zoning"], ["zoning", "--wide"],
            ["overlaps"], ["distances", "--from", "centres", "--to", "housing", "--within", "500"],
            ["distances", "--from", "housing", "--to", "parks", "--nearest"], ["headroom"],
            ["headroom", "--of", "housing"], ["scenario", "notebooks-md/data/wernink-scenario.json", "--all"],
            ["report", "--scenario", "notebooks-md/data/wernink-scenario.json"], ["map"], ["intensity", *BAG]]

failures, checked = [], 0
for command in COMMANDS:
    result = subprocess.run([RUIMTE, *command, "--lang", "nl", "--quiet"], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        failures.append(f"ruimte {' '.join(command)} --lang nl: exit {result.returncode}: {result.stderr[:200]}")
        continue
    out = result.stdout
    if command[0] == "map":  # people read the SVG's text elements only
        out = "\n".join(re.findall(r"<text[^>]*>([^<]*)</text>", out) + re.findall(r"<title>([^<]*)</title>", out))
    # Notes wrapped for a terminal go on with a hanging indent: read them as one line again.
    out = re.sub(r"\n    (?=\S)", " ", out)
    for line in out.splitlines():
        checked += 1
        text = line
        for value in data:
            if value and value in text:
                text = text.replace(value, " ")
        text = re.sub(r"`[^`]*`", " ", text)                       # code spans: ids, keys, file names
        text = re.sub(r"\S*[/\\]\S*|\S+\.(md|json|csv|geojson|gpkg)\b", " ", text)  # paths
        text = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", text)  # ids such as de-waard
        text = re.sub(r"<[^>]+>", " ", text)                       # HTML tags in the report
        text = re.sub(r"\]\(#[^)]*\)", " ", text)                   # a Markdown link's anchor
        found = sorted({w for w in WORD.findall(text) if w.lower() in english})
        if found:
            failures.append(f"ruimte {' '.join(command)} --lang nl: {', '.join(found)} in: {line.strip()[:160]}")

for f in failures[:60]:
    print("dutch-check:", f)
if failures:
    sys.exit(f"dutch-check: {len(failures)} lines with English in --lang nl output")
print(f"dutch-check: {len(COMMANDS)} commands, {checked} lines in --lang nl, no English word "
      f"(of {len(english)} read from the labels)")
