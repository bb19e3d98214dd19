"""The awards data model: immutable objects loaded from the YAML data files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Location:
    """Where a value stands in a data file (1-based line; None for the file as a whole)."""

    path: str
    line: int | None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class AwardKind:
    """A kind of award (Best Paper, Runner-up) with its section heading and blurb."""

    id: str
    label: str
    short: str
    heading: str
    blurb: str


@dataclass(frozen=True, slots=True)
class Theme:
    """A research theme of the legend, with its colour in light and dark mode."""

    id: str
    label: str
    short: str
    light: str
    dark: str


@dataclass(frozen=True, slots=True)
class Track:
    """A track of the conference; ``short`` is shown on badges of non-main tracks."""

    id: str
    label: str
    short: str


@dataclass(frozen=True, slots=True)
class Tag:
    """A labelled tag of an award, with its icon."""

    icon: str
    label: str


@dataclass(frozen=True, slots=True)
class Tile:
    """An editorial summary tile that cannot be computed from the awards."""

    icon: str
    label: str
    value: str
    detail: str


@dataclass(frozen=True, slots=True)
class TileHeading:
    """The icon and label of a summary tile whose value is counted from the awards."""

    icon: str
    label: str


@dataclass(frozen=True, slots=True)
class ComputedTiles:
    """The headings of the computed tiles: awards by kind, themes, awarded tracks."""

    awards: TileHeading
    themes: TileHeading
    tracks: TileHeading


@dataclass(frozen=True, slots=True)
class Link:
    """A labelled external link; ``url`` is None where no public address is known."""

    label: str
    url: str | None = None
    icon: str | None = None


@dataclass(frozen=True, slots=True)
class Award:
    """One awarded paper."""

    id: str
    collection: str
    title: str
    kind: str
    track: str
    theme: str
    summary: str
    description: str
    tags: tuple[Tag, ...]
    authors: str
    url: str
    location: Location


@dataclass(frozen=True, slots=True)
class Collection:
    """The awards of one event (a conference in a year) and the vocabulary they use."""

    id: str
    title: str
    summary: str
    announced: dt.date
    domains: str
    explore: Link | None
    legend_caption: str
    main_track: str
    kinds: tuple[AwardKind, ...]
    themes: tuple[Theme, ...]
    tracks: tuple[Track, ...]
    tiles: tuple[Tile, ...]
    awards: tuple[Award, ...]
    location: Location
    computed_tiles: ComputedTiles | None = None
    _kinds: dict[str, AwardKind] = field(init=False, repr=False, compare=False)
    _themes: dict[str, Theme] = field(init=False, repr=False, compare=False)
    _tracks: dict[str, Track] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_kinds", {kind.id: kind for kind in self.kinds})
        object.__setattr__(self, "_themes", {theme.id: theme for theme in self.themes})
        object.__setattr__(self, "_tracks", {track.id: track for track in self.tracks})

    def kind(self, kind_id: str) -> AwardKind:
        """The award kind with this id."""
        return self._kinds[kind_id]

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id."""
        return self._themes[theme_id]

    def track(self, track_id: str) -> Track:
        """The track with this id."""
        return self._tracks[track_id]


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every collection of a build, in the order of ``awards_data``."""

    collections: tuple[Collection, ...]
    _collections: dict[str, Collection] = field(init=False, repr=False, compare=False)
    _awards: dict[str, Award] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_collections", {c.id: c for c in self.collections})
        awards = {award.id: award for c in self.collections for award in c.awards}
        object.__setattr__(self, "_awards", awards)

    @property
    def default(self) -> Collection | None:
        """The collection of the first data file, used when a directive names none."""
        return self.collections[0] if self.collections else None

    def collection(self, collection_id: str) -> Collection | None:
        """The collection with this id, or None."""
        return self._collections.get(collection_id)

    def award(self, award_id: str) -> Award | None:
        """The award with this id in any collection, or None."""
        return self._awards.get(award_id)
