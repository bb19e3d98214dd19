"""The built site served on 127.0.0.1 and Debian's Chromium driven by Playwright.

The site is built once per run (or taken from ``AWARDS_SITE_DIR``), served by a local HTTP
server in a thread, and every page opened through ``open_page`` records the requests that
would leave the site and the console errors, so each test can assert the page is self-contained.
Playwright is imported only inside fixtures and tests: the ordinary test run, which deselects
these tests, collects them without it.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
import yaml

from ..conftest import REPO, unavailable

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Route

# The flags Debian's Chromium needs on a machine with no display and a closed network:
# without the background-networking ones it keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = (
    "install Debian's Chromium (`apt-get install chromium`) or point AWARDS_CHROMIUM at a "
    "Chromium binary; Playwright's own browser download is not used"
)
#: The page with the legend and every card, and the essay that quotes some of them.
AWARDS_PAGE = "awards.html"
ESSAY_PAGE = "essay.html"
#: What the site is built from, read straight from the data, not from any page.
COLLECTION = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
THEME_OF = {award["id"]: award["theme"] for award in COLLECTION["awards"]}
THEMES = [theme["id"] for theme in COLLECTION["themes"]]

SCREENSHOTS = Path(os.environ.get("AWARDS_SCREENSHOTS", REPO / "build" / "screenshots"))


def find_chromium() -> str | None:
    """The Chromium to drive: ``AWARDS_CHROMIUM``, then Debian's, then one on the PATH."""
    if os.environ.get("AWARDS_CHROMIUM"):
        chosen = os.environ["AWARDS_CHROMIUM"]
        return chosen if Path(chosen).is_file() else None
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))),
        None,
    )


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML site: ``AWARDS_SITE_DIR`` if set, else docs/ built once like ``nox -s docs``."""
    if os.environ.get("AWARDS_SITE_DIR"):
        return Path(os.environ["AWARDS_SITE_DIR"])
    out = tmp_path_factory.mktemp("site") / "html"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-n", "-W", "--keep-going", "-q"]
    result = subprocess.run(
        [*command, str(REPO / "docs"), str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return out


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging every request to stderr."""

    def log_message(self, format: str, *args: object) -> None:
        """Stay silent: pytest shows failures, not a request log."""


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 at a free port; its address, until the block ends."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def served_variants(
    root: Path, project: Path, settings: dict[str, str]
) -> Iterator[dict[str, str]]:
    """``project`` built once per setting (name -> ``-D`` value) into ``root``, each served.

    Yields each variant's address by its name, until the block ends.
    """
    urls = {}
    with contextlib.ExitStack() as stack:
        for name, setting in settings.items():
            out = root / name
            command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "-q"]
            command += ["-D", setting, "-d", str(root / "doctrees" / name)]
            result = subprocess.run(
                [*command, str(project), str(out)], capture_output=True, text=True
            )
            assert result.returncode == 0, result.stderr
            urls[name] = stack.enter_context(serve(out))
        yield urls


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The address of the site, served on 127.0.0.1 at a free port until the run ends."""
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; Playwright gives it a fresh, empty user-data-dir."""
    executable = find_chromium()
    if executable is None:
        unavailable(f"browser tests: no Chromium found: {INSTALL_HINT}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed: run `nox -s browser`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did that a reader would not want: requests off the site, console errors."""

    offsite: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class OpenedPage:
    """A page of the site in a browser tab, with what it logged."""

    page: Page
    log: PageLog
    url: str


#: ``(path, *, width, mode, scheme, javascript, permissions) -> OpenedPage``.
OpenPage = Callable[..., OpenedPage]


@pytest.fixture
def open_page(browser: Browser, site_url: str) -> Iterator[OpenPage]:
    """Open a page of the site in a new context with the given viewport and colour mode.

    ``mode`` is the theme's stored choice (light, dark or auto); ``scheme`` is the system's
    preference that ``auto`` follows. Requests that leave 127.0.0.1 are aborted and recorded.
    """
    contexts: list[BrowserContext] = []

    def open_(
        path: str,
        *,
        width: int = 1280,
        mode: str = "light",
        scheme: str = "light",
        javascript: bool = True,
        permissions: tuple[str, ...] = (),
    ) -> OpenedPage:
        log = PageLog()
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            color_scheme=scheme,
            java_script_enabled=javascript,
            base_url=site_url,
        )
        contexts.append(context)
        if permissions:
            context.grant_permissions(list(permissions), origin=site_url.rstrip("/"))
        # furo reads the reader's choice from localStorage's "theme" before the first paint;
        # pydata-sphinx-theme (and sphinx-book-theme) from "mode", then "theme".
        context.add_init_script(
            f"try {{ localStorage.setItem('theme', {mode!r}); "
            f"localStorage.setItem('mode', {mode!r}); }} catch {{}}"
        )

        def guard(route: Route) -> None:
            if urlsplit(route.request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                log.offsite.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                log.errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: log.errors.append(str(error)))
        response = page.goto(path)
        assert response is not None, path
        assert response.ok, f"{path}: HTTP {response.status}"
        return OpenedPage(page=page, log=log, url=page.url)

    yield open_
    for context in contexts:
        context.close()


def visible_awards(page: Page) -> list[str]:
    """The ids of the award cards a reader can see on the page, in page order."""
    return page.evaluate(
        """(ids) => ids.filter((id) => {
            const card = document.getElementById(`award-${id}`);
            return card !== null && card.checkVisibility() && card.getClientRects().length > 0;
        })""",
        list(THEME_OF),
    )


def awards_of(*themes: str) -> list[str]:
    """The ids of the awards of the given themes, in data order."""
    return [award for award, theme in THEME_OF.items() if theme in themes]


def wait_until_in_view(page: Page, award: str) -> None:
    """Wait until the card's top edge is on screen and not under furo's sticky header."""
    page.wait_for_function(
        """(id) => {
            const top = document.getElementById(id).getBoundingClientRect().top;
            const header = document.querySelector(".mobile-header");
            const sticky = header && header.checkVisibility();
            return top >= (sticky ? header.getBoundingClientRect().bottom : 0)
                && top < window.innerHeight;
        }""",
        arg=f"award-{award}",
        timeout=5000,
    )
