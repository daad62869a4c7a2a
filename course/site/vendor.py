"""Vendor the site's third-party browser assets from the npm registry: `python -m course.site.vendor`.

The site must work offline, so KaTeX (math) and mermaid (diagrams) are served from
docs/assets/vendor/, never from a CDN. This script fetches the pinned releases with `npm pack`,
copies the files the site uses, and records versions and licences in docs/assets/vendor/README.md.
Run it only to upgrade; the vendored files are committed, so learners never need npm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from course import paths

PACKAGES = {
    "katex": ("0.16.47", ["dist/katex.min.js", "dist/katex.min.css", "dist/contrib/auto-render.min.js",
                          "dist/fonts/*.woff2", "LICENSE"]),
    "mermaid": ("11.17.2", ["dist/mermaid.min.js", "LICENSE"]),
}
TARGET = paths.DOCS / "assets" / "vendor"


def vendor(name: str, version: str, patterns: list[str], workdir: Path) -> None:
    subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    archive = next(workdir.glob(f"{name}-{version}.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(workdir / name, filter="data")
    package = workdir / name / "package"
    destination = TARGET / name
    shutil.rmtree(destination, ignore_errors=True)
    for pattern in patterns:
        for source in package.glob(pattern):
            relative = source.relative_to(package / "dist") if pattern.startswith("dist/") else source.name
            (destination / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, destination / relative)


def main() -> int:
    with tempfile.TemporaryDirectory() as workdir:
        for name, (version, patterns) in PACKAGES.items():
            vendor(name, version, patterns, Path(workdir))
    rows = "\n".join(f"| {name} | {version} | MIT | `npm pack {name}@{version}` |"
                     for name, (version, _) in PACKAGES.items())
    (TARGET / "README.md").write_text(
        "# Vendored browser assets\n\nServed with the site so that it works offline. Written by "
        "`python -m course.site.vendor`; do not edit by hand.\n\n| package | version | licence | source |\n"
        f"|---|---|---|---|\n{rows}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
