"""The PDF builds with a picture of every type the data format allows on its cards.

LaTeX includes PNG, JPEG and PDF: the cards with a GIF, an SVG or a WebP are shown without it,
and the document compiles. These tests need TeX, so a plain ``pytest`` leaves them out:
``nox -s pdf`` runs them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from .conftest import unavailable, warnings
from .picture_files import give_pictures, write_pictures

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize(
    "pictures", [["figure.gif", "figure.svg", "figure.webp"], ["figure.png", "figure.jpg"]]
)
def test_the_pdf_builds_with_any_picture_the_data_allows(
    rootdir: Path, tmp_path: Path, pictures: list[str]
) -> None:
    missing = [tool for tool in ("latexmk", "lualatex", "pdftotext") if shutil.which(tool) is None]
    if missing:
        unavailable(f"PDF tests: {', '.join(missing)} not found: see the apt-get line of .ci/run")
    srcdir = tmp_path / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    write_pictures(srcdir / "data" / "images")
    give_pictures(srcdir, pictures)
    # The site's engine: the tags' emoji need a Unicode one.
    app = SphinxTestApp(
        "latex", srcdir=srcdir, freshenv=True, confoverrides={"latex_engine": "lualatex"}
    )
    try:
        app.build()
    finally:
        app.cleanup()
    unincludable = [name for name in pictures if not name.endswith((".png", ".jpg"))]
    assert warnings(app).count("[awards.image]") == len(unincludable)
    result = subprocess.run(
        # The latexmkrc Sphinx writes runs the engine of the configuration.
        ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error"],
        cwd=app.outdir,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    text = subprocess.run(
        ["pdftotext", str(next(Path(app.outdir).glob("*.pdf"))), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Every card is there, with or without its picture.
    for title in ("Alpha", "Beta", "Gamma"):
        assert title in text
