"""Cheap "contradicts" examples made from supported claims (Wright et al. 2022; MiniCheck's recipe).

A claim that a passage supports, changed in one checkable detail (a number, a year, a month, a
direction word, a negation), is contradicted by the same passage. Each function returns the
changed claim, or None when the rule does not apply; ``perturb`` picks one that applies. These
rules are deliberately simple: they make training pairs, they are not used at run time.
"""

from __future__ import annotations

import random
import re

from workbench.corpus.chunking import sentence_spans
from workbench.dates import MONTHS as _MONTHS
from workbench.dates import WEEKDAYS

_ANTONYMS = {
    "increases": "decreases",
    "increased": "decreased",
    "increase": "decrease",
    "decreases": "increases",
    "decreased": "increased",
    "decrease": "increase",
    "reduces": "increases",
    "reduced": "increased",
    "reduce": "increase",
    "higher": "lower",
    "lower": "higher",
    "more": "fewer",
    "fewer": "more",
    "less": "more",
    "greater": "smaller",
    "smaller": "greater",
    "larger": "smaller",
    "promotes": "inhibits",
    "inhibits": "promotes",
    "activates": "inhibits",
    "suppresses": "activates",
    "positive": "negative",
    "negative": "positive",
    "positively": "negatively",
    "negatively": "positively",
    "improves": "worsens",
    "improved": "worsened",
    "worsens": "improves",
    "won": "lost",
    "lost": "won",
    "rose": "fell",
    "fell": "rose",
    "raised": "lowered",
    "lowered": "raised",
    "before": "after",
    "after": "before",
    "above": "below",
    "below": "above",
    "accepted": "rejected",
    "rejected": "accepted",
    "approved": "rejected",
    "confirmed": "denied",
    "denied": "confirmed",
    "first": "last",
    "largest": "smallest",
    "smallest": "largest",
    "highest": "lowest",
    "lowest": "highest",
    "enhances": "impairs",
    "impairs": "enhances",
    "elevated": "reduced",
    "associated": "unassociated",
}
_AUX = re.compile(r"\b(is|are|was|were|can|will|could|should|has been|have been|had been|does|do|did)\b(?! not\b)")
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Z] )(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.]*\d)")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def negate(claim: str, rng: random.Random) -> str | None:
    match = _AUX.search(claim)
    if match is None:
        return None
    word = match.group(1)
    new = {"can": "cannot", "will": "will not", "does": "does not", "do": "do not", "did": "did not"}.get(word)
    if new is None:
        parts = word.split(" ", 1)
        new = f"{parts[0]} not" + (f" {parts[1]}" if len(parts) > 1 else "")
    return claim[: match.start()] + new + claim[match.end() :]


def swap_antonym(claim: str, rng: random.Random) -> str | None:
    words = [m for m in re.finditer(r"[A-Za-z]+", claim) if m.group(0).lower() in _ANTONYMS]
    if not words:
        return None
    m = rng.choice(words)
    new = _ANTONYMS[m.group(0).lower()]
    if m.group(0)[0].isupper():
        new = new.capitalize()
    return claim[: m.start()] + new + claim[m.end() :]


def swap_year(claim: str, rng: random.Random) -> str | None:
    years = list(_YEAR.finditer(claim))
    if not years:
        return None
    m = rng.choice(years)
    year = int(m.group(0)) + rng.choice([-3, -2, -1, 1, 2, 3])
    return claim[: m.start()] + str(year) + claim[m.end() :]


def swap_month(claim: str, rng: random.Random) -> str | None:
    found = [m for m in re.finditer(r"\b(" + "|".join(_MONTHS) + r")\b", claim)]
    if not found:
        return None
    m = rng.choice(found)
    other = rng.choice([x for x in _MONTHS if x != m.group(0)])
    return claim[: m.start()] + other + claim[m.end() :]


def swap_number(claim: str, rng: random.Random) -> str | None:
    numbers = [m for m in _NUMBER.finditer(claim) if not _YEAR.fullmatch(m.group(0))]
    if not numbers:
        return None
    m = rng.choice(numbers)
    raw = m.group(0).replace(",", "")
    value = float(raw)
    factor = rng.choice([0.25, 0.5, 2.0, 3.0, 10.0]) if value > 1 else rng.choice([2.0, 5.0])
    new = value * factor if value else rng.choice([3.0, 7.0, 12.0])
    text = (
        f"{new:.{len(raw.split('.')[1])}f}"
        if "." in raw
        else f"{round(new):,}"
        if "," in m.group(0)
        else str(round(new))
    )
    if text == m.group(0):
        return None
    return claim[: m.start()] + text + claim[m.end() :]


RULES = {"negation": negate, "antonym": swap_antonym, "year": swap_year, "month": swap_month, "number": swap_number}


def perturb(claim: str, rng: random.Random, passage: str = "") -> tuple[str, str] | None:
    """(changed claim, rule name) for one rule that applies, preferring details the passage states."""
    names = list(RULES)
    rng.shuffle(names)

    # a changed number or date is only a contradiction if the passage gives the original one
    def stated(name: str) -> bool:
        if name == "number":
            return any(m.group(0) in passage for m in _NUMBER.finditer(claim))
        if name in ("year", "month"):
            pattern = _YEAR if name == "year" else re.compile("|".join(_MONTHS))
            return any(m.group(0) in passage for m in pattern.finditer(claim))
        return True

    for name in sorted(names, key=lambda n: n in ("negation",)):  # negation last: the easiest shortcut
        if not stated(name):
            continue
        changed = RULES[name](claim, rng)
        if changed and changed != claim:
            return changed, name
    return None


# --- attribution: who said it is not whether it happened ------------------------------------------

_SPEAKERS = [
    "the interior ministry",
    "a company spokesperson",
    "the regional governor",
    "opposition lawmakers",
    "local police",
    "a union representative",
    "state television",
    "the agency's director",
    "a senior government official",
    "the mayor's office",
    "the club's chairman",
    "activists at the scene",
    "the hospital trust",
    "the embassy",
    "a campaign group",
]
_DENIERS = [
    "the company",
    "city officials",
    "the ministry of transport",
    "independent investigators",
    "the national regulator",
    "the federation",
    "a government spokesperson",
    "the prosecutor's office",
    "the airline",
    "the health department",
]
_DAYS = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "late on Thursday",
    "on Friday",
    "at the weekend",
    "in a statement",
    "at a news conference",
]
_FALSE = ["false", "baseless", "fabricated", "untrue", "a fabrication", "without foundation"]
_LEAD = re.compile(
    r"^(The|A|An|In|On|At|By|For|Some|Most|More|Many|Several|Two|Three|Four|All|No|Its|His|Her|Their|This|That|These|Those)\b"
)
_ALREADY_ATTRIBUTED = re.compile(
    r"\b(said|says|claimed|claims|told|according to|denied|denies|announced|reported|stated|alleged)\b", re.IGNORECASE
)


def as_clause(claim: str) -> str | None:
    """'The factory hired 300 workers.' -> 'the factory hired 300 workers' (None for a claim that is
    already about what someone said, or is not one plain sentence)."""
    text = claim.strip().rstrip(".")
    if not text or _ALREADY_ATTRIBUTED.search(text) or any(c in text for c in '?!;:"“”') or len(text.split()) > 30:
        return None
    return text[0].lower() + text[1:] if _LEAD.match(text) else text


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def attribution_pairs(claim: str, rng: random.Random, n: int = 4) -> list[dict]:
    """Pairs that teach the difference between a report of a statement and the fact it states.

    From a plain factual claim Y: a passage where someone only claims Y leaves Y undecided; a
    denial or debunk by a party in a position to know contradicts Y; and the attribution claims
    "S said Y" / "D denied Y" are supported by passages reporting those statements, even where the
    other side disputes them. ``n`` of the nine kinds are drawn for each claim.
    """
    clause = as_clause(claim)
    if clause is None:
        return []
    speaker, denier = rng.choice(_SPEAKERS), rng.choice(_DENIERS)
    day = rng.choice(_DAYS)
    said = f"{_cap(speaker)} said {day} that {clause}."
    # hedged: a plain "X said Y" from a party in a position to know counts as support (data/README.md)
    claimed = rng.choice(
        [
            f"{_cap(speaker)} claimed {day} that {clause}, without giving evidence.",
            f"According to {speaker}, {clause}. The account could not be independently verified.",
            f"{_cap(speaker)} alleged {day} that {clause}; no evidence was offered.",
        ]
    )
    denial = rng.choice(
        [
            f"{_cap(denier)} denied {day} that {clause}, calling the reports {rng.choice(_FALSE)}.",
            f'{_cap(denier)} rejected claims that {clause}. "That did not happen," a spokesperson said.',
            f"Reports that {clause} are {rng.choice(_FALSE)}, {denier} said after reviewing its records.",
        ]
    )
    both = f"{said} {_cap(denier)} rejected the account as {rng.choice(_FALSE)}."
    said_claim = f"{_cap(speaker)} said that {clause}."
    denied_claim = f"{_cap(denier)} denied that {clause}."
    kinds = [
        (claim, claimed, "neutral", "fact_claimed_only"),
        (claim, denial, "contradicts", "fact_via_denial"),
        (claim, both, "contradicts", "fact_via_denial"),
        (said_claim, said, "supports", "attribution_support"),
        (said_claim, both, "supports", "attribution_support"),
        (said_claim, denial, "neutral", "attribution_neutral"),
        (denied_claim, denial, "supports", "denial_support"),
        (denied_claim, claimed, "neutral", "attribution_neutral"),
        (denied_claim, both, "supports", "denial_support"),
    ]
    picked = rng.sample(kinds, min(n, len(kinds)))
    return [
        {"claim": c, "passage": p, "label": label, "pattern": f"synthetic_{pattern}"} for c, p, label, pattern in picked
    ]


# --- the same story, another detail: "does not address" ------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")
_FUNCTION_WORDS = frozenset(
    "the and for but are was were been has have had that this with from its their his her they she which who "  # noqa: SIM905
    "not after before over under about than into said says".split()
)
EVIDENCE_MIN_SHARE = 0.5  # the claim's evidence sentence holds at least half of its content words
EVIDENCE_MARGIN = 0.5  # and every other sentence at most half as many as it


def content_words(text: str) -> set[str]:
    """Lower-cased words of three letters or more, and numbers, without function words, cut to five
    letters so inflections meet ("investigating", "investigation")."""
    return {w[:5] for w in _WORD.findall(text.lower()) if (len(w) > 2 or w.isdigit()) and w not in _FUNCTION_WORDS}


def evidence_removed(claim: str, passage: str) -> list[str]:
    """The passage's text before and after the one sentence a claim restates, when exactly one does.

    In a story's own briefs most windows are the same story with other numbers, dates and people:
    they do not address the claim, but a model taught contradictions by swapped details reads them
    as contradicting. The rest of a claim's own passage is that case with a known answer (the
    removal trick of FEVER-style "not enough info" data). Nothing is returned when no sentence
    holds most of the claim's words or when another sentence holds many of them too, since the
    rest might still address the claim then.
    """
    words = content_words(claim)
    spans = sentence_spans(passage)
    if not words or len(spans) < 2:
        return []
    shares = [len(words & content_words(passage[s:e])) / len(words) for s, e in spans]
    best = max(range(len(spans)), key=shares.__getitem__)
    if shares[best] < EVIDENCE_MIN_SHARE or any(
        share > EVIDENCE_MARGIN * shares[best] for i, share in enumerate(shares) if i != best
    ):
        return []
    before = passage[spans[0][0] : spans[best - 1][1]] if best > 0 else ""
    after = passage[spans[best + 1][0] : spans[-1][1]] if best + 1 < len(spans) else ""
    return [text.strip() for text in (before, after) if text.strip()]


# --- the same statement without the claim's detail: "does not address" ---------------------------

_MONTH_NAMES = "|".join(_MONTHS)
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
# a date as a passage states it, with the words that only carry it ("on", "as of", the weekday)
_DATE = re.compile(
    rf"(?:\b(?:on|in|since|from|by|until|as of|of)\s+)?(?:(?:{_WEEKDAY_NAMES}),?\s+)?(?:\d{{1,2}}\s+)?"
    rf"\b(?:{_MONTH_NAMES})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:1[89]|20)\d\d\b)?"
    r"|(?:\b(?:in|since|by|until|as of)\s+)?\b(?:1[89]|20)\d\d\b"
)
# a number with its hedge and unit: "about 31,000", "up to 27", "12 percent", "1.1 million"
_HEDGE = r"(?:\b(?i:about|around|nearly|almost|more than|over|up to|at least|roughly|some|only|just)\s+)?"
_AMOUNT = re.compile(
    rf"{_HEDGE}(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+(?![\w,])|\d+(?:\.\d+)?(?![\w.,]*\d))"
    r"(?:\s*(?:percent|per cent|%)|\s+(?:thousand|million|billion)\b)?"
)
_CORE = {
    "date": re.compile(rf"\b(?:{_MONTH_NAMES})\b|\b(?:1[89]|20)\d\d\b"),
    "number": re.compile(r"\d[\d,]*(?:\.\d+)?"),
}


def _core(text: str, kind: str) -> str:
    """The value a date or amount states: its month (else its year), or its number."""
    found = [m.group(0) for m in _CORE[kind].finditer(text)]
    months = [f for f in found if f in _MONTHS]
    return (months or found or [""])[0]


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ([,.;:])", r"\1", text)
    text = re.sub(r",([,.;:])", r"\1", text)
    text = re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text.strip())
    return text


def detail_removed(claim: str, passage: str, rng: random.Random) -> tuple[str, str, str] | None:
    """(passage without one of the claim's dates or numbers, the claim with that detail changed, kind).

    A passage that restates a claim without one of its details ("About 31,000 people are covered
    by the advisory." for a claim that adds "as of March 2024") does not address the claim; one
    that states another value contradicts it. Trained only on the second (the swaps above), a
    stance model learns "the claim's detail is absent" as "contradicts" (measured in session 19:
    deleting the detail turned 89% of supported news pairs into contradictions). The two cases on
    the same statement teach the difference. None when the passage states none of the claim's
    dates or numbers, or the detail is the passage's only content.
    """
    details = []
    for pattern, kind in ((_DATE, "date"), (_AMOUNT, "number")):
        for m in pattern.finditer(claim):
            core = _core(m.group(0), kind)
            if kind == "number" and _YEAR.fullmatch(core):
                continue  # a year is a date
            if core and re.search(rf"(?<![\w.,]){re.escape(core)}(?![\w,]*\d)", passage):
                details.append((core, kind, m))
    if not details:
        return None
    core, kind, m = rng.choice(details)
    pattern = _DATE if kind == "date" else _AMOUNT
    cut = _tidy(pattern.sub(lambda x: "" if _core(x.group(0), kind) == core else x.group(0), passage))
    if cut == _tidy(passage) or len(cut.split()) < 4:
        return None
    swapped = {"date": swap_month if core in _MONTHS else swap_year, "number": swap_number}[kind](core, rng)
    changed = claim[: m.start()] + m.group(0).replace(core, swapped, 1) + claim[m.end() :] if swapped else None
    return cut, changed or "", kind
