"""Recover UTF-8 text that passed through a Windows code page and lost bytes on the way.

The damage (issue #10): UTF-8 bytes were decoded with a single-byte code page (cp1252,
cp1254, …) and the result saved again. Bytes the code page cannot map (0x81, 0x8D, 0x8F,
0x90, 0x9D in cp1252) were dropped, and so was the soft hyphen 0xAD, which editors treat
as invisible. ftfy repairs only what is lossless, so a large part of such a file stays
garbage. Here we:

1. pick the code page that explains the text best (the one whose re-encoding gives the
   most well-formed UTF-8),
2. re-encode and walk the bytes: a lead byte always survives (0xC2–0xF4 are printable in
   every code page), so each character is a lead byte plus the continuation bytes that
   follow it, and a short one tells exactly how many bytes are missing,
3. enumerate the candidate characters at each gap (only the few bytes that can have
   been dropped — those absent from the whole document — at every possible position),
4. choose jointly along each run of text with a word-lattice Viterbi over a language
   model of Chinese built from jieba's dictionary (word frequencies, plus character
   frequencies derived from it), so that context on both sides decides and readings that
   segment into known words win; paired punctuation is checked for balance.

Nothing here knows any word of any particular list; the model comes from the jieba
package. Healthy text never reaches the repair: ``detect_lossy_mojibake`` is cheap and
strict.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, product
from pathlib import Path

logger = logging.getLogger(__name__)

#: Code pages tried, most common first (ties go to the earlier one).
CODEPAGES = ("cp1252", "cp1254", "cp1250", "cp1251", "cp1253", "cp1257", "cp1258", "cp1255", "cp1256", "latin-1")
#: Bytes defined by the code pages but invisible, so often stripped by the same tools.
_INVISIBLE_BYTES = frozenset({0xAD})
#: A document needs this many well-formed multi-byte sequences before we call it mojibake:
#: one or two "Ã©"-like pairs can be legitimate Latin-1 text.
_MIN_EVIDENCE = 3
#: … and they must outnumber the byte runs that make no sense as UTF-8 by this factor.
_MIN_EVIDENCE_RATIO = 4.0
#: Log-cost of every word in a reading, so that one known two-character word beats two
#: frequent single characters ("insertion penalty"; 1–2 measured best on damaged clean text).
_WORD_PENALTY = 1.0
#: Weight of the tag context against the plain tag prior in P(tag | previous tag).
_TAG_CONTEXT_WEIGHT = 0.9


@dataclass(frozen=True, slots=True)
class RepairedSpan:
    """One place where missing bytes were restored.

    ``start``/``end`` are offsets into the repaired text (``text[start:end] == chosen``);
    ``line`` is 1-based. ``candidates`` lists the readings considered, best first, and
    ``confidence`` is the model's posterior for the chosen one (0–1).
    """

    line: int
    start: int
    end: int
    candidates: tuple[str, ...]
    chosen: str
    confidence: float


@dataclass(frozen=True, slots=True)
class RepairResult:
    """Outcome of :func:`repair`. ``codepage`` is None when nothing was repaired."""

    text: str
    spans: tuple[RepairedSpan, ...] = ()
    codepage: str | None = None
    changed_lines: tuple[int, ...] = ()  # 1-based lines whose text changed (lossless or lossy)


# --------------------------------------------------------------------------- code pages


@dataclass(frozen=True, slots=True)
class _CodePage:
    name: str
    to_byte: dict[str, int]  # non-ASCII character → byte
    unmapped: frozenset[int]  # bytes 0x80–0xFF the code page cannot decode


@lru_cache(maxsize=None)
def _codepage(name: str) -> _CodePage:
    to_byte: dict[str, int] = {}
    unmapped = set()
    for b in range(0x80, 0x100):
        try:
            to_byte[bytes([b]).decode(name)] = b
        except UnicodeDecodeError:
            unmapped.add(b)
    # Some converters pass undefined bytes through as C1 controls (the "latin-1" half of a
    # "sloppy" code page); accept them back as the same byte.
    for b in unmapped:
        to_byte.setdefault(chr(b), b)
    return _CodePage(name, to_byte, frozenset(unmapped))


# --------------------------------------------------------------------------- scanning


@dataclass(slots=True)
class _Gap:
    """A character whose UTF-8 bytes lost one or more continuation bytes."""

    damaged: str  # the code-page characters as they stand in the damaged text
    candidates: tuple[str, ...]


@dataclass(slots=True)
class _Stats:
    complete: int = 0  # well-formed multi-byte sequences
    gaps: int = 0  # sequences short of bytes that a dropped byte explains
    lone: int = 0  # lead bytes standing alone between ASCII characters
    nonsense: int = 0  # byte runs that are no UTF-8 at all
    foreign: int = 0  # non-ASCII characters the code page cannot encode


#: One code-page byte ≥ 0x80 and the continuation bytes after it: one UTF-8 character at most.
_RUN = re.compile(rb"[\x80-\xff][\x80-\xbf]*")


@lru_cache(maxsize=65536)
def _gap_candidates(seq: bytes, missing: int, droppable: tuple[int, ...]) -> tuple[str, ...]:
    """Every valid character made by inserting ``missing`` droppable bytes after the lead."""
    found: list[str] = []
    have = seq[1:]
    total = len(have) + missing
    for positions in combinations(range(total), missing):
        for fill in product(droppable, repeat=missing):
            it_have, it_fill = iter(have), iter(fill)
            tail = bytes(next(it_fill) if k in positions else next(it_have) for k in range(total))
            try:
                ch = (seq[:1] + tail).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if unicodedata.category(ch) not in ("Cn", "Cs", "Co", "Cc") and ch not in found:
                found.append(ch)
    return tuple(found)


def _scan(
    text: str, cp: _CodePage, droppable: tuple[int, ...], *, candidates: bool = True, lone: bool = False
) -> tuple[list[tuple[int, int, str | _Gap]], _Stats]:
    """Re-encode ``text`` with ``cp`` and decode every byte run as UTF-8.

    Returns the pieces that change — (start, end, replacement) in character offsets, one
    character per byte — and the counts that tell whether this is mojibake at all.
    Anything that is no UTF-8 (a stray continuation byte, a lead byte with too many
    followers, a gap no dropped byte explains) is left exactly as it was. A lead byte
    alone between ASCII characters is an accented letter ("café") unless ``lone`` says
    the document is known to have lost bytes elsewhere.
    """
    stats = _Stats()
    table: dict[int, int] = {}
    for ch in set(text):
        if ord(ch) >= 0x80:
            b = cp.to_byte.get(ch)
            table[ord(ch)] = 0 if b is None else b  # NUL: a character of another script ends a run
    data = text.translate(table).encode("latin-1")
    stats.foreign = data.count(0) - text.count("\0")
    pieces: list[tuple[int, int, str | _Gap]] = []
    for m in _RUN.finditer(data):
        seq = m.group()
        need = _lead_length(seq[0])
        have = len(seq) - 1
        if need == 0 or have > need:
            stats.nonsense += 1
        elif have == need:
            try:
                pieces.append((m.start(), m.end(), seq.decode("utf-8")))
                stats.complete += 1
            except UnicodeDecodeError:
                stats.nonsense += 1
        elif not droppable:
            stats.nonsense += 1
        elif have == 0 and not lone and not _has_neighbour(data, m.start(), m.end()):
            stats.lone += 1
        elif not candidates:
            stats.gaps += 1
        else:
            cands = _gap_candidates(seq, need - have, droppable)
            if cands:
                pieces.append((m.start(), m.end(), _Gap(text[m.start() : m.end()], cands)))
                stats.gaps += 1
            else:
                stats.nonsense += 1
    return pieces, stats


def _has_neighbour(data: bytes, start: int, end: int) -> bool:
    """Whether a byte run touches another non-ASCII run (damaged text comes in stretches)."""
    return (start > 0 and data[start - 1] >= 0x80) or (end < len(data) and data[end] >= 0x80)


def _lead_length(b: int) -> int:
    """Continuation bytes a UTF-8 lead byte announces (0 for a byte that is no lead)."""
    if 0xC2 <= b <= 0xDF:
        return 1
    if 0xE0 <= b <= 0xEF:
        return 2
    if 0xF0 <= b <= 0xF4:
        return 3
    return 0


def _droppable_bytes(text: str, cp: _CodePage, unmapped: frozenset[int] | None = None) -> tuple[int, ...]:
    """Continuation bytes that may have been dropped: unmappable or invisible, and absent.

    A byte that occurs anywhere in the re-encoded document evidently survived, so it is
    not a candidate (this also tells whether the soft hyphen was kept).
    """
    present = {cp.to_byte[c] for c in set(text) if c in cp.to_byte}
    pool = (set(cp.unmapped if unmapped is None else unmapped) | _INVISIBLE_BYTES) - present
    return tuple(sorted(b for b in pool if 0x80 <= b <= 0xBF))


def _evidence(stats: _Stats) -> bool:
    """Enough well-formed sequences, and few byte runs that argue against mojibake.

    Accented letters standing alone between ASCII letters ("café") count against: in text
    that really went through a code page they would have come out as two characters.
    """
    good = stats.complete
    return good >= _MIN_EVIDENCE and good >= _MIN_EVIDENCE_RATIO * (stats.nonsense + stats.lone)


#: Characters that are a UTF-8 lead byte (0xC2–0xF4) in one of the code pages.
_LEAD_LOOKALIKES = frozenset(
    ch for name in CODEPAGES for b in range(0xC2, 0xF5) for ch in [bytes([b]).decode(name, errors="ignore")] if ch
)


_CONT_LOOKALIKES = frozenset(
    ch for name in CODEPAGES for b in range(0x80, 0xC0) for ch in [bytes([b]).decode(name, errors="ignore")] if ch
)
_PAIR = None


def _has_pairs(text: str) -> bool:
    """Cheap pre-check: mojibake shows at least ``_MIN_EVIDENCE`` lead+continuation look-alike pairs.

    Healthy text with a few accented names ("Ž", "é") has none or one; the full per-code-page
    scan is only worth running when this finds enough.
    """
    global _PAIR
    if _PAIR is None:
        import re

        lead = "".join(sorted(re.escape(c) for c in _LEAD_LOOKALIKES))
        cont = "".join(sorted(re.escape(c) for c in _CONT_LOOKALIKES))
        _PAIR = re.compile(f"[{lead}][{cont}]")
    found = 0
    for _ in _PAIR.finditer(text):
        found += 1
        if found >= _MIN_EVIDENCE:
            return True
    return False


def choose_codepage(text: str) -> tuple[str, _Stats, frozenset[int]] | None:
    """The code page whose re-encoding turns most of ``text`` into UTF-8, or None.

    Returns (name, stats, unmapped) where ``unmapped`` is the union of the bytes that the
    equally good code pages cannot map: a text without Turkish letters does not tell
    cp1252 from cp1254, so a byte either of them would have dropped stays a candidate.
    None means the text shows no sign of this damage.
    """
    if _LEAD_LOOKALIKES.isdisjoint(text) or not _has_pairs(text):
        return None
    scored: list[tuple[tuple[int, int], str, _Stats]] = []
    for name in CODEPAGES:
        cp = _codepage(name)
        stats = _scan(text, cp, _droppable_bytes(text, cp), candidates=False)[1]
        if _evidence(stats):
            scored.append(((stats.complete + stats.gaps - 2 * stats.nonsense, -stats.foreign), name, stats))
    if not scored:
        return None
    best_key = max(key for key, _, _ in scored)
    ties = [(name, stats) for key, name, stats in scored if key == best_key]
    unmapped = frozenset().union(*(_codepage(name).unmapped for name, _ in ties))
    return ties[0][0], ties[0][1], unmapped


def detect_lossy_mojibake(text: str) -> bool:
    """True when ``text`` is UTF-8 read through a code page *and* bytes were lost.

    Cheap and strict: healthy text (English, Chinese, Latin-1 prose with the odd "Ã©")
    comes back False. Lossless mojibake also gives False — ftfy handles that.
    """
    chosen = choose_codepage(text)
    return chosen is not None and chosen[1].gaps > 0


def detect_mojibake(text: str) -> bool:
    """True when ``text`` looks like UTF-8 read through a code page, lossy or not."""
    return choose_codepage(text) is not None


# --------------------------------------------------------------------------- language model


class _ChineseModel:
    """A class-based bigram model of Chinese words, built from jieba's package data.

    Words and their frequencies and part-of-speech tags come from ``jieba/dict.txt``;
    how tags follow one another comes from the transition table of jieba's POS tagger
    (``jieba/posseg/prob_trans.p``, trained on a tagged corpus). A word ``w`` with tag
    ``t`` after a word tagged ``t'`` scores ``log P(t|t') + log P(w|t)``: the dictionary
    alone says 不 is commoner than 中, the tag context says which one fits after a noun
    and before 的.

    ``lookup`` answers in one dict probe whether a string is a word (its frequency),
    only the prefix of one (0) or neither (None) — the trick jieba uses to build its
    segmentation DAG. Characters that are no single-character word score from how often
    they occur inside words; anything else gets a prior by Unicode category, because the
    dictionary has no punctuation.
    """

    _instance: _ChineseModel | None = None

    def __init__(self, dict_lines, transitions: dict) -> None:
        lex: dict[str, int] = {}
        tags: dict[str, str] = {}
        for line in dict_lines:
            parts = line.split()
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            lex[parts[0]] = lex.get(parts[0], 0) + int(parts[1])
            tags.setdefault(parts[0], parts[2] if len(parts) > 2 else "x")
        self.total = sum(lex.values())
        self.logtotal = math.log(self.total)
        char_freq: dict[str, int] = {}
        tag_mass: dict[str, int] = {}
        for word, freq in lex.items():
            tag_mass[tags[word]] = tag_mass.get(tags[word], 0) + freq
            for ch in set(word):
                char_freq[ch] = char_freq.get(ch, 0) + freq
        self.char_freq = char_freq
        self.tags = tags
        self.log_tag_mass = {t: math.log(m) for t, m in tag_mass.items()}
        self.log_tag_prior = {t: math.log(m / self.total) for t, m in tag_mass.items()}
        self.log_trans = self._word_transitions(transitions, self.log_tag_prior)
        self.max_word_len = max(map(len, lex))
        for word in list(lex):
            for k in range(1, len(word)):
                lex.setdefault(word[:k], 0)
        self.lex = lex
        self._single: dict[str, float] = {}

    @staticmethod
    def _word_transitions(char_trans: dict, log_prior: dict[str, float]) -> dict[tuple[str, str], float]:
        """Tag-to-tag probabilities between words from the tagger's character states.

        A word ends in state E or S and the next one starts in B or S; summing over those
        gives P(t2|t1), smoothed with the tag prior so no transition is impossible.
        """
        raw: dict[str, dict[str, float]] = {}
        for (pos, t1), nxt in char_trans.items():
            if pos not in ("E", "S"):
                continue
            row = raw.setdefault(t1, {})
            for (pos2, t2), lp in nxt.items():
                if pos2 in ("B", "S"):
                    row[t2] = row.get(t2, 0.0) + math.exp(lp)
        out: dict[tuple[str, str], float] = {}
        lam = _TAG_CONTEXT_WEIGHT
        for t1, row in raw.items():
            z = sum(row.values())
            if z <= 0:
                continue
            for t2, lp in log_prior.items():
                out[(t1, t2)] = math.log(lam * row.get(t2, 0.0) / z + (1 - lam) * math.exp(lp))
        return out

    @classmethod
    def get(cls) -> _ChineseModel:
        """The shared model, loaded on first use (under a second) and kept for the process."""
        if cls._instance is None:
            import pickle
            from importlib import resources

            root = resources.files("jieba")
            with root.joinpath("posseg", "prob_trans.p").open("rb") as fh:
                transitions = pickle.load(fh)  # package data shipped with jieba, as jieba loads it
            with root.joinpath("dict.txt").open("r", encoding="utf-8") as fh:
                cls._instance = cls(fh, transitions)
            logger.debug("loaded jieba dictionary: %d entries", len(cls._instance.lex))
        return cls._instance

    def lookup(self, s: str) -> int | None:
        return self.lex.get(s)

    def word_score(self, word: str) -> tuple[float, str | None]:
        """(log P(word | tag), tag) for a dictionary word."""
        tag = self.tags[word]
        return math.log(self.lex[word]) - self.log_tag_mass[tag], tag

    def single_score(self, ch: str) -> tuple[float, str | None]:
        """Score of one character standing alone; tag None when the dictionary lacks it."""
        if self.lex.get(ch):
            return self.word_score(ch)
        cached = self._single.get(ch)
        if cached is None:
            if ch in self.char_freq:  # occurs only inside words
                cached = math.log(1.0 + 0.01 * self.char_freq[ch]) - self.logtotal
            else:
                cached = _CATEGORY_LOGP.get(unicodedata.category(ch), _CATEGORY_LOGP["other"])
            self._single[ch] = cached
        if ch.isascii() and ch.isalnum():  # the tagger's classes for numbers and foreign words
            return cached, "m" if ch.isdigit() else "nz"
        return cached, None

    def transition(self, prev: str | None, tag: str | None) -> float:
        if tag is None:
            return 0.0
        if prev is None:
            return self.log_tag_prior[tag]
        return self.log_trans.get((prev, tag), self.log_tag_prior[tag])


#: Log-probability of a character the dictionary does not know, by Unicode category. The
#: scale is that of the dictionary (a common character is around -7, a rare one -15): common
#: punctuation is likely, letters and symbols of other scripts less so, format characters
#: and combining marks on their own almost never.
_CATEGORY_LOGP = {
    "Po": -8.0,
    "Ps": -9.0,
    "Pe": -9.0,
    "Pi": -9.0,
    "Pf": -9.0,
    "Pd": -10.0,
    "Lo": -18.0,
    "Nd": -12.0,
    "Lu": -13.0,
    "Ll": -13.0,
    "Sm": -13.0,
    "So": -13.0,
    "Sc": -13.0,
    "Sk": -14.0,
    "Zs": -15.0,
    "Cf": -20.0,
    "Mn": -22.0,
    "Me": -22.0,
    "other": -16.0,
}


# --------------------------------------------------------------------------- decoding


def _is_boundary(ch: str) -> bool:
    """Punctuation ends a stretch of context; a space does not (``数据集 与 论文``)."""
    return unicodedata.category(ch)[0] == "P" and ch not in "&#%-_"


#: Tag of a whitespace edge: it passes the previous word's tag through.
_KEEP = "<keep>"


@lru_cache(maxsize=4096)
def _bracket_partner(ch: str) -> tuple[str, int] | None:
    """(partner, +1 for an opener / -1 for a closer) for paired punctuation, else None."""
    if unicodedata.category(ch) not in ("Ps", "Pe", "Pi", "Pf"):
        return None
    name = unicodedata.name(ch, "")
    for opener, closer in (("LEFT", "RIGHT"), ("OPENING", "CLOSING")):
        for src, dst, sign in ((opener, closer, 1), (closer, opener, -1)):
            if src in name:
                try:
                    return unicodedata.lookup(name.replace(src, dst, 1)), sign
                except KeyError:
                    return None
    return None


class _BalanceIndex:
    """The log-bonus for paired punctuation at every gap of one line (an opener needs its closer later
    on the line, a closer its opener earlier): O(1) each after O(line) work per bracket.

    Scanning (and copying) the rest of the line for every gap was quadratic on a long damaged line
    (the scan is kept in the tests as this index's oracle). Here, for the bracket ``cand``, P[j] = Σ_{i≤j} (count(cand) − count(partner)) over
    the text tokens; an opener at k finds its closer iff min_{j>k} P[j] < P[k]; a closer finds its
    opener iff max_{-1≤j≤k-2} P[j] > P[k-1] (P[-1] = 0): the same answers as the scan."""

    def __init__(self, tokens: list[str | _Gap]):
        self.tokens = tokens
        self.cache: dict[str, tuple[list[int], list[float], list[float]]] = {}

    def _arrays(self, cand: str, partner: str):
        got = self.cache.get(cand)
        if got is None:
            prefix: list[int] = []
            p = 0
            for t in self.tokens:
                if isinstance(t, str):
                    p += t.count(cand) - t.count(partner)
                prefix.append(p)
            n = len(prefix)
            suffix_min: list[float] = [0.0] * (n + 1)  # suffix_min[j] = min(P[j:]); suffix_min[n] = +inf
            m: float = float("inf")
            for j in range(n - 1, -1, -1):
                if prefix[j] < m:
                    m = prefix[j]
                suffix_min[j] = m
            suffix_min[n] = float("inf")
            prefix_max: list[float] = [0.0] * (n + 1)  # prefix_max[j] = max(P[-1], P[0], …, P[j-1]), P[-1] = 0
            m = 0
            for j in range(n):
                prefix_max[j] = m
                if prefix[j] > m:
                    m = prefix[j]
            prefix_max[n] = m
            got = self.cache[cand] = (prefix, suffix_min, prefix_max)
        return got

    def bonus(self, k: int, cand: str) -> float:
        info = _bracket_partner(cand)
        if info is None:
            return 0.0
        partner, sign = info
        prefix, suffix_min, prefix_max = self._arrays(cand, partner)
        if sign > 0:
            return 2.0 if suffix_min[k + 1] < prefix[k] else -8.0
        if k < 1:
            return -8.0
        # P[j] for -1 ≤ j ≤ k-2 is prefix_max[k-1]; the scan's total up to k-1 is P[k-1]
        return 2.0 if prefix_max[k - 1] > prefix[k - 1] else -8.0


@dataclass(slots=True)
class _Choice:
    chosen: str
    ranked: tuple[str, ...]
    confidence: float


_Edge = tuple[int, float, "str | None", tuple[tuple[int, int], ...]]  # end, score, tag, gap assignments


def _lattice(tokens: list[str | _Gap], extra: dict[int, dict[str, float]], model: _ChineseModel) -> list[list[_Edge]]:
    """Every dictionary word (and every single character) the chunk can be read as.

    Gaps expand into their candidates while the string is still a dictionary prefix, so
    a run of adjacent gaps is enumerated jointly but stays small.
    """
    n = len(tokens)
    options: list[list[tuple[str, int]]] = []  # (character, candidate index or -1)
    for t in tokens:
        if isinstance(t, _Gap):
            options.append([(c, ci) for ci, c in enumerate(t.candidates)])
        else:
            options.append([(t, -1)])
    edges: list[list[_Edge]] = [[] for _ in range(n)]
    lookup = model.lex.get  # ``model.lookup`` without a method call: the inner loop of the lattice
    for i in range(n):
        if tokens[i] == " " or (isinstance(tokens[i], str) and tokens[i].isspace()):
            edges[i].append((i + 1, 0.0, _KEEP, ()))
            continue
        for ch, ci in options[i]:
            score, tag = model.single_score(ch)
            score += extra.get(i, {}).get(ch, 0.0) - _WORD_PENALTY
            edges[i].append((i + 1, score, tag, ((i, ci),) if ci >= 0 else ()))
        partial: list[tuple[str, tuple[tuple[int, int], ...]]] = [
            (ch, ((i, ci),) if ci >= 0 else ()) for ch, ci in options[i]]
        for j in range(i + 1, min(n, i + model.max_word_len)):
            grown = []
            for s, assign in partial:
                for ch, ci in options[j]:
                    w = s + ch
                    status = lookup(w)
                    if status is None:
                        continue
                    a2 = assign + ((j, ci),) if ci >= 0 else assign
                    if status > 0:
                        score, tag = model.word_score(w)
                        edges[i].append((j + 1, score - _WORD_PENALTY, tag, a2))
                    grown.append((w, a2))
            if not grown:
                break
            partial = grown
    return edges


def _decode_chunk(tokens: list[str | _Gap], extra: dict[int, dict[str, float]], model: _ChineseModel) -> dict[int, _Choice]:
    """Viterbi over the word lattice with the previous word's tag as state.

    Also computes, for every candidate of every gap, the score of the best reading that
    uses it (forward + edge + backward): the softmax of those is the confidence.

    The three passes ask for the same tag-to-tag transitions over and over (200,000 times for
    the seed list that needs this): they are memoised per chunk, by tag then previous tag, and
    the passes are plain loops; the sums are added in the same order as ever.
    """
    n = len(tokens)
    edges = _lattice(tokens, extra, model)
    neg = -math.inf
    fwd: list[dict[str | None, float]] = [{} for _ in range(n + 1)]
    back: list[dict[str | None, tuple[int, str | None, tuple[tuple[int, int], ...]]]] = [{} for _ in range(n + 1)]
    fwd[0][None] = 0.0
    transition = model.transition
    rows: dict[str | None, dict[str | None, float]] = {}  # tag → previous tag → transition

    def row_of(tag: str | None) -> dict[str | None, float]:
        row = rows.get(tag)
        if row is None:
            row = rows[tag] = {}
        return row

    def trans(prev: str | None, tag: str | None, row: dict[str | None, float]) -> float:
        t = row.get(prev)
        if t is None:
            t = row[prev] = transition(prev, tag)
        return t

    for i in range(n):
        fi = fwd[i]
        if not fi:
            continue
        for j, s, tag, a in edges[i]:
            target = fwd[j]
            bj = back[j]
            if tag == _KEEP:
                for prev, v in fi.items():
                    if v > target.get(prev, neg):
                        target[prev] = v
                        bj[prev] = (i, prev, a)
                continue
            row = row_of(tag)
            for prev, v0 in fi.items():
                t = row.get(prev)
                if t is None:
                    t = row[prev] = transition(prev, tag)
                v = v0 + t + s
                if v > target.get(tag, neg):
                    target[tag] = v
                    bj[tag] = (i, prev, a)
    bwd: list[dict[str | None, float]] = [{} for _ in range(n + 1)]
    bwd[n] = {tag: 0.0 for tag in fwd[n]}
    for i in range(n - 1, -1, -1):
        ei = [(j, s, tag, None if tag == _KEEP else row_of(tag)) for j, s, tag, _ in edges[i]]
        bi = bwd[i]
        for prev in fwd[i]:
            top = neg
            for j, s, tag, row in ei:
                if row is None:
                    x = bwd[j].get(prev, neg)
                else:
                    t = row.get(prev)
                    if t is None:
                        t = row[prev] = transition(prev, tag)
                    x = t + s + bwd[j].get(tag, neg)
                if x > top:
                    top = x
            bi[prev] = top
    best: dict[int, int] = {}
    j, tag = n, max(fwd[n], key=fwd[n].__getitem__)
    while j > 0:
        i, prev, a = back[j][tag]
        for k, ci in a:
            best[k] = ci
        j, tag = i, prev
    marg: dict[int, dict[int, float]] = {}
    for i in range(n):
        for j, s, tag, a in edges[i]:
            if not a:
                continue
            tail = s + bwd[j].get(tag, neg)
            row = row_of(tag)
            top = neg
            for prev, v0 in fwd[i].items():
                x = v0 + trans(prev, tag, row)
                if x > top:
                    top = x
            v = top + tail
            for k, ci in a:
                d = marg.setdefault(k, {})
                if v > d.get(ci, neg):
                    d[ci] = v
    out: dict[int, _Choice] = {}
    for k, ci in best.items():
        gap = tokens[k]
        assert isinstance(gap, _Gap)
        d = marg[k]
        top = max(d.values())
        z = sum(math.exp(v - top) for v in d.values())
        ranked = tuple(gap.candidates[c] for c in sorted(d, key=lambda c: -d[c]))
        out[k] = _Choice(gap.candidates[ci], ranked, math.exp(d[ci] - top) / z)
    return out


def _decode_line(tokens: list[str | _Gap], model) -> tuple[str, list[tuple[int, int, _Choice]]]:
    """Fill every gap of one line; returns the text and (start, end, choice) per gap."""
    # flatten multi-character text tokens into characters so the lattice sees each one
    flat: list[str | _Gap] = []
    for t in tokens:
        if isinstance(t, _Gap):
            flat.append(t)
        else:
            flat.extend(t)
    extra: dict[int, dict[str, float]] = {}
    balance = _BalanceIndex(flat)
    for k, t in enumerate(flat):
        if isinstance(t, _Gap):
            bonus = {c: balance.bonus(k, c) for c in t.candidates}
            if any(bonus.values()):
                extra[k] = bonus
    extra_keys = list(extra)  # ascending: filled in order of k
    choices: dict[int, _Choice] = {}
    start = 0
    for end in range(len(flat) + 1):
        if end == len(flat) or (isinstance(flat[end], str) and _is_boundary(flat[end])):  # type: ignore[arg-type]
            chunk = flat[start:end]
            if any(isinstance(t, _Gap) for t in chunk):
                # only this chunk's keys (bisect): a scan of every key per chunk was quadratic on a long line
                lo, hi = bisect.bisect_left(extra_keys, start), bisect.bisect_left(extra_keys, end)
                local_extra = {k - start: extra[k] for k in extra_keys[lo:hi]}
                for k, c in _decode_chunk(chunk, local_extra, model).items():
                    choices[start + k] = c
            start = end + 1
    parts: list[str] = []
    spans: list[tuple[int, int, _Choice]] = []
    pos = 0
    for k, t in enumerate(flat):
        if isinstance(t, _Gap):
            c = choices[k]
            spans.append((pos, pos + len(c.chosen), c))
            parts.append(c.chosen)
            pos += len(c.chosen)
        else:
            parts.append(t)
            pos += len(t)
    return "".join(parts), spans


_UNSET = object()


def repair(text: str, *, chosen=_UNSET) -> RepairResult:
    """Undo code-page mojibake in ``text``, restoring dropped bytes where needed.

    Returns the text unchanged (same object, no spans) when no damage is detected.
    ``chosen`` is ``choose_codepage(text)`` when the caller has already asked (``sources`` does,
    to decide between ftfy and this repair): ten code-page scans of the whole text not done twice.
    """
    if chosen is _UNSET:
        chosen = choose_codepage(text)
    if chosen is None:
        return RepairResult(text)
    cp = _codepage(chosen[0])
    droppable = _droppable_bytes(text, cp, chosen[2])
    # lone lead bytes count as damage only where the text demonstrably lost bytes elsewhere
    pieces, stats = _scan(text, cp, droppable, lone=chosen[1].gaps >= _MIN_EVIDENCE)
    logger.debug("mojibake via %s: %s, droppable %s", cp.name, stats, [hex(b) for b in droppable])
    model = _ChineseModel.get() if stats.gaps else None
    out_lines: list[str] = []
    spans: list[RepairedSpan] = []
    changed: list[int] = []
    offset = 0  # of the current line in the repaired text
    line_start = 0  # of the current line in the damaged text
    k = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        line_end = line_start + len(line)
        tokens: list[str | _Gap] = []
        pos = line_start
        while k < len(pieces) and pieces[k][0] < line_end:
            start, end, value = pieces[k]
            if start > pos:
                tokens.append(text[pos:start])
            tokens.append(value)
            pos = end
            k += 1
        if pos < line_end:
            tokens.append(text[pos:line_end])
        if model is not None and any(isinstance(t, _Gap) for t in tokens):
            fixed, line_spans = _decode_line(tokens, model)
            for s, e, c in line_spans:
                spans.append(RepairedSpan(lineno, offset + s, offset + e, c.ranked, c.chosen, round(c.confidence, 4)))
        else:
            fixed = "".join(tokens)  # type: ignore[arg-type]
        if fixed != line:
            changed.append(lineno)
        out_lines.append(fixed)
        offset += len(fixed) + 1
        line_start = line_end + 1
    return RepairResult("\n".join(out_lines), tuple(spans), cp.name, tuple(changed))


def repair_file(path: str | Path) -> RepairResult:
    """Read ``path`` (any supported encoding) and repair it; used by ``medkg repair``."""
    from medkg.sources import decode_file  # lazy: sources imports this module lazily too

    return repair(decode_file(path).text)
