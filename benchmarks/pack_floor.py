"""The floor the pack benchmark compares Dossier with: the least work that makes the same pages.

    python -m benchmarks.pack_floor FILES_DIR OUT_DIR [--quality 88]

For the same input files as Dossier's pack: every screenshot (``*.png``, ``*.jpg``) decoded by
Pillow and re-encoded as a JPEG with the settings of Dossier's default image policy (quality 88,
optimised Huffman tables, baseline), the JPEGs embedded one per A4 page by img2pdf (which copies a
JPEG as it is, never decoding it), and the PDF exhibits (``*.pdf``) concatenated by pypdf into one
file. No page 1, timeline, contact log, stamps, links or appendix: what is left of Dossier's time
above this is its own.

Prints one JSON line: ``cpu`` (process CPU seconds of the work above, imports excluded), ``wall``,
``images``, ``pdfs``, ``pages`` and ``bytes`` written. It needs img2pdf (``pip install -e '.[bench]'``),
which the application and its tests never import.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def floor(files: Path, out: Path, quality: int = 88) -> dict[str, object]:
    import img2pdf  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    images = sorted(p for p in files.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    pdfs = sorted(p for p in files.iterdir() if p.suffix.lower() == ".pdf")
    out.mkdir(parents=True, exist_ok=True)
    cpu, wall = time.process_time(), time.perf_counter()
    jpegs: list[bytes] = []
    for path in images:
        with Image.open(path) as opened:
            rgb = opened.convert("RGB") if opened.mode != "RGB" else opened
            buffer = io.BytesIO()
            rgb.save(buffer, format="JPEG", quality=quality, optimize=True, progressive=False)
        jpegs.append(buffer.getvalue())
    a4 = (img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))
    layout = img2pdf.get_layout_fun(a4, fit=img2pdf.FitMode.into)
    written = 0
    pages = 0
    if jpegs:
        images_pdf = out / "images.pdf"
        with images_pdf.open("wb") as handle:
            img2pdf.convert(jpegs, outputstream=handle, layout_fun=layout)
        written += images_pdf.stat().st_size
        pages += len(jpegs)
    del jpegs
    if pdfs:
        writer = PdfWriter()
        for path in pdfs:
            writer.append(PdfReader(path))
        pages += len(writer.pages)
        documents = out / "documents.pdf"
        with documents.open("wb") as handle:
            writer.write(handle)
        written += documents.stat().st_size
    return {
        "cpu": time.process_time() - cpu,
        "wall": time.perf_counter() - wall,
        "images": len(images),
        "pdfs": len(pdfs),
        "pages": pages,
        "bytes": written,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--quality", type=int, default=88)
    args = parser.parse_args()
    print(json.dumps(floor(args.files, args.out, args.quality)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
