"""Claims seen before: match a new claim against the claims people have already reviewed.

Every reviewed claim is kept in its own Chroma collection (``reviewed_claims``, beside the chunks)
with its current verdict, reviewer, time, article and note. ``ClaimMatcher.match(text)`` embeds the
new claim, takes its nearest reviewed claims above a cosine threshold, drops those the word rules
below see as a different claim, and (``WORKBENCH_MATCHER=model``, the default) lets the claim-pair
model (``workbench.pair_model``: a cross-encoder that reads both claims) turn away the rest of the
different ones, so the reviewer sees "seen before: disputed by kim in <article>".

Why rules and a model: all-MiniLM-L6-v2 barely encodes polarity. On the pairs of
``evals/datasets/claim_pairs`` (paraphrases against SciFact's negated claims, number, entity and
direction swaps, attribution against fact), "a different claim" pairs are *more* similar than
paraphrases (median cosine 0.915 against 0.909 on the tuning split), so no threshold alone reaches
precision 0.90 there. The word rules are cheap (microseconds, no model): two texts are not the same
claim when
- they carry different numbers (digits, number words, "half", "a pair", months: "in March" / "in June";
  identifiers: HDAC6 / HDAC1), opposite bounds on a number ("over half" / "under half"), or
  different units of a time span ("a day before" / "a week before");
- one has an odd number of negations more than the other, or a word against its negated form
  (legal / illegal, anti-inflammatory / inflammatory, overcharged / undercharged);
- their direction words differ on an axis (amount: increases / reduces, high / low, few / abundant;
  quality: improves / worsens, safe / hazardous): one text has more words of one side and fewer of
  the other, or one side differs while the other does not ("leads to plaque formation" / "slows
  plaque formation"). The second half is strict: it also turns away rewordings that add a
  direction word ("more often" / "more likely"); precision comes first here;
- one reports speech and the other does not ("the ministry said X" / "X");
- each names someone or somewhere the other does not ("a Lisbon court ... to Brazil" / "a court in
  Brazil ... to Portugal"; aliases and initialisms count as the same name: United States / US /
  America, Islamic State / ISIS);
- the same words come in another order (roles swapped; a phrase moved across "not" or "than": "in
  visceral fat, not subcutaneous fat"), or what follows "than" (or "compared to") in one comes
  before it in the other ("A works better than B" / "B is more effective than A");
- most words are shared and one word is swapped for another that is not a spelling variant,
  inflection, abbreviation, alias, number word or a word of the same direction (elevated / raised,
  said / stated, a pair / two are the same), or for its opposite among the short words the rest
  skips ("voted for" / "voted against", before / after).

How the matcher was measured: each round of changes was scored once on a split written blind for
it, then that split joined the ones looked at (evals/datasets/claim_pairs/README.md has the table).
The word rules alone reached 0.79 to 0.86 precision on fresh splits, short of 0.90. With the
claim-pair model (trained on the splits looked at, thresholds chosen on scores no model had trained
on) three fresh splits in a row gave 0.87 [0.78, 0.94] (``test5``, recall 0.65), 0.82 [0.74, 0.91]
(``test6``, recall 0.66; the rules alone 0.65) and, with the modality, quantifier and bound rules
written after reading ``test6``'s errors, 0.86 [0.79, 0.94] (``test7``, recall 0.50; the rules alone
0.81): still short of 0.90, each new split finding new ways for two claims to differ.
``benchmarks/claim_matching.py`` prints the current figures.
With 100,000 claims indexed, a match with the model takes about 15 ms at the median and 46-51 ms at
p95 (2026-11-29, 2 cores): the embedding about 10 ms, the index 3-4 ms, and the model about 10 ms
for each candidate it reads (at most k, 3 by default; none when nothing is close).
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from pydantic import BaseModel, Field

from workbench.index.embedder import Embedder, get_embedder
from workbench.index.vectors import VectorStore
from workbench.pair_model import PairModel
from workbench.records import Claim, Review, Verdict
from workbench.settings import Settings
from workbench.verifier.attribution import reports_speech

COLLECTION = "reviewed_claims"

#: Cosine similarity a reviewed claim needs to count as the same claim, with the conflict check on: chosen by
#: benchmarks/claim_matching.py on the splits of evals/datasets/claim_pairs already looked at, as the best
#: recall whose precision is >= 0.90 with 95% confidence (a bootstrap over claim groups).
DEFAULT_THRESHOLD = 0.92

#: Share of words two texts must have in common (difflib ratio over word lists) before a single
#: swapped content word makes them different claims; chosen with the threshold.
SWAP_MIN_OVERLAP = 0.7

_BATCH = 256


class ReviewedClaim(BaseModel):
    """A claim as the index keeps it: its text and the review that currently stands."""

    claim_id: str
    text: str
    verdict: Verdict
    reviewer: str
    reviewed_at: datetime
    article_id: str
    article_title: str = ""
    note: str = ""


class ClaimMatch(ReviewedClaim):
    """A reviewed claim found for a new one, with how close the two texts are."""

    similarity: float = Field(description="Cosine similarity of the two claims' embeddings, 1.0 for the same text.")
    pair_score: float | None = Field(
        default=None,
        description="How surely the claim-pair model reads the two as the same claim (0..1); None with "
        "WORKBENCH_MATCHER=rules.",
    )


def standing_review(claim: Claim, events: Iterable[Review], article_title: str = "") -> ReviewedClaim | None:
    """The claim with its latest label that no undo cancels (any reviewer), or None if none stands.

    After a review or an undo, index the result: ``matcher.add(r)`` if it is a claim, else
    ``matcher.remove(claim.id)``.
    """
    events = sorted(events, key=lambda e: e.id or 0)
    undone = {e.undoes for e in events if e.action == "undo"}
    labels = [e for e in events if e.action == "label" and e.label is not None and e.id not in undone]
    if not labels:
        return None
    last = labels[-1]
    return ReviewedClaim(
        claim_id=claim.id,
        text=claim.text,
        verdict=last.label,  # type: ignore[arg-type]  # labels are filtered to non-None above
        reviewer=last.reviewer,
        reviewed_at=last.created_at or datetime.now().astimezone(),
        article_id=claim.article_id,
        article_title=article_title,
        note=last.note,
    )


class ClaimMatcher:
    """The index of reviewed claims: add, remove, rebuild, and match a new claim against it.

    With ``WORKBENCH_MATCHER=model`` (the default) a candidate must also pass the claim-pair model
    (``workbench.pair_model``), and the similarity threshold is the one chosen with it; with
    ``rules``, the word rules alone decide at ``DEFAULT_THRESHOLD``. ``threshold`` and
    ``min_pair_score`` override the chosen values.
    """

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        vectors: VectorStore | None = None,
        threshold: float | None = None,
        check_conflicts: bool = True,
        swap_min_overlap: float = SWAP_MIN_OVERLAP,
        pair_model: PairModel | None = None,
        min_pair_score: float | None = None,
    ):
        self.embedder = embedder or get_embedder(settings)
        self.vectors = vectors or VectorStore(settings, collection=COLLECTION)
        if pair_model is None and settings.matcher == "model":
            # reads the card now; loads on the first match
            pair_model = PairModel(
                settings.matcher_path,
                threads=settings.threads,
                runtime=settings.model_runtime,
                graphs=settings.onnx_dir,
            )
        self.pair_model = pair_model
        chosen = (pair_model.min_similarity, pair_model.min_pair_score) if pair_model else (DEFAULT_THRESHOLD, 0.0)
        self.threshold = chosen[0] if threshold is None else threshold
        self.min_pair_score = chosen[1] if min_pair_score is None else min_pair_score
        self.check_conflicts = check_conflicts
        self.swap_min_overlap = swap_min_overlap

    def count(self) -> int:
        return self.vectors.count()

    def add(self, reviewed: ReviewedClaim) -> None:
        """Index a reviewed claim; a claim already there (same id) is replaced, verdict and all."""
        self.add_many([reviewed])

    def add_many(self, reviewed: Sequence[ReviewedClaim], on_batch: Callable[[int], None] | None = None) -> int:
        """Index several reviewed claims (upsert by claim id); returns how many."""
        for i in range(0, len(reviewed), _BATCH):
            batch = reviewed[i : i + _BATCH]
            vectors = self.embedder.embed([r.text for r in batch])
            self.vectors.upsert(
                [r.claim_id for r in batch], vectors, [r.text for r in batch], [_meta(r) for r in batch]
            )
            if on_batch is not None:
                on_batch(len(batch))
        return len(reviewed)

    def remove(self, claim_id: str) -> None:
        """Take a claim out of the index (its last standing review was undone); absent ids are ignored."""
        self.vectors.delete([claim_id])

    def rebuild(self, reviewed: Iterable[ReviewedClaim], on_batch: Callable[[int], None] | None = None) -> int:
        """Empty the index and fill it from ``reviewed`` (e.g. every claim of an existing database)."""
        self.vectors.reset()
        return self.add_many(list(reviewed), on_batch)

    def match(self, text: str, k: int = 3, exclude: Iterable[str] = ()) -> list[ClaimMatch]:
        """Up to ``k`` reviewed claims that state the same claim as ``text``, most similar first.

        ``exclude`` holds claim ids to leave out (the claim itself, when it is already reviewed).
        """
        if k <= 0 or not text.strip():
            return []
        skip = set(exclude)
        # Candidates beyond k: the conflict check and ``exclude`` may drop some of the nearest. (Chroma
        # returns fewer when it holds fewer, none when empty: no count() on the way, it costs ~8 ms.)
        nearest = self.vectors.nearest(self.embedder.embed_query(text), 4 * k + len(skip))
        close = {cid: 1.0 - d for cid, d in nearest if 1.0 - d >= self.threshold and cid not in skip}
        if not close:
            return []
        stored = self.vectors.get(list(close))  # text and metadata of the few above the threshold only
        found = []
        for claim_id, similarity in close.items():  # best first, as Chroma returned them
            if claim_id not in stored:
                continue  # removed by another process in between
            claim_text, meta = stored[claim_id]
            if self.check_conflicts and conflict(text, claim_text, self.swap_min_overlap):
                continue
            found.append(ClaimMatch(**meta, claim_id=claim_id, text=claim_text, similarity=round(similarity, 4)))
        if self.pair_model is None or not found:
            return found[:k]
        found = found[:k]  # the model reads the k best at most, in one batch: about 10 ms a candidate on 2 cores
        scores = self.pair_model.score(text, [m.text for m in found])
        kept = [m.model_copy(update={"pair_score": round(float(s), 4)}) for m, s in zip(found, scores, strict=True)]
        return [m for m in kept if m.pair_score >= self.min_pair_score][:k]


def _meta(r: ReviewedClaim) -> dict[str, str]:
    return {
        "verdict": r.verdict,
        "reviewer": r.reviewer,
        "reviewed_at": r.reviewed_at.isoformat(),
        "article_id": r.article_id,
        "article_title": r.article_title,
        "note": r.note,
    }


# --- the conflict check ------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
    "dozen": "12",
    "pair": "2",
    "half": "50",
    "quarter": "25",
}
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# Month names, capitalised; "May" only beside a number ("9 May", "May 2017"), as it is also a verb.
_MONTH = re.compile(
    r"\b(?:(?:January|February|March|April|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?=\s+\d)|(?<=\d\s)May\b|May(?=\s+\d))"
)
# Units of a time span: "the day before" / "a week before" are different claims, like two numbers.
_TIME_UNITS = {"hour", "day", "week", "month", "year", "decade"}
_NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot"}
_NEGATING_PREFIXES = ("non", "dis", "un", "in", "im", "ir", "il")
# Prefixes of opposite sense: overcharged / undercharged, pro-government / anti-government.
_OPPOSITE_PREFIXES = (("over", "under"), ("under", "over"), ("pro", "anti"), ("anti", "pro"))
# Short words of opposite sense that the word rules otherwise skip as filler: "voted for" / "voted against".
_POLAR = {
    frozenset(pair)
    for pair in (("for", "against"), ("with", "without"), ("before", "after"), ("above", "below"))
    + (("over", "under"), ("inside", "outside"), ("most", "least"), ("first", "last"), ("earlier", "later"))
    + (("to", "by"), ("open", "close"), ("opened", "closed"), ("opens", "closes"))  # "fell to 1,650" / "fell by 1,650"
}
# A bound on a number: "over half" / "under half", "more than 5" / "less than 5".
_BOUND = re.compile(
    r"\b(?:(?P<up>over|above|more than|greater than|at least|upwards of|in excess of)"
    r"|(?P<down>under|below|less than|fewer than|at most|up to|no more than))\s+(?P<n>[\w.%-]+)"
)
# How sure a claim is that something happens or happened, by class: "caused" / "may have caused",
# "will compensate" / "is considering compensating", "plans to build" / "has permission to build".
# Words of one class are the same ("may" / "might", "expected" / "forecast", "will" / "would").
_MODALITY = {
    **dict.fromkeys(("may", "might", "possibly", "perhaps", "possible", "potentially"), "possible"),
    **dict.fromkeys(("likely", "probably", "probable", "unlikely"), "probable"),
    **dict.fromkeys(("expected", "expects", "forecast", "forecasts", "projected"), "expected"),
    **dict.fromkeys(
        ("plan", "plans", "planned", "planning", "intends", "intend", "aims", "proposed", "proposes"), "planned"
    ),
    **dict.fromkeys(("considering", "considers", "weighing", "exploring", "talks", "negotiating"), "considering"),
}
# Quantifiers by class: "schools will close" / "some schools will close", "all" / "most" ("some 40" is
# an approximation, not a quantifier; "everyone" / "all" are the same).
_QUANTIFIER = {
    **dict.fromkeys(("all", "every", "each", "everyone", "everybody", "entire"), "all"),
    **dict.fromkeys(("some", "several", "certain"), "some"),
    **dict.fromkeys(("most", "majority"), "most"),
}
# A superlative of one in a group: "the largest" / "one of the largest".
_ONE_OF = re.compile(r"\bone of the\b")
_SUPERLATIVE = re.compile(r"\b(?:\w+est|most|least|best|worst)\b")
# Association and cause: "linked to" / "caused by".
_ASSOCIATED = re.compile(r"\b(?:link(?:s|ed)?|associat\w*|correlat\w*|tied to)\b")
_CAUSAL = re.compile(r"\b(?:caus(?:e|es|ed|ing)|shown to (?:cause|lead))\b")
# A time span counted from now: "until the end of this year" / "... next year".
_RELATIVE_TIME = re.compile(r"\b(this|next|last|previous|coming|past)\s+(hour|day|week|month|year|decade)s?\b")
# Words across which a moved phrase changes the claim: "in A, not B" / "in B, not A".
_PIVOTS = {"not", "than", "rather", "instead", "unlike", "versus", "vs", "but"}

# Direction words on two axes: amount (more / less) and quality (better / worse). A pair conflicts
# when one text has more words of one side of an axis and fewer of the other side. Words that make
# something bad worse count as "more" (worsens a pathology), words that relieve it as "less"
# (protects against, rescues a defect), so "prevents X" and "worsens X" conflict.
_AXES: dict[str, tuple[set[str], tuple[str, ...], set[str], tuple[str, ...]]] = {
    "amount": (
        {"up", "more", "high", "higher", "greater", "larger", "longer", "stronger", "rise", "rises", "rose", "risen"}
        | {"rising", "gain", "gains", "gained", "presence", "present", "common", "often", "frequent", "frequently"}
        | {"many", "abundant", "abundance", "numerous", "plentiful"},
        ("increas", "rais", "enhanc", "elevat", "promot", "boost", "induc", "trigger", "encourag", "accelerat")
        + ("activat", "enabl", "augment", "amplif", "strengthen", "expand", "expans", "upregulat", "up-regulat")
        + ("stimulat", "facilitat", "worsen", "exacerbat", "aggravat", "prolong", "lengthen", "extend"),
        {"down", "less", "fewer", "low", "lower", "lowers", "lowered", "smaller", "shorter", "weaker", "fall", "falls"}
        | {"fell", "fallen", "drop", "drops", "dropped", "slow", "slows", "slowed", "slower", "stop", "stops"}
        | {"stopped", "halt", "halts", "halted", "loss", "lose", "loses", "losing", "lost", "lack", "lacks", "lacked"}
        | {"lacking", "absence", "absent", "without", "rare", "rarely", "seldom", "infrequent", "infrequently", "few"},
        ("decreas", "reduc", "diminish", "inhibit", "suppress", "prevent", "weaken", "declin", "block", "restrict")
        + ("repress", "attenuat", "downregulat", "down-regulat", "hinder", "imped", "abolish", "deplet", "deficien")
        + ("delet", "knockout", "knock-out", "lessen", "curb", "dampen", "impair", "protect", "rescu", "repair")
        + ("alleviat", "mitigat", "reliev", "remov", "eliminat", "shorten"),
    ),
    "quality": (
        {"better", "best", "benefit", "benefits", "beneficial", "positive", "positively", "success", "successful"}
        | {"safe", "safely", "safer", "safety", "harmless"},
        ("improv", "rescu", "restor", "repair", "protect", "heal", "alleviat", "mitigat", "reliev"),
        {"worse", "worst", "harm", "harms", "harmful", "negative", "negatively", "fail", "fails", "failed"},
        ("worsen", "exacerbat", "aggravat", "impair", "damag", "deteriorat", "ineffective", "unsafe", "hazard")
        + ("danger", "toxic", "life-threatening", "lethal", "deadly"),
    ),
}

_ALIASES = {
    **dict.fromkeys(("us", "u s", "usa", "america", "american", "united states", "washington"), "us"),
    **dict.fromkeys(("uk", "britain", "british", "united kingdom"), "uk"),
    **dict.fromkeys(("russia", "russian", "moscow"), "russia"),
    **dict.fromkeys(("isis", "isil", "islamic state", "daesh"), "isis"),
    **dict.fromkeys(("said", "says", "stated", "states", "announced", "reported", "told", "declared"), "said"),
    **dict.fromkeys(("every", "each"), "every"),
}

_STOP = {
    *("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "as", "s"),
    *("is", "are", "was", "were", "be", "been", "being", "that", "this", "these", "those", "it", "its", "their"),
    *("his", "her", "which", "who", "whom", "than", "then", "there", "here", "into", "over", "under", "between"),
    *("among", "after", "before", "during", "upon", "about", "against"),
}


def conflict(a: str, b: str, swap_min_overlap: float = SWAP_MIN_OVERLAP) -> str | None:
    """Why ``a`` and ``b`` cannot be the same claim, or None when nothing in their words says so.

    The reasons, in the order they are tried: 'numbers' (also identifiers such as HDAC6 / HDAC1 and
    bounds, "over half" / "under half", "at least 20" / "about 20"), 'time span' (also "this year" /
    "next year"), 'negation', 'negated word' (also opposite prefixes, overcharged / undercharged),
    'direction', 'modality' ("caused" / "may have caused", "plans to" / "will", "linked to" / "caused by"),
    'quantifier' ("schools" / "some schools", "the largest" / "one of the largest"), 'attribution',
    'names', 'roles swapped', 'word swapped' (also "voted for" / "voted against", "fell to" / "fell by",
    "opened" / "closed").
    """
    wa, wb = _words(a), _words(b)
    na, nb = _numbers(a, wa), _numbers(b, wb)
    if na - nb and nb - na:
        return "numbers"
    ia, ib = _identifiers(wa), _identifiers(wb)
    if ia - ib and ib - ia:
        return "numbers"
    if _bounds_opposed(_bounds(a), _bounds(b)):
        return "numbers"
    ua, ub = _time_units(wa), _time_units(wb)
    if ua - ub and ub - ua:
        return "time span"
    if set(_RELATIVE_TIME.findall(a.lower())) != set(_RELATIVE_TIME.findall(b.lower())):
        return "time span"
    if _negations(a, wa) % 2 != _negations(b, wb) % 2:
        return "negation"
    if _negated_word(set(wa), set(wb)) or _negated_word(set(wb), set(wa)):
        return "negated word"
    if _opposite_prefix(set(wa), set(wb)):
        return "negated word"
    # bounds on numbers ("more than half", "over half") were compared above: not direction words here
    da, db = _words(_BOUND.sub(r"\g<n>", a.lower())), _words(_BOUND.sub(r"\g<n>", b.lower()))
    for up_words, up_stems, down_words, down_stems in _AXES.values():
        up_a, up_b = _count(da, up_words, up_stems), _count(db, up_words, up_stems)
        down_a, down_b = _count(da, down_words, down_stems), _count(db, down_words, down_stems)
        if (up_a - up_b) * (down_a - down_b) < 0 or (up_a == up_b) != (down_a == down_b):
            return "direction"
    if _classes(wa, _MODALITY) != _classes(wb, _MODALITY):
        return "modality"
    if _classes(wa, _QUANTIFIER) != _classes(wb, _QUANTIFIER) or _one_of_differs(a.lower(), b.lower()):
        return "quantifier"
    if _cause_vs_link(a.lower(), b.lower()) or _cause_vs_link(b.lower(), a.lower()):
        return "modality"
    if reports_speech(a) != reports_speech(b):
        return "attribution"
    if _unmatched_name(a, wb) and _unmatched_name(b, wa):
        return "names"
    ta, tb = _tokens(a), _tokens(b)
    if _roles_swapped(ta, tb) or _comparison_reversed(ta, tb):
        return "roles swapped"
    if _swapped_word(ta, tb, swap_min_overlap):
        return "word swapped"
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text.lower())


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _numbers(text: str, words: list[str]) -> set[str]:
    """Digits anywhere (23, 0.7, the 25 of Su-25), number words (thirty-one: 30 and 1) and months, as strings."""
    found = set(re.findall(r"\d+(?:\.\d+)?", re.sub(r"(?<=\d),(?=\d{3})", "", text)))
    parts = [part for w in words for part in w.split("-")]
    found |= {_NUMBER_WORDS[w] for w in parts if w in _NUMBER_WORDS}
    return found | {f"month {_MONTHS.index(m[:3].lower()) + 1}" for m in _MONTH.findall(text)}


def _classes(words: list[str], classes: dict[str, str]) -> set[str]:
    """The classes of the marker words present, leaving out comparatives ("more likely" is not a hedge,
    "most" in "most likely" is not a quantifier) and approximations ("some 40 people")."""
    found = set()
    for i, w in enumerate(words):
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if w not in classes or before in ("more", "less", "most", "least") or after in classes:
            continue
        if w == "some" and (after[:1].isdigit() or after in _NUMBER_WORDS):
            continue
        if w in ("every", "each") and _stem(after) in _TIME_UNITS:
            continue  # "every day" is how often, not how many
        found.add(classes[w])
    return found


def _one_of_differs(a: str, b: str) -> bool:
    """ "the largest" / "one of the largest": both with a superlative, one of them only "one of the"."""
    return bool(_SUPERLATIVE.search(a) and _SUPERLATIVE.search(b)) and bool(_ONE_OF.search(a)) != bool(
        _ONE_OF.search(b)
    )


def _cause_vs_link(a: str, b: str) -> bool:
    """One text says a link (an association), the other a cause: "linked to feeders" / "caused by feeders"."""
    return bool(_ASSOCIATED.search(a) and not _CAUSAL.search(a) and _CAUSAL.search(b) and not _ASSOCIATED.search(b))


def _identifiers(words: list[str]) -> set[str]:
    """Words made of letters and digits (HDAC6, ARID1A, Su-25), without hyphens: a different digit is another thing."""
    return {w.replace("-", "") for w in words if re.search(r"\d", w) and re.search(r"[a-z]", w)}


def _bounds(text: str) -> dict[str, set[str]]:
    """Each bounded quantity ('half', '5', '10%') and the sides it is bounded from: {'half': {'up'}}."""
    found: dict[str, set[str]] = {}
    for m in _BOUND.finditer(text.lower()):
        found.setdefault(_NUMBER_WORDS.get(m["n"], m["n"]).rstrip(".%"), set()).add("up" if m["up"] else "down")
    return found


def _bounds_opposed(ba: dict[str, set[str]], bb: dict[str, set[str]]) -> bool:
    """The same quantity bounded differently ("over half" / "under half"), or bounded in one text only
    ("at least 20 deaths" / "about 20 deaths")."""
    return any(ba.get(n) != bb.get(n) for n in set(ba) | set(bb))


def _opposite_prefix(wa: set[str], wb: set[str]) -> bool:
    """overcharged / undercharged, pro-government / anti-government (one text each)."""
    for w in wa - wb:
        for prefix, other in _OPPOSITE_PREFIXES:
            rest = w.removeprefix(prefix)
            if rest != w and len(rest.lstrip("-")) >= 4 and (other + rest) in wb - wa:
                return True
    return False


def _unmatched_name(text: str, other_words: list[str]) -> bool:
    """A name in ``text`` (a run of capitalised words, not the first word) that the other text does not
    spell: not as a word, an alias (United States / America) or an initialism (United States / US)."""
    others = set(other_words) | {w.replace("-", "") for w in other_words}  # F-22 / F22
    others |= {_alias(w) for w in other_words}
    others |= {_alias(f"{x} {y}") for x, y in itertools.pairwise(other_words)}
    for run in re.findall(r"(?<=\s)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", text):
        words = [w for w in re.findall(r"[\w-]+", run.lower()) if w not in _STOP]
        if not words or _alias(" ".join(words)) in others or "".join(w[0] for w in words) in others:
            continue
        if any(
            not any(_same_word(w, o) for o in other_words)
            and _alias(w) not in others
            and w.replace("-", "") not in others
            for w in words
        ):
            return True
    return False


def _time_units(words: list[str]) -> set[str]:
    return {_stem(w) for w in words} & _TIME_UNITS


def _negations(text: str, words: list[str]) -> int:
    plain = sum(w in _NEGATIONS or w.endswith("n't") for w in words)
    return plain + len(re.findall(r"\bfail(?:s|ed|ing)? to\b", text.lower()))


def _negated_word(these: set[str], those: set[str]) -> bool:
    """A word here is a word there with a negating prefix: illegal / legal, independent / dependent,
    anti-inflammatory / inflammatory, non-smokers / smokers."""
    for w in these - those:
        head, _, rest = w.partition("-")
        if rest and head in ("anti", "non", "un") and rest in those:
            return True
        for prefix in _NEGATING_PREFIXES:
            if w.startswith(prefix) and len(w) - len(prefix) >= 4 and w[len(prefix) :] in those:
                return True
    return False


def _count(words: list[str], exact: set[str], stems: tuple[str, ...]) -> int:
    return sum(w in exact or w.startswith(stems) for w in words)


def _roles_swapped(ta: list[str], tb: list[str]) -> bool:
    """The same words in another order, not by moving one phrase: 'men more than women' / 'women more than men'."""
    if ta == tb or sorted(ta) != sorted(tb):
        return False
    opcodes = [o for o in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes() if o[0] != "equal"]
    if sorted(op for op, *_ in opcodes) != ["delete", "insert"]:
        return True
    # one phrase moved ("in Syria, X" / "X in Syria") keeps the claim, unless it crossed "not" or "than":
    # "in visceral fat, not subcutaneous fat" / "in subcutaneous fat, not visceral fat"
    (_, d1, d2, _, _), (_, i1, _, j1, j2) = sorted(opcodes, key=lambda o: o[0])  # delete, then insert
    if ta[d1:d2] != tb[j1:j2]:
        return True  # not one phrase moved: "in A fat, not B fat" / "in B fat, not A fat" aligns this way
    crossed = ta[d2:i1] if i1 >= d2 else ta[i1:d1]
    return bool(_PIVOTS & set(crossed))


def _comparison_reversed(ta: list[str], tb: list[str]) -> bool:
    """'A works better than B' / 'B is more effective than A': what follows 'than' in one text comes
    before it in the other, both ways."""
    ta, tb = _than(ta), _than(tb)
    if "than" not in ta or "than" not in tb:
        return False
    before_a, after_a = _sides(ta)
    before_b, after_b = _sides(tb)
    return bool(after_a & before_b and after_b & before_a and not after_a & after_b)


def _than(tokens: list[str]) -> list[str]:
    """'compared to', 'compared with', 'versus' and 'vs' read as 'than'."""
    out: list[str] = []
    for w in tokens:
        if w in ("to", "with") and out and out[-1] == "compared":
            out[-1] = "than"
        else:
            out.append("than" if w in ("versus", "vs") else w)
    return out


def _sides(tokens: list[str]) -> tuple[set[str], set[str]]:
    """Content words (stemmed) before the first 'than', and the first three after it that are not before it."""
    at = tokens.index("than")
    before = {_stem(_spelling(w)) for w in tokens[:at] if w not in _STOP}
    after = [_stem(_spelling(w)) for w in tokens[at + 1 :] if w not in _STOP]
    return before, set([w for w in after if w not in before][:3])


def _swapped_word(ta: list[str], tb: list[str], min_overlap: float) -> bool:
    """Mostly the same words, but a short span where a content word became another word."""
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    if matcher.ratio() < min_overlap:
        return False
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue
        if any(frozenset((x, y)) in _POLAR for x in ta[i1:i2] for y in tb[j1:j2]):
            return True
        sa = [w for w in ta[i1:i2] if w not in _STOP]
        sb = [w for w in tb[j1:j2] if w not in _STOP]
        if not sa or not sb or _initialism(sa, sb) or _initialism(sb, sa) or "".join(sa) == "".join(sb):
            continue
        if _alias(" ".join(sa)) == _alias(" ".join(sb)):
            continue
        if len(sa) == len(sb) and all(_same_word(x, y) for x, y in zip(sa, sb, strict=True)):
            continue
        return True
    return False


def _alias(phrase: str) -> str:
    """One name for the names of a country, a group or an act of saying."""
    return _ALIASES.get(phrase, phrase)


def _initialism(long: list[str], short: list[str]) -> bool:
    """'united states' / 'us'."""
    return len(long) > 1 and len(short) == 1 and "".join(w[0] for w in long) == short[0]


def _same_word(x: str, y: str) -> bool:
    """One word in another spelling (defence / defense), inflection (expressed / expressing) or abbreviation,
    or two words of the same side of a direction axis (elevated / raised)."""
    side = _direction_side(x)
    if side is not None and side == _direction_side(y):
        return True
    if x in _NUMBER_WORDS and _NUMBER_WORDS.get(x) == _NUMBER_WORDS.get(y):
        return True  # pair / two
    if any(x in c and c.get(x) == c.get(y) for c in (_MODALITY, _QUANTIFIER)):
        return True  # may / might, all / every
    x, y = _spelling(x), _spelling(y)
    if x == y or _stem(x) == _stem(y):
        return True
    short, long = sorted((x, y), key=len)
    if len(short) <= 4 and long.startswith(short):
        return True  # maj / major, gen / general
    common = len(_common_prefix(x, y))
    return common >= 4 and common >= len(short) - 3


@functools.lru_cache(maxsize=4096)
def _direction_side(word: str) -> tuple[str, int] | None:
    """The direction axis a word is on and its side (+ more / better, - less / worse), or None."""
    for axis, (up_words, up_stems, down_words, down_stems) in _AXES.items():
        up, down = _count([word], up_words, up_stems), _count([word], down_words, down_stems)
        if up != down:
            return axis, up - down
    return None


def _spelling(word: str) -> str:
    """British and American spellings to one form."""
    word = word.replace("ae", "e").replace("oe", "e").replace("ll", "l")
    word = re.sub(r"our(s?)$", r"or\1", word)
    word = re.sub(r"([iy])s(e|ed|es|ing|ation)$", r"\1z\2", word)
    return re.sub(r"ence$", "ense", word)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return x[:n]
