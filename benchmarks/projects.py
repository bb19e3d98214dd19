"""The Sphinx projects the benchmark builds: one per scenario and contender.

Every project has the same theme (furo), the same base extensions (MyST with colon fences,
sphinx-design), an ``index`` page and an unrelated ``about`` page; a contender adds only its
own extension. The cards are on ``index`` for one page, or spread over ``awards/page-NN``
pages (reached from ``index``'s toctree) that all read one shared data file. Two references
have no contender's extension: a floor, the page layout with no cards, and plain, the words of
the cards as plain paragraphs (what any page that shows them costs at least).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import jinja2

from benchmarks import synthetic

#: The contenders, in the order the tables show them.
CONTENDERS = ("ours", "handwritten", "datatemplates")
FLOOR = "floor"
PLAIN = "plain"
TEMPLATE = Path(__file__).with_name("award-grid.md.jinja")
DATA_FILE = "awards.yaml"
ABOUT_PAGE = "about"
#: How many of its papers each card page links in its prose.
FURTHER_READING = 3

BASE_CONF = """\
project = "Awards benchmark"
extensions = ["myst_parser", "sphinx_design"{extra}]
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
"""
EXTRA_CONF = {
    FLOOR: ("", ""),
    PLAIN: ("", ""),
    "handwritten": ("", ""),
    # 5000 awards with every field of a record come to some 7 MB of YAML, over the default
    # safety limit for data from other people; this data is the benchmark's own.
    "ours": (
        ', "sphinx_awards"',
        f'awards_data = ["{DATA_FILE}"]\nawards_max_file_size = 16 * 1024 * 1024\n',
    ),
    "datatemplates": (', "sphinxcontrib.datatemplates"', 'templates_path = ["_templates"]\n'),
}


@dataclass(frozen=True)
class Scenario:
    """``awards`` synthetic awards shown on ``pages`` pages, an equal share on each."""

    awards: int
    pages: int

    @property
    def name(self) -> str:
        """How tables name the scenario."""
        if not self.awards:
            return FLOOR if self.pages == 1 else f"{FLOOR}, {self.pages} pages"
        unit = "page" if self.pages == 1 else "pages"
        return f"N={self.awards}, {self.pages} {unit}"

    @property
    def slug(self) -> str:
        """The scenario's folder name."""
        return f"n{self.awards}-p{self.pages}"

    def card_pages(self) -> list[str]:
        """The document names of the pages that show cards."""
        if self.pages == 1:
            return ["index"]
        return [f"awards/page-{page:02d}" for page in range(1, self.pages + 1)]

    def share(self, page: int) -> tuple[int, int]:
        """The slice ``[start, stop)`` of the awards shown on the ``page``-th card page."""
        size = -(-self.awards // self.pages)
        return page * size, min((page + 1) * size, self.awards)

    @property
    def floor(self) -> Scenario:
        """The same pages with no cards: what any contender's build costs at least."""
        return Scenario(0, self.pages)


def write_project(root: Path, scenario: Scenario, contender: str) -> Path:
    """Write the project of ``contender`` (or the floor) for ``scenario`` into ``root``."""
    _fresh(root, contender)
    data = synthetic.collection(scenario.awards)
    if contender in ("ours", "datatemplates"):
        synthetic.write(root / DATA_FILE, scenario.awards)
    elif contender == "handwritten":
        synthetic.write_image(root)
    if contender == "datatemplates":
        (root / "_templates").mkdir()
        shutil.copyfile(TEMPLATE, root / "_templates" / TEMPLATE.name)
    contender_cards = _CARDS[contender]

    def cards(data: dict, start: int, stop: int) -> str:
        return contender_cards(data, start, stop) + _further_reading(data, start, stop)

    if scenario.pages == 1:
        index = f"# Awards\n\n{cards(data, 0, scenario.awards)}"
    else:
        names = scenario.card_pages()
        index = f"# Awards\n\n{_toctree(names)}"
        for page, name in enumerate(names):
            _page(root, name, f"# Awards, page {page + 1}\n\n{cards(data, *scenario.share(page))}")
    _page(root, "index", f"{index}\n{_toctree([ABOUT_PAGE])}")
    return root


def _fresh(root: Path, contender: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    extension, settings = EXTRA_CONF[contender]
    conf = BASE_CONF.format(extra=extension) + settings
    (root / "conf.py").write_text(conf, encoding="utf-8")
    _page(root, ABOUT_PAGE, "# About\n\nA page that shows no cards.\n")


def _toctree(names: list[str]) -> str:
    entries = "\n".join(names)
    return f"```{{toctree}}\n:hidden:\n\n{entries}\n```\n"


def _page(root: Path, name: str, text: str) -> None:
    path = root / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _further_reading(data: dict, start: int, stop: int) -> str:
    """Prose that links a few of the page's papers, as an essay would: what link previews read.

    The same for every contender; one address is written another way than the data's.
    """
    awards = data["awards"][start:stop][:FURTHER_READING]
    if not awards:
        return ""
    urls = [award["url"] for award in awards]
    urls[-1] = urls[-1].replace("https://", "http://www.") + "/"
    links = ", ".join(f"[{award['title']}]({url})" for award, url in zip(awards, urls, strict=True))
    return f"\nFurther reading: {links}.\n"


def _no_cards(data: dict, start: int, stop: int) -> str:
    return "No cards here.\n"


def _plain(data: dict, start: int, stop: int) -> str:
    return "\n".join(
        f"{_escaped(' '.join(_words(award)))}\n" for award in data["awards"][start:stop]
    )


def _words(value: object) -> list[str]:
    """The text of an award's record: every string in it but ids, vocabulary and addresses."""
    if isinstance(value, dict):
        skipped = {"id", "kind", "theme", "track"}
        return [word for key, item in value.items() if key not in skipped for word in _words(item)]
    if isinstance(value, list):
        return [word for item in value for word in _words(item)]
    if isinstance(value, str) and not value.startswith(("http://", "https://")):
        return [value]
    return []


def _escaped(text: str) -> str:
    """``text`` with Markdown's special characters escaped."""
    return "".join(f"\\{char}" if char in "\\`*_{}[]<>()#+-.!|:&" else char for char in text)


def _ours(data: dict, start: int, stop: int) -> str:
    if (start, stop) == (0, len(data["awards"])):
        return ":::{award-grid}\n:::\n"
    ids = " ".join(award["id"] for award in data["awards"][start:stop])
    return f":::{{award-grid}}\n:ids: {ids}\n:::\n"


def _handwritten(data: dict, start: int, stop: int) -> str:
    return _template().render(data=data, options={"start": start, "stop": stop}) + "\n"


def _datatemplates(data: dict, start: int, stop: int) -> str:
    return (
        # A leading slash is relative to the source folder, whatever the page's folder.
        f":::{{datatemplate:yaml}} /{DATA_FILE}\n"
        f":template: {TEMPLATE.name}\n:start: {start}\n:stop: {stop}\n:::\n"
    )


def _template() -> jinja2.Template:
    return jinja2.Environment().from_string(TEMPLATE.read_text(encoding="utf-8"))


_CARDS = {
    FLOOR: _no_cards,
    PLAIN: _plain,
    "ours": _ours,
    "handwritten": _handwritten,
    "datatemplates": _datatemplates,
}
