"""Small pictures of every type a card may show, made by the tests, and files that pretend."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path


def png(width: int = 2, height: int = 2) -> bytes:
    """A red PNG of ``width`` by ``height`` pixels."""
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


#: One pixel of each raster type, as their own tools write it.
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////"
    "////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgB"
    "AQABPxA="
)
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
WEBP = base64.b64decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA")
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="10" height="10"><defs><rect id="r" width="10" height="10"/></defs>'
    '<use xlink:href="#r" fill="#1d4ed8"/></svg>\n'
)

#: A valid picture of each type a card may show, by file name.
PICTURES = {
    "figure.png": png(),
    "figure.jpg": JPEG,
    "figure.gif": GIF,
    "figure.webp": WEBP,
    "figure.svg": SVG.encode(),
}


def write_pictures(folder: Path) -> list[str]:
    """Write one picture of each type into ``folder``; their names."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in PICTURES.items():
        (folder / name).write_bytes(content)
    return list(PICTURES)


def give_pictures(srcdir: Path, names: list[str]) -> None:
    """In the troubleshooting project, give alpha, beta and gamma these pictures, in order.

    The pictures are in an ``images`` folder beside each data file.
    """
    awards = [("main", "alpha"), ("main", "beta"), ("extra", "gamma")]
    for (collection, award), name in zip(awards, names, strict=False):
        data = srcdir / "data" / f"{collection}.yaml"
        url = f"    url: https://example.org/{award}\n"
        image = f"    image: {{path: images/{name}, alt: {award} figure}}\n"
        data.write_text(data.read_text("utf-8").replace(url, url + image), encoding="utf-8")
