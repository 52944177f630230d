"""Writing the generated data files of Scripts/data's build scripts, or checking that they are current."""

from __future__ import annotations

from pathlib import Path


def write_outputs(outputs: dict[Path, str], root: Path, check: bool) -> list[Path]:
    """Writes each output whose committed content differs (only checks with `check`), prints one
    line per file (`ok` or `stale`, its path under `root` and its line count), and returns the
    stale files."""
    stale = []
    for path, content in outputs.items():
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != content:
            stale.append(path)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8", newline="\n")
        print(f"{'stale' if old != content else 'ok   '} {path.relative_to(root)}: {content.count(chr(10))} lines")
    return stale
