#!/usr/bin/env python3
"""Validate the curated gazetteers (organizations, companies, persons).

Checks, per file and across all three files:
  * two leading '#' comment lines (description, source/licence), then the
    header line ``name<TAB>type<TAB>canonical<TAB>category<TAB>flags``;
  * every data row has exactly 5 tab-separated columns;
  * no field has leading/trailing whitespace; name, type, canonical and
    category are non-empty;
  * ``type`` is ORGANIZATION, COMPANY or PERSON, matches the file it is in,
    and ``category`` is valid for that type;
  * ``flags`` is empty or ``weak``;
  * no ``name`` occurs twice, within a file or across the files;
  * every ``canonical`` is itself a name row whose canonical is itself and
    whose type and category are the same as the alias row's;
  * every name containing a straight apostrophe (') also has a row with the
    curly variant (U+2019) pointing at the same canonical;
  * no name starts with a place's possessive ("Ukraine's Defense Ministry"):
    the place is its own mention there, and the name after it is listed alone.

Prints row counts per file, type and category (and warnings for names that
differ only by letter case but map to different canonicals). Exits 1 on any
error.

Usage: check_gazetteers.py [GAZETTEER_DIR]
"""
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(
    os.path.join(HERE, "..", "..", "Sources", "NER", "Resources", "Gazetteers"))

FILES = {
    "organizations.tsv": "ORGANIZATION",
    "companies.tsv": "COMPANY",
    "persons.tsv": "PERSON",
}
CATEGORIES = {
    "ORGANIZATION": {"intl-org", "gov-body", "military", "court", "party", "ngo",
                     "sports", "education", "militant", "religious"},
    "COMPANY": {"company", "bank", "media", "news-agency", "airline", "tech"},
    "PERSON": {"person"},
}
FLAGS = {"", "weak"}
PLACE_FILES = ["countries.tsv", "regions.tsv", "cities.tsv", "geo.tsv"]
HEADER = ["name", "type", "canonical", "category", "flags"]
CURLY = "\u2019"


def main(argv):
    gdir = argv[1] if len(argv) > 1 else DEFAULT_DIR
    errors = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    rows = {}          # name -> (file, line, type, canonical, category, flags)
    per_file = Counter()
    per_cat = Counter()
    per_type = Counter()
    weak = Counter()
    canon_count = Counter()

    places = set()
    for fname in PLACE_FILES:
        path = os.path.join(gdir, fname)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                places.update(line.split("\t")[0] for line in f if not line.startswith("#"))

    for fname, ftype in FILES.items():
        path = os.path.join(gdir, fname)
        if not os.path.isfile(path):
            err(fname, "file missing")
            continue
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        else:
            err(fname, "file does not end with a newline")
        if len(lines) < 3:
            err(fname, "too short: need 2 comment lines and a header")
            continue
        if not lines[0].startswith("# ") or len(lines[0]) < 4:
            err(f"{fname}:1", "first line must be '# <description>'")
        if not lines[1].startswith("# source:") or "licence" not in lines[1]:
            err(f"{fname}:2", "second line must be '# source: ...; licence: ...'")
        if lines[2].split("\t") != HEADER:
            err(f"{fname}:3", "header must be " + "\\t".join(HEADER))
        for i, line in enumerate(lines[3:], start=4):
            where = f"{fname}:{i}"
            if line.startswith("#"):
                continue
            if line.strip() == "":
                err(where, "blank line")
                continue
            if "\r" in line:
                err(where, "carriage return in line")
            cols = line.split("\t")
            if len(cols) != 5:
                err(where, f"expected 5 tab-separated columns, got {len(cols)}")
                continue
            name, typ, canon, cat, flags = cols
            for label, v in zip(HEADER, cols):
                if v != v.strip():
                    err(where, f"{label} {v!r} has leading/trailing whitespace")
                if "  " in v:
                    err(where, f"{label} {v!r} has a double space")
            if not name or not typ or not canon or not cat:
                err(where, "empty name/type/canonical/category")
                continue
            if typ not in CATEGORIES:
                err(where, f"invalid type {typ!r}")
            elif typ != ftype:
                err(where, f"type {typ} does not belong in {fname} ({ftype})")
            elif cat not in CATEGORIES[typ]:
                err(where, f"invalid category {cat!r} for type {typ}")
            if flags not in FLAGS:
                err(where, f"invalid flags {flags!r}")
            owner = name.split(" ")[0][:-2]
            if " " in name and name.split(" ")[0][-2:] in ("'s", CURLY + "s") and owner in places:
                err(where, f"{name!r} starts with the possessive of the place {owner!r}; list the name after it instead")
            if name in rows:
                pf, pl = rows[name][0], rows[name][1]
                err(where, f"duplicate name {name!r} (first at {pf}:{pl})")
                continue
            rows[name] = (fname, i, typ, canon, cat, flags)
            per_file[fname] += 1
            per_type[typ] += 1
            per_cat[(typ, cat)] += 1
            if flags == "weak":
                weak[typ] += 1

    # canonical checks
    for name, (fname, line, typ, canon, cat, flags) in rows.items():
        where = f"{fname}:{line}"
        if canon not in rows:
            err(where, f"canonical {canon!r} of {name!r} has no name row of its own")
            continue
        cf, cl, ctyp, ccanon, ccat, _ = rows[canon]
        if ccanon != canon:
            err(where, f"canonical {canon!r} of {name!r} is itself an alias of {ccanon!r}")
        if ctyp != typ or ccat != cat:
            err(where, f"{name!r} is {typ}/{cat} but its canonical {canon!r} is {ctyp}/{ccat}")
        if name == canon:
            canon_count[typ] += 1
        if "'" in name:
            curly = name.replace("'", CURLY)
            if curly not in rows:
                err(where, f"{name!r} has no curly-apostrophe variant row {curly!r}")
            elif rows[curly][3] != canon:
                err(where, f"curly variant {curly!r} maps to {rows[curly][3]!r}, not {canon!r}")

    # warnings: case-insensitive collisions with different canonicals
    folded = defaultdict(set)
    for name, r in rows.items():
        folded[name.casefold()].add(r[3])
    warnings = [k for k, v in folded.items() if len(v) > 1]

    print(f"gazetteer directory: {gdir}")
    for fname in FILES:
        print(f"  {fname:20s} {per_file[fname]:6d} rows")
    print(f"  {'total':20s} {sum(per_file.values()):6d} rows")
    print()
    for typ in CATEGORIES:
        print(f"{typ}: {per_type[typ]} rows, {canon_count[typ]} canonical entities, {weak[typ]} weak")
        for cat in sorted(CATEGORIES[typ]):
            print(f"  {cat:12s} {per_cat[(typ, cat)]:6d}")
    if warnings:
        print()
        print(f"warning: {len(warnings)} names differ only by case but have different canonicals:")
        for k in sorted(warnings):
            variants = sorted(n for n in rows if n.casefold() == k)
            print("  " + " / ".join(f"{n} -> {rows[n][3]}" for n in variants))
    if errors:
        print()
        print(f"{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print()
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
