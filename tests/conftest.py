"""Shared fixtures: a tiny random model of each family built once per test session.

They use the real transformers and CTranslate2 code paths with SentencePiece trained on
Vietnamese sample text (source) and English text (target, with a fixed list of glossary
terms so English terms are spellable); nothing is downloaded.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

from briefgen.evaluate.brief import SetScore, score_set
from briefgen.evaluate.gold import read_annotations, read_split
from briefgen.glossary import load_glossaries
from briefgen.translate.tinymodels import BUILDERS, build_tiny, convert_ct2

# The property tests (tests/test_properties_*.py). CI runs "ci": a few hundred examples
# per property, derandomized, so every run tries the same examples and a red build is a
# real regression, never a lucky draw; no example database, and hypothesis's caches go to
# the temporary folder, so nothing is written into the repository.
# HYPOTHESIS_PROFILE=thorough explores thousands of fresh random examples per property
# and prints the blob that reproduces a failure (keep the shrunk case as an @example).
# Timing health checks are off: this suite runs on loaded shared machines.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "briefgen-hypothesis")
settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=4000,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).parent / "data"
GOLD_SPLIT = DATA / "gold_split.tsv"
"""The split of ../shared/gold into a tuning set, whose misses rules may be written
against, and a held-out set that is only measured."""
GOLD_SETS = ("tuning", "heldout")


def vietnamese_lines() -> list[str]:
    files = sorted((ROOT / "samples").glob("*.txt"))
    if SHARED.is_dir():
        files += sorted((SHARED / "corpus").glob("*/*.vi.txt"))
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]


TINY_TERMS = DATA / "glossary_english.txt"
"""The English of the built-in glossary as it stood when the tiny models were last
retrained: a fixed list, so a new glossary row never changes the models' output and breaks
tests that have nothing to do with the glossary (see test_tiny_models_vocabulary.py)."""


def english_lines() -> list[str]:
    """The tiny models' English training text: sample text and :data:`TINY_TERMS`, never
    the live glossary."""
    files = [DATA / "english.txt"]
    if SHARED.is_dir():
        files += sorted((SHARED / "corpus" / "pairs").glob("*.en.txt"))
    files.append(TINY_TERMS)
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder of seeds, corpus and gold annotations; skips when absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def glossary():
    """The built-in glossary, loaded once for every test that reads it unchanged."""
    return load_glossaries()


@pytest.fixture(scope="session")
def gold_scores(shared) -> dict[str, SetScore]:
    """Every article of ../shared/gold scored, by set of :data:`GOLD_SPLIT`."""
    annotations = read_annotations(shared / "gold", shared)
    split = read_split(GOLD_SPLIT)
    glossary = load_glossaries()
    return {name: score_set(name, split.members(annotations, name), glossary) for name in GOLD_SETS}


FAMILIES = list(BUILDERS)
"""Every model family with a tiny builder: tests parametrized over it run on each."""


def build(family: str, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp(family)
    return build_tiny(family, folder, vietnamese_lines(), english_lines())


def converted(model: Path, tmp_path_factory, family: str) -> Path:
    return convert_ct2(model, tmp_path_factory.mktemp(f"{family}-ct2") / "model")


@pytest.fixture(scope="session")
def tiny_mbart(tmp_path_factory) -> Path:
    return build("mbart", tmp_path_factory)


@pytest.fixture(scope="session")
def tiny_mbart_ct2(tiny_mbart, tmp_path_factory) -> Path:
    return converted(tiny_mbart, tmp_path_factory, "mbart")


@pytest.fixture(scope="session")
def tiny_t5(tmp_path_factory) -> Path:
    return build("t5", tmp_path_factory)


@pytest.fixture(scope="session")
def tiny_t5_ct2(tiny_t5, tmp_path_factory) -> Path:
    return converted(tiny_t5, tmp_path_factory, "t5")


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory) -> Path:
    return build("marian", tmp_path_factory)


@pytest.fixture
def web_config(tiny_marian, tmp_path):
    """A web app's settings for tests: the tiny Marian model, greedy search, its own data
    folder and an empty office glossary (so edits never touch the built-in one). The web
    extra is optional, so it is imported here, where a test asks for it."""
    config = pytest.importorskip("briefgen.web.config", exc_type=ImportError)
    glossary = tmp_path / "office.tsv"
    glossary.write_text("vi\ten\tvariants\tcategory\tcase\tnote\tsource_variants\n", "utf-8")
    return config.WebConfig(
        models=(str(tiny_marian),),
        backend="transformers",
        beam_size=1,
        data_dir=tmp_path / "data",
        glossary_file=glossary,
        max_upload_bytes=2 * 1024 * 1024,
        hosts=("testserver",),  # TestClient's name; `briefgen serve` answers to localhost
    )


@pytest.fixture(scope="session")
def tiny_nllb(tmp_path_factory) -> Path:
    return build("nllb", tmp_path_factory)


@pytest.fixture(scope="session")
def tiny_marian_ct2(tiny_marian, tmp_path_factory) -> Path:
    return converted(tiny_marian, tmp_path_factory, "marian")


@pytest.fixture(scope="session")
def tiny_nllb_ct2(tiny_nllb, tmp_path_factory) -> Path:
    return converted(tiny_nllb, tmp_path_factory, "nllb")


def with_vocab_map(ct2_model: Path, folder: Path) -> Path:
    """A copy of a converted model with a vocabulary map built by `briefgen model vmap`
    from the built-in glossary and a few sentence pairs."""
    import shutil

    from click.testing import CliRunner

    from briefgen.cli import cli

    shutil.copytree(ct2_model, folder)
    parallel = folder.parent / "parallel.tsv"
    parallel.write_text((DATA / "parallel.tsv").read_text("utf-8"), "utf-8")
    result = CliRunner().invoke(cli, ["model", "vmap", str(folder), str(parallel)])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="session")
def tiny_marian_ct2_vmap(tiny_marian_ct2, tmp_path_factory) -> Path:
    return with_vocab_map(tiny_marian_ct2, tmp_path_factory.mktemp("marian-vmap") / "model")


@pytest.fixture(scope="session")
def tiny_t5_ct2_vmap(tiny_t5_ct2, tmp_path_factory) -> Path:
    return with_vocab_map(tiny_t5_ct2, tmp_path_factory.mktemp("t5-vmap") / "model")


# NLLB and mBART have no vocabulary-map fixture: briefgen refuses maps for them (a
# CTranslate2 bug, see briefgen.translate.vocabmap.check_vmap_supported).
VMAP_FAMILIES = ("marian", "t5")


@pytest.fixture(params=FAMILIES)
def tiny_model(request) -> Path:
    """Each tiny transformers model in turn."""
    return request.getfixturevalue(f"tiny_{request.param}")


@dataclass(frozen=True)
class TinyModel:
    """A tiny model of one family, on one backend (``ctranslate2 vmap``: with a map)."""

    family: str
    backend: str
    path: Path

    def cli_options(self) -> list[str]:
        """How the CLI is told to translate with it: greedy, one thread (the test machine
        is shared, and oversubscribed threads run many times slower)."""
        engine = self.backend.split()[0]
        return [
            "--model",
            str(self.path),
            "--backend",
            engine,
            "--beam-size",
            "1",
            "--threads",
            "1",
        ]


BACKEND_FIXTURES = {
    "transformers": "tiny_{}",
    "ctranslate2": "tiny_{}_ct2",
    "ctranslate2 vmap": "tiny_{}_ct2_vmap",
}
"""The fixture of each backend's copy of a family's tiny model."""


def model_params(*, vmap: bool = False) -> list:
    """(family, backend) for every family on both backends, and with ``vmap`` also on
    CTranslate2 with a vocabulary map where the family can have one: parameters for
    :func:`every_model` (``@pytest.mark.parametrize("every_model", ..., indirect=True)``)."""
    pairs = [(f, b) for f in FAMILIES for b in ("transformers", "ctranslate2")]
    pairs += [(f, "ctranslate2 vmap") for f in VMAP_FAMILIES] if vmap else []
    return [pytest.param(p, id=f"{p[0]}-{p[1].replace(' ', '-')}") for p in pairs]


@pytest.fixture(scope="session", params=model_params())
def every_model(request) -> TinyModel:
    """Each family's tiny model on each backend in turn: what the format, terminology and
    eval tests run on. Session-scoped, so pytest runs the tests of one model together."""
    family, backend = request.param
    path = request.getfixturevalue(BACKEND_FIXTURES[backend].format(family))
    return TinyModel(family, backend, path)


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory):
    """Session- and module-scoped fixtures translate before any test's own cache is set:
    they get a cache of the session's, never the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFGEN_CACHE", str(tmp_path_factory.mktemp("session-cache")))
        yield


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch) -> None:
    """Every test gets its own translation memory, never the user's."""
    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def private_cache(tmp_path, monkeypatch) -> Path:
    """The model cache of a test that converts or lists models: its own, and offline (a
    model id that is not a folder is never looked up on the hub)."""
    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return tmp_path / "cache" / "models"


@pytest.fixture(scope="session")
def translated_docx(tiny_marian, tmp_path_factory) -> Path:
    """``tests/docx_sample.py``'s .docx translated once through the CLI with --bilingual
    and --xliff: the output folder, next to ``hoi-nghi.docx`` in ``../``."""
    from click.testing import CliRunner

    from briefgen.cli import cli
    from docx_sample import build

    folder = tmp_path_factory.mktemp("docx")
    sample = build(folder / "hoi-nghi.docx")
    out = folder / "out"
    args = ["translate", sample, "-o", out, "--model", tiny_marian, "--beam-size", "1"]
    result = CliRunner().invoke(cli, [str(a) for a in [*args, "--bilingual", "--xliff"]])
    assert result.exit_code == 0, result.output
    return out
