#!/usr/bin/env python3
"""Fails on a module cycle in either crate, and on a module that imports from a layer after its own.

Data flows one way (docs/architecture.md): instruments (data) -> scoring -> records and the storage schema ->
attempt -> readings, interpretation and wording -> summary, share codes, events -> the UI's screens, and LAYERS
below is that list, for each crate. This reads the `crate::`, `super::` and `self::` paths
of every `.rs` file (in `use` lines and inline, e.g. `crate::i18n::tr(..)`), turns each into an edge between two
modules (a file is a module: `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is `a::b`), and reports:
- every cycle (Tarjan's strongly connected components, so a cycle of any length is found), and
- for the crates named in LAYERS, every edge from a module to one in a later layer (which is how a cycle starts).
It also refuses any path from the core into the UI crate (`rapport::`, `leptos`, `web_sys`, `js_sys`, `gloo`).

Usage: check-module-cycles.py [CRATE_SRC ...]; with no argument, the two crates of this repository.
`scripts/test_check_module_cycles.py` shows it failing on deliberate cycles and layer breaks (small trees written
to a temporary folder, and copies of the real core with one line added) and passing on the real tree.
Python's standard library only; no third-party parser: Rust paths are regular enough for a tokeniser.
"""

import os
import re
import sys

# Layers, first to last: a module may use modules of its own layer or earlier ones, never later ones. A module
# not listed is in no layer (only the cycle check applies). Names are module paths; a listed module covers its
# submodules (`instruments` covers `instruments::trust`). Keys are the crates' `src` folders, relative to the
# repository root.
LAYERS = {
    "crates/core/src": [
        # Foundations that know nothing of questionnaires: JSON, the catalogue lookup, colours.
        ["json", "i18n", "theme", "label"],
        # Instruments as data: the types, the instruments written with them, and the lookup by id and version.
        ["instrument", "instruments"],
        # Answers become numbers (and levels).
        ["scoring"],
        # The records kept (answers, never scores) and the storage schema around them; a person's goals and session
        # entries, which the storage keeps (their trend and readings too: they need only the foundations).
        ["storage", "goals"],
        # A questionnaire in progress: answering, back, review, finish into a record.
        ["attempt"],
        # Numbers become words: the readings (data) and the interpretation, the wording of history lists and trends.
        ["readings", "interpret", "history"],
        # What leaves the widget: the summary, share codes, comparisons and groups, events, QR codes; and the
        # embed's options, which name instruments and colours.
        ["summary", "share", "group", "event", "qr", "config", "wording"],
        # Build-time tooling (catalogue compile and completeness check) reads everything, nothing reads it.
        ["catalogue_tools"],
    ],
    "src": [
        # The only code touching localStorage.
        ["store"],
        # What the screens read and change, and the page they live on.
        ["state"],
        # Pieces several screens share.
        ["components"],
        # One screen per file (the standalone pages' tools are screens too).
        ["screens", "tools"],
        # The root (screen switching), then mounting it on the page.
        ["app"],
        ["mount"],
    ],
}

# Crate names that must never appear in the core (the UI's direction, or a browser).
FORBIDDEN_IN_CORE = re.compile(r"\b(rapport|leptos|web_sys|js_sys|gloo[a-z_]*|wasm_bindgen)::")

DEFAULT_CRATES = ["crates/core/src", "src"]


def module_of(src_root, path):
    """The module path of a file (`[]` for the crate root)."""
    rel = os.path.relpath(path, src_root)[: -len(".rs")].split(os.sep)
    if rel[-1] == "mod":
        rel = rel[:-1]
    if rel in (["lib"], ["main"]):
        return []
    return rel


def strip_comments_and_strings(text):
    """Source without comments and string contents, so a path in a doc comment or a message is not an import.
    A scanner, not regular expressions: a `//` inside a string (a URL) must not start a comment."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c == "r" and re.match(r'r#*"', text[i:]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            hashes = re.match(r'r(#*)"', text[i:]).group(1)
            end = text.find('"' + hashes, i + 2 + len(hashes))
            i = n if end < 0 else end + 1 + len(hashes)
            out.append('""')
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append('""')
        elif c == "'" and re.match(r"'(\\.|\\u\{[0-9a-fA-F]+\}|[^'\\])'", text[i:]):
            i += len(re.match(r"'(\\.|\\u\{[0-9a-fA-F]+\}|[^'\\])'", text[i:]).group(0))
            out.append("' '")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def expand_use(tree):
    """`a::{b, c::{d, e}}` -> [`a::b`, `a::c::d`, `a::c::e`]."""
    tree = re.sub(r"\s+as\s+", "@", tree)  # `x as y`: the alias is kept after `@`, the path before it
    tree = re.sub(r"\s+", "", tree)
    depth = 0
    for i, c in enumerate(tree):
        if c == "{":
            if depth == 0:
                prefix = tree[:i]
                inner = tree[i + 1 : tree.rindex("}")]
                parts, start, level = [], 0, 0
                for j, d in enumerate(inner):
                    if d == "{":
                        level += 1
                    elif d == "}":
                        level -= 1
                    elif d == "," and level == 0:
                        parts.append(inner[start:j])
                        start = j + 1
                parts.append(inner[start:])
                return [p for part in parts if part for p in expand_use(prefix + part)]
            depth += 1
    return [tree]


def paths_in(text):
    """Every module path a file uses, as lists of segments: `crate::`, `super::` and `self::` paths, and paths
    through the file's own child modules (`mod trust;` then `trust::TRUST_V1`). A module re-exporting its own
    child (`pub use record::SavedResult` in `storage/mod.rs`) is a front door, not a use: `reexports_of` sees
    through it. Re-exporting anything else (`pub use crate::scoring::Level`) is a use."""
    text = strip_comments_and_strings(text)
    children = set(re.findall(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", text, flags=re.M))
    found = []
    for match in re.finditer(r"(\bpub(?:\([^)]*\))?\s+)?\buse\s+([^;]+);", text):
        for use in expand_use(match.group(2)):
            segments = [s for s in use.split("@")[0].split("::") if s]
            if segments and segments[0] in children:
                if match.group(1):
                    continue  # a front door re-exporting its own child
                segments = ["self"] + segments
            if segments and segments[0] in ("crate", "super", "self"):
                found.append(segments)
    without_uses = re.sub(r"\buse\s+[^;]+;", "", text)
    for match in re.finditer(r"(?<![\w:])(?:crate|super|self)(?:::\w+)+", without_uses):
        found.append(match.group(0).split("::"))
    for child in children:
        for match in re.finditer(r"(?<![\w:])" + child + r"(?:::\w+)+", without_uses):
            found.append(["self"] + match.group(0).split("::"))
    return found


def resolve(current, segments, modules, reexports):
    """The module a path points into: the longest known module that prefixes its absolute form, then through
    that module's re-exports when the next segment is one."""
    if segments[0] == "crate":
        absolute = segments[1:]
    else:
        base = list(current)
        rest = segments
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
        absolute = base + rest
    for length in range(len(absolute), -1, -1):
        module = tuple(absolute[:length])
        if module in modules:
            for _ in range(10):  # a re-export of a re-export, at most a few deep
                following = absolute[length] if length < len(absolute) else None
                target = reexports.get(module, {}).get(following)
                if target is None or target == module:
                    break
                module, absolute, length = target, list(target) + absolute[length:], len(target)
            return module
    return None


def reexports_of(src_root, files, modules):
    """Per module, the names it re-exports and the module each comes from (`pub use record::SavedResult` in
    `storage/mod.rs`: storage.SavedResult is storage::record), so a use through a front door points at the module
    that defines the item."""
    names = {}
    for path in files:
        current = tuple(module_of(src_root, path))
        with open(path, encoding="utf-8") as f:
            text = strip_comments_and_strings(f.read())
        children = set(re.findall(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", text, flags=re.M))
        for match in re.finditer(r"\bpub(?:\([^)]*\))?\s+use\s+([^;]+);", text):
            for use in expand_use(match.group(1)):
                segments = [s for s in use.split("@")[0].split("::") if s]
                if segments and segments[0] in children:
                    segments = ["self"] + segments
                if len(segments) < 2 or segments[0] not in ("crate", "super", "self"):
                    continue
                target = resolve(current, segments, modules, {})
                if target is not None:
                    alias = use.split("@")[1] if "@" in use else segments[-1]
                    names.setdefault(current, {})[alias] = target
    return names


def graph_of(src_root):
    """Edges between the crate's modules, with the file and path that make each."""
    files = []
    for folder, _, names in os.walk(src_root):
        files.extend(os.path.join(folder, n) for n in names if n.endswith(".rs"))
    files.sort()
    modules = {tuple(module_of(src_root, p)) for p in files}
    reexports = reexports_of(src_root, files, modules)
    edges = {}
    for path in files:
        current = tuple(module_of(src_root, path))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for segments in paths_in(text):
            target = resolve(current, segments, modules, reexports)
            if target is None or target == () or current == ():
                continue  # the root only declares modules and re-exports: it is no layer
            if target == current:
                continue
            edges.setdefault(current, {}).setdefault(target, (path, "::".join(segments)))
    return modules, edges


def cycles(modules, edges):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(modules):
        if node not in index:
            visit(node)
    return found


def layer_of(module, layers):
    for number, names in enumerate(layers):
        for name in names:
            parts = tuple(name.split("::"))
            if module[: len(parts)] == parts:
                return number
    return None


def name(module):
    return "::".join(module) or "crate"


def check(src_root, layers):
    """Problems found in one crate, as sentences."""
    problems = []
    modules, edges = graph_of(src_root)
    for component in cycles(modules, edges):
        members = set(component)
        lines = [
            f"    {name(a)} -> {name(b)} ({os.path.relpath(edges[a][b][0])}: {edges[a][b][1]})"
            for a in component
            for b in sorted(edges.get(a, {}))
            if b in members
        ]
        problems.append(f"{src_root}: module cycle among {', '.join(name(m) for m in component)}:\n" + "\n".join(lines))
    for source, targets in sorted(edges.items()):
        source_layer = layer_of(source, layers) if layers else None
        for target, (path, text) in sorted(targets.items()):
            target_layer = layer_of(target, layers) if layers else None
            if source_layer is not None and target_layer is not None and target_layer > source_layer:
                problems.append(
                    f"{os.path.relpath(path)}: {name(source)} (layer {source_layer + 1}) uses {text}, from a later "
                    f"layer ({name(target)}, layer {target_layer + 1}); data flows the other way"
                )
    return problems


def check_core_never_reaches_the_ui(src_root):
    problems = []
    for folder, _, names in os.walk(src_root):
        for n in sorted(names):
            if not n.endswith(".rs"):
                continue
            path = os.path.join(folder, n)
            with open(path, encoding="utf-8") as f:
                text = strip_comments_and_strings(f.read())
            for match in FORBIDDEN_IN_CORE.finditer(text):
                problems.append(f"{os.path.relpath(path)}: the core uses {match.group(0)} (the UI's or a browser's)")
    return problems


def main(argv):
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    roots = argv[1:] or [os.path.join(here, root) for root in DEFAULT_CRATES]
    problems = []
    for root in roots:
        if not os.path.isdir(root):
            problems.append(f"{root}: no such folder")
            continue
        key = next((k for k in LAYERS if os.path.normpath(root).endswith(os.path.normpath(k))), None)
        layers = LAYERS.get(key) if key else None
        problems.extend(check(root, layers))
        if key == "crates/core/src":
            problems.extend(check_core_never_reaches_the_ui(root))
    if problems:
        print("check-module-cycles: data must flow one way (docs/architecture.md)", file=sys.stderr)
        for problem in problems:
            print("  " + problem, file=sys.stderr)
        return 1
    print(f"check-module-cycles: no cycle, no import against the layers in {len(roots)} crate(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
