"""Image inputs: a picture file is one post (its id is its path); pictures attached to posts.

The text is read later, by OCR in the screening workers (`ctip.ocr`); here only paths are
checked, so reading a folder of thousands of photos stays fast.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from ctip.ocr.image import IMAGE_SUFFIXES, is_image_path
from ctip.records import Post, Rejected

__all__ = ["IMAGE_SUFFIXES", "MAX_RECORD_IMAGES", "attached_image", "image_files", "image_post", "is_image_path",
           "read_image_folder", "record_images"]

MAX_RECORD_IMAGES = 20  # as for the <img> of a saved page


def image_post(path: str, name: str) -> Post:
    """A post made of one picture file; `name` (the path as given) is its id."""
    return Post(id=name, text="", source="image", images=(path,), origin=f"{name}:1")


def image_files(folder: Path) -> Iterator[Path]:
    """Picture files under `folder`, sorted, not following linked folders."""
    for directory, subdirs, files in os.walk(folder):
        subdirs.sort()
        for file in sorted(files):
            if is_image_path(file):
                yield Path(directory) / file


def read_image_folder(folder: Path, name: str) -> Iterator[Post | Rejected]:
    """One post per picture under `folder`; links leading outside it are refused."""
    root = folder.resolve()
    for path in image_files(folder):
        relative = path.relative_to(folder).as_posix()
        shown = os.path.join(name, *relative.split("/"))
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            yield Rejected(shown, 1, f"not read: it is a link to a file outside {name}")
        elif not path.is_file():
            yield Rejected(shown, 1, "not read: it is not a regular file (a named pipe or device)")
        else:
            yield image_post(str(path), shown)


def attached_image(base: Path, reference: object) -> str | None:
    """The path of a picture an input refers to (relative to `base`), or None when it is not a
    usable local picture: not a string, not PNG/JPEG/WebP, absolute, a URL, or leading outside `base`
    (a post's file cannot make ctip read any picture on the disk)."""
    if not isinstance(reference, str) or not reference or not is_image_path(reference.split("?", 1)[0]):
        return None
    if "://" in reference or reference.startswith(("/", "\\", "data:")) or ":" in reference[:3]:
        return None
    relative = reference.split("?", 1)[0].split("#", 1)[0]
    target = base / relative
    try:
        if not target.resolve().is_relative_to(base.resolve()):
            return None
    except (OSError, RuntimeError, ValueError):
        return None
    return str(target) if target.is_file() else None


def record_images(values: tuple[object, ...], base: str | None) -> tuple[str, ...] | str:
    """The pictures a JSONL/CSV record names in `image` / `images` (paths relative to the input
    file's folder `base`), or the reason the record is rejected.

    Only files inside that folder are read, whatever the path says (`..`, an absolute path, a
    link): a record must not make ctip open any picture on the disk. In CSV, `images` may hold
    several paths separated by `;` or `|`."""
    wanted: list[object] = []
    for value in values:
        if isinstance(value, str):
            wanted.extend(part.strip() for part in value.replace("|", ";").split(";") if part.strip())
        elif isinstance(value, list):
            wanted.extend(value)
        elif value is not None:
            return '"image" / "images" must be a path or a list of paths'
    if not wanted:
        return ()
    if base is None:
        return ("names a picture, but the input was read from standard input, so there is no folder to "
                "find it in: give the file's path instead")
    if len(wanted) > MAX_RECORD_IMAGES:
        return f"names {len(wanted)} pictures; at most {MAX_RECORD_IMAGES} are read per post"
    found = []
    for reference in wanted:
        path = _record_image(reference, Path(base))
        if not isinstance(path, Path):
            return path
        found.append(str(path))
    return tuple(found)


def _record_image(reference: object, base: Path) -> Path | str:
    if not isinstance(reference, str) or not reference.strip():
        return '"images" must list paths (strings)'
    shown = json.dumps(reference, ensure_ascii=False)
    if "://" in reference or reference.startswith("data:"):
        return f"picture {shown} is not a local file (pictures are not downloaded): save it beside the input"
    if not is_image_path(reference):
        return f"picture {shown} is not a .png, .jpg/.jpeg or .webp file"
    target = Path(reference) if os.path.isabs(reference) else base / reference
    try:
        inside = target.resolve().is_relative_to(base.resolve())
    except (OSError, RuntimeError, ValueError):
        inside = False
    if not inside:
        return (f"picture {shown} is outside the input file's folder ({base}); only pictures in that "
                "folder or below it are read: copy it there and give a relative path")
    if not target.is_file():
        return f"picture {shown} not found in {base} (the path is relative to the input file's folder)"
    return target
