"""Step 1 of the pipeline: bytes on disk to a decoded :class:`~graph.model.SourceText`.

Decoding tries the byte-order marks, then UTF-8, then GB18030; line ends are normalised to
``\\n``. The language is detected from the script of the letters. Traditional Chinese is folded
to simplified for matching only (character by character, so offsets stay valid).

>>> detect_language('安全理事会，回顾其决议')
'zh'
>>> detect_language('The Security Council, Recalling its resolution 242 (1967)')
'en'
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from graph.errors import InputError
from graph.model import SourceText

__all__ = ["read_source", "decode_text", "detect_language", "to_simplified", "MAX_BYTES"]

#: the largest text accepted: the longest Council resolutions are well under 1 MB
MAX_BYTES = 8 * 1024 * 1024

_MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file (extract its text first)"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def decode_text(raw: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a text file.

    >>> decode_text('决议'.encode('gb18030'))
    ('决议', 'gb18030')
    >>> decode_text(codecs.BOM_UTF8 + b'abc')
    ('abc', 'utf-8-sig')
    """
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(path, f"binary file ({what}), not a text")
    boms = [
        (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ]
    for bom, enc in boms:
        if raw.startswith(bom):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {enc} text at byte {exc.start}") from exc
            return _normalise_newlines(text), enc
    if b"\x00" in raw:
        raise InputError(path, "binary file (contains NUL bytes), not a text")
    for enc in ("utf-8", "gb18030"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and not _CJK.search(text):
            break
        return _normalise_newlines(text), enc
    raise InputError(path, "not a text file in UTF-8, UTF-16 or GB18030")


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError("<text>", "binary content (control characters), not a text")
    return text


def detect_language(text: str) -> str:
    """Return ``zh`` or ``en`` from the letters of *text* (``und`` when it has neither)."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cjk == 0 and latin == 0:
        return "und"
    return "zh" if cjk * 3 >= latin else "en"


_converter = None


def to_simplified(text: str) -> str:
    """Fold traditional Chinese characters to simplified, one character for one.

    >>> to_simplified('第2121(2013)號決議')
    '第2121(2013)号决议'
    """
    global _converter
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    # convert character by character so that offsets stay valid
    out = []
    cache: dict[str, str] = {}
    for c in text:
        if c < "\u3400":
            out.append(c)
            continue
        s = cache.get(c)
        if s is None:
            s = _converter.convert(c)
            s = s if len(s) == 1 else c
            cache[c] = s
        out.append(s)
    return "".join(out)


def read_source(path: str | Path) -> SourceText:
    """Read and decode one input text.

    Raises :class:`~graph.errors.InputError` naming the file for a missing, empty, binary,
    oversized or undecodable file.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file or folder")
    if p.is_dir():
        raise InputError(p, "is a folder, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                p, f"file too large for a resolution text ({size / 1e6:.1f} MB > "
                f"{MAX_BYTES / 1e6:.1f} MB)"
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror}") from exc
    if not raw.strip():
        raise InputError(p, "file is empty")
    try:
        text, encoding = decode_text(raw, str(p))
    except InputError as exc:
        raise InputError(p, exc.problem) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    lang = detect_language(text)
    if lang == "und":
        raise InputError(p, "no Chinese or English text found")
    script, match_text = "", text
    if lang == "zh":
        match_text = to_simplified(text)
        if match_text != text:
            script = "Hant"
    return SourceText(
        path=p, text=text, sha256=hashlib.sha256(raw).hexdigest(), lang=lang,
        encoding=encoding, script=script, match_text=match_text,
    )
