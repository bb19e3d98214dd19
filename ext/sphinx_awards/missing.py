"""Why something a page names is not there: the error that left it out, or what there is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_awards.messages import known

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from sphinx_awards.model import Catalog, Location


def award_ids(catalog: Catalog) -> list[str]:
    """The ids of every award of the catalog, in data order."""
    return [award.id for collection in catalog.collections for award in collection.awards]


def why_no_award(catalog: Catalog, award_id: str) -> str:
    """Why no award has this id: the error that left it out, or the ids there are."""
    error = catalog.lost_awards.get(award_id)
    if error is not None:
        whole_file = (
            error in catalog.lost_collections.values()
            or error == catalog.lost_default
            or error in catalog.lost_files
        )
        where = "its data file" if whole_file else "its record"
        return f"award '{award_id}' is not shown: {where} has an error at {error}"
    return f"unknown award '{award_id}' (known: {known(award_ids(catalog))}{_lost_files(catalog)})"


def why_no_collection(catalog: Catalog, name: str | None) -> str:
    """Why there is no collection ``name`` (None: the first data file's) to show."""
    if name is None:
        return (
            "no collection to show: the first data file, used when :collection: is not "
            f"given, has an error at {catalog.lost_default}"
        )
    error = catalog.lost_collections.get(name)
    if error is not None:
        return f"collection '{name}' is not shown: its data file has an error at {error}"
    ids = known(c.id for c in catalog.collections)
    return f"unknown collection '{name}' (known: {ids}{_lost_files(catalog)})"


def _lost_files(catalog: Catalog) -> str:
    """The errors of data files lost before they said what they define: they may hold it."""
    if not catalog.lost_files:
        return ""
    return f"; not loaded for an error: {', '.join(map(str, catalog.lost_files))}"


def not_found(
    noun: str, item: str, valid: Iterable[str], lost: Mapping[str, Location], where: str = ""
) -> str:
    """Why no ``noun`` named ``item`` is there: the error that left it out, or the valid ids."""
    if item in lost:
        return f"{noun} '{item}'{where} is not shown: its record has an error at {lost[item]}"
    return f"unknown {noun} '{item}'{where} (known: {known(valid)})"
