"""The wheel ships every package of the source tree: pyproject lists them by hand (the
data packages map to glossary/ and templates/), so a new subpackage must be added there."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    src = ROOT / "src"
    found = {".".join(init.parent.relative_to(src).parts) for init in src.rglob("__init__.py")}
    assert found - listed == set()


def test_every_data_file_in_a_package_ships_in_the_wheel():
    """A data file read with importlib.resources (family_names.tsv, the web app's pages)
    is in the wheel only where a package-data pattern of its package matches it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]
    src = ROOT / "src"
    unshipped = []
    for path in (src / "briefgen").rglob("*"):
        if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        package = path.parent
        while not (package / "__init__.py").is_file():
            package = package.parent
        name = ".".join(package.relative_to(src).parts)
        relative = path.relative_to(package).as_posix()
        if not any(fnmatch(relative, pattern) for pattern in patterns.get(name, [])):
            unshipped.append(path.relative_to(src).as_posix())
    assert unshipped == []
