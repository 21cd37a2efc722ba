"""Question -> an answer from the corpus whose statements cite the retrieved passages by number.

Retrieval decides first whether the corpus covers the question at all, so an off-topic question
costs no model call and gets no invented answer. The rule is one number: the question is covered
when at least one retrieved passage has a cosine similarity of ``MIN_SIMILARITY`` or more to the
question (all-MiniLM-L6-v2 embeddings). Fused ranks cannot say this, because they are relative:
an off-topic question still has a first-ranked passage. Measured on the demo corpus, the best
passage of on-topic questions scored 0.49-0.65 and that of off-topic ones ("What is the capital of
France?", "How do I bake sourdough bread?") 0.03-0.21.

``stream_answer`` yields what a person waits for as soon as it exists: the passages (retrieval
takes a fraction of a second), then the answer text as the model writes it, then the finished
reply. ``answer_question`` is the same path without streaming (what the CLI and the evals use), so
its answers go through the LLM response cache.

Three kinds of prompt, told apart by their ``schema`` and ``inputs``:
- ``text`` with the input ``passage`` (chat_answer@4, the default): one call per passage, for the
  best ``PASSAGE_CALLS`` passages in rank order, less those much further from the question than the
  best of them (``RELEVANCE_GAP``: a small model asked about an off-topic passage still answers).
  The model says what that passage, shown with its outlet and date, says in answer to the question
  (who said what, when) or "Nothing."; each of its
  sentences cites that passage. On 2 cores prompt processing (about 100 tokens/s for the 1.5B model)
  is most of the wait for the first word, so the first statement waiting for one passage instead
  of all of them is what brings the first word under a few seconds; and a small model reports one
  passage better than it weighs several (demo-chat, chat_answer@2 -> @4: answer-point coverage
  0.27 -> 0.45, citation recall 0.28 -> 0.47).
- ``text`` with the input ``passages`` (chat_answer@2, @3): one call with the best
  ``PROMPT_PASSAGES`` passages; the model ends each sentence with the id of its passage (``[P2]``).
- ``ChatAnswer`` (chat_answer@1): a JSON object through ``StructuredLLM``, all ``k`` passages
  whole; kept so that runs of version 1 can be repeated and compared.
Plain text streams token by token with any provider and costs a small model fewer tokens than JSON.
Passages longer than ``PASSAGE_CHARS`` are cut to their sentences nearest the question.

Every statement of a text answer is then checked against the passage it cites (``attribute``): the
citation stays only if a sentence of the passage is close to the statement and every number in the
statement is in the passage; a statement left without a citation is marked as unsupported, not
dropped. A citation of anything but a passage the model was shown is removed from the text, listed
in ``unmatched`` and flagged, so the sources panel shows it (version 1 kept it inline as ``[P7?]``).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
from langchain_core.messages import BaseMessage
from langchain_core.utils.json import parse_partial_json
from pydantic import BaseModel, Field, ValidationError

from workbench.index.search import Searcher
from workbench.llm import cache
from workbench.llm.structured import StructuredLLM
from workbench.prompts import Prompt
from workbench.records import Evidence, LLMCall, SearchFilters
from workbench.verdicts import defuse, fence_passages

NOT_COVERED = "The corpus does not cover this."
MIN_SIMILARITY = 0.30
"""Cosine similarity (question, passage) that at least one retrieved passage must reach."""
TEXT_SCHEMA = "text"
"""The ``schema`` of a prompt whose answer is plain text with [P1]-style citations."""
PROMPT_PASSAGES = 3
"""Passages a text prompt with all of them (input ``passages``) shows the model: the best ones by fused rank."""
PASSAGE_CALLS = 3
"""Passages a text prompt with one passage (input ``passage``) is asked about, one call each, in rank order."""
RELEVANCE_GAP = 0.15
"""A passage prompt is not asked about a candidate whose cosine to the question is more than this below the best
candidate's. Chosen on chat-dev (gaps 0.05-0.20; the largest rise of citation precision with no loss of answer-point
coverage): citation precision 0.689 -> 0.767, recall 0.638 -> 0.624, coverage 0.417 -> 0.417, fewer model calls."""
PASSAGE_CHARS = 600
"""Characters of each passage a text prompt shows: its sentences nearest the question, in order."""
SUPPORT_SIMILARITY = 0.5
"""Cosine (statement, a sentence of the cited passage) below which a citation does not support it."""
ATTACH_SIMILARITY = 0.75
"""Cosine at which an uncited statement nearly repeats a sentence of a passage, and gets that passage's citation."""

Similarity = Callable[[str, Sequence[str]], Sequence[float]]
"""(question, passage texts) -> one similarity per passage."""


class ChatAnswer(BaseModel):
    """The model's answer to chat_answer@1 (JSON); models that answer JSON to a text prompt are read the same way."""

    answer: str = Field(min_length=1)
    cited: list[str] = Field(default_factory=list, description="Passage ids the answer relies on: P1, P2 ...")
    covered: bool = True


class Citation(BaseModel):
    """A numbered citation in a reply: ``[number]`` in the text refers to ``evidence``."""

    number: int
    evidence: Evidence


class ChatReply(BaseModel):
    """An answer to a question, its citations and the passages it was drawn from."""

    question: str
    answer: str = Field(description="The answer text, citations written [1], [2] ...")
    citations: list[Citation] = Field(default_factory=list)
    covered: bool
    passages: list[Evidence] = Field(default_factory=list, description="Every passage retrieved, in rank order.")
    shown: list[str] = Field(default_factory=list, description="Chunk ids of the passages the model was shown.")
    best_similarity: float | None = None
    unmatched: list[str] = Field(default_factory=list, description="Citations of passages the model was not shown.")
    uncited: list[str] = Field(
        default_factory=list, description="Statements of the answer that no shown passage supports: shown marked."
    )
    flags: list[str] = Field(
        default_factory=list,
        description="'not_covered_by_retrieval', 'invalid_citation_dropped', 'unsupported_citation_dropped', "
        "'statement_uncited', 'uncited', 'model_failed'.",
    )
    call: LLMCall | None = None
    retrieval_s: float | None = Field(default=None, description="Seconds to retrieve and select the passages.")
    first_token_s: float | None = Field(default=None, description="Seconds from the question to the first answer text.")

    def citation(self, number: int) -> Citation | None:
        return next((c for c in self.citations if c.number == number), None)


class Retrieved(BaseModel):
    """The passages the model is about to read, in the order of its calls."""

    passages: list[Evidence]


class Partial(BaseModel):
    """The answer so far, citations numbered as they will be in the reply."""

    text: str


class Finished(BaseModel):
    reply: ChatReply


ChatEvent = Retrieved | Partial | Finished


def embedding_similarity(searcher: Searcher) -> Similarity:
    """Cosine similarity with the searcher's embedding model (the one the dense index uses).

    The embedder remembers the vectors of recent texts, so the passages' sentences are embedded once
    although each statement of the answer, and each later question, is compared with them.
    """

    def similarity(question: str, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        vectors = np.asarray(searcher.embedder.embed([question, *texts]), dtype=np.float32)
        query, passages = vectors[0], vectors[1:]
        norms = np.linalg.norm(passages, axis=1) * (np.linalg.norm(query) or 1.0)
        return [float(x) for x in (passages @ query) / np.where(norms == 0, 1.0, norms)]

    return similarity


def answer_question(
    question: str,
    searcher: Searcher,
    llm: StructuredLLM,
    prompt: Prompt,
    k: int = 5,
    filters: SearchFilters | None = None,
    similarity: Similarity | None = None,
    min_similarity: float = MIN_SIMILARITY,
) -> ChatReply:
    """Answer ``question`` from the ``k`` best evidence passages, or say the corpus does not cover it.

    ``filters`` defaults to evidence documents only (articles under review are not sources).
    ``similarity`` defaults to cosine similarity with the searcher's embedding model.
    """
    events = stream_answer(question, searcher, llm, prompt, k, filters, similarity, min_similarity, stream=False)
    for event in events:
        if isinstance(event, Finished):
            return event.reply
    raise RuntimeError("stream_answer ended without a reply")  # pragma: no cover - stream_answer always finishes


def stream_answer(
    question: str,
    searcher: Searcher,
    llm: StructuredLLM,
    prompt: Prompt,
    k: int = 5,
    filters: SearchFilters | None = None,
    similarity: Similarity | None = None,
    min_similarity: float = MIN_SIMILARITY,
    stream: bool = True,
) -> Iterator[ChatEvent]:
    """``Retrieved``, then ``Partial`` answers as the model writes, then one ``Finished`` reply.

    With ``stream=False`` each model call goes through the response cache and its answer arrives as
    one ``Partial``; a provider that cannot stream answers in one piece too. No ``Retrieved`` or
    ``Partial`` comes when retrieval finds the question not covered: the model is not asked.
    """
    started = time.perf_counter()
    question = question.strip()
    similarity = similarity or embedding_similarity(searcher)
    passages = searcher.search(question, k=k, filters=filters or SearchFilters(kind="evidence")) if question else []
    scores = list(similarity(question, [p.text for p in passages])) if passages else []
    best = max(scores) if scores else None
    if best is None or best < min_similarity:
        yield Finished(
            reply=ChatReply(
                question=question,
                answer=NOT_COVERED,
                covered=False,
                passages=passages,
                best_similarity=_round(best),
                flags=["not_covered_by_retrieval"],
                retrieval_s=_round(time.perf_counter() - started),
            )
        )
        return
    if prompt.output_schema != TEXT_SCHEMA:
        retrieval_s = time.perf_counter() - started
        yield Retrieved(passages=passages)
        reply = _structured_reply(question, passages, llm, prompt)
        reply.best_similarity, reply.retrieval_s = _round(best), _round(retrieval_s)
        yield Finished(reply=reply)
        return

    if "passage" in prompt.inputs:  # one call a passage: none for a passage far off the question
        floor = max(scores[:PASSAGE_CALLS]) - RELEVANCE_GAP
        shown = [p for p, s in zip(passages[:PASSAGE_CALLS], scores, strict=False) if s >= floor]
    else:
        shown = passages[:PROMPT_PASSAGES]
    calls, ids = prompt_calls(question, shown, prompt, similarity)
    retrieval_s = time.perf_counter() - started
    yield Retrieved(passages=shown)
    record = LLMCall(provenance=prompt.provenance(llm.label), item=question[:200], attempts=len(calls), cached=True)
    done: list[str] = []  # the finished answers, one per call
    errors: list[str] = []
    first_token_s = None
    asked = time.perf_counter()
    for messages, pid in calls:
        text = ""
        try:
            for piece in _generate(llm, messages, record, stream):
                text += piece
                visible = displayed_text("\n".join([*done, passage_answer(text, pid, partial=True)]), ids)
                if visible:
                    if first_token_s is None:
                        first_token_s = time.perf_counter() - started
                    yield Partial(text=visible)
        except Exception as exc:  # noqa: BLE001 - provider errors vary; the reply says what went wrong
            errors.append(f"{type(exc).__name__}: {exc}")
            text = ""
        done.append(passage_answer(text, pid) if pid else text)
    record.latency_s = round(time.perf_counter() - asked, 3)
    answer = "\n".join(t for t in done if t.strip())
    if errors and len(errors) == len(calls):
        record.ok, record.error = False, errors[0]
    elif calls[0][1] is None and not answer:  # one call for all passages, and it said nothing
        record.ok, record.error = False, "empty answer"
    elif errors:
        record.error = f"{len(errors)} of {len(calls)} calls failed: {errors[0]}"
    if not record.ok:
        reply = ChatReply(
            question=question,
            answer=f"The model gave no usable answer ({record.error}).",
            covered=False,
            passages=passages,
            flags=["model_failed"],
        )
    else:
        reply = read_answer(question, answer or NOT_COVERED, ids, passages, similarity)
    reply.shown = [p.chunk_id for p in shown]
    reply.best_similarity, reply.call = _round(best), record
    reply.retrieval_s, reply.first_token_s = _round(retrieval_s), _round(first_token_s)
    yield Finished(reply=reply)


def prompt_calls(
    question: str, shown: list[Evidence], prompt: Prompt, similarity: Similarity
) -> tuple[list[tuple[list[BaseMessage], str | None]], dict[str, str]]:
    """The model calls a text prompt makes for ``shown`` passages: (messages, the passage id of a one-passage
    call or None), in order; and the map from passage ids to chunk ids."""
    if "passage" in prompt.inputs:  # one call per passage, in rank order: the first statement waits for one only
        ids = {f"P{n}": p.chunk_id for n, p in enumerate(shown, start=1)}
        calls: list[tuple[list[BaseMessage], str | None]] = [
            (prompt.render(question=question, passage=fence_for_chat([p], question, similarity, first=n)[0]), f"P{n}")
            for n, p in enumerate(shown, start=1)
        ]
        return calls, ids
    fenced, ids = fence_for_chat(shown, question, similarity)
    return [(prompt.render(question=question, passages=fenced), None)], ids


_NOTHING = re.compile(
    r"^\W*(?:nothing\b|none\b|n/?a\b|no information\b|there is no (?:information|mention)\b"
    r"|(?:the|this)\s+passage\s+(?:does\s+not|doesn't|is not|isn't)\b)",
    re.IGNORECASE,
)
_SAYS_NOTHING = ("nothing", "the passage does not", "this passage does not", "there is no", "no information")


def passage_answer(text: str, pid: str | None, partial: bool = False) -> str:
    """What one passage's call said, each sentence citing that passage; '' when it said the passage has nothing.

    ``pid`` None (one call for all passages) leaves the text as it is. While the answer is still being
    written (``partial``), a beginning of "Nothing" shows nothing and no citation is added yet.
    """
    if pid is None:
        return text
    parsed = _json_answer(text)
    text = _PREAMBLE.sub("", parsed.answer if parsed is not None else text).strip()
    if parsed is None and text.startswith("{"):
        return ""  # JSON still being written
    if _NOTHING.match(text) or (parsed is not None and not parsed.covered):
        return ""
    if partial:
        start = " ".join(text.lower().split())
        return "" if any(phrase.startswith(start) for phrase in _SAYS_NOTHING) else text
    cited = []
    for sentence in sentences(" ".join(text.split()), min_words=3):
        sentence = _CITE.sub("", sentence).rstrip()
        if not sentence:
            continue
        stop = sentence[-1] if sentence[-1] in ".!?" else "."
        cited.append(f"{sentence.rstrip('.!?').rstrip()} [{pid}]{stop}")
    return " ".join(cited)


def _generate(llm: StructuredLLM, messages: list[BaseMessage], record: LLMCall, stream: bool) -> Iterator[str]:
    """The answer's text in pieces, with token usage and cache hits recorded on ``record``."""
    if not stream:
        with cache.counting_hits() as hits:
            message = llm.model.invoke(messages)
        record.cached = record.cached and hits[0] > 0
        _add_usage(record, message)
        yield _text_of(message.content)
        return
    record.cached = False
    for chunk in llm.model.stream(messages):
        _add_usage(record, chunk)
        yield _text_of(chunk.content)


def warm_up(llm: StructuredLLM, prompt: Prompt) -> None:
    """Load the model and have it read the prompt's fixed start (its system message), generating one token.

    A local llama.cpp model keeps the tokens it read last and reuses the longest common prefix, so
    the first question then starts after the system message. Streamed, so the response cache is not
    involved. For hosted models this would be a paid call: the caller decides.
    """
    fixed = [m for m in prompt.render(**dict.fromkeys(prompt.inputs, "")) if m.type == "system"]
    if fixed:
        for _ in llm.model.stream(fixed, max_tokens=1):
            pass


# --- the prompt's passages -----------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-Z0-9\"'‘“(\[])")


def sentences(text: str, min_words: int = 4) -> list[str]:
    """``text`` split after . ! ? ; a piece shorter than ``min_words`` words joins the next one ('Maj. Gen. X')."""
    pieces, carry = [], ""
    for piece in _SENTENCE_END.split(text.strip()):
        piece = f"{carry} {piece}".strip() if carry else piece.strip()
        if len(piece.split()) < min_words:
            carry = piece
            continue
        pieces.append(piece)
        carry = ""
    if carry:
        if pieces:
            pieces[-1] = f"{pieces[-1]} {carry}"
        else:
            pieces.append(carry)
    return pieces


def focus(text: str, question: str, similarity: Similarity, max_chars: int | None = None) -> str:
    """The sentences of ``text`` nearest ``question`` that fit in ``max_chars`` (default ``PASSAGE_CHARS``), in
    their order; '…' where some were left out."""
    max_chars = max_chars or PASSAGE_CHARS
    if len(text) <= max_chars:
        return text
    parts = sentences(text)
    scores = list(similarity(question, parts))
    keep: set[int] = set()
    used = 0
    for i in sorted(range(len(parts)), key=lambda i: -scores[i]):
        if used + len(parts[i]) + 1 > max_chars and keep:
            continue
        keep.add(i)
        used += len(parts[i]) + 1
    out, last = [], -1
    for i in sorted(keep):
        if i != last + 1:
            out.append("…")
        out.append(parts[i])
        last = i
    if last != len(parts) - 1:
        out.append("…")
    text = " ".join(out)
    return text if len(text) <= max_chars + 200 else text[:max_chars].rsplit(" ", 1)[0] + " …"


def fence_for_chat(
    passages: list[Evidence], question: str, similarity: Similarity, first: int = 1
) -> tuple[str, dict[str, str]]:
    """The passages as fenced data (ids P1.. or from P``first``), each with its outlet and date; the ids' chunk ids.

    The outlet (or the title when there is none) and the date are document data like the text:
    defused, without quotes, angle brackets or line breaks, capped, so they cannot leave their attribute.
    """
    blocks, ids = [], {}
    for n, passage in enumerate(passages, start=first):
        pid = f"P{n}"
        ids[pid] = passage.chunk_id
        text = defuse(focus(passage.text, question, similarity))
        attributes = [("source", passage.outlet or passage.title), ("date", passage.date)]
        if passage.outlet:
            attributes.append(("title", passage.title))
        attrs = "".join(f' {name}="{_attribute(value)}"' for name, value in attributes if value)
        blocks.append(f'<passage id="{pid}"{attrs}>\n{text}\n</passage>')
    return "\n\n".join(blocks), ids


def _attribute(value: str) -> str:
    return re.sub(r'[\s"<>]+', " ", defuse(value)).strip()[:120]


# --- reading the answer ----------------------------------------------------------------------------

# [P2], [2], [P1, P2], [P1][P2], [Passage 2], (P2); a bare (2017) is a year, not a citation
_CITE = re.compile(
    r"\[\s*(?:passages?\s*)?((?:P?\d+)(?:\s*(?:,|;|and)\s*(?:passages?\s*)?P?\d+)*)\s*\]|\((P\d+)\)", re.IGNORECASE
)
_REF = re.compile(r"P?\d+", re.IGNORECASE)
_CITE_AFTER_STOP = re.compile(r"([.!?])((?:\s*(?:\[[^\[\]]{1,40}\]|\(P\d+\)))+)", re.IGNORECASE)
_NOT_COVERED = re.compile(
    r"^\W*(?:the\s+)?(?:given\s+|provided\s+)?(?:passages?|corpus|collection|sources?)\s+(?:do|does)\s+not\s+"
    r"(?:cover|answer|say|mention|contain|address)",
    re.IGNORECASE,
)
_PREAMBLE = re.compile(r"^\s*(?:answer\s*:\s*)", re.IGNORECASE)


def _pid(ref: str) -> str:
    """'p2', '2', '[P2]' -> 'P2'."""
    ref = ref.strip().strip("[]()").strip().upper()
    return f"P{ref}" if ref.isdigit() else ref


def _refs(match: re.Match[str]) -> list[str]:
    return [_pid(r) for r in _REF.findall(match.group(1) or match.group(2))]


def _json_answer(text: str) -> ChatAnswer | None:
    """The answer of a model that wrote chat_answer@1's JSON anyway (the built-in mock does)."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        return ChatAnswer.model_validate_json(text)
    except ValidationError:
        return None


def displayed_text(text: str, ids: dict[str, str]) -> str:
    """A partial answer as it can be shown: citations numbered by first use, unknown ones and a
    half-written one left out."""
    if text.lstrip().startswith("{"):
        parsed = parse_partial_json(text) if text.strip() else None
        text = str(parsed.get("answer", "")) if isinstance(parsed, dict) else ""
    text = re.sub(r"[\[(][^\])]*$", "", _PREAMBLE.sub("", text))  # a citation still being written
    numbers: dict[str, int] = {}

    def rewrite(match: re.Match[str]) -> str:
        refs = [pid for pid in _refs(match) if pid in ids]
        return "".join(f"[{numbers.setdefault(pid, len(numbers) + 1)}]" for pid in refs)

    return _tidy(_CITE.sub(rewrite, text))


def read_answer(
    question: str, text: str, ids: dict[str, str], passages: list[Evidence], similarity: Similarity
) -> ChatReply:
    """The model's text as a reply: statements attributed to the passages that support them, numbered [1], [2] ..."""
    by_chunk = {p.chunk_id: p for p in passages}
    extra: list[str] = []
    covered = True
    parsed = _json_answer(text)
    if parsed is not None:
        text, extra, covered = parsed.answer, [_pid(c) for c in parsed.cited], parsed.covered
    text = _PREAMBLE.sub("", text.strip())
    text = _CITE_AFTER_STOP.sub(lambda m: f"{m.group(2)}{m.group(1)}", text)  # "said X. [P1]" -> "said X [P1]."
    unmatched: list[str] = []
    statements: list[tuple[str, list[str]]] = []
    lines: list[int] = []  # the line of each statement: an answer written a fact a line keeps its lines
    for n, line in enumerate(text.splitlines()):
        for statement in sentences(line, min_words=3):
            refs = [pid for m in _CITE.finditer(statement) for pid in _refs(m)]
            unmatched += [pid for pid in refs if pid not in ids and pid not in unmatched]
            plain = _tidy(_CITE.sub("", statement))
            if plain:
                statements.append((plain, list(dict.fromkeys(pid for pid in refs if pid in ids))))
                lines.append(n)
    if not statements or (_NOT_COVERED.match(text) and not any(refs for _, refs in statements)):
        return ChatReply(question=question, answer=NOT_COVERED, covered=False, passages=passages, unmatched=unmatched)
    attributed, dropped = attribute(statements, ids, by_chunk, similarity)
    numbers: dict[str, int] = {}
    parts: dict[int, list[str]] = {}
    uncited = []
    for line, (plain, refs) in zip(lines, attributed):
        if not refs:
            uncited.append(plain)
            parts.setdefault(line, []).append(plain)
            continue
        marks = "".join(f"[{numbers.setdefault(pid, len(numbers) + 1)}]" for pid in refs)
        stop = plain[-1] if plain[-1] in ".!?" else ""
        parts.setdefault(line, []).append(f"{plain[: len(plain) - len(stop)].rstrip()} {marks}{stop}")
    for pid in extra:  # cited in a JSON answer's list only: still a source of the answer
        if pid in ids:
            numbers.setdefault(pid, len(numbers) + 1)
    citations = [Citation(number=n, evidence=by_chunk[ids[pid]]) for pid, n in numbers.items()]
    flags = []
    if unmatched:
        flags.append("invalid_citation_dropped")
    if dropped:
        flags.append("unsupported_citation_dropped")
    if uncited and citations:
        flags.append("statement_uncited")
    if covered and not citations:
        flags.append("uncited")
    return ChatReply(
        question=question,
        answer="\n".join(" ".join(statements) for statements in parts.values()),
        citations=citations,
        covered=covered,
        passages=passages,
        unmatched=unmatched,
        uncited=uncited,
        flags=flags,
    )


def attribute(
    statements: list[tuple[str, list[str]]],
    ids: dict[str, str],
    by_chunk: dict[str, Evidence],
    similarity: Similarity,
) -> tuple[list[tuple[str, list[str]]], int]:
    """Each statement with the passages that support it, and how many of the model's citations were dropped.

    A passage supports a statement when some sentence of it has a cosine of ``SUPPORT_SIMILARITY``
    or more with the statement and every number in the statement (a day, a year, a count) is in the
    passage or its date: embeddings barely see "11 December" against "14 October", and a changed
    date is the error a fact-checker most needs caught. A citation of a passage that does not
    support its statement is dropped. A statement left without one gets the passage it nearly
    repeats (cosine ``ATTACH_SIMILARITY`` or more, numbers included), else it stays uncited.
    """
    owners: list[str] = []  # the passage id of each sentence
    texts: list[str] = []
    numbers: dict[str, set[str]] = {}
    for pid, chunk in ids.items():
        passage = by_chunk[chunk]
        numbers[pid] = _numbers(" ".join((passage.text, passage.title, (passage.date or "").replace("-", " "))))
        for sentence in sentences(passage.text) or [passage.text]:
            owners.append(pid)
            texts.append(sentence)
    out, dropped = [], 0
    for plain, refs in statements:
        support = dict.fromkeys(ids, 0.0)
        for pid, score in zip(owners, similarity(plain, texts)):
            support[pid] = max(support[pid], float(score))
        stated = _numbers(plain)
        for pid in ids:
            if not stated <= numbers[pid]:
                support[pid] = 0.0
        kept = [pid for pid in refs if support[pid] >= SUPPORT_SIMILARITY]
        dropped += len(refs) - len(kept)
        if not kept:
            best = max(support, key=lambda pid: support[pid], default=None)
            if best is not None and support[best] >= ATTACH_SIMILARITY:
                kept = [best]
        out.append((plain, kept))
    return out, dropped


def _numbers(text: str) -> set[str]:
    """The numbers in ``text``, written without separators or leading zeros: '09' and '9', '4,120' and '4120' match."""
    return {n.replace(",", "").lstrip("0") or "0" for n in re.findall(r"\d+(?:,\d{3})*", text)}


# --- chat_answer@1: one JSON object --------------------------------------------------------------


def _structured_reply(question: str, passages: list[Evidence], llm: StructuredLLM, prompt: Prompt) -> ChatReply:
    fenced, ids = fence_passages(passages)
    answer, call = llm.ask(prompt, ChatAnswer, item=question[:200], question=question, passages=fenced)
    if answer is None:
        return ChatReply(
            question=question,
            answer=f"The model gave no usable answer ({call.error or 'no answer'}).",
            covered=False,
            passages=passages,
            flags=["model_failed"],
            call=call,
        )
    reply = _number_citations(question, answer, ids, passages)
    reply.shown, reply.call = [p.chunk_id for p in passages], call
    return reply


_MARKER = re.compile(r"\[\s*((?:P?\d+)(?:\s*[,;]\s*P?\d+)*)\s*\]", re.IGNORECASE)


def _number_citations(question: str, answer: ChatAnswer, ids: dict[str, str], passages: list[Evidence]) -> ChatReply:
    """Version 1's reading: citations renumbered in place, an unknown one kept as [P7?]."""
    by_chunk = {p.chunk_id: p for p in passages}
    numbers: dict[str, int] = {}  # prompt id -> citation number, in order of first use
    unmatched: list[str] = []

    def number(pid: str) -> str:
        if pid not in ids:
            if pid not in unmatched:
                unmatched.append(pid)
            return f"{pid}?"
        numbers.setdefault(pid, len(numbers) + 1)
        return str(numbers[pid])

    def rewrite(match: re.Match[str]) -> str:
        refs = [_pid(r) for r in re.split(r"[,;]", match.group(1))]
        return "".join(f"[{number(pid)}]" for pid in refs)

    text = _MARKER.sub(rewrite, answer.answer.strip())
    for ref in answer.cited:  # cited in the list but not in the text: still a source of the answer
        number(_pid(ref))
    citations = [Citation(number=n, evidence=by_chunk[ids[pid]]) for pid, n in numbers.items()]
    flags = []
    if unmatched:
        flags.append("invalid_citation_dropped")
    if answer.covered and not citations:
        flags.append("uncited")
    return ChatReply(
        question=question,
        answer=text,
        citations=citations,
        covered=answer.covered,
        passages=passages,
        unmatched=unmatched,
        flags=flags,
    )


# --- helpers -------------------------------------------------------------------------------------------


def _add_usage(record: LLMCall, message: Any) -> None:
    usage = getattr(message, "usage_metadata", None) or {}
    record.input_tokens += int(usage.get("input_tokens", 0) or 0)
    record.output_tokens += int(usage.get("output_tokens", 0) or 0)


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in content)
    return json.dumps(content) if content is not None else ""


def _tidy(text: str) -> str:
    """Spaces left where citations were taken out: none before punctuation, one between words."""
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"[ \t]+([.,;:!?])", r"\1", text)).strip()


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
