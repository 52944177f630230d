#!/usr/bin/env python3
"""Writes a corpus of documents that each mix the paragraphs of six real articles (the sample and
dev articles under Samples/), shuffled: every document names a different set of real entities in
real sentences, as a varied collection of news does, for `Scripts/bench-graph.sh`.

Usage: python3 Scripts/mixed-corpus.py OUT_DIR [--mb 20] [--seed 7] [--articles 6]
"""
import argparse
import pathlib
import random

SAMPLES = pathlib.Path(__file__).resolve().parent.parent / "Samples"


def articles():
    """The paragraphs of each sample and dev article, without its first line (the headline)."""
    found = []
    for folder in ("seeds", "dev"):
        for path in sorted((SAMPLES / folder).glob("*.txt")):
            lines = path.read_text(encoding="utf-8").split("\n", 1)
            paragraphs = [p.strip() for p in (lines[1] if len(lines) > 1 else "").split("\n\n") if p.strip()]
            if paragraphs:
                found.append(paragraphs)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes (10^6 bytes) to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--articles", type=int, default=6, help="articles mixed in each document")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = articles()
    args.out.mkdir(parents=True, exist_ok=True)
    written, n = 0, 0
    while written < args.mb * 1e6:
        paragraphs = [p for article in rng.sample(sources, min(args.articles, len(sources))) for p in article]
        rng.shuffle(paragraphs)
        text = f"Mixed report {n}\n\n" + "\n\n".join(paragraphs) + "\n"
        (args.out / f"mixed-{n:06d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        n += 1


if __name__ == "__main__":
    main()
