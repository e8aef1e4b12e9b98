"""The limits of the house style on Sources/: no line over 120 characters, no file over 250
lines, no function (or initialiser, or closure-valued property) body over 60 lines.
Prints every breach and exits 1 if there is any; swift-format checks the rest."""
import pathlib
import re
import sys

LINE, FILE, FUNCTION = 120, 250, 60
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
DECLARATION = re.compile(r"^\s*(?:(?:public|private|fileprivate|internal|static|mutating|override|@\w+)\s+)*"
                         r"(?:func\s|init[(<?]|subscript\s*\(|(?:var|let)\s+\w+\s*:[^=]*\{\s*$)")


def braces(line):
    """The change in brace depth of one line, ignoring string literals and comments."""
    depth, in_string, i = 0, False, 0
    line = line.split("//")[0] if '"' not in line else line
    while i < len(line):
        c = line[i]
        if c == "\\" and in_string:
            i += 2
            continue
        if c == '"':
            in_string = not in_string
        elif not in_string and c == "{":
            depth += 1
        elif not in_string and c == "}":
            depth -= 1
        i += 1
    return depth


breaches = []
for path in sorted(root.joinpath("Sources").rglob("*.swift")):
    lines = path.read_text(encoding="utf-8").split("\n")
    name = path.relative_to(root)
    if len(lines) - 1 > FILE:
        breaches.append(f"{name}: {len(lines) - 1} lines (at most {FILE})")
    for n, line in enumerate(lines, 1):
        if len(line) > LINE:
            breaches.append(f"{name}:{n}: {len(line)} characters (at most {LINE})")
    in_multiline = False
    for n, line in enumerate(lines):
        if line.count('"""') % 2 == 1:
            in_multiline = not in_multiline
        if in_multiline or not DECLARATION.match(line) or "{" not in line and not lines[n + 1].strip().startswith("{"):
            continue
        depth, end = 0, n
        for m in range(n, len(lines)):
            depth += braces(lines[m])
            if depth <= 0 and m > n or depth == 0 and "}" in lines[m] and m == n:
                end = m
                break
        if end - n - 1 > FUNCTION:
            breaches.append(f"{name}:{n + 1}: a body of {end - n - 1} lines (at most {FUNCTION})")

for b in breaches:
    print(b)
print(f"style: {len(breaches)} breaches")
sys.exit(1 if breaches else 0)
