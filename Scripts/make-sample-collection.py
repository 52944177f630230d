#!/usr/bin/env python3
"""Writes the five sample articles (Samples/seeds) as a gzip-compressed JSON Lines collection.

    python3 Scripts/make-sample-collection.py                  # the test fixture
    python3 Scripts/make-sample-collection.py --copies N --out FILE.jsonl.gz [--text-folder DIR]

One line per article: id (the file's name without .txt), text (the file's content), url, date, and
title and source where the text shows them. The seed files carry no URLs or exact dates: the URLs
are placeholders under example.org, and each date is the day the text itself points to (a weekday
in early March 2022), written in the forms real dumps use (ISO 8601, RFC 2822, English) so that
readers normalise each.

--copies N repeats the five articles N times (ids and URLs numbered, each text starting with a line
`collection copy K` so that no two are equal), and --text-folder writes the same texts as .txt files
beside it: the input of Scripts/bench-collections.sh and Scripts/bench-ingest-formats.sh. Each file
is named by its record's place in the collection, then its id (`000006_000_c2e0d7fca34671e3-2.txt`),
so that the folder, read in name order, gives the documents in the collection's order: both inputs
then interleave the five articles alike. The gzip header has no time stamp, so the output is the
same on every run.
"""
import argparse
import gzip
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "Samples", "seeds")
FIXTURE = os.path.join(ROOT, "Tests", "CollectionsTests", "Fixtures", "seeds.jsonl.gz")

# id: (date as a dump might write it, title or None, source or None)
METADATA = {
    "000_c2e0d7fca34671e3": ("2022-03-02T14:05:00Z", None, "The Associated Press"),
    "001_552ecb64b62a135b": ("Mon, 28 Feb 2022 09:30:00 +0000",
                             "Russia-Ukraine live updates: High-stakes talks underway on Belarus border as Russia bombards Kharkiv",
                             None),
    "002_0920dbdf23638ebe": ("March 2, 2022", "Russia Escalates Ukraine Attacks Amid Signs Talks May Resume", None),
    "003_2040ef5750c91357": ("2022-03-03", None, None),
    "004_a4cd1bd7cde3f964": ("27 February 2022", None, None),
}


def records(copies):
    for copy in range(1, copies + 1):
        for name in sorted(METADATA):
            with open(os.path.join(SEEDS, name + ".txt"), encoding="utf-8") as f:
                text = f.read()
            date, title, source = METADATA[name]
            ident = name if copies == 1 else f"{name}-{copy}"
            if copies > 1:
                text = f"collection copy {copy}\n{text}"
            record = {"id": ident, "url": f"https://seeds.example.org/{ident}", "date": date, "text": text}
            if title:
                record["title"] = title
            if source:
                record["source"] = source
            yield record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--out", default=FIXTURE)
    parser.add_argument("--text-folder")
    args = parser.parse_args()
    if args.text_folder:
        os.makedirs(args.text_folder, exist_ok=True)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as out:
        for place, record in enumerate(records(args.copies), start=1):
            out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            if args.text_folder:
                with open(os.path.join(args.text_folder, f"{place:06d}_{record['id']}.txt"), "w", encoding="utf-8") as f:
                    f.write(record["text"])


if __name__ == "__main__":
    main()
