"""Names read in a Title Case line (a headline, a subhead): every word there is capitalised, so a
run of capitals runs past the name into the headline's verb and object ("Mahkamah Syar'iyah Banda
Aceh Putuskan Hak Asuh …"). The article's body shows where the name ends."""

from __future__ import annotations

import re
from dataclasses import replace

from ..mentions import NP
from ..speechlex import SpeechLexicon

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = (".", ",", ";", ":", "\"", "”")
_LABEL = re.compile(r"[^:|]{1,30}[:|]")  # "Reporter: …", "Editor: …", "Laporan … | Kupang"


def title_case_line(line: str, sl: SpeechLexicon) -> bool:
    """A single line with no sentence end whose content words (not connectors, three letters or
    more) are all capitalised, at least three of them."""
    line = line.strip()
    if "\n" in line or line.endswith(_SENTENCE_END) or _LABEL.match(line):
        return False
    content = [w for w in _WORD.findall(line) if w not in sl.connectors and len(w) > 2]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


def cut_to_body(np: NP, text: str, body: str) -> NP | None:
    """``np`` read in a Title Case line, its name cut to the longest opening of two words or
    more that the body writes as a whole; None when the body writes none ("Tersangka Pungli
    PPDB" of a headline is nobody)."""
    name = np.name
    if len(name) < 2:
        return np
    for size in range(len(name), 1, -1):
        written = " ".join(name[:size])
        if re.search(rf"(?<![\w'’-]){re.escape(written)}(?![\w'’-])", body):
            at = text.find(written, np.start, np.end)
            end = at + len(written) if at >= 0 else np.end
            return replace(np, name=name[:size], end=end) if size < len(name) else np
    return None
