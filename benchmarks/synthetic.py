"""Synthetic award collections of any size, in the project's YAML format.

The same ``n`` always gives the same text: the random generator is seeded from ``n``
(string seeds do not depend on ``PYTHONHASHSEED``), so every run measures the same input.
"""

from __future__ import annotations

import datetime as dt
import random
import struct
import zlib
from pathlib import Path
from typing import Any

import yaml

KINDS = [
    {"id": "best", "label": "Best Paper", "short": "Best", "heading": "Best Papers",
     "blurb": "Papers recognised as the best of the year"},
    {"id": "runner-up", "label": "Runner-up", "short": "Runner-up", "heading": "Runner-Up Papers",
     "blurb": "Papers recognised for outstanding contributions"},
    {"id": "honorable", "label": "Honorable Mention", "short": "Honorable",
     "heading": "Honorable Mentions", "blurb": "Papers the committee wanted to point out"},
]  # fmt: skip
THEMES = [
    ("llm", "LLMs & Architectures", "LLMs", "#1d4ed8", "#93b4fd"),
    ("rl", "Reinforcement Learning", "RL", "#b45309", "#fbbf5e"),
    ("diffusion", "Diffusion & Generative Models", "diffusion", "#7e22ce", "#d2a8ff"),
    ("theory", "Learning Theory & Scaling", "theory", "#047857", "#5ee0b0"),
    ("benchmarks", "Datasets & Benchmarks", "benchmarks", "#be123c", "#ff9fb4"),
]
TRACKS = [
    {"id": "main", "label": "Main", "short": "Main"},
    {"id": "datasets-benchmarks", "label": "Datasets & Benchmarks", "short": "D&B"},
    {"id": "position", "label": "Position Papers", "short": "Position"},
]
TAGS = [
    ("🤖", "LLM Behaviour"), ("📊", "Datasets & Benchmarks"), ("🌍", "Diversity & Society"),
    ("🧠", "LLM Architectures"), ("📈", "Scaling & Stability"), ("🧩", "Gating Mechanisms"),
    ("🎮", "Reinforcement Learning"), ("📏", "Depth Scaling"), ("🦾", "Locomotion & Control"),
    ("🌀", "Diffusion Models"), ("📐", "Implicit Regularization"), ("⚖️", "Generalization"),
    ("🎯", "Verifiable Rewards"), ("🧪", "Evaluation & Limits"), ("📚", "Learning Theory"),
    ("📉", "Mistake Bounds"), ("🔍", "Transductive Setting"), ("🧬", "Neural Scaling Laws"),
]  # fmt: skip
# fmt: off
WORDS = [
    "attention", "transformer", "gradient", "sparse", "dense", "scaling", "depth", "width",
    "optimizer", "convex", "stochastic", "policy", "reward", "agent", "diffusion", "score",
    "noise", "sampling", "latent", "manifold", "kernel", "bound", "regret", "online", "offline",
    "dataset", "benchmark", "evaluation", "robust", "adversarial", "causal", "graph", "spectral",
    "memory", "retrieval", "alignment", "preference", "feedback", "reasoning", "planning",
    "exploration", "generalization", "memorization", "regularization", "curvature", "loss",
    "landscape", "representation", "superposition", "feature", "circuit", "probe", "token",
    "context", "window", "mixture", "expert", "routing", "quantization", "distillation", "pruning",
    "compression", "inference", "training", "language", "vision", "speech", "multimodal",
    "contrastive", "supervised", "unsupervised", "federated", "privacy", "fairness", "calibration",
    "uncertainty", "bayesian", "variational", "energy", "flow", "matching"
]
NAMES = [
    "Liwei", "Zihan", "Kevin", "Tony", "Yang", "Zachary", "Yizhou", "Ana", "Bruno", "Chen", "Dara",
    "Elif", "Farah", "Goran", "Hana", "Ivan", "Jonas", "Kiri", "Lena", "Mateo", "Nadia", "Omar",
    "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen"
]
SURNAMES = [
    "Jiang", "Qiu", "Wang", "Bonnaire", "Yue", "Chase", "Liu", "Silva", "Costa", "Novak", "Okafor",
    "Petrov", "Rossi", "Sato", "Tanaka", "Umar", "Vargas", "Weber", "Xu", "Young", "Zhang",
    "Moreau", "Lindqvist", "Haddad", "Iyer", "Kowalski"
]
TILE = {"icon": "🧬", "label": "Research Axes", "value": "Method + Theory",
        "detail": "Architectures, dynamics, limits"}
# fmt: on
ANNOUNCED = dt.date(2025, 11, 26)
#: The picture every synthetic award shows, one small file beside the data file.
IMAGE = "cover.png"
#: The kinds of the other links each award has.
LINK_KINDS = ("arxiv", "code", "video")


def award_id(index: int) -> str:
    """The id of the ``index``-th synthetic award (0-based)."""
    return f"paper-{index + 1:05d}"


def collection(n: int) -> dict[str, Any]:
    """A collection of ``n`` synthetic awards as the mapping a data file holds."""
    rng = random.Random(f"sphinx-awards benchmark, {n} awards")
    return {
        "id": f"synthetic-{n}",
        "title": f"Synthetic Awards — {n} papers",
        "summary": f"{n} generated awards that exercise the extension at scale.",
        "announced": ANNOUNCED,
        "domains": "Generative models, RL, LLMs, Theory",
        "year": ANNOUNCED.year,
        "venue": "Synthetic Conference 2025",
        "explore": {"label": "Full Explorer", "url": "https://example.org/explore"},
        "legend_caption": "Color-coded by dominant research area",
        "main_track": "main",
        "kinds": KINDS,
        "themes": [
            {"id": id_, "label": label, "short": short, "color": {"light": light, "dark": dark}}
            for id_, label, short, light, dark in THEMES
        ],
        "tracks": TRACKS,
        "tiles": [TILE],
        "awards": [_award(rng, index) for index in range(n)],
    }


def _award(rng: random.Random, index: int) -> dict[str, Any]:
    id_ = award_id(index)
    return {
        "id": id_,
        "title": _words(rng, 8, 14).title(),
        "kind": rng.choices([k["id"] for k in KINDS], weights=[2, 3, 5])[0],
        "track": rng.choices([t["id"] for t in TRACKS], weights=[8, 3, 1])[0],
        "theme": rng.choice(THEMES)[0],
        "summary": _sentence(rng, 18, 28),
        "description": f"{_sentence(rng, 14, 22)} {_sentence(rng, 12, 20)}",
        "tags": [{"icon": icon, "label": label} for icon, label in rng.sample(TAGS, 3)],
        "authors": [
            {"name": f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}"}
            for _ in range(rng.randint(2, 8))
        ],
        "url": f"https://example.org/papers/{id_}",
        "links": [
            {"kind": kind, "url": f"https://example.org/{kind}/{id_}"} for kind in LINK_KINDS
        ],
        "image": {"path": IMAGE, "alt": f"The main figure of {id_}"},
        "doi": f"10.5555/{id_}",
        "arxiv": f"2511.{index:05d}",
    }


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(low, high)))


def _sentence(rng: random.Random, low: int, high: int) -> str:
    return _words(rng, low, high).capitalize() + "."


def write_image(folder: Path) -> None:
    """Write the awards' picture into ``folder``: a 4 x 3 grey PNG."""
    width, height = 4, 3
    pixels = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    png = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / IMAGE).write_bytes(b"\x89PNG\r\n\x1a\n" + png)


def write(path: Path, n: int) -> None:
    """Write the collection of ``n`` synthetic awards to ``path``, with their picture."""
    # The C dumper when PyYAML has it: the pure-Python one takes seconds for 5000 awards.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(collection(n), Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    write_image(path.parent)
    path.write_text(f"# Synthetic benchmark data: {n} awards.\n{text}", encoding="utf-8")
