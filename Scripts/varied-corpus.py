#!/usr/bin/env python3
"""Writes a corpus of generated news-like documents whose entities differ from one document to the
next: each document names 32 entities drawn at random from graphtool's own gazetteers (people,
companies, organizations, cities) in 40 short sentences. Unlike copies of the sample articles, almost
every pair of entities named together is new, so ingest writes a new co-mention edge for each:
the store's worst case, for `Scripts/bench-graph.sh`.

Usage: python3 Scripts/varied-corpus.py OUT_DIR [--mb 20] [--seed 7]
"""
import argparse
import pathlib
import random

GAZETTEERS = pathlib.Path(__file__).resolve().parent.parent / "Sources/NER/Resources/Gazetteers"
VERBS = ["met", "criticized", "praised", "called", "visited", "thanked", "warned", "joined", "left", "told"]


def canonical_names(name):
    """The canonical names of a gazetteer file whose entries are written as their canonical name."""
    names = []
    for line in (GAZETTEERS / name).read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or fields[0] == "name" or len(fields) < 3:
            continue
        if fields[0] == fields[2] and fields[0].isascii():
            names.append(fields[0])
    return sorted(set(names))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes (10^6 bytes) to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people, companies = canonical_names("persons.tsv"), canonical_names("companies.tsv")
    organizations, cities = canonical_names("organizations.tsv"), canonical_names("cities.tsv")[:20000]
    args.out.mkdir(parents=True, exist_ok=True)
    written, n = 0, 0
    while written < args.mb * 1e6:
        names = (rng.sample(people, 10) + rng.sample(companies, 6) + rng.sample(cities, 10) + rng.sample(organizations, 6))
        lines = [f"Report {n}: {names[0]} and {names[10]}", ""]
        for _ in range(40):
            a, b, c = rng.sample(names, 3)
            lines.append(f"{a} {rng.choice(VERBS)} {b} in {c} on Tuesday, officials said, adding that talks would continue next week.")
        text = "\n".join(lines) + "\n"
        (args.out / f"v{n:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        n += 1
    print(f"{n} documents, {written} bytes in {args.out}")


if __name__ == "__main__":
    main()
