"""The extraction stage: one short LLM call per selected sentence, then the model's claims decomposed, their
references spelt out, aligned to their spans and merged (the steps are in the package's docstring)."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from pydantic import BaseModel, Field, field_validator
from rapidfuzz import fuzz

from workbench.claims.clauses import (
    appositive,
    clause_parts,
    first_clause,
    main_clause,
    predicates,
    relative_clause,
    second_clause,
    where_clause,
)
from workbench.claims.references import references_for
from workbench.claims.sentences import (
    PRONOUN_START,
    Sentence,
    article_sentences,
    is_fragment,
    is_question,
    looks_english,
    plain,
)
from workbench.claims.speech import (
    FIRST_PERSON,
    attributed,
    indirect_speech,
    quoted_speaker,
    reported_content,
    reports,
    speaker_role,
)
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
    answered: set[int] = set()  # indexes of the sentences the model answered (with claims or without)
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

    nothing: dict[int, list[Claim]] = {}

    def unanswered() -> list[Claim]:
        """The claims of the sentences the model answered with none, unless another sentence's claim is in them."""
        found = {c.sentence for c in result.claims}
        for s in selected:
            if s.index in answered and plain(s.text) not in found and s.index not in nothing:
                nothing[s.index] = _found_nothing(article, s)
        return [c for s in selected if s.index in nothing and plain(s.text) not in found for c in nothing[s.index]]

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
                answered.add(sentence.index)
                if on_claims is not None:  # a sentence with nothing found shows now as it will end
                    shown = [*result.claims, *unanswered()]
                    on_claims(merge_duplicates(sorted(shown, key=lambda c: c.span.start if c.span else 0)))
            progress(ProgressEvent(stage="extract", done=done, total=len(selected), unit="sentences"))

    considered = {s.index for s in [*selected, *over]}
    for sentence in sentences:
        if sentence.index not in considered:
            result.claims.append(_not_check_worthy(article, sentence, "below_threshold"))
    for sentence in over:
        result.claims.append(_not_check_worthy(article, sentence, "over_limit", keep_score=True))
    result.claims += unanswered()
    result.claims = merge_duplicates(sorted(result.claims, key=lambda c: c.span.start if c.span else 0))
    if not looks_english(article.text):
        for claim in result.claims:
            claim.flags = [*claim.flags, "language"]
    return result


_DERIVED = (
    "reported_content",
    "speaker_role",
    "relative_clause",
    "main_clause",
    "where_clause",
    "second_clause",
    "first_clause",
    "predicate",
    "appositive",
)


_DERIVED_FLAGS = frozenset((*_DERIVED, "report"))


def _derived(claim: Claim) -> bool:
    return not _DERIVED_FLAGS.isdisjoint(claim.flags)


def _claims_of(
    article: Document, sentence: Sentence, answer: ExtractedClaims, provenance: Provenance | None
) -> list[Claim]:
    claims = []
    # "The developer, Calloway Haig Homes, had argued that a higher share would make the project unviable.": what a
    # named speaker argued may be an opinion (so it is not taken out as a fact), but that they argued it is a fact.
    argued = {plain(i.claim) for i in answer.claims if i.type == "opinion" and attributed(plain(i.claim))}
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
            clause_parts(reported) if reported else [],  # what is reported, clause by clause when it holds two
            [speaker_role(text)],
            [relative_clause(text)],
            [main_clause(text)],
            [where_clause(text)],
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
        and not PRONOUN_START.match(whole)
        and not any(reports(i.claim) for i in items)
        and any(fuzz.token_set_ratio(content.lower(), c.lower()) >= 80 for c in factual)
    ):
        derived_by[len(items)] = "report"
        items.append(ExtractedClaim(claim=whole, type="attribution"))
    # A claim of the model's that is two clauses, each now a claim of its own, is not a third one.
    split = {n for n, item in enumerate(answer.claims) if len(clause_parts(plain(item.claim))) == 2}
    references = references_for(article, sentence)
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
        if speaker and FIRST_PERSON.search(text) and speaker not in text:  # "We have 3,800 households ...": whose?
            text, kind = f'{speaker} said: "{text.rstrip(".")}."', "attribution"
            span = Span(start=sentence.start, end=sentence.end)  # the quotation and who said it: the sentence
            flags = [f for f in flags if f not in ("fuzzy_span", "unaligned_span")] + ["quoted"]
        resolved = references.resolve(text)
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


def _found_nothing(article: Document, sentence: Sentence) -> list[Claim]:
    """What a sentence the model answered without a claim gives: the sentence kept whole as a claim to check when
    the classifier scores it ``KEEP_WHOLE_THRESHOLD`` or more or it reports what someone said, else the sentence
    as not check-worthy; with the claims taken apart from it either way."""
    if sentence.worthiness >= KEEP_WHOLE_THRESHOLD or indirect_speech(plain(sentence.text)):
        whole = _kept_whole(article, sentence)
        flags = ("reported_content", "where_clause", *_NAME_FACTS)
        return [whole, *_derived_from(article, sentence, whole.type, flags)]
    return [
        _not_check_worthy(article, sentence, "no_claims_found"),
        *_derived_from(article, sentence, "event", (*_NAME_FACTS, "where_clause", "first_clause", "second_clause")),
    ]


def _kept_whole(article: Document, sentence: Sentence) -> Claim:
    """The sentence itself as a claim to check, flagged ``kept_whole``: the model found nothing in it, and the
    classifier is nearly sure it holds a claim or it reports what someone said (``indirect_speech``): the reviewer
    sees both judgements."""
    kind = "attribution" if reports(plain(sentence.text)) else "event"
    claim = _whole(article, sentence, "kept_whole", sentence.worthiness, check_worthy=True, kind=kind)
    resolved = references_for(article, sentence).resolve(claim.text)
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
