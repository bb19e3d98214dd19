"""The extension's configuration values: declared once, checked once, read typed.

Every ``awards_*`` value of ``conf.py`` is a :class:`Setting` of :data:`SETTINGS`: its name,
default, type, what a change rebuilds, and the description the guide's reference shows.
:func:`check_settings` checks them all when the configuration is read, so a bad value is put
right (warned) before Sphinx compares the configuration with the last build's; other modules
read the values through :func:`awards_config`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sphinx_awards.limits import DEFAULT_LIMITS, Limits
from sphinx_awards.messages import checked_setting, is_count

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx
    from sphinx.config import Config

#: How many authors a card names before "et al." unless ``awards_card_authors`` says.
DEFAULT_AUTHORS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class Setting:
    """One configuration value of the extension."""

    name: str
    default: object
    #: What Sphinx does again when the value changes: read every page, or write every page.
    rebuild: Literal["env", "html"]
    #: The types Sphinx's own check accepts (it warns about others beside ours).
    types: tuple[type, ...]
    #: What the guide's reference says of it, in one paragraph (``code`` in double backquotes).
    description: str
    is_valid: Callable[[object], bool]
    #: What a valid value is, for the warning: "awards_x must be <requirement>, not ...".
    requirement: str
    #: What the build does with a value that is not valid: "...; <fallback>".
    fallback: str
    #: A line of ``conf.py`` setting it, for the reference; None for none.
    example: str | None = None


def _is_switch(value: object) -> bool:
    return isinstance(value, bool)


def _is_paths(value: object) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list | tuple) and all(isinstance(path, str) for path in value)
    )


#: Every configuration value, in the order the reference lists them.
SETTINGS = (
    Setting(
        "awards_data",
        [],
        "env",
        (str, list, tuple),
        "The data files, one path or a list of paths relative to the folder of ``conf.py``. Each "
        "file is one collection; the first one is the default of every directive. A directive "
        "used without data is a warning of subtype ``config``.",
        _is_paths,
        "a path or a list of paths",
        "no data loaded",
        'awards_data = ["../data/neurips-2025.yaml"]',
    ),
    Setting(
        "awards_card_authors",
        DEFAULT_AUTHORS_SHOWN,
        "env",
        (int,),
        'How many authors of a list a card names before "et al."; the JSON export and the '
        "BibTeX entries give them all. An author text (``authors: Liwei Jiang et al.``) is shown "
        "as written.",
        is_count,
        "a whole number of 1 or more",
        f"cards name {DEFAULT_AUTHORS_SHOWN} authors",
    ),
    Setting(
        "awards_link_previews",
        True,
        # Previews are added as pages are written: a change needs no page read again.
        "html",
        (bool,),
        "Whether links to an award's paper, and the ``award`` role, show a preview of the "
        "award's card on web pages. A page's metadata may set it for that page.",
        _is_switch,
        "True or False",
        "link previews stay on",
        "awards_link_previews = False",
    ),
    Setting(
        "awards_discussed_in",
        True,
        "env",
        (bool,),
        "Whether cards list the places of the site that discuss their paper.",
        _is_switch,
        "True or False",
        "cards list where they are discussed",
        "awards_discussed_in = False",
    ),
    Setting(
        "awards_max_file_size",
        DEFAULT_LIMITS.max_file_size,
        "env",
        (int,),
        "The largest data file read, in bytes (5 MiB by default); a larger file is refused "
        "(subtype ``limit``) before it is parsed. Raise it only for data you trust.",
        is_count,
        "a positive whole number",
        f"using {DEFAULT_LIMITS.max_file_size}",
    ),
    Setting(
        "awards_max_values",
        DEFAULT_LIMITS.max_values,
        "env",
        (int,),
        "The most values one data file may hold, each use of a YAML alias counted as a copy of "
        "what it names; a file with more is refused (subtype ``limit``) without being expanded, "
        'so a "billion laughs" file costs nothing. Raise it only for data you trust.',
        is_count,
        "a positive whole number",
        f"using {DEFAULT_LIMITS.max_values}",
    ),
)


@dataclass(frozen=True, slots=True)
class AwardsConfig:
    """The extension's configuration values of a build, checked, with their types."""

    #: The data files as ``conf.py`` names them (relative to its folder).
    data: tuple[str, ...]
    card_authors: int
    link_previews: bool
    discussed_in: bool
    #: ``awards_max_file_size`` and ``awards_max_values``.
    limits: Limits


def awards_config(config: Config) -> AwardsConfig:
    """The extension's values of ``config`` (checked when it was read)."""
    data = config.awards_data
    return AwardsConfig(
        data=(data,) if isinstance(data, str) else tuple(data),
        card_authors=config.awards_card_authors,
        link_previews=config.awards_link_previews,
        discussed_in=config.awards_discussed_in,
        limits=Limits(
            max_file_size=config.awards_max_file_size, max_values=config.awards_max_values
        ),
    )


def data_files(app: Sphinx) -> list[str]:
    """The data files of ``awards_data``, resolved against the folder of ``conf.py``."""
    return [str((Path(app.confdir) / path).resolve()) for path in awards_config(app.config).data]


def check_settings(app: Sphinx, config: Config) -> None:
    """Put each value that is not valid back to its default, with a ``config`` warning.

    Checked when the configuration is read: a value put right later would differ from the
    one Sphinx compares with the last build's, and every page would be read again each time.
    """
    for setting in SETTINGS:
        checked_setting(
            config,
            setting.name,
            setting.is_valid,
            setting.requirement,
            setting.default,
            setting.fallback,
        )


def setup_config(app: Sphinx) -> None:
    """Register every configuration value and their check."""
    for setting in SETTINGS:
        app.add_config_value(setting.name, setting.default, setting.rebuild, types=setting.types)
    app.connect("config-inited", check_settings)
