"""The import graph of src/briefgen has no cycles, and imports inside functions defer only
heavy third-party libraries or optional features, never a briefgen module dodging a cycle.

The graph is read from the source with :mod:`ast`: module-level and function-level
imports alike. Importing ``a.b.c`` runs ``a/__init__`` and ``a/b/__init__`` first, so
those packages count as imported too, except the importer's own packages (which Python
has already started).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "briefgen"
# Third-party libraries slow or heavy to import: a function may import them so that a
# command that does not need them never loads them.
HEAVY = frozenset(
    {
        "torch",
        "transformers",
        "ctranslate2",
        "sentencepiece",
        "tokenizers",
        "docx",
        "docxtpl",
        "jinja2",
        "sacrebleu",
        "tqdm",
        "huggingface_hub",
        "safetensors",
        "numpy",
        "lxml",
        "ray",
        "underthesea",
    }
)
# briefgen modules behind an optional feature (a backend, model conversion, briefings,
# evaluation), imported where the feature is used. A briefgen module that imports a heavy library at
# its top (a backend, the TBX reader) may be deferred as well.
OPTIONAL = frozenset(
    {
        "briefgen.translate.hf",
        "briefgen.translate.ct2",
        "briefgen.translate.converted",
        "briefgen.translate.tinymodels",
        "briefgen.render.briefing",
        "briefgen.render.templates",
        "briefgen.evaluate.translation",
    }
)
# The command-line layer is imported by nothing; each command loads the library it runs.
LEAVES = "briefgen.cli"
# Deferred imports still to be untangled, outside the formats/batch work: each entry is
# a module and what it imports inside a function. Shrink this, never grow it.
KNOWN_DEFERRED = {}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted((SRC / PACKAGE).rglob("*.py"))}


def resolve(importer: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The briefgen modules an import statement names (a ``from`` import of a name that
    is a submodule names the submodule)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    base = node.module or ""
    if node.level:
        package = importer.split(".")
        if MODULES[importer].name != "__init__.py":
            package = package[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    names = [f"{base}.{a.name}" for a in node.names]
    return [n for n in names if n in MODULES] or [base]


def imports(name: str) -> list[tuple[str, bool]]:
    """``(imported module, inside a function)`` for every import in module ``name``."""
    tree = ast.parse(MODULES[name].read_text("utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, nested: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.extend((target, nested) for target in resolve(name, child))
            inner = nested or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            visit(child, inner)

    visit(tree, False)
    return found


def edges(name: str) -> set[str]:
    """The briefgen modules that importing ``name`` runs directly."""
    own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    result = set()
    for target, _ in imports(name):
        parts = target.split(".")
        for i in range(1, len(parts) + 1):
            prefix = ".".join(parts[:i])
            if prefix in MODULES and prefix not in own and prefix != name:
                result.add(prefix)
    return result


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := walk(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := walk(node)):
            return cycle
    return None


def test_the_graph_reader_sees_imports_in_functions_and_packages():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    assert ("briefgen.translate.converted", True) in imports("briefgen.translate")
    reader = edges("briefgen.formats.docx.reader")
    assert "briefgen.ingest" in reader  # the package of briefgen.ingest.layout runs first
    assert "briefgen.formats" not in reader  # its own package has already started


def test_no_import_cycles():
    """No cycles, not even through imports inside functions (the known deferred imports
    aside, which are listed to be untangled)."""
    graph = {name: edges(name) - KNOWN_DEFERRED.get(name, set()) for name in MODULES}
    assert find_cycle(graph) is None


def hidden_imports(name: str) -> set[str]:
    """What module ``name`` imports inside functions that it has no reason to defer."""
    if name == LEAVES or name.startswith(LEAVES + "."):
        return set()
    return {
        target
        for target, nested in imports(name)
        if nested
        and target.split(".")[0] not in HEAVY
        and target not in OPTIONAL
        and not wraps_heavy_library(target)
    }


def wraps_heavy_library(name: str) -> bool:
    """A briefgen module that imports a heavy library at its top."""
    return name in MODULES and any(
        target.split(".")[0] in HEAVY for target, nested in imports(name) if not nested
    )


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_inside_functions_only_defer_heavy_or_optional_modules(name):
    hidden = hidden_imports(name) - KNOWN_DEFERRED.get(name, set())
    assert not hidden, f"{name} imports {sorted(hidden)} inside a function"


def test_known_deferred_imports_are_still_there():
    """An entry of KNOWN_DEFERRED that was fixed must leave the list."""
    for name, known in KNOWN_DEFERRED.items():
        assert known <= hidden_imports(name), name
