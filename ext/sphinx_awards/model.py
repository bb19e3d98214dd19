"""The awards data model: immutable objects loaded from the YAML data files."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar, cast, dataclass_transform

_Record = TypeVar("_Record", bound=type)


@dataclass_transform(frozen_default=True)
def record(*, kw_only: bool = False) -> Callable[[_Record], _Record]:
    """Make a class an immutable dataclass with slots, pickled as the tuple of its values.

    A build pickles every award more than once (the loader's copy of the records, each card
    node), and the ``__getstate__``/``__setstate__`` that dataclasses give a frozen class with
    slots look its fields up again for every object: these take half the time.
    """

    def make(cls: _Record) -> _Record:
        # Any: the class gains the methods set below, which its type does not declare.
        made: Any = dataclass(frozen=True, slots=True, kw_only=kw_only)(cls)
        names = tuple(each.name for each in fields(made))
        values = operator.attrgetter(*names)

        def __getstate__(self: Any) -> tuple[Any, ...]:
            return values(self) if len(names) > 1 else (values(self),)

        def __setstate__(self: Any, state: tuple[Any, ...]) -> None:
            for name, value in zip(names, state, strict=True):
                object.__setattr__(self, name, value)

        made.__getstate__ = __getstate__
        made.__setstate__ = __setstate__
        return cast(_Record, made)

    return make


@record()
class Location:
    """Where a value stands in a data file (1-based line; None for the file as a whole)."""

    path: str
    line: int | None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@record()
class AwardKind:
    """A kind of award (Best Paper, Runner-up) with its section heading and blurb."""

    id: str
    label: str
    short: str
    heading: str
    blurb: str | None = None


@record()
class Theme:
    """A research theme of the legend, with its colour in light and dark mode."""

    id: str
    label: str
    short: str
    light: str
    dark: str


@record()
class Track:
    """A track of the conference; ``short`` is shown on badges of non-main tracks."""

    id: str
    label: str
    short: str


@record()
class Tag:
    """A labelled tag of an award, with its icon."""

    icon: str
    label: str


@record()
class Tile:
    """An editorial summary tile that cannot be computed from the awards."""

    icon: str
    label: str
    value: str
    detail: str


@record()
class TileHeading:
    """The icon and label of a summary tile whose value is counted from the awards."""

    icon: str
    label: str


@record()
class ComputedTiles:
    """The headings of the computed tiles: awards by kind, themes, awarded tracks.

    A heading the data leaves out is None: the tile keeps its default icon and label.
    """

    awards: TileHeading | None = None
    themes: TileHeading | None = None
    tracks: TileHeading | None = None


@record()
class Link:
    """A labelled external link; ``url`` is None where no public address is known."""

    label: str
    url: str | None = None
    icon: str | None = None


@record()
class Author:
    """One author of a paper, with their page and affiliation where the data gives them."""

    name: str
    url: str | None = None
    affiliation: str | None = None


@record()
class PaperLink:
    """One more address of an award's paper (code, video, ...); ``label`` None: the kind's."""

    kind: str
    url: str
    label: str | None = None


@record()
class Image:
    """A picture of an award's paper: ``path`` as the data gives it, ``file`` the file itself."""

    path: str
    file: str
    alt: str


@record(kw_only=True)
class Award:
    """One awarded paper; what its data leaves out is None (or no tags) and not shown."""

    id: str
    collection: str
    title: str
    kind: str
    location: Location
    track: str | None = None
    theme: str | None = None
    summary: str | None = None
    description: str | None = None
    tags: tuple[Tag, ...] = ()
    #: One text as the data gives it ("Liwei Jiang et al."), or each author.
    authors: str | tuple[Author, ...] | None = None
    url: str | None = None
    links: tuple[PaperLink, ...] = ()
    image: Image | None = None
    #: The year and venue of the award's citation: its own, or else its collection's.
    year: int | None = None
    venue: str | None = None
    doi: str | None = None
    arxiv: str | None = None


@record(kw_only=True)
class Collection:
    """The awards of one event (a conference in a year) and the vocabulary they use.

    What its data leaves out is None (or empty) and not shown.
    """

    id: str
    title: str
    location: Location
    summary: str | None = None
    announced: dt.date | None = None
    domains: str | None = None
    year: int | None = None
    venue: str | None = None
    explore: Link | None = None
    legend_caption: str | None = None
    main_track: str | None = None
    kinds: tuple[AwardKind, ...] = ()
    themes: tuple[Theme, ...] = ()
    tracks: tuple[Track, ...] = ()
    tiles: tuple[Tile, ...] = ()
    awards: tuple[Award, ...] = ()
    computed_tiles: ComputedTiles | None = None
    #: Where the error is that left out a declared kind, theme or track, by section and id:
    #: ``("kinds", "best")``.
    lost_declarations: dict[tuple[str, str], Location] = field(default_factory=dict, compare=False)
    _kinds: dict[str, AwardKind] = field(init=False, repr=False, compare=False)
    _themes: dict[str, Theme] = field(init=False, repr=False, compare=False)
    _tracks: dict[str, Track] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_kinds", {kind.id: kind for kind in self.kinds})
        object.__setattr__(self, "_themes", {theme.id: theme for theme in self.themes})
        object.__setattr__(self, "_tracks", {track.id: track for track in self.tracks})

    def lost(self, section: str) -> dict[str, Location]:
        """The ids of ``section`` (kinds, themes or tracks) an error left out, with where it is."""
        return {
            entry_id: error
            for (lost_section, entry_id), error in self.lost_declarations.items()
            if lost_section == section
        }

    def kind(self, kind_id: str) -> AwardKind:
        """The award kind with this id."""
        return self._kinds[kind_id]

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id."""
        return self._themes[theme_id]

    def track(self, track_id: str) -> Track:
        """The track with this id."""
        return self._tracks[track_id]


@record()
class Catalog:
    """Every collection of a build, in the order of ``awards_data``, and what was left out.

    ``lost_collections`` and ``lost_awards`` map the id of a collection or award that an error
    left out to where that error is; ``lost_default`` is the error that left out the first data
    file's collection, the one directives show when they name none; ``lost_files`` holds the
    errors of files lost before they said what they define; ``award_errors`` maps a collection's
    id to the first error that left out one of its awards.
    """

    collections: tuple[Collection, ...]
    lost_collections: dict[str, Location] = field(default_factory=dict)
    lost_awards: dict[str, Location] = field(default_factory=dict)
    lost_default: Location | None = None
    lost_files: tuple[Location, ...] = ()
    award_errors: dict[str, Location] = field(default_factory=dict)
    _collections: dict[str, Collection] = field(init=False, repr=False, compare=False)
    _awards: dict[str, Award] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_collections", {c.id: c for c in self.collections})
        awards = {award.id: award for c in self.collections for award in c.awards}
        object.__setattr__(self, "_awards", awards)

    @property
    def default(self) -> Collection | None:
        """The collection of the first data file, used when a directive names none."""
        if self.lost_default is not None or not self.collections:
            return None
        return self.collections[0]

    def collection(self, collection_id: str) -> Collection | None:
        """The collection with this id, or None."""
        return self._collections.get(collection_id)

    def award(self, award_id: str) -> Award | None:
        """The award with this id in any collection, or None."""
        return self._awards.get(award_id)

    def collection_of(self, award: Award) -> Collection:
        """The collection of an award of the catalog."""
        return self._collections[award.collection]
