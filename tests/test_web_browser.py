"""The web app in a real browser: Debian's chromium driven by selenium.

Skips cleanly where /usr/bin/chromium or chromedriver is absent (``apt-get install
chromium chromium-driver`` installs them; nothing downloads a browser of its own). Set
``BRIEFGEN_SCREENSHOTS=folder`` to keep the review page's screenshot (the README's).
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import statistics
import threading
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not CHROMIUM.is_file() or not Path(DRIVER).is_file():
    pytest.skip("chromium and chromium-driver are not installed", allow_module_level=True)
pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
webdriver = pytest.importorskip("selenium.webdriver")

from docx import Document as DocxDocument  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ready  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from briefgen.web.app import create_app  # noqa: E402
from briefgen.web.config import WebConfig  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SAMPLE = ROOT / "samples" / "accsm-21-chairmanship-2021.txt"
LIMIT_MB = 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tiny_marian, tmp_path_factory):
    """The app served by uvicorn on a free loopback port, in a thread."""
    import uvicorn

    folder = tmp_path_factory.mktemp("web")
    config = WebConfig(
        models=(str(tiny_marian),),
        backend="transformers",
        beam_size=1,
        data_dir=folder / "data",
        tm=folder / "tm.sqlite3",
        max_upload_bytes=LIMIT_MB * 1024 * 1024,
    )
    port = free_port()
    app = create_app(config)
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    options.add_argument("--window-size=1400,1100")
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def upload(browser, server: str, *paths: Path) -> None:
    browser.get(f"{server}/")
    field = browser.find_element(By.ID, "files")
    field.send_keys("\n".join(str(p) for p in paths))
    # The form page is marked; the next page is there once a loaded document lacks the mark.
    # (Waiting for the button to go stale races Chrome: mid-navigation it answers with an
    # inspector error, not a stale reference.)
    browser.execute_script("document.documentElement.dataset.leaving = 'yes'")
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script(
            "return document.readyState === 'complete'"
            " && document.documentElement.dataset.leaving === undefined"
        )
    )


def wait_for_review(browser, timeout: float = 240) -> None:
    WebDriverWait(browser, timeout).until(ready.url_contains("/review"))
    WebDriverWait(browser, 30).until(ready.presence_of_element_located((By.ID, "facts")))


def test_upload_wait_and_see_the_terms_highlighted(server, browser):
    upload(browser, server, SAMPLE)
    assert "/jobs/" in browser.current_url
    wait_for_review(browser)  # htmx polled the progress and moved on by itself
    marks = browser.find_elements(By.CSS_SELECTOR, "td.vi mark.term")
    assert marks, "glossary terms are marked in the source"
    hover = marks[0].get_attribute("title")
    assert "→" in hover and marks[0].get_attribute("data-vi") in hover
    assert browser.find_elements(By.CSS_SELECTOR, "td.en mark.term"), "and in the English"
    link = browser.find_element(By.CSS_SELECTOR, "#facts a.source-link")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    assert browser.find_element(By.ID, target).is_displayed()
    folder = os.environ.get("BRIEFGEN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        browser.set_window_size(1400, 1500)
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(Path(folder) / "web-review.png"))
        browser.find_element(By.ID, "file-0").screenshot(str(Path(folder) / "web-review-text.png"))
        browser.set_window_size(1400, 1100)


def test_untick_a_commitment_and_download_the_brief(server, browser, downloads):
    upload(browser, server, SAMPLE)
    wait_for_review(browser)
    boxes = browser.find_elements(By.CSS_SELECTOR, "input[id^='keep-a0-c']")
    assert len(boxes) >= 2
    first, second = (b.get_attribute("id").removeprefix("keep-") for b in boxes[:2])
    for key, marker in ((first, "Unticked pledge 0451"), (second, "Kept pledge 0452")):
        field = browser.find_element(By.ID, f"en-{key}")
        field.clear()
        field.send_keys(marker)
    browser.find_element(By.ID, f"keep-{first}").click()
    browser.find_element(By.ID, "download-brief").click()
    deadline = time.monotonic() + 30
    found: list[Path] = []
    while time.monotonic() < deadline and not found:
        found = [p for p in downloads.glob("*.brief.docx") if p.stat().st_size]
        time.sleep(0.2)
    assert found, "the brief was downloaded"
    brief = DocxDocument(io.BytesIO(found[0].read_bytes()))
    text = "\n".join(
        [p.text for p in brief.paragraphs]
        + [c.text for t in brief.tables for r in t.rows for c in r.cells]
    )
    assert "Kept pledge 0452" in text
    assert "Unticked pledge 0451" not in text


def test_a_bad_upload_and_an_oversized_upload_show_a_message(server, browser, tmp_path):
    bad = tmp_path / "scan.docx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    upload(browser, server, bad)
    alert = browser.find_element(By.ID, "message").text
    assert "scan" in alert and "binary" in alert
    assert "Traceback" not in browser.page_source

    big = tmp_path / "big.txt"
    big.write_text("Hội nghị ASEAN về hợp tác khu vực. " * 40_000, "utf-8")  # > 1 MB
    upload(browser, server, big)
    WebDriverWait(browser, 30).until(ready.presence_of_element_located((By.ID, "message")))
    assert "too large" in browser.find_element(By.ID, "message").text


def test_pages_answer_within_200_ms_while_a_job_runs(server, browser):
    upload(browser, server, *SAMPLES[:2])  # long enough to measure while it runs
    job_url = browser.current_url
    WebDriverWait(browser, 60).until(
        lambda b: "Sentences" in b.find_element(By.ID, "progress").text
    )
    timings = []
    for _ in range(8):
        start = time.perf_counter()
        with urllib.request.urlopen(f"{server}/jobs", timeout=5) as response:
            response.read()
        timings.append(time.perf_counter() - start)
        time.sleep(0.05)
    with urllib.request.urlopen(f"{job_url}/progress", timeout=5) as response:
        still = response.read().decode()
    assert "state-running" in still or "state-queued" in still, "the job was still running"
    assert statistics.median(timings) < 0.2, timings
    wait_for_review(browser, timeout=540)  # a busy shared machine translates slowly
