"""Load the YAML data files into a :class:`~sphinx_awards.model.Catalog`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from sphinx_awards.model import (
    Award,
    AwardKind,
    Catalog,
    Collection,
    Link,
    Location,
    Tag,
    Theme,
    Tile,
    Track,
)

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a data file, at the line of the offending value."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def load_catalog(paths: list[str]) -> tuple[Catalog, list[Problem]]:
    """Load every data file; collections that load are kept whatever the others do."""
    collections: list[Collection] = []
    problems: list[Problem] = []
    for path in paths:
        collection, file_problems = load_collection(path)
        problems.extend(file_problems)
        if collection is not None:
            collections.append(collection)
    return Catalog(tuple(collections)), problems


def load_collection(path: str) -> tuple[Collection | None, list[Problem]]:
    """Load one data file into a collection, or report why it cannot be loaded."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        return None, [Problem(Location(path, 0), f"cannot read data file: {exc.strerror}")]
    data = yaml.load(text, Loader=SafeLoader)
    return _collection(path, data), []


def _collection(path: str, data: dict[str, Any]) -> Collection:
    here = Location(path, 1)
    explore = data.get("explore")
    return Collection(
        id=data["id"],
        title=data["title"],
        summary=data["summary"],
        announced=dt.date.fromisoformat(str(data["announced"])),
        domains=data["domains"],
        explore=Link(explore["label"], explore.get("url")) if explore else None,
        legend_caption=data["legend_caption"],
        main_track=data["main_track"],
        kinds=tuple(AwardKind(**kind) for kind in data["kinds"]),
        themes=tuple(
            Theme(t["id"], t["label"], t["short"], t["color"]["light"], t["color"]["dark"])
            for t in data["themes"]
        ),
        tracks=tuple(Track(**track) for track in data["tracks"]),
        tiles=tuple(Tile(**tile) for tile in data.get("tiles", ())),
        awards=tuple(
            Award(
                **{key: value for key, value in award.items() if key != "tags"},
                collection=data["id"],
                tags=tuple(Tag(**tag) for tag in award["tags"]),
                location=here,
            )
            for award in data["awards"]
        ),
        location=here,
    )
