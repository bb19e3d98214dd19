"""The site's linkcheck configuration, proved offline against a local HTTP server."""

from __future__ import annotations

import json
import re
import runpy
import shutil
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sphinx.util.console import strip_escape_sequences

from .conftest import REPO

#: The host the test project's sources name; replaced by the local server's address.
PLACEHOLDER = "http://linkcheck.invalid"
#: The only value changed from docs/conf.py: a local server answers in milliseconds.
TEST_TIMEOUT = 1.0
#: How long the slow page keeps a client waiting if the test never releases it.
SLOW_CAP = 30.0

#: How the server answers each path: a status, a redirect (status, target), "slow" (past
#: any timeout) or "busy" (429 with Retry-After the first time, 200 after). Others: 404.
ROUTES: dict[str, int | tuple[int, str] | str] = {
    "/ok": 200,
    "/notes": 200,
    "/explore": 200,
    "/paper/answers": 200,
    "/code/answers": 200,
    "/people/a-author": 200,
    "/gone": 404,
    "/paper/withdrawn": 404,
    "/moved": (301, "/ok"),
    "/paper/moved": (301, "/paper/answers"),
    "/talk": (302, "/notes"),
    "/slow": "slow",
    "/paper/stalled": "slow",
    "/busy": "busy",
    "/paper/throttled": "busy",
}

PAGE = b'<!DOCTYPE html><html><body><h2 id="method">Method</h2></body></html>'


def site_linkcheck_config() -> dict[str, object]:
    """Every ``linkcheck_*`` value of docs/conf.py, as Sphinx reads it."""
    namespace = runpy.run_path(str(REPO / "docs" / "conf.py"))
    return {name: value for name, value in namespace.items() if name.startswith("linkcheck_")}


@dataclass
class LinkServer:
    """A local server that answers like the hosts of a real site on a bad day."""

    origin: str
    requests: Counter[str] = field(default_factory=Counter)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)


def make_handler(state: LinkServer) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to ``state``."""

    class Handler(BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:
            self.answer(body=False)

        def do_GET(self) -> None:
            self.answer(body=True)

        def answer(self, *, body: bool) -> None:
            path = self.path
            state.requests[path] += 1
            state.headers[path] = dict(self.headers)
            route = ROUTES.get(path, 404)
            if route == "slow":
                state.release.wait(SLOW_CAP)
                self.reply(200, body=body)
            elif route == "busy" and state.requests[path] == 1:
                self.reply(429, {"Retry-After": "1"}, body=body)
            elif route == "busy":
                self.reply(200, body=body)
            elif isinstance(route, tuple):
                code, location = route
                self.reply(code, {"Location": location}, body=body)
            else:
                self.reply(route, body=body)

        def reply(self, code: int, headers: dict[str, str] | None = None, *, body: bool) -> None:
            self.send_response(code)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if body:
                self.wfile.write(PAGE)

        def log_message(self, format: str, *args: object) -> None:
            """Keep the test output quiet."""

    return Handler


class QuietServer(ThreadingHTTPServer):
    """Threads die with the test; a client that gave up on a slow page is not an error."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that timed out closed its socket: nothing to report."""


@pytest.fixture
def link_server() -> Iterator[LinkServer]:
    """A threaded HTTP server on 127.0.0.1 at an ephemeral port, stopped after the test."""
    state = LinkServer(origin="")
    server = QuietServer(("127.0.0.1", 0), make_handler(state))
    host, port = server.server_address[:2]
    state.origin = f"http://{host}:{port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()
    thread.join()


def copy_project(rootdir: Path, name: str, dest: Path, origin: str) -> Path:
    """Copy a test project and point its placeholder links at ``origin``."""
    srcdir = dest / name
    shutil.copytree(rootdir / f"test-{name}", srcdir)
    for path in srcdir.rglob("*"):
        if path.suffix in {".md", ".rst", ".yaml"}:
            path.write_text(path.read_text("utf-8").replace(PLACEHOLDER, origin), "utf-8")
    return srcdir


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of the first occurrence of ``needle`` in ``path``."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_site_config_is_the_one_under_test() -> None:
    config = site_linkcheck_config()
    # The properties the offline test below relies on; a change here must be deliberate.
    assert config["linkcheck_report_timeouts_as_broken"] is True
    assert config["linkcheck_retries"] == 2
    assert config["linkcheck_timeout"] > TEST_TIMEOUT
    headers = config["linkcheck_request_headers"]["*"]
    assert headers["User-Agent"].startswith("Mozilla/5.0 (compatible; sphinx-awards-linkcheck/")
    assert headers["Accept"].startswith("text/html")


@pytest.mark.parametrize(
    ("url", "ignored"),
    [
        ("https://openreview.net/forum?id=1b7whO4SfY", True),
        ("https://www.youtube.com/watch?v=gEbbGyNkR2U", True),
        ("https://www.kaggle.com/competitions/arc-prize-2025/writeups/nvarc", True),
        ("https://arxiv.org/abs/2510.22954", False),
        ("https://example.org/openreview.net/", False),
    ],
)
def test_anchors_are_ignored_only_on_javascript_hosts(url: str, ignored: bool) -> None:
    patterns = site_linkcheck_config()["linkcheck_anchors_ignore_for_url"]
    assert any(re.match(pattern, url) for pattern in patterns) is ignored


def test_linkcheck_reports_each_answer(
    make_app, rootdir: Path, tmp_path: Path, link_server: LinkServer
) -> None:
    srcdir = copy_project(rootdir, "linkcheck", tmp_path, link_server.origin)
    overrides = {**site_linkcheck_config(), "linkcheck_timeout": TEST_TIMEOUT}
    app = make_app("linkcheck", srcdir=srcdir, confoverrides=overrides)
    app.build()

    lines = (Path(app.outdir) / "output.json").read_text("utf-8").splitlines()
    report = {
        entry["uri"].removeprefix(link_server.origin): entry for entry in map(json.loads, lines)
    }
    statuses = {uri: (entry["status"], entry["code"]) for uri, entry in report.items()}
    assert statuses == {
        "/ok": ("working", 0),
        "/ok#method": ("working", 0),
        "/notes": ("working", 0),
        "/gone": ("broken", 0),
        "/moved": ("redirected", 301),
        "/talk": ("redirected", 302),
        "/slow": ("broken", 0),
        "/busy": ("working", 0),
        "/ok#no-such-section": ("broken", 0),
        # The award data's links: the explore link and each card's paper link.
        "/explore": ("working", 0),
        "/paper/answers": ("working", 0),
        "/paper/withdrawn": ("broken", 0),
        "/paper/moved": ("redirected", 301),
        "/paper/stalled": ("broken", 0),
        "/paper/throttled": ("working", 0),
        # A paper's other links, and an author's page.
        "/code/answers": ("working", 0),
        "/video/gone": ("broken", 0),
        "/people/a-author": ("working", 0),
    }
    assert report["/gone"]["info"].startswith("404 Client Error: Not Found")
    assert "timed out" in report["/slow"]["info"]
    assert report["/ok#no-such-section"]["info"] == "Anchor 'no-such-section' not found"
    assert report["/moved"]["info"] == f"{link_server.origin}/ok"

    # Each link is reported at its line (MyST gives a link its paragraph's line; each of
    # these opens its paragraph or list item).
    essay = srcdir / "essay.md"
    for uri in ("/gone", "/moved", "/slow", "/busy", "/talk"):
        assert (report[uri]["filename"], report[uri]["lineno"]) == (
            "essay.md",
            line_of(essay, f"{link_server.origin}{uri}"),
        )

    # A data link is reported at the directive that renders it.
    awards = srcdir / "awards.md"
    assert (report["/explore"]["filename"], report["/explore"]["lineno"]) == (
        "awards.md",
        line_of(awards, "{award-event}"),
    )
    data_links = ("/paper/answers", "/paper/withdrawn", "/paper/moved", "/paper/stalled")
    for uri in (*data_links, "/code/answers", "/video/gone", "/people/a-author"):
        assert (report[uri]["filename"], report[uri]["lineno"]) == (
            "awards.md",
            line_of(awards, "{award-grid}"),
        )

    # A timeout counts as broken, so it is retried: one request per try, no GET fallback.
    assert link_server.requests["/slow"] == overrides["linkcheck_retries"]
    assert link_server.requests["/paper/stalled"] == overrides["linkcheck_retries"]
    # The 429 was honoured and asked again after Retry-After, not reported.
    assert link_server.requests["/busy"] == 2
    assert link_server.requests["/paper/throttled"] == 2
    # Every host gets the site's headers.
    sent = link_server.headers["/ok"]
    expected = overrides["linkcheck_request_headers"]["*"]
    assert (sent["User-Agent"], sent["Accept"]) == (expected["User-Agent"], expected["Accept"])

    # Listing allowed redirects makes every other redirect a located warning.
    warnings = app.warning.getvalue().replace(link_server.origin, "ORIGIN")
    assert sorted(strip_escape_sequences(warnings).splitlines()) == sorted(
        [
            f"{essay}:{line_of(essay, '/moved')}: WARNING: redirect  ORIGIN/moved"
            " - permanently to ORIGIN/ok",
            f"{essay}:{line_of(essay, '/talk')}: WARNING: redirect  ORIGIN/talk"
            " - with Found to ORIGIN/notes",
            f"{awards}:{line_of(awards, '{award-grid}')}: WARNING: redirect  ORIGIN/paper/moved"
            " - permanently to ORIGIN/paper/answers",
        ]
    )
