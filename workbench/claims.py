"""Article -> claims, in the spirit of Claimify, sized for small local models.

1. Split the article into sentences with exact offsets; drop boilerplate (link lists, bylines,
   metadata lines, copyright) without a model.
2. Score each sentence's check-worthiness cheaply (a classifier on sentence embeddings, when one
   is trained); only sentences above the threshold cost an LLM call, and sentences of indirect
   speech ("He said the coroner had ..."), which the debate-trained classifier underrates in news.
3. One short LLM call per selected sentence, with the title, date and the sentences before it
   as context: atomic, self-contained claims with references resolved, each with a type and the
   exact words that state it.
4. Decompose what the small model leaves whole, without a model: a claim of reported speech
   ("X said that Y", after any common reporting verb: "noted", "has reported today", "estimated") also
   gives Y as a claim of its own (flagged ``reported_content``; not for denials), and the report when
   the model gave only Y (``report``); "Name, the role, said ...", "the role, Name, said ..." and
   "Title Name said ..." give "Name is the role." (``speaker_role``); a clause
   about a name, the statement without a clause at its end and the two clauses of "A, and B" are
   claims of their own too (``relative_clause``, ``main_clause``, ``first_clause``, ``second_clause``),
   and so is each thing a name does ("X shut the wells and has since ...": ``predicate``); a claim of
   the model's that is two such parts gives way to them, and so does reported content.
5. Spell out short references the small model leaves ("Almeyda said", "the department", "the
   developer" after "The developer, Calloway Haig Homes, ...", a claim's opening "Its") with the
   name the article gave in full earlier (``resolved``; ``resolve_references``).
6. Align every claim back to its span in the article (exact words, else fuzzy matching); a claim
   that cannot be aligned keeps its sentence's span and is flagged. Merge near-duplicates (never a
   report with what it reports).

Claim ids are content hashes of the article id and the claim text, so re-extraction keeps the
reviews of claims that did not change.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from pydantic import BaseModel, Field, field_validator
from rapidfuzz import fuzz

from workbench.corpus.chunking import sentence_spans
from workbench.dates import absolute_dates, article_day
from workbench.llm.structured import StructuredLLM
from workbench.prompts import Prompt
from workbench.records import (
    CLAIM_TYPES,
    Claim,
    ClaimType,
    Document,
    ItemFailure,
    LLMCall,
    ProgressEvent,
    Provenance,
    Span,
)
from workbench.verifier.attribution import reports_speech

# --- what the model answers -------------------------------------------------------------------


class ExtractedClaim(BaseModel):
    claim: str = Field(min_length=3, description="One self-contained, checkable statement.")
    type: ClaimType = "event"
    verbatim: str = Field(default="", description="The shortest exact words of the sentence that state the claim.")

    @field_validator("type", mode="before")
    @classmethod
    def _known_type(cls, value: object) -> object:
        # Small models invent types ("fact", "claim"); an unknown type is not worth a retry.
        return value if value in CLAIM_TYPES else "event"


class ExtractedClaims(BaseModel):
    claims: list[ExtractedClaim] = Field(max_length=8)


# A selected sentence the model answers with no claim at all is still kept whole as a claim to check when the
# classifier scores it at least this: the small model's empty answers include plainly checkable sentences
# ("No illnesses have been linked to the water so far, the department said."), and the classifier is the judge of
# check-worthiness. Chosen on the classifier's own held-out ClaimBuster sentences (never fitted on): the lowest score
# from which the sentences scored that high are check-worthy at least 90% of the time (0.908 at 0.86, 0.893 at 0.85).
KEEP_WHOLE_THRESHOLD = 0.86

# --- sentences ---------------------------------------------------------------------------------

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_#>`|]+")
_METADATA_LINE = re.compile(r"^[A-Z][\w -]{0,30}:\s")
_BOILERPLATE = re.compile(
    r"copyright|©|all rights reserved|featured image|subscribe|cross-post|fair use|disclaimer|"
    r"original source of this article|(?:this|the) article (?:was )?(?:first |originally )?(?:published|appeared)|"
    r"reprinted with permission",
    re.IGNORECASE,
)
# A publisher's notice is a paragraph: one of these in a paragraph makes all its sentences boilerplate.
_NOTICE = re.compile(
    r"©|all rights reserved|^\W*disclaimer\b|copyrighted material|provisions of .{0,3}fair use", re.IGNORECASE
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    index: int
    boilerplate: bool = False
    worthiness: float = 0.5


def plain(text: str) -> str:
    """Sentence text without markdown links and emphasis, for the model and for scoring."""
    return re.sub(r"\s+", " ", _MARKUP.sub("", _LINK.sub(r"\1", text))).strip()


def is_boilerplate(text: str) -> bool:
    clean = plain(text)
    words = re.findall(r"[A-Za-z][\w'-]*", clean)
    link_text = sum(len(m.group(0)) for m in _LINK.finditer(text))
    return (
        len(words) < 5
        or link_text > 0.5 * len(text)
        or bool(_METADATA_LINE.match(clean))
        or bool(_BOILERPLATE.search(clean))
    )


def article_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with exact offsets; boilerplate marked, by sentence and by notice paragraph."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    notices = set()
    for paragraph_start, paragraph_end in zip([0, *breaks], [*breaks, len(text)]):
        if _NOTICE.search(plain(text[paragraph_start:paragraph_end]).lstrip()):
            notices.add(paragraph_start)
    sentences = []
    for i, (start, end) in enumerate(sentence_spans(text)):
        sentence = Sentence(start, end, text[start:end], i)
        paragraph_start = max((b for b in [0, *breaks] if b <= start), default=0)
        sentence.boilerplate = paragraph_start in notices or is_boilerplate(sentence.text)
        sentences.append(sentence)
    return sentences


# --- alignment and merging ---------------------------------------------------------------------


def align(claim: ExtractedClaim, sentence: Sentence, min_score: float = 60.0) -> tuple[Span | None, list[str]]:
    """The claim's span in the article: its verbatim words if exact, else the best fuzzy match."""
    verbatim = claim.verbatim.strip().strip('"')
    if len(verbatim) >= 3:
        at = sentence.text.find(verbatim)
        if at < 0:
            at = sentence.text.lower().find(verbatim.lower())
        if at >= 0:
            return Span(start=sentence.start + at, end=sentence.start + at + len(verbatim)), []
    for needle in (verbatim, claim.claim):
        if len(needle) < 3:
            continue
        found = fuzz.partial_ratio_alignment(needle.lower(), sentence.text.lower())
        if found is not None and found.score >= min_score and found.dest_end > found.dest_start:
            start, end = _word_bounds(sentence.text, found.dest_start, found.dest_end)
            return Span(start=sentence.start + start, end=sentence.start + end), ["fuzzy_span"]
    return Span(start=sentence.start, end=sentence.end), ["unaligned_span"]


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def merge_duplicates(claims: list[Claim], threshold: float = 90.0) -> list[Claim]:
    """Drop near-duplicate claims (token-set similarity and the same numbers), keeping the more
    check-worthy one. "1,000 passengers in week 1" and "1,037 passengers in week 2" are two claims,
    and so are "X said that Y" and "Y" (one is checked against the record of what X said, the other
    against the facts)."""

    def same(a: Claim, b: Claim) -> bool:
        if _derived(a) != _derived(b) and reports((b if _derived(a) else a).text):
            return False  # what a report reports, beside a report (its own source, whose words it repeats)
        return (
            sorted(_NUMBER.findall(a.text)) == sorted(_NUMBER.findall(b.text))
            and reports(a.text) == reports(b.text)
            and fuzz.token_set_ratio(a.text.lower(), b.text.lower()) >= threshold
        )

    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: -c.check_worthiness):
        twin = next((k for k in kept if same(k, claim)), None)
        if twin is None:
            kept.append(claim)
        elif "merged_duplicates" not in twin.flags:
            twin.flags.append("merged_duplicates")
    order = {c.id: i for i, c in enumerate(claims)}
    return sorted(kept, key=lambda c: order[c.id])


# --- the stage ---------------------------------------------------------------------------------


@dataclass
class Extraction:
    claims: list[Claim] = field(default_factory=list)
    calls: list[LLMCall] = field(default_factory=list)
    failures: list[ItemFailure] = field(default_factory=list)


Scorer = Callable[[list[str]], list[float]]


def extract_claims(
    article: Document,
    llm: StructuredLLM,
    prompt: Prompt,
    scorer: Scorer | None = None,
    threshold: float = 0.3,
    context_sentences: int = 2,
    concurrency: int = 1,
    max_sentences: int | None = None,
    progress: Callable[[ProgressEvent], None] = lambda _: None,
    on_claims: Callable[[list[Claim]], None] | None = None,
) -> Extraction:
    """Claims of ``article``, each with its span, type and check-worthiness.

    ``on_claims`` is given the claims found so far after each sentence, in article order, so a
    caller can show them before the extraction ends. With more than ``max_sentences`` selected
    sentences (a long article), only the most check-worthy ``max_sentences`` cost an LLM call, still
    in article order; the others are kept as not check-worthy claims flagged ``over_limit`` with
    their scores, so a later check with a higher limit takes them up. A sentence the model finds no
    claim in is kept as not check-worthy (``no_claims_found``), or whole as a claim to check
    (``kept_whole``) when the classifier scores it ``KEEP_WHOLE_THRESHOLD`` or more.
    """
    sentences = [s for s in article_sentences(article.text) if not s.boilerplate]
    if scorer is not None and sentences:
        for sentence, score in zip(sentences, scorer([plain(s.text) for s in sentences])):
            sentence.worthiness = round(float(score), 4)
    selected = [s for s in sentences if s.worthiness >= threshold or indirect_speech(plain(s.text))]
    over: list[Sentence] = []
    if max_sentences is not None and len(selected) > max_sentences:
        keep = {s.index for s in sorted(selected, key=lambda s: (-s.worthiness, s.index))[:max_sentences]}
        over = [s for s in selected if s.index not in keep]
        selected = [s for s in selected if s.index in keep]
    result = Extraction()
    done = 0
    progress(ProgressEvent(stage="extract", done=0, total=len(selected), unit="sentences"))

    def ask(sentence: Sentence) -> tuple[Sentence, ExtractedClaims | None, LLMCall]:
        before = sentences[max(0, sentences.index(sentence) - context_sentences) : sentences.index(sentence)]
        answer, call = llm.ask(
            prompt,
            ExtractedClaims,
            item=f"sentence {sentence.index}",
            title=article.title,
            date=article.date or "",
            context=" ".join(plain(s.text) for s in before),
            sentence=plain(sentence.text),
        )
        return sentence, answer, call

    # Up to ``concurrency`` sentences in flight (one for a model that runs calls one at a time); map keeps
    # article order, so ``on_claims`` still sees the claims grow sentence by sentence from the top.
    workers = 1 if llm.serial else max(1, concurrency)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for sentence, answer, call in pool.map(ask, selected):
            result.calls.append(call)
            done += 1
            if answer is None:
                result.failures.append(
                    ItemFailure(
                        stage="extract",
                        item=f"sentence {sentence.index}: {sentence.text[:80]}",
                        reason=call.error or "no answer",
                    )
                )
            else:
                result.claims += _claims_of(article, sentence, answer, call.provenance)
                if on_claims is not None:
                    on_claims(merge_duplicates(sorted(result.claims, key=lambda c: c.span.start if c.span else 0)))
            progress(ProgressEvent(stage="extract", done=done, total=len(selected), unit="sentences"))

    considered = {s.index for s in [*selected, *over]}
    for sentence in sentences:
        if sentence.index not in considered:
            result.claims.append(_not_check_worthy(article, sentence, "below_threshold"))
    for sentence in over:
        result.claims.append(_not_check_worthy(article, sentence, "over_limit", keep_score=True))
    answered = {c.sentence for c in result.claims}
    for sentence in selected:
        if plain(sentence.text) not in answered and not any(
            f.item.startswith(f"sentence {sentence.index}:") for f in result.failures
        ):
            if sentence.worthiness >= KEEP_WHOLE_THRESHOLD or indirect_speech(plain(sentence.text)):
                whole = _kept_whole(article, sentence)
                derived = _derived_from(article, sentence, whole.type, ("reported_content", *_NAME_FACTS))
                result.claims += [whole, *derived]
            else:
                result.claims.append(_not_check_worthy(article, sentence, "no_claims_found"))
                result.claims += _derived_from(
                    article, sentence, "event", (*_NAME_FACTS, "first_clause", "second_clause")
                )
    result.claims = merge_duplicates(sorted(result.claims, key=lambda c: c.span.start if c.span else 0))
    if not looks_english(article.text):
        for claim in result.claims:
            claim.flags = [*claim.flags, "language"]
    return result


# The commonest English function words: a quarter or more of English prose, a few percent of other languages.
_ENGLISH = frozenset(
    (
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "said",
        "by",
        "as",
        "at",
        "it",
        "be",
        "are",
        "from",
        "has",
        "have",
        "were",
        "this",
        "an",
        "not",
        "which",
        "or",
        "but",
        "had",
        "they",
        "their",
        "its",
        "would",
        "will",
        "been",
        "who",
        "he",
        "she",
        "we",
    )
)


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English: the classifier and the verifier are trained on English only."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 12:
        return True  # too short to tell; say nothing rather than something wrong
    return sum(w in _ENGLISH for w in words) / len(words) >= 0.10


def is_fragment(text: str) -> bool:
    """A lead-in or a scrap rather than a statement: ends with ':' (or ',', ';', '-'), also before a closing
    full stop ("was quoted saying:."), or under four words."""
    text = text.strip().removesuffix(".").rstrip()
    return text.endswith((":", ",", ";", "-", "–", "—")) or len(re.findall(r"\w+", text)) < 4


# "X said (on Monday) that Y", "X told reporters that Y", "X said Northmere had...", "According to X, Y":
# Y is what was reported. The verbs are English's common reporting verbs for statements (the verbs grammars list as
# taking a reported "that" clause), each in the past and the present ("explained", "notes"), after "has" / "have" /
# "had" too ("has reported today that"); "United States" is not "states".
_VERB_STEMS = (
    "said|says|stated|(?<!United )states|reported|reports|announced|announces|claimed|claims|asserted|asserts|"
    "insisted|insists|alleged|alleges|warned|warns|added|adds|argued|argues|explained|explains|noted|notes|"
    "confirmed|confirms|acknowledged|acknowledges|admitted|admits|conceded|concedes|revealed|reveals|disclosed|"
    "discloses|estimated|estimates|concluded|concludes|wrote|writes|observed|observes|maintained|maintains|"
    "contended|contends|declared|declares|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|predicted|predicts|"
    "testified|testifies|complained|complains|replied|replies|responded|responds|recalled|recalls|mentioned|"
    "mentions|reiterated|reiterates|indicated|indicates|suggested|suggests|agreed|agrees|pointed out|points out"
)
_VERBS = rf"(?:(?:has|have|had)\s+)?(?:{_VERB_STEMS})"
# Without "that", only the verbs that seldom take an object ("suggested Smith for the job" is not a report).
_BARE_VERBS = (
    r"(?:(?:has|have|had)\s+)?(?:said|says|stated|reported|reports|announced|claimed|claims|asserted|insisted|"
    r"alleged|warned|added|argued)"
)
_ANY_REPORTING = re.compile(rf"\b(?:{_VERB_STEMS})\b", re.IGNORECASE)


def reports(text: str) -> bool:
    """The text reports what someone said: the verifier's cues (``reports_speech``) or any reporting verb above."""
    return reports_speech(text) or bool(_ANY_REPORTING.search(text))


# Verbs that report a finding rather than a statement: with "that" only ("the audit found that ...").
_FINDING = r"(?:(?:has|have|had)\s+)?(?:found|finds|showed|shows|shown)"
# "said on Tuesday, ...", "said in a statement ...", "has reported today that ..."
_WHEN = (
    r"(?:\s+(?:today|yesterday|tonight|earlier|later|again|also|publicly|separately|previously|(?:this|last)\s+\w+))?"
    r"(?:\s+(?:on|in)\s+[^,]{3,40}?)?,?\s+"
)
_SAID = rf"^(?P<who>.{{3,}}?)\s+(?:{_VERBS}|{_FINDING}|told(?:\s+\w+){{1,3}}?){_WHEN}"
_REPORTED = (  # tried in this order: "that" marks the reported clause best
    re.compile(_SAID + r"that\s+(?P<what>.+)$", re.IGNORECASE),
    re.compile(r"^according\s+to\s+(?P<who>[^,]{3,80}),\s+(?P<what>.+)$", re.IGNORECASE),
    # no "that": a clause starting with a name or a number, after a verb without an object ("told
    # reporters the Russian account ..." would cut inside the object)
    re.compile(rf"^(?P<who>.{{3,}}?)\s+(?:{_BARE_VERBS}){_WHEN}(?P<what>[A-Z0-9].+)$"),
    # "said the utility had waited ...", "said it would ...": after "said", "says" or "added", which take no object, a
    # clause may start with "the" or a pronoun ("announced the closure of the plant" would be its object)
    re.compile(
        rf"^(?P<who>.{{3,}}?)\s+(?:said|says|added){_WHEN}(?P<what>(?:the|a|an|he|she|it|they)\s.+)$", re.IGNORECASE
    ),
    # "No illnesses have been linked to the water, the department said.": the report after what it reports
    re.compile(
        r"^(?P<what>.{15,}?),[\"'”’]?\s+(?P<who>[^,]{2,60}?)\s+(?:said|says|added|told(?:\s+\w+){1,3})\.?$",
        re.IGNORECASE,
    ),
)
# "Anika Feld, the county's director of public health, said ..." and "..., said Tomas Reyl, a spokesman for
# Velstrand.": who the speaker is, a claim of its own.
_NAME = r"(?P<name>[A-Z][\w.'-]+(?:\s+(?:&\s+)?[A-Z][\w.'-]+){1,3})"  # "Tiller & Moss" too
# "the county's director of public health", "a spokesman for Velstrand", or without an article an office "of" /
# "at" / "for" a body ("regional secretary of the Ardmere Nurses' Association", "chief executive of Velstrand").
_ROLE_PHRASE = (
    r"(?P<role>(?:the|a|an)\s+[^,;]{3,80}?"
    r"|[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][^,;]{2,70}?"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}'s?\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4})"  # "Ardmere's auditor general"
)
_ASIDE = r"(?:,\s+(?:who|which)\s+(?:[^,;]|,\d){3,120})?"  # "..., which represents 2,300 nurses, said"
_ROLE = (
    # "Anika Feld, the county's director of public health, said", also after a comma: "..., Igor Konashenkov, the
    # ministry's spokesperson, was quoted saying"
    re.compile(rf"(?:^|,\s+){_NAME},\s+{_ROLE_PHRASE}{_ASIDE}(?:,\s+(?:{_VERBS}|told)|,?\s+was\s+quoted)\b"),
    re.compile(rf"\b(?:{_VERBS}|told\s+\w+)\s+{_NAME},\s+{_ROLE_PHRASE}[.]?$"),
    # "the trust's chief executive, Owen Ferrante, acknowledged ...": the role before the name
    re.compile(
        rf"(?:^|,\s+)(?P<role>(?:[Tt]he|[Aa]n?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}'s?)\s+[^,;]{{3,80}}?),\s+{_NAME},"
        rf"\s+(?:{_VERBS}|told)\b"
    ),
)
# "Health Minister Rhona Daventry said", "Auditor General Celia Marchetti told reporters": a title before the name,
# ending in a word that names an office (not "Save Lowfield Meadow said": a group's name).
_OFFICE = (
    r"Minister|Secretary|Mayor|President|Governor|Senator|General|Director|Chair|Chairman|Chairwoman|Chief|"
    r"Commissioner|Judge|Justice|Professor|Inspector|Superintendent|Councillor|Councilman|Councilwoman|Sheriff|"
    r"Ambassador|Spokesman|Spokeswoman|Spokesperson|Officer|Captain|Colonel|Major|Admiral|Bishop|Auditor|Attorney|"
    r"Chancellor|Premier|Representative|Treasurer|Controller|Comptroller|Coroner|Prosecutor|Marshal|Dean|Rector"
)
_TITLED = re.compile(
    r"(?:^|[,;][\"'”’]?\s+|\bby\s+)(?P<title>(?:[A-Z][a-z]+[ -]){0,2}(?:" + _OFFICE + r")[ -])"
    r"(?P<name>[A-Z][a-z][\w'-]+\s+[A-Z][a-z][\w'-]+)"
    rf"(?:,\s+(?:who|which)\s+(?:[^,;]|,\d){{3,120}},)?\s+(?:{_VERBS}|told)\b"
)
# "Northmere Water, which runs the town's supply, shut both wells": what the clause says of the subject, a name (its
# last word capitalised: not "The ministry banned flights, which angered airlines, ...").
_RELATIVE = re.compile(
    r"^(?P<subject>[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,3}\s+[A-Z][\w.'-]*),\s+(?:who|which)\s+(?P<clause>[^,;]{8,150}?),\s+\w"
)
# The same inside the sentence, about a name of capitalised words only ("the Ardmere Nurses' Association, which ...").
_NAMED_RELATIVE = re.compile(
    r"\b(?P<subject>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}),\s+(?:who|which)\s+(?P<clause>(?:[^,;]|,\d){8,150}?)(?:,\s|\.?$)"
)
_DENYING = re.compile(r"\b(?:den(?:y|ied|ies)|reject\w*|dismiss\w*|refut\w*|false|no evidence)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^(?:it|its|he|she|they|their|we|our|i|this|these|that|those|there)\b", re.IGNORECASE)
_PREPOSITION_START = re.compile(r"^(?:in|on|at|by|for|from|since|after|before|during|until|with|of)\b", re.IGNORECASE)


_DERIVED = (
    "reported_content",
    "speaker_role",
    "relative_clause",
    "main_clause",
    "second_clause",
    "first_clause",
    "predicate",
    "appositive",
)


_DERIVED_FLAGS = frozenset((*_DERIVED, "report"))


def _derived(claim: Claim) -> bool:
    return not _DERIVED_FLAGS.isdisjoint(claim.flags)


def is_question(text: str) -> bool:
    """The text asks rather than states ("..., who are the other 350 homes for?"): nothing to check."""
    return text.rstrip().rstrip("\"'”’").endswith("?")


def indirect_speech(sentence: str) -> bool:
    """The sentence reports in its own words what someone said ("He said the coroner had opened inquests into
    ...", "The minister told reporters that ..."; not a quotation): news is mostly such sentences, and a
    check-worthiness classifier trained on debate transcripts (ClaimBuster) scores many of them low, so they are
    asked about whatever their score."""
    text = re.sub(r"^(?:He|She|They)\b", "The speaker", sentence.strip())  # the patterns want a longer subject
    if not text or text[0] in "\"'“‘":
        return False
    m = next((m for pattern in _REPORTED[:-1] if (m := pattern.match(text))), None)
    return m is not None and len(re.findall(r"\w+", m["what"])) >= 5


# "The trust confirmed that the inquests had been opened but said it could not comment ...": a second report.
_SECOND_REPORT = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?(?:said|says|added|insisted|warned|noted|stressed)\b")


# What is reported but is not a fact to check on its own: a condition ("if hospitals pay for hitting targets, some
# will ..."), or words the speaker is quoted for at the end ('corridor waits were "a safety problem, not a
# statistics problem."'): the report of them is checked, not them.
_CONDITION = re.compile(r"^(?:if|unless)\b", re.IGNORECASE)
_QUOTED_AT_END = re.compile(r"(?:^|\s)[\"“][^\"“”]{12,}(?:[\"”]\.?|\.[\"”])$")


def reported_content(claim: str) -> str | None:
    """What a claim of reported speech reports, as a claim of its own, or None.

    "The ministry said on 9 December that US and Russian jets clashed on 23 November." gives "US
    and Russian jets clashed on 23 November.": a fact-checker checks that the ministry said it and,
    separately, whether it happened. Without "that", only content that starts with a name or a
    number ("X said Northmere had the results on March 6"). None for a denial ("X denied that Y":
    Y is not what X reports), for content that starts with a pronoun (it would not stand on its
    own), and for under five words.
    """
    m = next((m for pattern in _REPORTED if (m := pattern.match(claim.strip()))), None)
    if m is None or _DENYING.search(m["who"]):
        return None
    what = _SECOND_REPORT.split(m["what"], maxsplit=1)[0]  # "that X but said Y": X is what is reported
    what = what.strip().strip("\"'“”‘’").strip().rstrip(".,") + "."
    what = _speaker_for_pronoun(what, m["who"])
    if _PRONOUN_START.match(what) or len(re.findall(r"\w+", what)) < 5:
        return None
    if _CONDITION.match(what) or _QUOTED_AT_END.search(m["what"].strip()):
        return None
    return what[0].upper() + what[1:]


# "it" / "he" / "she" / "they" opening what a named speaker reports is the speaker: "The Ostley County Flood Authority
# confirmed that it had withdrawn its objection" reports that the authority had withdrawn it. Not the "it" of "it was
# too early to say" or "it is clear that ...".
_SPEAKER_PRONOUN = re.compile(
    r"^(?P<pronoun>it|they|he|she)\s+(?!(?:is|was|were|are|has been|had been|will be|would be)\s+(?:not\s+)?\w+"
    r"(?:\s+\w+)?\s+(?:that|to)\b)(?=[a-z])",
    re.IGNORECASE,
)


def _speaker_for_pronoun(what: str, who: str) -> str:
    """``what`` with an opening subject pronoun replaced by the speaker named in ``who`` when they agree: "he" /
    "she" for a person's two- or three-word name, "it" / "they" for a body's ("The ..." or a longer name)."""
    m = _SPEAKER_PRONOUN.match(what)
    if m is None:
        return what
    name = next((n for _, n, _ in _name_spans(who.strip().rstrip(","))), None)
    if name is None or name not in who:
        return what
    the = bool(re.search(rf"\b[Tt]he\s+{re.escape(name)}", who))
    if (m["pronoun"].lower() in ("he", "she")) != _is_person(name, the):
        return what
    return ("The " if the else "") + name + what[m.end("pronoun") :]


def speaker_role(claim: str) -> str | None:
    """ "Anika Feld, the county's director of public health, said ..." -> "Anika Feld is the county's
    director of public health.", "..., said Tomas Reyl, a spokesman for Velstrand." -> "Tomas Reyl is a
    spokesman for Velstrand.", or None."""
    m = next((m for pattern in _ROLE if (m := pattern.search(claim.strip()))), None)
    if m is not None and m["name"].split()[0] not in _NOT_NAME:
        role = re.sub(r"^(The|An?)\b", lambda article: article[0].lower(), m["role"].rstrip("."))
        return f"{m['name']} is {role}."
    m = _TITLED.search(claim.strip())
    if m is None or m["title"].split()[0] in _NOT_NAME:
        return None
    return f"{m['name']} is {m['title'].strip()}."


_TRAILING_CLAUSE = re.compile(r"^(?P<main>[A-Z].{20,}?),\s+(?:where|which|who|when)\s+\S.+$")


def main_clause(claim: str) -> str | None:
    """ "The wells lie 800 meters from the Ashby Works, where Velstrand made window frames." -> "The wells lie 800
    meters from the Ashby Works.": the statement without the clause that adds a second fact to its end."""
    m = _TRAILING_CLAUSE.match(claim.strip())
    if m is None or _PRONOUN_START.match(m["main"]) or len(m["main"].split()) < 5:
        return None
    return m["main"].rstrip() + "."


_QUANTITY = r"(?:\d[\d,.]*|(?:about|some|nearly|almost|more than|over)\s+\d[\d,.]*)"  # "about 140 people crowded ..."
_AND_CLAUSE = re.compile(rf",\s+(?:and|while|whereas)\s+(?P<clause>(?:the|a|an|[A-Z]\w*|{_QUANTITY})\s.+)$")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|had|have|will|would|can|could|cost|costs|rose|fell|won|lost|paid|took|gave|made)\b"
    r"|\b\w{3,}ed\b"
)


def second_clause(claim: str) -> str | None:
    """ "Residents relied on bottled water for months, and the cleanup cost the county $2.3 million." -> "The
    cleanup cost the county $2.3 million.": a clause joined by ", and" with a subject and a verb of its own."""
    m = _AND_CLAUSE.search(claim.strip())
    if m is None:
        return None
    clause = m["clause"].strip().rstrip(".")
    if len(clause.split()) < 5 or not _FINITE.search(clause) or _PRONOUN_START.match(clause):
        return None
    return clause[0].upper() + clause[1:] + "."


def first_clause(claim: str) -> str | None:
    """ "Residents relied on bottled water for months, and the cleanup cost the county $2.3 million." -> "Residents
    relied on bottled water for months.": the clause before ", and" when the one after it is a clause of its own
    (``second_clause``) and this one has a verb of its own too."""
    m = _AND_CLAUSE.search(claim.strip())
    if m is None or second_clause(claim) is None:
        return None
    first = claim.strip()[: m.start()].rstrip()
    if len(first.split()) < 5 or not _FINITE.search(first) or _PRONOUN_START.match(first):
        return None
    return first + "."


# "Northmere Water shut both wells on March 6 and has since been drawing on two other wells": a name, then two
# predicates joined by "and" + an auxiliary.
_PREDICATES = re.compile(
    r"^(?P<subject>[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)+)\s+(?P<first>[a-z][\w'-]*\s.+?)"
    r"\s+and\s+(?P<aux>has|have|had|is|are|was|were|will|would)\s+(?P<second>[a-z].+)$"
)


def predicates(claim: str) -> tuple[str, str] | None:
    """ "Northmere Water shut both wells on March 6 and has since been drawing on two other wells." -> ("Northmere
    Water shut both wells on March 6.", "Northmere Water has since been drawing on two other wells."): a name
    that does two things, each a claim. None when the subject is not a name (a pronoun, "The council") or a part
    is under three words."""
    m = _PREDICATES.match(claim.strip().rstrip("."))
    if m is None or m["subject"].split()[0] in _NOT_NAME or "," in m["first"]:
        return None
    first, second = m["first"].strip(), f"{m['aux']} {m['second'].strip()}"
    if len(first.split()) < 3 or len(second.split()) < 3:
        return None
    return f"{m['subject']} {first}.", f"{m['subject']} {second}."


# "The city faces a $6.4 million budget gap, partly because the new library came in $2.8 million over budget."
_BECAUSE = re.compile(
    r"^(?P<effect>[A-Z].+?),?\s+(?:(?:partly|largely|mainly|mostly|in part|only)\s+)?because\s+(?P<cause>.+)$"
)


def cause_and_effect(claim: str) -> tuple[str, str] | None:
    """ "The city faces a $6.4 million budget gap, partly because the library came in $2.8 million over budget." ->
    ("The city faces a $6.4 million budget gap.", "The library came in $2.8 million over budget."): each side of
    "because" is a fact to check on its own (the whole claim keeps the link between them)."""
    m = _BECAUSE.match(claim.strip().rstrip("."))
    if m is None:
        return None
    effect, cause = m["effect"].strip().rstrip(","), m["cause"].strip()
    if any(
        len(part.split()) < 5 or _PRONOUN_START.match(part) or _PREPOSITION_START.match(part)
        for part in (effect, cause)
    ):
        return None
    return f"{effect}.", f"{cause[0].upper()}{cause[1:]}."


def _clauses(text: str) -> list[str]:
    """``text`` as its two clauses joined by ", and" or by "because", or its name's two predicates, when both stand
    alone; else ``text``."""
    first, second = first_clause(text), second_clause(text)
    if first and second:
        return [first, second]
    return list(cause_and_effect(text) or predicates(text) or [text])


# "Save Lowfield Meadow, a residents' group, handed ...", "... on Lowfield Meadow, a 31-acre former dairy farm.": what a
# name is, said in passing.
_APPOSITIVE = re.compile(
    r"(?:^|(?<=\s))(?P<name>[A-Z][\w.'-]*(?:\s+(?:&\s+)?[A-Z][\w.'-]*){1,3}),\s+(?P<np>(?:a|an)\s+[^,;]{3,80}?)(?:,\s|\.?$)"
)


def appositive(claim: str) -> str | None:
    """ "Save Lowfield Meadow, a residents' group, handed the council a petition." -> "Save Lowfield Meadow is a
    residents' group.": a name followed by "a ..." or "an ..." between commas (or at the end) says what it is."""
    m = _APPOSITIVE.search(claim.strip())
    if m is None or m["name"].split()[0] in _NOT_NAME or len(m["np"].split()) < 2:
        return None
    return f"{m['name']} is {m['np'].rstrip('.')}."


def relative_clause(claim: str) -> str | None:
    """ "Northmere Water, which runs the town's supply, shut both wells on March 6." -> "Northmere Water runs
    the town's supply.": a non-restrictive clause about the subject states a fact of its own; so does one about a
    name later in the sentence ("..., secretary of the Ardmere Nurses' Association, which represents 2,300 nurses,
    warned ..." -> "Ardmere Nurses' Association represents 2,300 nurses."). None when the subject starts with a
    pronoun or a preposition ("In March, which ...")."""
    m = _RELATIVE.match(claim.strip())
    if m is not None and not (_PRONOUN_START.match(m["subject"]) or _PREPOSITION_START.match(m["subject"])):
        return f"{m['subject']} {m['clause'].strip()}."
    m = _NAMED_RELATIVE.search(claim.strip())
    if m is None or m.start() == 0 or m["subject"].split()[0] in _NOT_NAME:
        return None
    the = "The " if claim.strip()[max(0, m.start() - 4) : m.start()].lower() == "the " else ""
    return f"{the}{m['subject']} {m['clause'].strip()}."


# --- references a reader resolves from earlier in the article --------------------------------------

# A name: two or more capitalised words, "of" / "for" / "and" allowed inside ("Ministry of Defence").
_FULL_NAME = re.compile(r"\b[A-Z][\w'-]*(?: +(?:(?:of|for|and) +)?[A-Z][\w'-]*)+")
# Capitalised words that start a sentence or a phrase without being part of the name after them.
_NOT_NAME = frozenset(
    ("The", "A", "An", "In", "On", "At", "By", "For", "From", "Since", "After", "Before", "During", "Until")
    + ("But", "And", "Or", "So", "As", "Its", "His", "Her", "Their", "This", "That", "These", "Those", "Then")
    + ("When", "While", "Although", "According", "Council", "Member", "Mr", "Mrs", "Ms", "Dr")
)
_REPORTING_VERB = re.compile(r"\s+(?:said|says|told|added|denied|confirmed|announced|warned)\b")
# "the department", "the health department": lower-case words after "the", up to three.
_DESCRIPTION = re.compile(r"\b(?P<the>[Tt]he) (?P<words>[a-z]+(?: [a-z]+){0,2})\b")


def names_in(text: str) -> list[tuple[str, bool]]:
    """Multi-word names in ``text`` in order of appearance, each with whether "the" comes before it:
    ("Grace Almeyda", False), ("Tressel County Health Department", True)."""
    return [(name, the) for _, name, the in _name_spans(text)]


def names_before(text: str, end: int) -> list[tuple[str, bool]]:
    """``names_in(text[:end])``, from one pass over ``text`` however many sentences ask."""
    return [(name, the) for stop, name, the in _name_spans(text) if stop <= end]


@functools.lru_cache(maxsize=4)
def _name_spans(text: str) -> tuple[tuple[int, str, bool], ...]:
    """(end offset, name, "the" before it) of each multi-word name in ``text``."""
    spans = []
    for m in _FULL_NAME.finditer(text):
        words = m.group(0).split()
        the = text[max(0, m.start() - 4) : m.start()].lower() == "the "
        while words and words[0] in _NOT_NAME:
            the = words[0] == "The"
            words = words[1:]
        if len(words) >= 2 and words[-1] not in ("of", "for", "and"):
            spans.append((m.end(), " ".join(words).removesuffix("'s").removesuffix("'"), the))
    return tuple(spans)


# "Major-General Igor Konashenkov", "Health Minister Rhona Daventry": a person named after an office title; later
# "the general" / "the health minister" is that person.
_TITLE_NAME = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+[ -]){0,2}(?:" + _OFFICE + r"))[ -](?P<name>[A-Z][a-z][\w'-]+ [A-Z][a-z][\w'-]+)"
)
# "the general noted", "the mayor's office", "the health minister, ...": the office as the whole description (not
# "the general election", "the chief executive").
_OFFICE_HOLDER = re.compile(
    r"\b(?P<the>[Tt]he) (?P<words>(?:[a-z]+ ){0,2}(?:" + _OFFICE.lower() + r"))"
    rf"(?='s\b|\s+(?:{_VERBS}|told|was|is|has|had)\b|\s*[,.;:])"
)


def titles_before(text: str, end: int) -> list[tuple[str, str]]:
    """(title, name) of each person ``text[:end]`` names after an office title, in order:
    ("Major-General", "Igor Konashenkov")."""
    return [(title, name) for stop, title, name in _title_spans(text) if stop <= end]


@functools.lru_cache(maxsize=4)
def _title_spans(text: str) -> tuple[tuple[int, str, str], ...]:
    return tuple((m.end(), m["title"], m["name"]) for m in _TITLE_NAME.finditer(text))


def _resolve_titles(claim: str, titles: list[tuple[str, str]]) -> str:
    """ "The general noted ..." -> "Igor Konashenkov noted ..." when the article named "Major-General Igor
    Konashenkov" earlier: the description's words are the last words of the most recent such title."""
    text = claim
    for m in reversed(list(_OFFICE_HOLDER.finditer(text))):
        words = m["words"].split()
        full = next(
            (
                name
                for title, name in reversed(titles)
                if [w.lower() for w in re.split(r"[ -]", title)][-len(words) :] == words
            ),
            None,
        )
        if full and full not in text:
            text = text[: m.start()] + full + text[m.end() :]
    return text


# A description the article pins to a name in passing: "The developer, Calloway Haig Homes, said ...",
# "Calloway Haig Homes, the developer, ...", "on Lowfield Meadow, a 31-acre former dairy farm.", "The council's own
# consultant, Tiller & Moss, concluded ...". Later "the developer" / "the farm" / "the council's consultant" is that
# name. A description is up to six lower-case words (possessives too) before the name, or after it up to a comma,
# the end of the sentence or a preposition ("a former dairy farm on the city's eastern edge": the farm).
_DESCRIBED = r"(?:[a-z0-9][\w'’-]*\s+){0,5}?[a-z][\w-]*"
_DEFINED_BEFORE = re.compile(
    rf"(?:^|(?<=[\s\"“(]))[Tt]he\s+(?P<desc>{_DESCRIBED}),\s+(?P<name>[A-Z][\w.'-]+(?:\s+(?:&\s+)?[A-Z][\w.'-]+){{0,3}}),"
)
_DEFINED_AFTER = re.compile(
    r"\b(?P<name>[A-Z][\w.'-]+(?:\s+(?:&\s+)?[A-Z][\w.'-]+){0,3}),\s+(?:the|a|an)\s+"
    rf"(?P<desc>{_DESCRIBED})(?=\s*[,.;]|\s+(?:of|on|in|at|for|from|with|near|who|which|that)\b)"
)
# Descriptions too general to pin ("the first", "the time") and words that are not a description's head.
_NOT_HEAD = frozenset(("first", "last", "time", "way", "same", "other", "one", "day", "year", "week", "month"))
# Words that make a clause, not a description ("Dairy Lane, the real test will come in ...").
_CLAUSE_WORDS = frozenset(
    ("will", "would", "is", "was", "are", "were", "has", "have", "had", "can", "could", "should", "may", "might")
    + ("must", "said", "says", "did", "does", "do", "not", "be", "been")
)
# "the company" / "the firm": the latest name the article described as a business, or whose last word says so.
_BUSINESS_HEADS = frozenset(
    ("company", "firm", "developer", "operator", "contractor", "manufacturer", "builder", "maker", "supplier")
    + ("insurer", "retailer", "airline", "bank", "utility", "housebuilder", "landlord", "carrier", "business")
)
_BUSINESS_NAME = re.compile(
    r"\b(?:Homes|Ltd|Limited|Inc|Corp|Corporation|Group|Holdings|Industries|Coatings|Company|Co|plc|PLC|LLC|Partners"
    r"|Airways|Airlines|Energy|Motors|Foods|Pharmaceuticals|Bank|Construction|Developments)\.?$"
)


def descriptions_before(text: str, end: int) -> list[tuple[tuple[str, ...], str]]:
    """(description words, name) for each description ``text[:end]`` pins to a name, in order:
    (("developer",), "Calloway Haig Homes"), (("31-acre", "former", "dairy", "farm"), "Lowfield Meadow")."""
    return [(words, name) for stop, words, name in _description_spans(text) if stop <= end]


@functools.lru_cache(maxsize=4)
def _description_spans(text: str) -> tuple[tuple[int, tuple[str, ...], str], ...]:
    spans = []
    for pattern in (_DEFINED_BEFORE, _DEFINED_AFTER):
        for m in pattern.finditer(text):
            words = tuple(w.lower().replace("’", "'") for w in m["desc"].split())
            name = m["name"]
            if words[-1] in _NOT_HEAD or set(words) & _CLAUSE_WORDS or name.split()[0] in _NOT_NAME or len(name) < 3:
                continue
            before = text[: m.start("name")].rstrip()
            if " " not in name and (not before or before[-1] in '.!?"“:'):  # "Last week, a spokesman ...": not a name
                continue
            spans.append((m.end(), words, name))
            if words[-1] in _BUSINESS_HEADS:
                spans.append((m.end(), ("company",), name))
    for stop, name, _ in _name_spans(text):
        if _BUSINESS_NAME.search(name):
            spans.append((stop, ("company",), name))
    places: set[str] = set()
    for m in _PLACE.finditer(text):  # the first place of each kind: the one the story is about
        kind = (m["kind"] or m["kind2"] or m["kind3"]).lower()
        name = m["name"] or m["name2"] or m["name3"]
        if name.split()[0] not in _NOT_NAME and kind not in places:
            places.add(kind)
            spans.append((m.end(), (kind,), f"{name} County" if kind == "county" else name))
    return tuple(sorted(spans))


# The place "the city" / "the town" / "the province" stands for: "Pellbrook City Council", "Harlowe Bridge Town
# Council", "Tressel County Health Department", "the city of Pellbrook", "Ardmere province".
_PLACE = re.compile(
    r"\b(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?P<kind>City|Town|Village|County)"
    r" (?:Council|Hall|Board|Government|Assembly|Health|Police|Sheriff|Court|Commission)\b"
    r"|\b(?P<kind2>city|town|village|province|state) of (?P<name2>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
    r"|\b(?P<name3>[A-Z][\w'-]+) (?P<kind3>province)\b"
)


# "the developer", "the council's consultant", "the developer's": "the" and up to four lower-case words (looked
# ahead, so that "the trust offered the company" also gives "the company").
_THE_DESCRIPTION = re.compile(r"\b(?P<the>[Tt]he) (?=(?P<words>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}))")


def _resolve_descriptions(claim: str, described: list[tuple[tuple[str, ...], str]]) -> str:
    """ "The developer had argued ..." -> "Calloway Haig Homes had argued ..." when the article wrote "The developer,
    Calloway Haig Homes, ..." earlier: the claim's description has the same last word (its head) and its other words
    are among the pinned description's ("the council's consultant" for "the council's own consultant"); "the company"
    and "the firm" are the latest business the article named. The most recent description wins."""
    if not described:
        return claim
    text = claim
    limit = len(text)  # where the last replacement began: an earlier description stops before it
    for m in reversed(list(_THE_DESCRIPTION.finditer(text))):
        written_words = claim[m.start("words") : max(m.start("words"), min(m.end("words"), limit))].split()
        words = [w.replace("’", "'") for w in written_words]
        for n in range(len(words), 0, -1):  # the longest run of words that is a pinned description
            head = words[n - 1]
            possessive = head.endswith("'s")
            head = head.removesuffix("'s")
            key = "company" if head == "firm" else head
            name = next(
                (
                    name
                    for desc, name in reversed(described)
                    if desc[-1] == key and set(words[: n - 1]) <= set(desc[:-1])
                ),
                None,
            )
            if name is None:
                continue
            end = m.start("words") + len(" ".join(written_words[:n]))
            if name not in text and not text[end:].startswith(" of "):  # "the director of the agency": another one
                written = name + (("'" if name.endswith("s") else "'s") if possessive else "")
                text = text[: m.start()] + written + text[end:]
                limit = m.start()
            break
    return text if text == claim else text[0].upper() + text[1:]


# "Its viability assessment estimated ...", "He denied ...": a claim that starts with "it" / "its" / "he" / "his" /
# "she" / "her" / "they" / "their" is about the subject of the sentence before when that subject is a name ("The
# developer, Calloway Haig Homes, had argued ...", "The trust's chief executive, Owen Ferrante, acknowledged ...")
# that agrees with it (a person for "he" and "she", a body for "it" and "they"). Not the "it" of "It is clear that
# ...", "It was decided to ...".
_IT_START = re.compile(
    r"^(?P<it>Its|It|He|His|She|Her|They|Their)\b"
    r"(?!\s+(?:is|was|has been|had been|will be|would be)\s+(?:not\s+)?\w+\s+(?:that|to)\b)"
)
_POSSESSIVE = frozenset(("Its", "His", "Her", "Their"))
_SUBJECT_NAME = re.compile(
    r"^(?:[A-Z][\w'-]*(?:\s+[\w'-]+){0,4},\s+)?"  # "In a statement, ..."
    rf"(?:[Tt]he\s+{_DESCRIBED},\s+)?(?P<the>The\s+)?(?P<name>[A-Z][\w.'-]+(?:\s+(?:&\s+)?[A-Z][\w.'-]+){{1,3}})"
    r"(?:,|\s+[a-z])"
)


def previous_sentence(text: str, start: int) -> str:
    """The sentence of ``text`` that ends before ``start`` ('' at the start of the text)."""
    window = text[max(0, start - 600) : start]
    spans = sentence_spans(window)
    return window[spans[-1][0] : spans[-1][1]] if spans else ""


def _is_person(name: str, the: bool) -> bool:
    """A person's name, as far as words tell: two or three words, no "the", not a body's or a business's name."""
    words = name.split()
    return not the and len(words) in (2, 3) and words[-1] not in _INSTITUTIONS and not _BUSINESS_NAME.search(name)


def _resolve_it(claim: str, previous: str) -> str:
    """ "Its viability assessment estimated ..." -> "Calloway Haig Homes' viability assessment estimated ..." when
    the sentence before starts with that name (or with a description pinned to it) and the pronoun agrees with it;
    else the claim unchanged."""
    it = _IT_START.match(claim)
    subject = _SUBJECT_NAME.match(previous.strip().lstrip("\"“'"))
    if it is None or subject is None or subject["name"].split()[0] in _NOT_NAME:
        return claim
    name, the = subject["name"], bool(subject["the"])
    if _is_person(name, the) != (it["it"] in ("He", "His", "She", "Her")):
        return claim
    if it["it"] in _POSSESSIVE:
        name = f"{name}'" if name.endswith("s") else f"{name}'s"
    return ("The " if the else "") + name + claim[it.end() :]


# The last word of a body's name that "the" shortens it to even where the article writes the name without "the"
# ("Pellbrook City Council voted ..." then "the council"); not "Northmere Water" -> "the water".
_INSTITUTIONS = frozenset(
    ("Council", "Ministry", "Department", "Agency", "Authority", "Commission", "Committee", "Court", "Police")
    + ("Board", "Union", "Association", "Office", "Service", "Inspectorate", "Regulator", "Parliament", "Senate")
    + ("Trust", "Hospital", "University", "Institute", "Foundation", "Government")
)


def resolve_references(
    claim: str,
    earlier: str | list[tuple[str, bool]],
    titles: list[tuple[str, str]] | None = None,
    described: list[tuple[tuple[str, ...], str]] | None = None,
) -> str:
    """``claim`` with short references to names written in full earlier in the article spelt out.

    A news story names a person or body in full once, then shortens it: "Grace Almeyda" becomes
    "Almeyda", "the Tressel County Health Department" becomes "the department" or "the health
    department", "the Ministry of Defence" becomes "the ministry". A claim must stand on its own, so
    a surname that starts a statement ("Almeyda said ...") or stands inside the claim becomes the
    most recent two-word name ending with it, and "the" with the last words of a name that the
    article writes with "the" (or with the word before its "of") becomes "the" and that name
    ("the water" stays: "Northmere Water" is not written "the Northmere Water"). Nothing changes
    when the full name is already in the claim or no earlier name fits. ``earlier`` is the article
    up to the claim's sentence, or its names (``names_before``).
    """
    if titles is None:
        titles = titles_before(earlier, len(earlier)) if isinstance(earlier, str) else []
    if described is None:
        described = descriptions_before(earlier, len(earlier)) if isinstance(earlier, str) else []
    claim = _resolve_descriptions(_resolve_titles(claim, titles), described)
    names = names_in(earlier) if isinstance(earlier, str) else earlier
    found = list(dict.fromkeys(reversed(names)))  # most recent first, each once
    if not found:
        return claim
    people = [name for name, the in found if not the and len(name.split()) == 2]
    with_the = {name for name, the in found if the}
    bodies = [name for name, the in found if the or name.split()[-1] in _INSTITUTIONS]
    text = claim
    for m in reversed(list(re.finditer(r"\b[A-Z][a-z][\w'-]*\b", text))):
        inside_name = re.search(r"[A-Z][\w'-]*\s+$", text[: m.start()]) or re.match(r"\s+[A-Z]", text[m.end() :])
        at_start = not text[: m.start()].strip()
        if inside_name or (at_start and not _REPORTING_VERB.match(text[m.end() :])):
            continue
        full = next((name for name in people if name.split()[-1] == m.group(0)), None)
        if full and full not in text:
            text = text[: m.start()] + full + text[m.end() :]
    for m in reversed(list(_DESCRIPTION.finditer(text))):
        following = m["words"].split()
        for n in range(len(following), 0, -1):  # the longest description that shortens a name
            full = next((name for name in bodies if _shortens(following[:n], name)), None)
            if full:
                end = m.start("words") + len(" ".join(following[:n]))
                if full not in text:  # "the council" -> "Pellbrook City Council" when the article writes no "the"
                    text = text[: m.start()] + (f"{m['the']} {full}" if full in with_the else full) + text[end:]
                break
    return text


def _shortens(words: list[str], name: str) -> bool:
    """ "department" / "health department" shorten "Tressel County Health Department"; "ministry" shortens
    "Ministry of Defence"."""
    parts = name.split()
    head = parts[: parts.index("of")] if "of" in parts else parts
    shorter = 0 < len(words) < len(head) + (1 if "of" in parts else 0)
    return shorter and [p.lower() for p in head[-len(words) :]] == words


def _claims_of(
    article: Document, sentence: Sentence, answer: ExtractedClaims, provenance: Provenance | None
) -> list[Claim]:
    claims = []
    # "The developer, Calloway Haig Homes, had argued that a higher share would make the project unviable.": what a
    # named speaker argued may be an opinion (so it is not taken out as a fact), but that they argued it is a fact.
    argued = {plain(i.claim) for i in answer.claims if i.type == "opinion" and _attributed(plain(i.claim))}
    items = [i.model_copy(update={"type": "attribution"}) if plain(i.claim) in argued else i for i in answer.claims]
    said = {plain(i.claim).lower() for i in items}
    derived_by: dict[int, str] = {}  # item index -> how it was derived from another claim
    factual = [item.claim for item in items if item.type != "opinion"]
    # What is reported, who a speaker is, what a clause says of a name, the statement without the clause at its
    # end and a clause joined by ", and" are taken from the sentence too, when the model states a fact of it: the
    # small model often leaves them out of its claims.
    for text in [t for t in [*factual, plain(sentence.text)] if not is_question(t)] if factual else []:
        reported = reported_content(text) if plain(text) not in argued else None
        derivations = (
            _clauses(reported) if reported else [],  # what is reported, clause by clause when it holds two
            [speaker_role(text)],
            [relative_clause(text)],
            [main_clause(text)],
            [second_clause(text)],
            [first_clause(text)],
            list(predicates(text) or []),
            [appositive(text)],
        )
        for how, derived_texts in zip(_DERIVED, derivations, strict=True):
            for derived in derived_texts:
                if derived is not None and derived.lower() not in said:  # the model did not state it on its own
                    derived_by[len(items)] = how
                    items.append(ExtractedClaim(claim=derived, type="event"))
                    said.add(derived.lower())
    # The model stated what the sentence reports but not the report ("The general noted that the US has failed to
    # explain ..." -> only "The US has failed to explain ..."): the report is a claim too (who said it is checked
    # against the record of what they said).
    whole = plain(sentence.text)
    content = reported_content(whole)
    if (
        content
        and not _PRONOUN_START.match(whole)
        and not any(reports(i.claim) for i in items)
        and any(fuzz.token_set_ratio(content.lower(), c.lower()) >= 80 for c in factual)
    ):
        derived_by[len(items)] = "report"
        items.append(ExtractedClaim(claim=whole, type="attribution"))
    # A claim of the model's that is two clauses, each now a claim of its own, is not a third one.
    split = {n for n, item in enumerate(answer.claims) if len(_clauses(plain(item.claim))) == 2}
    earlier, titles, described, previous = _references_for(article, sentence)
    today = article_day(article.date, article.text)
    speaker = quoted_speaker(article.text, sentence)
    for n, item in enumerate(items):
        if n in split:
            continue
        text = item.claim.strip()
        span, flags = align(item, sentence)
        kind = item.type
        if n in derived_by:
            flags = [*flags, derived_by[n]]
        if speaker and _FIRST_PERSON.search(text) and speaker not in text:  # "We have 3,800 households ...": whose?
            text, kind = f'{speaker} said: "{text.rstrip(".")}."', "attribution"
            span = Span(start=sentence.start, end=sentence.end)  # the quotation and who said it: the sentence
            flags = [f for f in flags if f not in ("fuzzy_span", "unaligned_span")] + ["quoted"]
        resolved = resolve_references(_resolve_it(text, previous) if previous else text, earlier, titles, described)
        if resolved != text:
            text, flags = resolved, [*flags, "resolved"]
        dated = absolute_dates(text, today)
        if dated != text:
            text, flags = dated, [*flags, "dated"]
        fragment = is_fragment(text)
        if fragment:
            flags = [*flags, "fragment"]
        question = is_question(text)
        if question:
            flags = [*flags, "question"]
        opinion = kind == "opinion" or fragment or question
        claims.append(
            Claim(
                id=Claim.make_id(article.id, text),
                article_id=article.id,
                text=text,
                span=span,
                sentence=plain(sentence.text),
                check_worthiness=min(sentence.worthiness, 0.2) if opinion else sentence.worthiness,
                check_worthy=not opinion,
                type=kind,
                flags=flags,
                provenance=provenance,
            )
        )
    return claims


# "I", "we", "our": a claim in the first person is a quotation; it stands on its own only with its speaker.
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|me|my|My)\b")
# '"We have 3,800 households ...," Mayor Hollis Wren told the meeting.': the speaker after the quotation.
_QUOTE_THEN_SPEAKER = re.compile(
    r"[,?!][\"”’']\s+(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]+)\s+"
    r"(?:said|says|added|told|wrote|argued|insisted|warned|explained)\b"
)


def quoted_speaker(text: str, sentence: Sentence) -> str | None:
    """Who is quoted in ``sentence``: the name after its quotation ('"...," Mayor Hollis Wren told the meeting.'), or,
    for a sentence that goes on with a quotation, the one quoted in the sentence before; None if no name is given."""
    m = _QUOTE_THEN_SPEAKER.search(plain(sentence.text))
    if m is None and plain(sentence.text).startswith(('"', "“")):
        m = _QUOTE_THEN_SPEAKER.search(previous_sentence(text, sentence.start))
    if m is None or len(m["who"].split()) < 2 or m["who"].split()[0] in _NOT_NAME:
        return None
    return m["who"]


def _attributed(text: str) -> bool:
    """A named speaker (not "he", "they") reports something in ``text``, outside a quotation."""
    return reported_content(text) is not None and not _PRONOUN_START.match(text) and not text.startswith(('"', "“"))


def _references_for(
    article: Document, sentence: Sentence
) -> tuple[list[tuple[str, bool]], list[tuple[str, str]], list[tuple[tuple[str, ...], str]], str]:
    """What the claims of ``sentence`` may refer back to: the names, titled people and pinned descriptions of the
    article up to its end, and, when it opens with "It" / "He" / ..., the sentence before with its own references
    spelt out ('' otherwise: nothing to resolve, no work)."""
    earlier = names_before(article.text, sentence.end)
    titles = titles_before(article.text, sentence.end)
    described = descriptions_before(article.text, sentence.end)
    previous = ""
    if _IT_START.match(plain(sentence.text)):
        previous = resolve_references(previous_sentence(article.text, sentence.start), earlier, titles, described)
    return earlier, titles, described, previous


def _kept_whole(article: Document, sentence: Sentence) -> Claim:
    """The sentence itself as a claim to check, flagged ``kept_whole``: the model found nothing in it, and the
    classifier is nearly sure it holds a claim or it reports what someone said (``indirect_speech``): the reviewer
    sees both judgements."""
    kind = "attribution" if reports(plain(sentence.text)) else "event"
    claim = _whole(article, sentence, "kept_whole", sentence.worthiness, check_worthy=True, kind=kind)
    earlier, titles, described, previous = _references_for(article, sentence)
    resolved = resolve_references(
        _resolve_it(claim.text, previous) if previous else claim.text, earlier, titles, described
    )
    flags = [*claim.flags, "resolved"] if resolved != claim.text else claim.flags
    dated = absolute_dates(resolved, article_day(article.date, article.text))
    flags = [*flags, "dated"] if dated != resolved else flags
    if dated == claim.text:
        return claim
    return claim.model_copy(update={"id": Claim.make_id(article.id, dated), "text": dated, "flags": flags})


_NAME_FACTS = ("speaker_role", "relative_clause", "appositive")


def _derived_from(article: Document, sentence: Sentence, kind: ClaimType, flags: tuple[str, ...]) -> list[Claim]:
    """The claims taken apart from a sentence the model found nothing in, as from a claim of the model's
    (``_claims_of``), those derived with one of ``flags`` only."""
    answer = ExtractedClaims(claims=[ExtractedClaim(claim=plain(sentence.text), type=kind)])
    return [c for c in _claims_of(article, sentence, answer, None) if set(c.flags) & set(flags)]


def _not_check_worthy(article: Document, sentence: Sentence, reason: str, keep_score: bool = False) -> Claim:
    """The sentence as a claim nobody checks: flagged ``reason``, its score capped below the threshold
    unless ``keep_score`` (a sentence left out only because the article was long)."""
    score = sentence.worthiness if keep_score else min(sentence.worthiness, 0.29)
    return _whole(article, sentence, reason, score, check_worthy=False, kind="opinion")


def _whole(
    article: Document, sentence: Sentence, flag: str, score: float, check_worthy: bool, kind: ClaimType
) -> Claim:
    text = plain(sentence.text)
    return Claim(
        id=Claim.make_id(article.id, text),
        article_id=article.id,
        text=text,
        span=Span(start=sentence.start, end=sentence.end),
        sentence=text,
        check_worthiness=score,
        check_worthy=check_worthy,
        type=kind,
        flags=[flag],
    )
