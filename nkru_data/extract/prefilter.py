"""Rule patterns that find their matches faster, with exactly the same results.

Python's regex engine skips ahead fast only when a pattern opens with a
literal or a character class. Most rule patterns open with ``\\b`` or a
look-behind and then an alternation of words ("laut", "nach Angaben",
"zufolge" ...), so a search tries every branch at every position of the
text. That made regex searching about half of the extraction time.

:func:`compile_rule` reads the pattern's parse tree for the few letters
every match starts with ("lau", "nac", "zuf" ...) and compiles them into a
small *finder* that opens with literals, which the engine scans for fast.
It reads past repeated spaces and words ("dem\\s+Ber"), and each branch of
an opening alternation as far as its own starts allow. When the starts
begin with many different letters, the finder tests first that a word
starts there, which rejects the middles of words faster than the scan for
letters would. A search asks the finder for the next place such a start
occurs and tries the whole pattern only there. The finder states only what the pattern
already requires, so the first match found is the one ``re`` would find.
In a long text, a rule whose matches start a word looks only at word
starts: a space followed by one of the starts (the engine's fastest scan,
for one literal character), and the few word starts after anything else,
listed once per text. Case-insensitive parts (``(?i:...)``) are spelled out in every case form
the engine accepts. Patterns whose starts cannot be told (a leading ``.``,
``\\w`` or negated class, a pattern that can match the empty string)
and patterns the engine already scans fast are compiled as they are.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

try:  # the parser behind re.compile; private, so any surprise means "no finder", never an error
    from re import _compiler as _k, _constants as _c, _parser as _p  # Python 3.11+
except ImportError:  # pragma: no cover
    _c = _k = _p = None

__all__ = ["RulePattern", "WordStarts", "WordStartsGroup", "compile_rule", "prefix_tree", "word_guard"]

_DEPTH = 7        # atoms of the start to index: more filter better, but multiply the starts
_MAX_STARTS = 1000
_MAX_CLASS = 10   # a class of up to this many literals ("[Ll]", "[0-9]") is spelled out, a larger one stays a class
# From this many different first letters (case aside) on, the finder opens with the word-start test instead of
# ending with it: the engine's scan for the first letters then stops at almost every character, and one cheap
# test at each place rejects the middles of words faster (measured on news text: crossover at 13-14 letters).
_LEAD_AT = 13


class _GiveUp(Exception):
    """The pattern's starts cannot be listed (or are too many to be worth it)."""


# Plain ints: ``flags & re.IGNORECASE`` runs enum.Flag's Python code (a tenth of loading the rules).
_IGNORECASE, _LOCALE = int(re.IGNORECASE), int(re.LOCALE)

_CATEGORIES = {} if _c is None else {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}


@lru_cache(maxsize=1)
def _upper_forms() -> dict[int, tuple[int, ...]]:
    """Every code point the engine lower-cases to another one, by that lower-case code point."""
    import _sre

    out: dict[int, list[int]] = {}
    for code in range(sys.maxunicode + 1):
        low = _sre.unicode_tolower(code)
        if low != code:
            out.setdefault(low, []).append(code)
    return {k: tuple(v) for k, v in out.items()}


def _case_forms(code: int) -> set[int]:
    """The characters a case-insensitive literal ``chr(code)`` matches, as the engine decides it: those whose
    lower case is its lower case, or one of the extra cases ("s" and the long s)."""
    import _sre

    low = _sre.unicode_tolower(code)
    lows = {low, *_k._EXTRA_CASES.get(low, ())}
    return {c for lw in lows for c in (lw, *_upper_forms().get(lw, ()))}


def _literal_atoms(code: int, flags: int) -> list[str]:
    codes = _case_forms(code) if flags & _IGNORECASE else {code}
    return [re.escape(chr(c)) for c in sorted(codes)]


def _class_atoms(items, flags: int) -> list[str]:
    literals, other = [], []
    for op, av in items:
        if op is _c.LITERAL:
            literals += _literal_atoms(av, flags)
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS and not flags & _IGNORECASE:
            literals += [re.escape(chr(code)) for code in range(av[0], av[1] + 1)]  # "[0-9]": ten literals
        elif op is _c.RANGE and not flags & _IGNORECASE:
            other.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            other.append(_CATEGORIES[av])
        else:
            raise _GiveUp  # negated classes, Unicode categories the finder cannot spell
    if not literals and len(other) == 1 and other[0] in _CATEGORIES.values():
        return other  # "[\d]" is "\d"
    if other or len(literals) > _MAX_CLASS:
        return ["[" + "".join(literals + other) + "]"]
    return literals


def _extend(starts: set, item: set, k: int) -> set:
    """Every start of ``starts`` followed by every start of ``item``, cut at ``k`` atoms."""
    out = set()
    for s, done in starts:
        if not done or len(s) >= k:
            out.add((s[:k], False))
            continue
        for t, t_done in item:
            joined = s + t
            out.add((joined, True) if t_done and len(joined) <= k else (joined[:k], False))
    if len(out) > _MAX_STARTS:
        raise _GiveUp
    return out


def _starts_seq(items, k: int, flags: int, memo: dict | None = None) -> set:
    """``(atoms, complete)`` pairs: the first ``k`` atoms of every match of the sequence ``items``;
    ``complete`` when the whole match is shorter than that. ``memo`` keeps the starts of the groups,
    alternations and repeats of one parse tree (read again for each branch of an alternation before them)."""
    starts = {((), True)}
    for op, av in items:
        if all(not done or len(s) >= k for s, done in starts):
            break
        starts = _extend(starts, _starts_one(op, av, k, flags, memo), k)
    return starts


_GAVE_UP = frozenset({((), False)})  # (in a memo: no starts could be listed)
_REPEATS = tuple(op for op in (getattr(_c, "MAX_REPEAT", None), getattr(_c, "MIN_REPEAT", None),
                               getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None)


def _starts_one(op, av, k: int, flags: int, memo: dict | None = None) -> set:
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {((), True)}  # zero width
    if flags & _LOCALE:
        raise _GiveUp
    if op is _c.LITERAL:
        return {((a,), True) for a in _literal_atoms(av, flags)}
    if op is _c.IN:
        return {((a,), True) for a in _class_atoms(av, flags)}
    if op is _c.CATEGORY and av in _CATEGORIES:
        return {((_CATEGORIES[av],), True)}
    if memo is None or not (op is _c.SUBPATTERN or op is _c.BRANCH or op in _REPEATS):
        return _starts_nested(op, av, k, flags, memo)
    key = (id(av), k, flags)  # (the parse tree outlives the memo: ids are not reused meanwhile)
    found = memo.get(key)
    if found is None:
        try:
            found = _starts_nested(op, av, k, flags, memo)
        except _GiveUp:
            found = _GAVE_UP
        memo[key] = found
    if found is _GAVE_UP:
        raise _GiveUp
    return found


def _starts_nested(op, av, k: int, flags: int, memo: dict | None) -> set:
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        return _starts_seq(sub.data, k, (flags | add) & ~remove, memo)
    if op is _c.BRANCH:
        out: set = set()
        for alt in av[1]:
            out |= _starts_seq(alt.data, k, flags, memo)
        return out
    if op in _REPEATS:
        low, high, sub = av
        body = _starts_seq(sub.data, k, flags, memo)
        if low <= 1 and high > k and len(body) == 1:
            (atom_seq, whole), = body
            if whole and len(atom_seq) == 1:
                # "\s+" as one atom: the finder reads past it to the words that follow ("dem\s+Ber")
                plus = ((atom_seq[0] + "+",), True)
                return {plus} if low == 1 else {((), True), plus}
        out, current = set(), {((), True)}
        for n in range(min(high, k) + 1):
            if n >= low:
                out |= current
            current = _extend(current, body, k)
        if high > k:
            out |= {(s, False) for s, _ in current}  # more repeats than atoms indexed
        return out
    raise _GiveUp  # ".", a negated literal, group references, conditionals


def _word_start(items) -> bool | None:
    """True when a match needs a non-word character (or the text's start) before it: the pattern opens
    with ``(?<![\\w...])``; None when it opens with ``\\b`` (true only if the match starts with a word
    character); False otherwise."""
    for op, av in items:
        if op is _c.ASSERT_NOT and av[0] == -1:
            inner = av[1].data
            if len(inner) == 1 and inner[0][0] is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in inner[0][1]:
                return True
            continue
        if op is _c.AT:
            if av is _c.AT_BOUNDARY:
                return None
            continue
        if op is _c.ASSERT:
            continue
        if op is _c.SUBPATTERN:
            return _word_start(av[3].data)
        if op is _c.BRANCH:
            found = {_word_start(alt.data) for alt in av[1]}
            return found.pop() if len(found) == 1 else False
        return False
    return False


def _deepest_starts(items, flags: int, memo: dict | None = None) -> set:
    """The starts of ``items`` at the greatest depth (up to ``_DEPTH``) that stays within ``_MAX_STARTS``."""
    try:
        return _starts_seq(items, _DEPTH, flags, memo)  # (most patterns)
    except _GiveUp:
        pass
    # A deeper reading never gives fewer starts (each start is one read a step further), so the depths that fit are
    # those below the first that does not: climb to it. (Stepping down from the top instead tried every crowded
    # depth in turn, each failing only after listing a thousand starts.)
    found = None
    for depth in range(1, _DEPTH):
        try:
            found = _starts_seq(items, depth, flags, memo)
        except _GiveUp:
            break
    if found is None:
        raise _GiveUp
    return found


def _branch_starts(items, flags: int, memo: dict | None = None) -> set:
    """The starts of a pattern; each alternative of an opening alternation ("(?:laut|nach Angaben|...)") is
    indexed as deep as its own starts allow, so a crowded branch does not make every other branch shallow
    (and so on into an alternation that opens a branch: "(?:sag|erklär|...)(?:e|en|t|te)?")."""
    k = 0
    while k < len(items) and items[k][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        k += 1  # zero width: "\b", "(?<![\w])"
    rest = list(items[k:])
    if rest:
        op, av = rest[0]
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            return _branch_starts(list(av[3].data) + rest[1:], flags, memo)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # an optional opening ("(?:etwa\s+)?11.000"): its branches and what follows it, each as deep as it goes
            with_it = _branch_starts(list(av[2].data) + rest[1:], flags, memo)
            without = _branch_starts(rest[1:], flags, memo)
            if len(with_it) + len(without) <= 2 * _MAX_STARTS:
                return with_it | without
        if op is _c.BRANCH:
            out: set = set()
            for alt in av[1]:
                out |= _branch_starts(list(alt.data) + rest[1:], flags, memo)  # (an alternation inside: the same again)
                if len(out) > 2 * _MAX_STARTS:
                    break
            if len(out) <= 2 * _MAX_STARTS:
                return out
    return _deepest_starts(items, flags, memo)


_FIXED = re.compile(r"\\.|\[.*\]|[^\\]", re.S)  # an atom one character wide ("a", "\\.", "[Ll]"), not "\\s+"


def _broad(atom: str) -> bool:
    """True for a class or "\\s"/"\\w" (repeated or not): a start that filters nothing."""
    single = atom if _FIXED.fullmatch(atom) else atom[:-1]
    return single.startswith("[") or single in (r"\s", r"\w")


_WORD_ATOM = re.compile(r"(?:\\d|[^\W_]|\\?_)\+?")  # (repeated too: "\d+" starts a word as "\d" does)


def _finder(pattern: str, flags: int, lead_at: int = _LEAD_AT) -> tuple[re.Pattern, re.Pattern | None] | None:
    """A pattern opening with literals that matches (at least) wherever ``pattern`` can start, and for
    patterns whose matches start a word, the starts alone (for :class:`WordStarts`); or None.

    Patterns whose matches start a word and open with ``lead_at`` or more different letters get a finder that
    opens with that test (``(?<!\\w)``) instead."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        flags = int(flags | parsed.state.flags)
        if _k._get_literal_prefix(parsed, flags)[0] or _k._get_charset_prefix(parsed, flags):
            return None  # the engine scans for the start on its own
        starts = _branch_starts(parsed.data, flags, {})  # (one memo per parse tree)
        boundary = _word_start(parsed.data)
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs the speed-up
        return None
    firsts = {s[0] for s, _ in starts if s}
    if not firsts or any(len(s) == 0 for s, _ in starts) or any(_broad(a) for a in firsts):
        return None  # can match the empty string, or opens too broadly to filter anything
    if boundary is None:
        boundary = all(_WORD_ATOM.fullmatch(a) for a in firsts)  # "\b" before a letter: no letter before
    sequences = [s for s, _ in starts]
    tree = prefix_tree(sequences, word_start=False)
    # Matches that start a word (a word character after none) can be searched by the text's word starts.
    words = re.compile(tree, flags) if boundary and all(_WORD_ATOM.fullmatch(a) for a in firsts) \
        and not flags & (re.ASCII | re.LOCALE) else None
    if boundary and (len({a.lower() for a in firsts}) >= lead_at or any(not _FIXED.fullmatch(a) for s in sequences for a in s)):
        # (a start of varying width, "dem\s+Ber", cannot be tested behind: its width is not known there)
        return re.compile(r"(?<!\w)(?:" + tree + ")", flags), words
    return re.compile(prefix_tree(sequences, word_start=boundary), flags), words


def prefix_tree(sequences: Iterable[Sequence[str]], *, word_start: bool, longest: bool = False) -> str:
    """A pattern opening with literals that matches any of ``sequences`` (each a list of regex atoms, e.g.
    ``["L", "a", "u"]``), shared beginnings written once, so the engine tests a few first characters at each
    place. ``word_start``: only where no word character comes before. ``longest``: where one sequence
    begins another, match the longer (else the shorter suffices and the rest is not tried)."""
    tree: dict = {}
    for seq in sequences:
        node = tree
        for atom in seq:
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict, depth: int) -> str:
        end = rf"(?<!\w[\s\S]{{{depth}}})" if word_start else ""
        if "" in node and not longest:
            return end
        alts = [atom + emit(node[atom], depth + 1) for atom in sorted(a for a in node if a)]
        if "" in node:
            alts.append(end)  # after the longer ones
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree, 0)


# Word starts after anything but a plain space (or at the text's start): few enough to list per text.
# (the class is "[^\w ]": its common letters, listed first, are tested by a bitmap before \w's Unicode lookup)
_ODD_START = re.compile(r"[^ a-zA-Z0-9äöüßÄÖÜ\w](?=\w)")
_WORD_CHAR = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
_INDEXED = 512  # a string at least this long (an article, not a phrase) has its odd word starts listed once

# (text, its odd word starts, those of them not at a digit); most odd starts are the digits after a thousands
# point ("11.000"), where no pattern of words can start
_odd_cache: tuple[str, list[int], list[int]] = ("", [], [])


def _odd_starts(text: str, digits: bool = True) -> list[int]:
    """The word starts of ``text`` not right after a space, in order; without ``digits``, only those whose
    first character is no digit (``\\d``). Those of the last long text are kept."""
    global _odd_cache
    cached = _odd_cache
    if cached[0] is not text:
        starts = [m.end() for m in _ODD_START.finditer(text)]
        if _WORD_CHAR.match(text):
            starts.insert(0, 0)
        digit = _DIGIT.match
        cached = (text, starts, [at for at in starts if digit(text, at) is None])
        if len(text) >= _INDEXED:  # (a phrase searched in between does not push the article out)
            _odd_cache = cached  # (one assignment: another thread sees the old triple or the new, never a mix)
    return cached[1] if digits else cached[2]


def _opens_with_digit(pattern: str, flags: int) -> bool:
    """False only when no match of ``pattern`` can begin with a digit (every first atom is a literal that is
    none); True when that cannot be told."""
    if _p is None:
        return True
    try:
        parsed = _p.parse(pattern, flags)
        firsts = _starts_seq(parsed.data, 1, int(flags | parsed.state.flags))
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs the shortcut
        return True
    for seq, _ in firsts:
        if not seq:
            return True
        atom = seq[0]
        plain = atom[1:] if atom.startswith("\\") and len(atom) == 2 else atom
        if len(plain) != 1 or _DIGIT.match(plain) or (atom.startswith("\\") and plain.isalnum()):
            return True  # a class, "\\d", "\\w", or a digit itself
    return False


class WordStarts:
    """Where a pattern matches at the start of a word in a text, trying only word starts.

    The engine scans for a space followed by the pattern (a literal first
    character: its fastest scan); the word starts after anything else are
    listed once per text and tried one by one. ``pattern`` must begin with
    a word character wherever it matches (``"nach"``, ``"[0-9]"``), else the
    word starts miss some of its matches. ``match`` is the pattern's own.
    """

    __slots__ = ("pattern", "flags", "match", "_space", "_spaces", "_digits")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        self.match = re.compile(pattern, flags).match
        self._digits = _opens_with_digit(pattern, flags)  # (else the odd starts at digits need no test)
        self._space = re.compile(r"\x20(?:" + pattern + ")", flags).search  # (a space even under re.VERBOSE)
        self._spaces = None  # (compiled at the first listing: most patterns are only searched)

    def find(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> int:
        """The first word start in ``[pos, endpos)`` where the pattern matches (within ``endpos``), or -1."""
        # (called once per sentence and rule: the cache of _odd_starts read here, its call costs a tenth here)
        cached = _odd_cache
        odd = (cached[1] if self._digits else cached[2]) if cached[0] is text else _odd_starts(text, self._digits)
        if pos < 0:
            pos = 0
        if endpos > len(text):
            endpos = len(text)
        hit = self._space(text, pos - 1 if pos else 0, endpos)  # (a space right before ``pos`` counts)
        cand = endpos if hit is None else hit.start() + 1
        i = bisect_left(odd, pos)
        if i < len(odd) and odd[i] < cand:  # (few: a word start right after punctuation comes first)
            match = self.match
            while i < len(odd) and odd[i] < cand:
                if match(text, odd[i], endpos) is not None:
                    return odd[i]
                i += 1
        return -1 if hit is None else cand

    def starts(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[int]:
        """Every word start in ``[pos, endpos)`` where the pattern matches (within ``endpos``), in order: what
        repeated :meth:`find` calls give, found by one scan (for a whole text, where most places fit)."""
        spaces = self._spaces
        if spaces is None:
            # (zero width after the space: every word start is reported, even one inside the last one's match)
            spaces = self._spaces = re.compile(r"\x20(?=(?:" + self.pattern + "))", self.flags).finditer
        found = [m.end() for m in spaces(text, pos - 1 if pos else 0, endpos)]
        return self._with_odd(found, text, pos, endpos)

    def _with_odd(self, found: list[int], text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[int]:
        """``found`` (the word starts after a space where the pattern matches) with those right after anything
        else (few: punctuation, a line break), in order."""
        odd, pos, endpos = _odd_starts(text, self._digits), max(pos, 0), min(endpos, len(text))  # (clamped as re does)
        match = self.match
        extra = [at for at in odd[bisect_left(odd, pos):bisect_left(odd, endpos)] if match(text, at, endpos) is not None]
        if extra:
            found += extra
            found.sort()
        return found


class WordStartsGroup:
    """The word starts of a whole text where each of several :class:`WordStarts` patterns matches, found by one
    scan of the text's spaces instead of one scan per pattern.

    ``starts(text)`` gives, for each member in order, what its own ``starts(text)`` gives. The scan looks for
    a space followed by any member's start (their starts merged into one prefix tree), and an optional
    look-ahead per member tells which of them match there.
    """

    __slots__ = ("members", "_scan", "_groups")

    def __init__(self, members: Sequence[WordStarts]):
        self.members = tuple(members)
        if any(w.flags & ~re.UNICODE for w in self.members):  # (re.UNICODE: what a str pattern has anyway)
            raise ValueError("members compiled with flags of their own cannot share a scan")
        union = _merged_tree([w.pattern for w in self.members])
        each = "".join(f"(?:(?=(?P<w{i}>{w.pattern})))?" for i, w in enumerate(self.members))
        scan = re.compile(rf"\x20(?={union}){each}")
        self._scan = scan.finditer
        self._groups = tuple(scan.groupindex[f"w{i}"] for i in range(len(self.members)))

    def starts(self, text: str) -> list[list[int]]:
        """Each member's word starts in ``text`` where it matches, in order."""
        regs = [m.regs for m in self._scan(text)]  # (each place's spans: the whole match ends at the word start)
        found = [[r[0][1] for r in regs if r[group][0] >= 0] for group in self._groups]
        return [w._with_odd(hits, text) for w, hits in zip(self.members, found)]


def _merged_tree(patterns: list[str]) -> str:
    """One pattern that matches where any of ``patterns`` (prefix trees of literals) matches: their starts in one
    prefix tree, or, where those cannot be listed, the patterns as alternatives."""
    try:
        sequences = []
        for pattern in patterns:
            parsed = _p.parse(pattern)
            starts = _starts_seq(parsed.data, 64, parsed.state.flags)
            if any(not done for _, done in starts):
                raise _GiveUp  # (longer than the depth read: not a tree of literals)
            sequences += [seq for seq, _ in starts]
        return prefix_tree(sequences, word_start=False)
    except Exception:  # noqa: BLE001 - only the merged tree's speed is lost
        return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"


class RulePattern:
    """A compiled rule: ``search``, ``finditer``, ``match`` and ``fullmatch`` as on :class:`re.Pattern`
    (``pos`` and ``endpos`` included) and returning its match objects; searching uses the finder, or in a
    long text, for a rule whose matches start a word, the text's word starts (:class:`WordStarts`: about
    3x faster than any pattern that tests for the word start itself)."""

    __slots__ = ("pattern", "flags", "groupindex", "groups", "match", "fullmatch", "word_starts", "_rx", "_find",
                 "_words", "_starts")

    def __init__(self, compiled: re.Pattern, finder: re.Pattern, starts: re.Pattern | None = None):
        self._rx, self._find = compiled, finder.search
        self.pattern, self.flags, self.groupindex, self.groups = compiled.pattern, compiled.flags, compiled.groupindex, compiled.groups
        self.match, self.fullmatch = compiled.match, compiled.fullmatch
        words = None if starts is None else WordStarts(starts.pattern, starts.flags)
        self.word_starts = words  # (None: the matches need not start a word)
        self._words = None if words is None else words.find
        self._starts = None if words is None else words.starts

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        match = self._rx.match
        if self._words is not None and len(string) >= _INDEXED:
            find_word = self._words  # a long text: by its word starts
            while True:
                at = find_word(string, pos, endpos)
                if at < 0:
                    return None
                m = match(string, at, endpos)
                if m is not None:
                    return m
                pos = at + 1
        find = self._find
        while True:
            cand = find(string, pos, endpos)
            if cand is None:
                return None
            m = match(string, cand.start(), endpos)
            if m is not None:
                return m
            pos = cand.start() + 1

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize,
                 starts: list[int] | None = None) -> Iterator[re.Match]:
        """As :meth:`re.Pattern.finditer`; ``starts`` may hand in what ``self.word_starts.starts(string)`` gives
        (for a whole text: :class:`WordStartsGroup` lists those of several patterns in one scan)."""
        if starts is None and self._starts is not None and len(string) >= _INDEXED:
            starts = self._starts(string, pos, endpos)  # a long text: its word starts that fit, listed by one scan
        if starts is not None:
            match = self._rx.match
            for at in starts:
                if at >= pos and (m := match(string, at, endpos)) is not None:
                    yield m
                    pos = m.end()
            return
        while True:
            m = self.search(string, pos, endpos)
            if m is None:
                return
            yield m
            pos = m.end()  # never an empty match: such patterns get no finder

    def __repr__(self) -> str:
        return f"compile_rule({self.pattern!r})"


def compile_rule(pattern: str, flags: int = 0, *, lead_at: int = _LEAD_AT) -> re.Pattern | RulePattern:
    """``re.compile(pattern, flags)``, or a :class:`RulePattern` that finds the same matches faster.

    ``lead_at`` tunes the finder (see ``_LEAD_AT``); the matches never depend on it.
    Raises ``re.error`` exactly when ``re.compile`` would.
    """
    compiled = re.compile(pattern, flags)
    found = _finder(pattern, flags, lead_at)
    return compiled if found is None else RulePattern(compiled, *found)


_WORDISH = re.compile(r"[\w-]")


def _wordish(op, av) -> bool:
    """True for an item that matches only characters of ``[\\w-]`` (a word or a hyphenated compound)."""
    if op is _c.LITERAL:
        return _WORDISH.fullmatch(chr(av)) is not None
    if op is _c.IN:
        return all((o is _c.LITERAL and _WORDISH.fullmatch(chr(a)) is not None)
                   or (o is _c.CATEGORY and a is _c.CATEGORY_WORD) for o, a in av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return all(_wordish(o, a) for o, a in av[2].data)
    return False


def _word_needs(items, flags: int) -> set[str] | None:
    """Literals of which the first word of every match of the sequence ``items`` holds at least one (the
    first word: the text up to the first character outside ``[\\w-]``), or None when there are none."""
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        out: set[str] = set()
        for alt in items[0][1][1]:
            needs = _word_needs(list(alt.data), flags)
            if needs is None:
                return None  # a branch without a literal: any word may start a match
            out |= needs
        return out
    found: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL and not flags & _IGNORECASE and _wordish(op, av):
            run += chr(av)
            continue
        found.append({run})
        run = ""
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) or _wordish(op, av):
            continue  # zero width, or more of the same word
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            needs = _word_needs(list(av[3].data), flags)
        elif op is _c.BRANCH:
            needs = _word_needs([(op, av)], flags)
        else:
            needs = None
        if needs is not None:
            found.append(needs)
        break  # the word may end inside or after this item: what follows need not be in the first word
    else:
        found.append({run})
    found = [f for f in found if min(map(len, f)) >= 2]  # one letter filters nothing
    return max(found, key=lambda f: min(map(len, f))) if found else None


def word_guard(pattern: str, flags: int = 0) -> str | None:
    """A look-ahead to put in front of ``pattern`` where it starts at a word, or None.

    The look-ahead tests that the word there holds one of the literals the
    first word of every match must hold ("oldaten" for ``\\w*[Ss]oldaten``,
    "Militär" for ``Militärs?``). The engine tries a pattern like
    ``\\w*[Ss]oldaten|\\w*[Tt]ruppen|...`` by backtracking through the word
    once per branch; the look-ahead reads the word once, so a word that
    cannot match is rejected at a fraction of the cost. The look-ahead only
    states what the pattern already requires: adding it changes no match.
    None when some branch requires no literal (two letters at least) in its
    first word, or the pattern is case-insensitive there.
    """
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        needs = _word_needs(list(parsed.data), int(flags | parsed.state.flags))
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs the speed-up
        return None
    if not needs:
        return None
    return r"(?=[\w-]*?" + prefix_tree([[re.escape(ch) for ch in lit] for lit in sorted(needs)], word_start=False) + ")"
