"""Confirm that a data file's values are valid against awards.schema.json, quickly.

Generated from the schema by ``nox -s compile-schema`` (tests/schema_compiler.py) with
fastjsonschema; do not edit. ``validate(data, custom_formats={"date": ...})`` raises
JsonSchemaValueException at the first value the schema refuses; the loader then asks
jsonschema to explain.
"""

VERSION = "2.22.3"
from decimal import Decimal
import re


class JsonSchemaValueException(ValueError):
    """A value the schema refuses."""


class JsonSchemaValuesException(JsonSchemaValueException):
    """A value refused by every form an ``anyOf`` allows."""



REGEX_PATTERNS = {
    '^[a-z0-9]+(?:-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(?:-[a-z0-9]+)*\\Z'),
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z'),
    '^https?://[^\\s/?#]+(?:[/?#]\\S*)?$': re.compile('^https?://[^\\s/?#]+(?:[/?#]\\S*)?\\Z'),
    '^#[0-9a-fA-F]{6}$': re.compile('^#[0-9a-fA-F]{6}\\Z'),
    '^10\\.[0-9]{4,9}/\\S+$': re.compile('^10\\.[0-9]{4,9}/\\S+\\Z'),
    '^(?:[0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?$': re.compile('^(?:[0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters")
        if "summary" in data_keys:
            data_keys.remove("summary")
            data__summary = data["summary"]
            if not isinstance(data__summary, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be string")
            if isinstance(data__summary, str):
                data__summary_len = len(data__summary)
                if data__summary_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be longer than or equal to 1 characters")
        if "announced" in data_keys:
            data_keys.remove("announced")
            data__announced = data["announced"]
            if not isinstance(data__announced, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".announced must be string")
            if isinstance(data__announced, str):
                if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data__announced):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".announced must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
                if not custom_formats["date"](data__announced):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".announced must be date")
        if "domains" in data_keys:
            data_keys.remove("domains")
            data__domains = data["domains"]
            if not isinstance(data__domains, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".domains must be string")
            if isinstance(data__domains, str):
                data__domains_len = len(data__domains)
                if data__domains_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".domains must be longer than or equal to 1 characters")
        if "year" in data_keys:
            data_keys.remove("year")
            data__year = data["year"]
            if not isinstance(data__year, (int)) and not (isinstance(data__year, float) and data__year.is_integer()) or isinstance(data__year, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".year must be integer")
            if isinstance(data__year, (int, float, Decimal)) and not isinstance(data__year, bool):
                if data__year < 1000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".year must be bigger than or equal to 1000")
                if data__year > 9999:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".year must be smaller than or equal to 9999")
        if "venue" in data_keys:
            data_keys.remove("venue")
            data__venue = data["venue"]
            if not isinstance(data__venue, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".venue must be string")
            if isinstance(data__venue, str):
                data__venue_len = len(data__venue)
                if data__venue_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".venue must be longer than or equal to 1 characters")
        if "explore" in data_keys:
            data_keys.remove("explore")
            data__explore = data["explore"]
            if not isinstance(data__explore, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore must be object")
            data__explore_is_dict = isinstance(data__explore, dict)
            if data__explore_is_dict:
                data__explore__missing_keys = set(['label']) - data__explore.keys()
                if data__explore__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore must contain ")
                data__explore_keys = set(data__explore.keys())
                if "icon" in data__explore_keys:
                    data__explore_keys.remove("icon")
                    data__explore__icon = data__explore["icon"]
                    if not isinstance(data__explore__icon, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore.icon must be string")
                    if isinstance(data__explore__icon, str):
                        data__explore__icon_len = len(data__explore__icon)
                        if data__explore__icon_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore.icon must be longer than or equal to 1 characters")
                        if data__explore__icon_len > 16:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore.icon must be shorter than or equal to 16 characters")
                if "label" in data__explore_keys:
                    data__explore_keys.remove("label")
                    data__explore__label = data__explore["label"]
                    if not isinstance(data__explore__label, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore.label must be string")
                    if isinstance(data__explore__label, str):
                        data__explore__label_len = len(data__explore__label)
                        if data__explore__label_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore.label must be longer than or equal to 1 characters")
                if "url" in data__explore_keys:
                    data__explore_keys.remove("url")
                    data__explore__url = data__explore["url"]
                    if not isinstance(data__explore__url, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore.url must be string")
                    if isinstance(data__explore__url, str):
                        if not REGEX_PATTERNS['^https?://[^\\s/?#]+(?:[/?#]\\S*)?$'].search(data__explore__url):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore.url must match pattern ^https?://[^\\s/?#]+(?:[/?#]\\S*)?$")
                if data__explore_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".explore must not contain "+str(data__explore_keys)+" properties")
        if "legend_caption" in data_keys:
            data_keys.remove("legend_caption")
            data__legendcaption = data["legend_caption"]
            if not isinstance(data__legendcaption, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".legend_caption must be string")
            if isinstance(data__legendcaption, str):
                data__legendcaption_len = len(data__legendcaption)
                if data__legendcaption_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".legend_caption must be longer than or equal to 1 characters")
        if "main_track" in data_keys:
            data_keys.remove("main_track")
            data__maintrack = data["main_track"]
            if not isinstance(data__maintrack, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".main_track must be string")
            if isinstance(data__maintrack, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__maintrack):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".main_track must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
        if "kinds" in data_keys:
            data_keys.remove("kinds")
            data__kinds = data["kinds"]
            if not isinstance(data__kinds, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds must be array")
            data__kinds_is_list = isinstance(data__kinds, (list, tuple))
            if data__kinds_is_list:
                data__kinds_len = len(data__kinds)
                for data__kinds_x, data__kinds_item in enumerate(data__kinds):
                    if not isinstance(data__kinds_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}]".format(**locals()) + " must be object")
                    data__kinds_item_is_dict = isinstance(data__kinds_item, dict)
                    if data__kinds_item_is_dict:
                        data__kinds_item__missing_keys = set(['id', 'label']) - data__kinds_item.keys()
                        if data__kinds_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}]".format(**locals()) + " must contain ")
                        data__kinds_item_keys = set(data__kinds_item.keys())
                        if "id" in data__kinds_item_keys:
                            data__kinds_item_keys.remove("id")
                            data__kinds_item__id = data__kinds_item["id"]
                            if not isinstance(data__kinds_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__kinds_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__kinds_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
                        if "label" in data__kinds_item_keys:
                            data__kinds_item_keys.remove("label")
                            data__kinds_item__label = data__kinds_item["label"]
                            if not isinstance(data__kinds_item__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].label".format(**locals()) + " must be string")
                            if isinstance(data__kinds_item__label, str):
                                data__kinds_item__label_len = len(data__kinds_item__label)
                                if data__kinds_item__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].label".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "short" in data__kinds_item_keys:
                            data__kinds_item_keys.remove("short")
                            data__kinds_item__short = data__kinds_item["short"]
                            if not isinstance(data__kinds_item__short, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].short".format(**locals()) + " must be string")
                            if isinstance(data__kinds_item__short, str):
                                data__kinds_item__short_len = len(data__kinds_item__short)
                                if data__kinds_item__short_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].short".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "heading" in data__kinds_item_keys:
                            data__kinds_item_keys.remove("heading")
                            data__kinds_item__heading = data__kinds_item["heading"]
                            if not isinstance(data__kinds_item__heading, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].heading".format(**locals()) + " must be string")
                            if isinstance(data__kinds_item__heading, str):
                                data__kinds_item__heading_len = len(data__kinds_item__heading)
                                if data__kinds_item__heading_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].heading".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "blurb" in data__kinds_item_keys:
                            data__kinds_item_keys.remove("blurb")
                            data__kinds_item__blurb = data__kinds_item["blurb"]
                            if not isinstance(data__kinds_item__blurb, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].blurb".format(**locals()) + " must be string")
                            if isinstance(data__kinds_item__blurb, str):
                                data__kinds_item__blurb_len = len(data__kinds_item__blurb)
                                if data__kinds_item__blurb_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}].blurb".format(**locals()) + " must be longer than or equal to 1 characters")
                        if data__kinds_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".kinds[{data__kinds_x}]".format(**locals()) + " must not contain "+str(data__kinds_item_keys)+" properties")
        if "themes" in data_keys:
            data_keys.remove("themes")
            data__themes = data["themes"]
            if not isinstance(data__themes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes must be array")
            data__themes_is_list = isinstance(data__themes, (list, tuple))
            if data__themes_is_list:
                data__themes_len = len(data__themes)
                for data__themes_x, data__themes_item in enumerate(data__themes):
                    if not isinstance(data__themes_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}]".format(**locals()) + " must be object")
                    data__themes_item_is_dict = isinstance(data__themes_item, dict)
                    if data__themes_item_is_dict:
                        data__themes_item__missing_keys = set(['id', 'label', 'short', 'color']) - data__themes_item.keys()
                        if data__themes_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}]".format(**locals()) + " must contain ")
                        data__themes_item_keys = set(data__themes_item.keys())
                        if "id" in data__themes_item_keys:
                            data__themes_item_keys.remove("id")
                            data__themes_item__id = data__themes_item["id"]
                            if not isinstance(data__themes_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__themes_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__themes_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
                        if "label" in data__themes_item_keys:
                            data__themes_item_keys.remove("label")
                            data__themes_item__label = data__themes_item["label"]
                            if not isinstance(data__themes_item__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].label".format(**locals()) + " must be string")
                            if isinstance(data__themes_item__label, str):
                                data__themes_item__label_len = len(data__themes_item__label)
                                if data__themes_item__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].label".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "short" in data__themes_item_keys:
                            data__themes_item_keys.remove("short")
                            data__themes_item__short = data__themes_item["short"]
                            if not isinstance(data__themes_item__short, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].short".format(**locals()) + " must be string")
                            if isinstance(data__themes_item__short, str):
                                data__themes_item__short_len = len(data__themes_item__short)
                                if data__themes_item__short_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].short".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "color" in data__themes_item_keys:
                            data__themes_item_keys.remove("color")
                            data__themes_item__color = data__themes_item["color"]
                            if not isinstance(data__themes_item__color, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].color".format(**locals()) + " must be object")
                            data__themes_item__color_is_dict = isinstance(data__themes_item__color, dict)
                            if data__themes_item__color_is_dict:
                                data__themes_item__color__missing_keys = set(['light', 'dark']) - data__themes_item__color.keys()
                                if data__themes_item__color__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].color".format(**locals()) + " must contain ")
                                data__themes_item__color_keys = set(data__themes_item__color.keys())
                                if "light" in data__themes_item__color_keys:
                                    data__themes_item__color_keys.remove("light")
                                    data__themes_item__color__light = data__themes_item__color["light"]
                                    if not isinstance(data__themes_item__color__light, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].color.light".format(**locals()) + " must be string")
                                    if isinstance(data__themes_item__color__light, str):
                                        if not REGEX_PATTERNS['^#[0-9a-fA-F]{6}$'].search(data__themes_item__color__light):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].color.light".format(**locals()) + " must match pattern ^#[0-9a-fA-F]{6}$")
                                if "dark" in data__themes_item__color_keys:
                                    data__themes_item__color_keys.remove("dark")
                                    data__themes_item__color__dark = data__themes_item__color["dark"]
                                    if not isinstance(data__themes_item__color__dark, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].color.dark".format(**locals()) + " must be string")
                                    if isinstance(data__themes_item__color__dark, str):
                                        if not REGEX_PATTERNS['^#[0-9a-fA-F]{6}$'].search(data__themes_item__color__dark):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].color.dark".format(**locals()) + " must match pattern ^#[0-9a-fA-F]{6}$")
                                if data__themes_item__color_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}].color".format(**locals()) + " must not contain "+str(data__themes_item__color_keys)+" properties")
                        if data__themes_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}]".format(**locals()) + " must not contain "+str(data__themes_item_keys)+" properties")
        if "tracks" in data_keys:
            data_keys.remove("tracks")
            data__tracks = data["tracks"]
            if not isinstance(data__tracks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks must be array")
            data__tracks_is_list = isinstance(data__tracks, (list, tuple))
            if data__tracks_is_list:
                data__tracks_len = len(data__tracks)
                for data__tracks_x, data__tracks_item in enumerate(data__tracks):
                    if not isinstance(data__tracks_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}]".format(**locals()) + " must be object")
                    data__tracks_item_is_dict = isinstance(data__tracks_item, dict)
                    if data__tracks_item_is_dict:
                        data__tracks_item__missing_keys = set(['id', 'label']) - data__tracks_item.keys()
                        if data__tracks_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}]".format(**locals()) + " must contain ")
                        data__tracks_item_keys = set(data__tracks_item.keys())
                        if "id" in data__tracks_item_keys:
                            data__tracks_item_keys.remove("id")
                            data__tracks_item__id = data__tracks_item["id"]
                            if not isinstance(data__tracks_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__tracks_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__tracks_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
                        if "label" in data__tracks_item_keys:
                            data__tracks_item_keys.remove("label")
                            data__tracks_item__label = data__tracks_item["label"]
                            if not isinstance(data__tracks_item__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}].label".format(**locals()) + " must be string")
                            if isinstance(data__tracks_item__label, str):
                                data__tracks_item__label_len = len(data__tracks_item__label)
                                if data__tracks_item__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}].label".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "short" in data__tracks_item_keys:
                            data__tracks_item_keys.remove("short")
                            data__tracks_item__short = data__tracks_item["short"]
                            if not isinstance(data__tracks_item__short, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}].short".format(**locals()) + " must be string")
                            if isinstance(data__tracks_item__short, str):
                                data__tracks_item__short_len = len(data__tracks_item__short)
                                if data__tracks_item__short_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}].short".format(**locals()) + " must be longer than or equal to 1 characters")
                        if data__tracks_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tracks[{data__tracks_x}]".format(**locals()) + " must not contain "+str(data__tracks_item_keys)+" properties")
        if "computed_tiles" in data_keys:
            data_keys.remove("computed_tiles")
            data__computedtiles = data["computed_tiles"]
            if not isinstance(data__computedtiles, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles must be object")
            data__computedtiles_is_dict = isinstance(data__computedtiles, dict)
            if data__computedtiles_is_dict:
                data__computedtiles_keys = set(data__computedtiles.keys())
                if "awards" in data__computedtiles_keys:
                    data__computedtiles_keys.remove("awards")
                    data__computedtiles__awards = data__computedtiles["awards"]
                    if not isinstance(data__computedtiles__awards, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards must be object")
                    data__computedtiles__awards_is_dict = isinstance(data__computedtiles__awards, dict)
                    if data__computedtiles__awards_is_dict:
                        data__computedtiles__awards__missing_keys = set(['icon', 'label']) - data__computedtiles__awards.keys()
                        if data__computedtiles__awards__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards must contain ")
                        data__computedtiles__awards_keys = set(data__computedtiles__awards.keys())
                        if "icon" in data__computedtiles__awards_keys:
                            data__computedtiles__awards_keys.remove("icon")
                            data__computedtiles__awards__icon = data__computedtiles__awards["icon"]
                            if not isinstance(data__computedtiles__awards__icon, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards.icon must be string")
                            if isinstance(data__computedtiles__awards__icon, str):
                                data__computedtiles__awards__icon_len = len(data__computedtiles__awards__icon)
                                if data__computedtiles__awards__icon_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards.icon must be longer than or equal to 1 characters")
                                if data__computedtiles__awards__icon_len > 16:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards.icon must be shorter than or equal to 16 characters")
                        if "label" in data__computedtiles__awards_keys:
                            data__computedtiles__awards_keys.remove("label")
                            data__computedtiles__awards__label = data__computedtiles__awards["label"]
                            if not isinstance(data__computedtiles__awards__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards.label must be string")
                            if isinstance(data__computedtiles__awards__label, str):
                                data__computedtiles__awards__label_len = len(data__computedtiles__awards__label)
                                if data__computedtiles__awards__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards.label must be longer than or equal to 1 characters")
                        if data__computedtiles__awards_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.awards must not contain "+str(data__computedtiles__awards_keys)+" properties")
                if "themes" in data__computedtiles_keys:
                    data__computedtiles_keys.remove("themes")
                    data__computedtiles__themes = data__computedtiles["themes"]
                    if not isinstance(data__computedtiles__themes, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes must be object")
                    data__computedtiles__themes_is_dict = isinstance(data__computedtiles__themes, dict)
                    if data__computedtiles__themes_is_dict:
                        data__computedtiles__themes__missing_keys = set(['icon', 'label']) - data__computedtiles__themes.keys()
                        if data__computedtiles__themes__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes must contain ")
                        data__computedtiles__themes_keys = set(data__computedtiles__themes.keys())
                        if "icon" in data__computedtiles__themes_keys:
                            data__computedtiles__themes_keys.remove("icon")
                            data__computedtiles__themes__icon = data__computedtiles__themes["icon"]
                            if not isinstance(data__computedtiles__themes__icon, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes.icon must be string")
                            if isinstance(data__computedtiles__themes__icon, str):
                                data__computedtiles__themes__icon_len = len(data__computedtiles__themes__icon)
                                if data__computedtiles__themes__icon_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes.icon must be longer than or equal to 1 characters")
                                if data__computedtiles__themes__icon_len > 16:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes.icon must be shorter than or equal to 16 characters")
                        if "label" in data__computedtiles__themes_keys:
                            data__computedtiles__themes_keys.remove("label")
                            data__computedtiles__themes__label = data__computedtiles__themes["label"]
                            if not isinstance(data__computedtiles__themes__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes.label must be string")
                            if isinstance(data__computedtiles__themes__label, str):
                                data__computedtiles__themes__label_len = len(data__computedtiles__themes__label)
                                if data__computedtiles__themes__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes.label must be longer than or equal to 1 characters")
                        if data__computedtiles__themes_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.themes must not contain "+str(data__computedtiles__themes_keys)+" properties")
                if "tracks" in data__computedtiles_keys:
                    data__computedtiles_keys.remove("tracks")
                    data__computedtiles__tracks = data__computedtiles["tracks"]
                    if not isinstance(data__computedtiles__tracks, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks must be object")
                    data__computedtiles__tracks_is_dict = isinstance(data__computedtiles__tracks, dict)
                    if data__computedtiles__tracks_is_dict:
                        data__computedtiles__tracks__missing_keys = set(['icon', 'label']) - data__computedtiles__tracks.keys()
                        if data__computedtiles__tracks__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks must contain ")
                        data__computedtiles__tracks_keys = set(data__computedtiles__tracks.keys())
                        if "icon" in data__computedtiles__tracks_keys:
                            data__computedtiles__tracks_keys.remove("icon")
                            data__computedtiles__tracks__icon = data__computedtiles__tracks["icon"]
                            if not isinstance(data__computedtiles__tracks__icon, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks.icon must be string")
                            if isinstance(data__computedtiles__tracks__icon, str):
                                data__computedtiles__tracks__icon_len = len(data__computedtiles__tracks__icon)
                                if data__computedtiles__tracks__icon_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks.icon must be longer than or equal to 1 characters")
                                if data__computedtiles__tracks__icon_len > 16:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks.icon must be shorter than or equal to 16 characters")
                        if "label" in data__computedtiles__tracks_keys:
                            data__computedtiles__tracks_keys.remove("label")
                            data__computedtiles__tracks__label = data__computedtiles__tracks["label"]
                            if not isinstance(data__computedtiles__tracks__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks.label must be string")
                            if isinstance(data__computedtiles__tracks__label, str):
                                data__computedtiles__tracks__label_len = len(data__computedtiles__tracks__label)
                                if data__computedtiles__tracks__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks.label must be longer than or equal to 1 characters")
                        if data__computedtiles__tracks_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles.tracks must not contain "+str(data__computedtiles__tracks_keys)+" properties")
                if data__computedtiles_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".computed_tiles must not contain "+str(data__computedtiles_keys)+" properties")
        if "tiles" in data_keys:
            data_keys.remove("tiles")
            data__tiles = data["tiles"]
            if not isinstance(data__tiles, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles must be array")
            data__tiles_is_list = isinstance(data__tiles, (list, tuple))
            if data__tiles_is_list:
                data__tiles_len = len(data__tiles)
                for data__tiles_x, data__tiles_item in enumerate(data__tiles):
                    if not isinstance(data__tiles_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}]".format(**locals()) + " must be object")
                    data__tiles_item_is_dict = isinstance(data__tiles_item, dict)
                    if data__tiles_item_is_dict:
                        data__tiles_item__missing_keys = set(['icon', 'label', 'value', 'detail']) - data__tiles_item.keys()
                        if data__tiles_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}]".format(**locals()) + " must contain ")
                        data__tiles_item_keys = set(data__tiles_item.keys())
                        if "icon" in data__tiles_item_keys:
                            data__tiles_item_keys.remove("icon")
                            data__tiles_item__icon = data__tiles_item["icon"]
                            if not isinstance(data__tiles_item__icon, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].icon".format(**locals()) + " must be string")
                            if isinstance(data__tiles_item__icon, str):
                                data__tiles_item__icon_len = len(data__tiles_item__icon)
                                if data__tiles_item__icon_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].icon".format(**locals()) + " must be longer than or equal to 1 characters")
                                if data__tiles_item__icon_len > 16:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].icon".format(**locals()) + " must be shorter than or equal to 16 characters")
                        if "label" in data__tiles_item_keys:
                            data__tiles_item_keys.remove("label")
                            data__tiles_item__label = data__tiles_item["label"]
                            if not isinstance(data__tiles_item__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].label".format(**locals()) + " must be string")
                            if isinstance(data__tiles_item__label, str):
                                data__tiles_item__label_len = len(data__tiles_item__label)
                                if data__tiles_item__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].label".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "value" in data__tiles_item_keys:
                            data__tiles_item_keys.remove("value")
                            data__tiles_item__value = data__tiles_item["value"]
                            if not isinstance(data__tiles_item__value, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].value".format(**locals()) + " must be string")
                            if isinstance(data__tiles_item__value, str):
                                data__tiles_item__value_len = len(data__tiles_item__value)
                                if data__tiles_item__value_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].value".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "detail" in data__tiles_item_keys:
                            data__tiles_item_keys.remove("detail")
                            data__tiles_item__detail = data__tiles_item["detail"]
                            if not isinstance(data__tiles_item__detail, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].detail".format(**locals()) + " must be string")
                            if isinstance(data__tiles_item__detail, str):
                                data__tiles_item__detail_len = len(data__tiles_item__detail)
                                if data__tiles_item__detail_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}].detail".format(**locals()) + " must be longer than or equal to 1 characters")
                        if data__tiles_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tiles[{data__tiles_x}]".format(**locals()) + " must not contain "+str(data__tiles_item_keys)+" properties")
        if "awards" in data_keys:
            data_keys.remove("awards")
            data__awards = data["awards"]
            if not isinstance(data__awards, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards must be array")
            data__awards_is_list = isinstance(data__awards, (list, tuple))
            if data__awards_is_list:
                data__awards_len = len(data__awards)
                for data__awards_x, data__awards_item in enumerate(data__awards):
                    if not isinstance(data__awards_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}]".format(**locals()) + " must be object")
                    data__awards_item_is_dict = isinstance(data__awards_item, dict)
                    if data__awards_item_is_dict:
                        data__awards_item__missing_keys = set(['id', 'title', 'kind']) - data__awards_item.keys()
                        if data__awards_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}]".format(**locals()) + " must contain ")
                        data__awards_item_keys = set(data__awards_item.keys())
                        if "id" in data__awards_item_keys:
                            data__awards_item_keys.remove("id")
                            data__awards_item__id = data__awards_item["id"]
                            if not isinstance(data__awards_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].id".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__id, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__awards_item__id):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].id".format(**locals()) + " must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
                        if "title" in data__awards_item_keys:
                            data__awards_item_keys.remove("title")
                            data__awards_item__title = data__awards_item["title"]
                            if not isinstance(data__awards_item__title, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].title".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__title, str):
                                data__awards_item__title_len = len(data__awards_item__title)
                                if data__awards_item__title_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].title".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "kind" in data__awards_item_keys:
                            data__awards_item_keys.remove("kind")
                            data__awards_item__kind = data__awards_item["kind"]
                            if not isinstance(data__awards_item__kind, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].kind".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__kind, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__awards_item__kind):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].kind".format(**locals()) + " must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
                        if "track" in data__awards_item_keys:
                            data__awards_item_keys.remove("track")
                            data__awards_item__track = data__awards_item["track"]
                            if not isinstance(data__awards_item__track, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].track".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__track, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__awards_item__track):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].track".format(**locals()) + " must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
                        if "theme" in data__awards_item_keys:
                            data__awards_item_keys.remove("theme")
                            data__awards_item__theme = data__awards_item["theme"]
                            if not isinstance(data__awards_item__theme, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].theme".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__theme, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(?:-[a-z0-9]+)*$'].search(data__awards_item__theme):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].theme".format(**locals()) + " must match pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$")
                        if "summary" in data__awards_item_keys:
                            data__awards_item_keys.remove("summary")
                            data__awards_item__summary = data__awards_item["summary"]
                            if not isinstance(data__awards_item__summary, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].summary".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__summary, str):
                                data__awards_item__summary_len = len(data__awards_item__summary)
                                if data__awards_item__summary_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].summary".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "description" in data__awards_item_keys:
                            data__awards_item_keys.remove("description")
                            data__awards_item__description = data__awards_item["description"]
                            if not isinstance(data__awards_item__description, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].description".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__description, str):
                                data__awards_item__description_len = len(data__awards_item__description)
                                if data__awards_item__description_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].description".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "tags" in data__awards_item_keys:
                            data__awards_item_keys.remove("tags")
                            data__awards_item__tags = data__awards_item["tags"]
                            if not isinstance(data__awards_item__tags, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags".format(**locals()) + " must be array")
                            data__awards_item__tags_is_list = isinstance(data__awards_item__tags, (list, tuple))
                            if data__awards_item__tags_is_list:
                                data__awards_item__tags_len = len(data__awards_item__tags)
                                for data__awards_item__tags_x, data__awards_item__tags_item in enumerate(data__awards_item__tags):
                                    if not isinstance(data__awards_item__tags_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}]".format(**locals()) + " must be object")
                                    data__awards_item__tags_item_is_dict = isinstance(data__awards_item__tags_item, dict)
                                    if data__awards_item__tags_item_is_dict:
                                        data__awards_item__tags_item__missing_keys = set(['icon', 'label']) - data__awards_item__tags_item.keys()
                                        if data__awards_item__tags_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}]".format(**locals()) + " must contain ")
                                        data__awards_item__tags_item_keys = set(data__awards_item__tags_item.keys())
                                        if "icon" in data__awards_item__tags_item_keys:
                                            data__awards_item__tags_item_keys.remove("icon")
                                            data__awards_item__tags_item__icon = data__awards_item__tags_item["icon"]
                                            if not isinstance(data__awards_item__tags_item__icon, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}].icon".format(**locals()) + " must be string")
                                            if isinstance(data__awards_item__tags_item__icon, str):
                                                data__awards_item__tags_item__icon_len = len(data__awards_item__tags_item__icon)
                                                if data__awards_item__tags_item__icon_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}].icon".format(**locals()) + " must be longer than or equal to 1 characters")
                                                if data__awards_item__tags_item__icon_len > 16:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}].icon".format(**locals()) + " must be shorter than or equal to 16 characters")
                                        if "label" in data__awards_item__tags_item_keys:
                                            data__awards_item__tags_item_keys.remove("label")
                                            data__awards_item__tags_item__label = data__awards_item__tags_item["label"]
                                            if not isinstance(data__awards_item__tags_item__label, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}].label".format(**locals()) + " must be string")
                                            if isinstance(data__awards_item__tags_item__label, str):
                                                data__awards_item__tags_item__label_len = len(data__awards_item__tags_item__label)
                                                if data__awards_item__tags_item__label_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}].label".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__awards_item__tags_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].tags[{data__awards_item__tags_x}]".format(**locals()) + " must not contain "+str(data__awards_item__tags_item_keys)+" properties")
                        if "authors" in data__awards_item_keys:
                            data__awards_item_keys.remove("authors")
                            data__awards_item__authors = data__awards_item["authors"]
                            data__awards_item__authors_any_of_count1 = 0
                            if not data__awards_item__authors_any_of_count1:
                                try:
                                    if not isinstance(data__awards_item__authors, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors".format(**locals()) + " must be string")
                                    if isinstance(data__awards_item__authors, str):
                                        data__awards_item__authors_len = len(data__awards_item__authors)
                                        if data__awards_item__authors_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors".format(**locals()) + " must be longer than or equal to 1 characters")
                                    data__awards_item__authors_any_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__awards_item__authors_any_of_count1:
                                try:
                                    if not isinstance(data__awards_item__authors, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors".format(**locals()) + " must be array")
                                    data__awards_item__authors_is_list = isinstance(data__awards_item__authors, (list, tuple))
                                    if data__awards_item__authors_is_list:
                                        data__awards_item__authors_len = len(data__awards_item__authors)
                                        if data__awards_item__authors_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors".format(**locals()) + " must contain at least 1 items")
                                        for data__awards_item__authors_x, data__awards_item__authors_item in enumerate(data__awards_item__authors):
                                            if not isinstance(data__awards_item__authors_item, (dict)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}]".format(**locals()) + " must be object")
                                            data__awards_item__authors_item_is_dict = isinstance(data__awards_item__authors_item, dict)
                                            if data__awards_item__authors_item_is_dict:
                                                data__awards_item__authors_item__missing_keys = set(['name']) - data__awards_item__authors_item.keys()
                                                if data__awards_item__authors_item__missing_keys:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}]".format(**locals()) + " must contain ")
                                                data__awards_item__authors_item_keys = set(data__awards_item__authors_item.keys())
                                                if "name" in data__awards_item__authors_item_keys:
                                                    data__awards_item__authors_item_keys.remove("name")
                                                    data__awards_item__authors_item__name = data__awards_item__authors_item["name"]
                                                    if not isinstance(data__awards_item__authors_item__name, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}].name".format(**locals()) + " must be string")
                                                    if isinstance(data__awards_item__authors_item__name, str):
                                                        data__awards_item__authors_item__name_len = len(data__awards_item__authors_item__name)
                                                        if data__awards_item__authors_item__name_len < 1:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}].name".format(**locals()) + " must be longer than or equal to 1 characters")
                                                if "url" in data__awards_item__authors_item_keys:
                                                    data__awards_item__authors_item_keys.remove("url")
                                                    data__awards_item__authors_item__url = data__awards_item__authors_item["url"]
                                                    if not isinstance(data__awards_item__authors_item__url, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}].url".format(**locals()) + " must be string")
                                                    if isinstance(data__awards_item__authors_item__url, str):
                                                        if not REGEX_PATTERNS['^https?://[^\\s/?#]+(?:[/?#]\\S*)?$'].search(data__awards_item__authors_item__url):
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}].url".format(**locals()) + " must match pattern ^https?://[^\\s/?#]+(?:[/?#]\\S*)?$")
                                                if "affiliation" in data__awards_item__authors_item_keys:
                                                    data__awards_item__authors_item_keys.remove("affiliation")
                                                    data__awards_item__authors_item__affiliation = data__awards_item__authors_item["affiliation"]
                                                    if not isinstance(data__awards_item__authors_item__affiliation, (str)):
                                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}].affiliation".format(**locals()) + " must be string")
                                                    if isinstance(data__awards_item__authors_item__affiliation, str):
                                                        data__awards_item__authors_item__affiliation_len = len(data__awards_item__authors_item__affiliation)
                                                        if data__awards_item__authors_item__affiliation_len < 1:
                                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}].affiliation".format(**locals()) + " must be longer than or equal to 1 characters")
                                                if data__awards_item__authors_item_keys:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors[{data__awards_item__authors_x}]".format(**locals()) + " must not contain "+str(data__awards_item__authors_item_keys)+" properties")
                                    data__awards_item__authors_any_of_count1 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if not data__awards_item__authors_any_of_count1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].authors".format(**locals()) + " cannot be validated by any definition")
                        if "url" in data__awards_item_keys:
                            data__awards_item_keys.remove("url")
                            data__awards_item__url = data__awards_item["url"]
                            if not isinstance(data__awards_item__url, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].url".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__url, str):
                                if not REGEX_PATTERNS['^https?://[^\\s/?#]+(?:[/?#]\\S*)?$'].search(data__awards_item__url):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].url".format(**locals()) + " must match pattern ^https?://[^\\s/?#]+(?:[/?#]\\S*)?$")
                        if "links" in data__awards_item_keys:
                            data__awards_item_keys.remove("links")
                            data__awards_item__links = data__awards_item["links"]
                            if not isinstance(data__awards_item__links, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links".format(**locals()) + " must be array")
                            data__awards_item__links_is_list = isinstance(data__awards_item__links, (list, tuple))
                            if data__awards_item__links_is_list:
                                data__awards_item__links_len = len(data__awards_item__links)
                                for data__awards_item__links_x, data__awards_item__links_item in enumerate(data__awards_item__links):
                                    if not isinstance(data__awards_item__links_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}]".format(**locals()) + " must be object")
                                    data__awards_item__links_item_is_dict = isinstance(data__awards_item__links_item, dict)
                                    if data__awards_item__links_item_is_dict:
                                        data__awards_item__links_item__missing_keys = set(['kind', 'url']) - data__awards_item__links_item.keys()
                                        if data__awards_item__links_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}]".format(**locals()) + " must contain ")
                                        data__awards_item__links_item_keys = set(data__awards_item__links_item.keys())
                                        if "kind" in data__awards_item__links_item_keys:
                                            data__awards_item__links_item_keys.remove("kind")
                                            data__awards_item__links_item__kind = data__awards_item__links_item["kind"]
                                            if not isinstance(data__awards_item__links_item__kind, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}].kind".format(**locals()) + " must be string")
                                            if not (isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'paper' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'arxiv' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'openreview' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'doi' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'code' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'project' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'video' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'slides' or isinstance(data__awards_item__links_item__kind, str) and data__awards_item__links_item__kind == 'poster'):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}].kind".format(**locals()) + " must be one of ['paper', 'arxiv', 'openreview', 'doi', 'code', 'project', 'video', 'slides', 'poster']")
                                        if "url" in data__awards_item__links_item_keys:
                                            data__awards_item__links_item_keys.remove("url")
                                            data__awards_item__links_item__url = data__awards_item__links_item["url"]
                                            if not isinstance(data__awards_item__links_item__url, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}].url".format(**locals()) + " must be string")
                                            if isinstance(data__awards_item__links_item__url, str):
                                                if not REGEX_PATTERNS['^https?://[^\\s/?#]+(?:[/?#]\\S*)?$'].search(data__awards_item__links_item__url):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}].url".format(**locals()) + " must match pattern ^https?://[^\\s/?#]+(?:[/?#]\\S*)?$")
                                        if "label" in data__awards_item__links_item_keys:
                                            data__awards_item__links_item_keys.remove("label")
                                            data__awards_item__links_item__label = data__awards_item__links_item["label"]
                                            if not isinstance(data__awards_item__links_item__label, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}].label".format(**locals()) + " must be string")
                                            if isinstance(data__awards_item__links_item__label, str):
                                                data__awards_item__links_item__label_len = len(data__awards_item__links_item__label)
                                                if data__awards_item__links_item__label_len < 1:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}].label".format(**locals()) + " must be longer than or equal to 1 characters")
                                        if data__awards_item__links_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].links[{data__awards_item__links_x}]".format(**locals()) + " must not contain "+str(data__awards_item__links_item_keys)+" properties")
                        if "image" in data__awards_item_keys:
                            data__awards_item_keys.remove("image")
                            data__awards_item__image = data__awards_item["image"]
                            if not isinstance(data__awards_item__image, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].image".format(**locals()) + " must be object")
                            data__awards_item__image_is_dict = isinstance(data__awards_item__image, dict)
                            if data__awards_item__image_is_dict:
                                data__awards_item__image__missing_keys = set(['path', 'alt']) - data__awards_item__image.keys()
                                if data__awards_item__image__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].image".format(**locals()) + " must contain ")
                                data__awards_item__image_keys = set(data__awards_item__image.keys())
                                if "path" in data__awards_item__image_keys:
                                    data__awards_item__image_keys.remove("path")
                                    data__awards_item__image__path = data__awards_item__image["path"]
                                    if not isinstance(data__awards_item__image__path, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].image.path".format(**locals()) + " must be string")
                                    if isinstance(data__awards_item__image__path, str):
                                        data__awards_item__image__path_len = len(data__awards_item__image__path)
                                        if data__awards_item__image__path_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].image.path".format(**locals()) + " must be longer than or equal to 1 characters")
                                if "alt" in data__awards_item__image_keys:
                                    data__awards_item__image_keys.remove("alt")
                                    data__awards_item__image__alt = data__awards_item__image["alt"]
                                    if not isinstance(data__awards_item__image__alt, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].image.alt".format(**locals()) + " must be string")
                                    if isinstance(data__awards_item__image__alt, str):
                                        data__awards_item__image__alt_len = len(data__awards_item__image__alt)
                                        if data__awards_item__image__alt_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].image.alt".format(**locals()) + " must be longer than or equal to 1 characters")
                                if data__awards_item__image_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].image".format(**locals()) + " must not contain "+str(data__awards_item__image_keys)+" properties")
                        if "year" in data__awards_item_keys:
                            data__awards_item_keys.remove("year")
                            data__awards_item__year = data__awards_item["year"]
                            if not isinstance(data__awards_item__year, (int)) and not (isinstance(data__awards_item__year, float) and data__awards_item__year.is_integer()) or isinstance(data__awards_item__year, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].year".format(**locals()) + " must be integer")
                            if isinstance(data__awards_item__year, (int, float, Decimal)) and not isinstance(data__awards_item__year, bool):
                                if data__awards_item__year < 1000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].year".format(**locals()) + " must be bigger than or equal to 1000")
                                if data__awards_item__year > 9999:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].year".format(**locals()) + " must be smaller than or equal to 9999")
                        if "venue" in data__awards_item_keys:
                            data__awards_item_keys.remove("venue")
                            data__awards_item__venue = data__awards_item["venue"]
                            if not isinstance(data__awards_item__venue, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].venue".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__venue, str):
                                data__awards_item__venue_len = len(data__awards_item__venue)
                                if data__awards_item__venue_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].venue".format(**locals()) + " must be longer than or equal to 1 characters")
                        if "doi" in data__awards_item_keys:
                            data__awards_item_keys.remove("doi")
                            data__awards_item__doi = data__awards_item["doi"]
                            if not isinstance(data__awards_item__doi, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].doi".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__doi, str):
                                if not REGEX_PATTERNS['^10\\.[0-9]{4,9}/\\S+$'].search(data__awards_item__doi):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].doi".format(**locals()) + " must match pattern ^10\\.[0-9]{4,9}/\\S+$")
                        if "arxiv" in data__awards_item_keys:
                            data__awards_item_keys.remove("arxiv")
                            data__awards_item__arxiv = data__awards_item["arxiv"]
                            if not isinstance(data__awards_item__arxiv, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].arxiv".format(**locals()) + " must be string")
                            if isinstance(data__awards_item__arxiv, str):
                                if not REGEX_PATTERNS['^(?:[0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?$'].search(data__awards_item__arxiv):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}].arxiv".format(**locals()) + " must match pattern ^(?:[0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?$")
                        if data__awards_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".awards[{data__awards_x}]".format(**locals()) + " must not contain "+str(data__awards_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data