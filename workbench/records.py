"""The records that pass between stages. Imports nothing of ours.

Every arrow in the data flow (README.md, "Layout") carries one of these pydantic
objects, so a stage's input and output are typed and can be stored or printed as JSON.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, Field, field_validator

DocumentKind = Literal["article", "evidence"]
DOCUMENT_KINDS: tuple[str, ...] = ("article", "evidence")


def normalize_text(text: str) -> str:
    """The form of a text that its identity is computed from: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def content_hash(*parts: str, length: int = 16) -> str:
    """A short, stable hex id for some content."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Document(BaseModel):
    """One loaded source: an article to be checked or an evidence document.

    Identity follows the source, not the text: a file, a URL, or one record of a JSONL file is one
    document whatever it holds, so two files with the same text are two documents, and an edited
    file replaces its own earlier version and nothing else. ``version`` tells the versions apart.
    """

    id: str = Field(description="Hash of the source key: stable while the source keeps its place, across edits.")
    text: str
    title: str
    kind: DocumentKind = "evidence"
    source: str = Field(
        description="Where it came from, as shown: a file path, 'path#<record key>' for a JSONL record, or a URL."
    )
    file: str = Field(
        default="", description="The absolute path of the file, or the URL, it was read from ('' if unknown)."
    )
    record: str | None = Field(
        default=None, description="For a record of a JSONL file: its key, the 'id' field or a hash of the record."
    )
    outlet: str | None = None
    date: str | None = Field(default=None, description="ISO date, YYYY-MM-DD (or a prefix of it).")
    url: str | None = None
    genre: str | None = Field(default=None, description="What sort of source: news, official, analysis, factcheck ...")

    @field_validator("file", mode="before")
    @classmethod
    def _no_file(cls, value: object) -> object:
        return "" if value is None else value  # a document stored before files were recorded

    @classmethod
    def from_text(
        cls, text: str, *, source: str, file: str | None = None, record: str | None = None, **fields: object
    ) -> Document:
        """A document whose id is the hash of (file or source, record key)."""
        file = file or source
        doc_id = content_hash("source", file, record or "")
        return cls(id=doc_id, text=text, source=source, file=file, record=record, **fields)  # type: ignore[arg-type]

    @cached_property  # computed once: the ingest compares it with every stored chunk
    def text_hash(self) -> str:
        """Hash of the normalized text: what an extraction of this document depends on."""
        return content_hash(normalize_text(self.text))

    @cached_property
    def version(self) -> str:
        """Hash of the text and every stored field: a stored copy with another version is out of date."""
        fields = (self.title, self.kind, self.source, self.outlet, self.date, self.url, self.genre)
        return content_hash(normalize_text(self.text), *(f or "" for f in fields))


class LoadFailure(BaseModel):
    """A source that could not be loaded, and why, in words a user can act on."""

    source: str = Field(description="The file or URL, with '#L<n>' for a line of a JSONL file.")
    reason: str
    line: int | None = Field(default=None, description="The line of a JSONL file that failed, if it was one line.")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

    @property
    def file(self) -> str:
        """The file or URL that failed, or that holds the failed line."""
        return self.source.rsplit("#L", 1)[0] if self.line is not None else self.source


class Chunk(BaseModel):
    """A piece of a document, sized in tokens, with its place in the document's text."""

    id: str = Field(description="'<doc_id>:<index>'")
    doc_id: str
    index: int
    text: str
    start: int = Field(description="Character offset of the chunk in Document.text.")
    end: int
    n_tokens: int


class Evidence(BaseModel):
    """A retrieved passage, with everything a reviewer needs to judge and cite it."""

    chunk_id: str
    doc_id: str
    title: str
    text: str
    score: float = Field(description="Fused relevance score; higher is better. Comparable within one query only.")
    start: int
    end: int
    kind: DocumentKind
    source: str
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    genre: str | None = None
    dense_rank: int | None = Field(default=None, description="1-based rank in the dense list, if it was there.")
    lexical_rank: int | None = Field(default=None, description="1-based rank in the BM25 list, if it was there.")

    def doc_keys(self) -> set[str]:
        """Names a gold dataset may use for this passage's document: its id, URL or file-name stem."""
        keys = {self.doc_id}
        if self.url:
            keys.add(self.url)
        if not self.source.startswith(("http://", "https://")) and _file_stem(self.source):
            keys.add(_file_stem(self.source))
        return keys

    def doc_key(self, preferred: set[str] | frozenset[str] = frozenset()) -> str:
        """One of those names: a preferred one if any matches, else the URL, else the file-name stem."""
        hit = sorted(self.doc_keys() & preferred)
        if hit:
            return hit[0]
        return self.url or _file_stem(self.source) or self.doc_id


def _file_stem(source: str) -> str:
    """'corpus/sources/01-brief.md#L3' -> '01-brief'."""
    return source.split("#", 1)[0].replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


class SearchFilters(BaseModel):
    """Restrictions on what a search may return."""

    kind: DocumentKind | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    exclude_doc_ids: list[str] = Field(default_factory=list)


_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date(value: str) -> str:
    """``value`` if it is a year, month or day in ISO form (2017, 2017-12, 2017-12-09), else a ValueError.

    The form a date filter (``SearchFilters.date_from``, ``date_to``) takes; a typo would match nothing.
    """
    match = _ISO_DATE.fullmatch(value.strip())
    if match:
        year, month, day = (int(part) if part else 1 for part in match.groups())
        try:
            datetime(year, month, day)
            return value.strip()
        except ValueError:
            pass  # 2017-13 or 2017-02-30: well formed, not a date
    raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")


class CorpusDocument(BaseModel):
    """One document of the indexed corpus, as the corpus listing shows it."""

    id: str
    title: str = ""
    kind: DocumentKind = "evidence"
    genre: str | None = None
    outlet: str | None = None
    date: str | None = None
    source: str = ""
    chunks: int = Field(default=0, description="How many of its chunks the vector store holds.")


class IngestReport(BaseModel):
    """What an ingest did, for the summary line and the exit code."""

    added: list[str] = Field(default_factory=list, description="Ids of documents added or replaced.")
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(
        default_factory=list,
        description="Ids of documents whose source is gone: a deleted or renamed file, "
        "a record no longer in its JSONL file.",
    )
    failures: list[LoadFailure] = Field(default_factory=list)
    chunks_added: int = 0
    seconds: float = 0.0

    @property
    def failed_files(self) -> int:
        """Files (or URLs) with at least one failure: a JSONL file with five bad lines is one."""
        return len({f.file for f in self.failures})


class ProgressEvent(BaseModel):
    """Sent by long-running core functions; the CLI renders it with Rich, the UI with gr.Progress."""

    stage: str
    done: int
    total: int | None = None
    unit: str = "items"
    message: str | None = None
    item: str | None = Field(
        default=None, description="What the event is about, if one thing: e.g. the id of the article being checked."
    )


# --- Claims, evidence, suggestions, reviews (issue 2/4) ------------------------------------------

Verdict = Literal["supported", "disputed", "unverified"]
VERDICTS: tuple[str, ...] = ("supported", "disputed", "unverified")
ClaimType = Literal["event", "statistic", "quote", "attribution", "causal", "legal", "prediction", "opinion"]
CLAIM_TYPES: tuple[str, ...] = (
    "event",
    "statistic",
    "quote",
    "attribution",
    "causal",
    "legal",
    "prediction",
    "opinion",
)


class Span(BaseModel):
    """Character offsets into the article's text: ``text[start:end]``."""

    start: int
    end: int


class Provenance(BaseModel):
    """Which model and which prompt produced an output."""

    model: str
    prompt: str
    prompt_version: int
    prompt_hash: str


class LLMCall(BaseModel):
    """One structured LLM request, as recorded for cost, latency and debugging."""

    provenance: Provenance
    item: str = Field(default="", description="What the call was about: a sentence or claim id.")
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0
    attempts: int = 1
    cached: bool = False
    ok: bool = True
    error: str | None = None


class LLMUsage(BaseModel):
    """LLM use summed over calls: what a check or an eval run asked of the model."""

    calls: int = 0
    cached: int = 0
    failed: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    seconds: float = 0.0

    def add(self, call: LLMCall) -> None:
        self.calls += 1
        self.cached += call.cached
        self.failed += not call.ok
        self.input_tokens += call.input_tokens
        self.output_tokens += call.output_tokens
        self.seconds = round(self.seconds + call.latency_s, 3)


class Claim(BaseModel):
    """One atomic, self-contained, checkable statement made by an article."""

    id: str = Field(description="Content hash of the article id and the normalized claim text.")
    article_id: str
    text: str
    span: Span | None = Field(
        default=None, description="Where the article states it; None when it could not be aligned."
    )
    sentence: str = Field(default="", description="The article sentence the claim was drawn from.")
    check_worthiness: float = Field(ge=0.0, le=1.0)
    check_worthy: bool = True
    type: ClaimType = "event"
    flags: list[str] = Field(default_factory=list, description="e.g. 'unaligned_span', 'merged_duplicates'.")
    provenance: Provenance | None = None

    @staticmethod
    def make_id(article_id: str, text: str) -> str:
        return content_hash(article_id, normalize_text(text).lower())


Stance = Literal["supports", "contradicts", "neutral"]
STANCES: tuple[str, ...] = ("supports", "contradicts", "neutral")


class PassageJudgement(BaseModel):
    """The verifier's stance of one window of a passage (a few whole sentences) toward a claim.

    ``neutral`` means the window does not address the claim. ``start``/``end`` are character
    offsets into the passage's text (``Evidence.text``), so the UI can highlight the sentences.
    """

    chunk_id: str
    start: int
    end: int
    stance: Stance
    probs: dict[str, float] = Field(default_factory=dict, description="Probability of each stance, summing to 1.")


class Suggestion(BaseModel):
    """The suggested verdict for a claim, with the passages and sentences it relies on."""

    claim_id: str
    label: Verdict
    rationale: str
    cited: list[str] = Field(default_factory=list, description="Chunk ids of the retrieved passages it relies on.")
    confidence: float = Field(
        ge=0.0, le=1.0, description="Probability of ``label``; calibrated for the trained verifier."
    )
    flags: list[str] = Field(default_factory=list, description="e.g. 'invalid_citation_dropped', 'low_confidence'.")
    provenance: Provenance | None = None
    probabilities: dict[str, float] = Field(
        default_factory=dict,
        description="Calibrated probability of each verdict (trained verifier); empty for an LLM verdict.",
    )
    deciding: list[PassageJudgement] = Field(
        default_factory=list,
        description="The windows that decided the label, strongest first: the sentences to highlight.",
    )

    @property
    def weak(self) -> bool:
        """A hint only, to be shown as such: flagged ``low_confidence`` or ``uncited`` by the stage that made it.

        The thresholds behind the flags are the verdict stage's (``verdicts.LOW_CONFIDENCE``) and the
        trained verifier's (``verifier.aggregate``); every face asks this rather than comparing numbers.
        """
        return "low_confidence" in self.flags or "uncited" in self.flags

    @classmethod
    def no_evidence(cls, claim_id: str, provenance: Provenance | None = None) -> Suggestion:
        """'unverified' for a claim that no passage matched: decided without any model."""
        return cls(
            claim_id=claim_id,
            label="unverified",
            rationale="No passage in the corpus matched this claim.",
            confidence=1.0,
            probabilities={"supported": 0.0, "disputed": 0.0, "unverified": 1.0},
            flags=["no_evidence"],
            provenance=provenance,
        )


class Review(BaseModel):
    """One reviewer action on a claim. Reviews are append-only events, never updated in place.

    ``action='label'`` sets the reviewer's verdict; ``action='undo'`` cancels the event ``undoes``
    (the reviewer's latest label that is not already undone).
    """

    id: int | None = None
    claim_id: str
    reviewer: str
    action: Literal["label", "undo"] = "label"
    label: Verdict | None = None
    note: str = ""
    evidence_used: list[str] = Field(default_factory=list, description="Chunk ids the reviewer relied on.")
    undoes: int | None = None
    created_at: datetime | None = None


class ClaimStatus(BaseModel):
    """A claim's current state, derived from its review events."""

    claim_id: str
    by_reviewer: dict[str, Verdict] = Field(default_factory=dict, description="Each reviewer's current label.")
    label: Verdict | None = Field(default=None, description="The agreed label, if every reviewer agrees.")
    disagreement: bool = False


class ItemFailure(BaseModel):
    """A unit of work (a sentence, a claim) that failed after bounded retries; the rest went on."""

    stage: str
    item: str
    reason: str


# --- evaluation runs ---------------------------------------------------------------------------

EvalStage = Literal["retrieval", "extraction", "checkworthiness", "verdict", "chat"]
EVAL_STAGES: tuple[str, ...] = ("retrieval", "extraction", "checkworthiness", "verdict", "chat")


class EvalSample(BaseModel):
    """One scored item of an evaluation run: a gold claim, a query, a sentence, a question.

    ``kind='extra'`` marks an output with no gold counterpart (an extracted claim that matches no
    gold claim: a false positive); its ``id`` is a hash of its text so runs can be compared.
    """

    stage: EvalStage
    id: str
    repeat: int = 0
    kind: Literal["gold", "extra"] = "gold"
    input: dict[str, object] = Field(default_factory=dict)
    expected: dict[str, object] = Field(default_factory=dict)
    output: dict[str, object] = Field(default_factory=dict)
    scores: dict[str, float] = Field(default_factory=dict)
    error: str | None = Field(default=None, description="Why the item failed after bounded retries, if it did.")
    calls: int = 0
    cached_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0


class MetricResult(BaseModel):
    """A metric's value over a run, its bootstrap 95% interval, and how it fared against its gates."""

    value: float | None
    low: float | None = None
    high: float | None = None
    n: int = 0
    baseline: float | None = Field(
        default=None, description="The same metric for a trivial baseline (e.g. always the majority label)."
    )
    threshold: float | None = None
    passed: bool | None = Field(default=None, description="False when the value is below the suite's threshold.")


class DatasetInfo(BaseModel):
    stages: list[str]
    path: str
    sha256: str
    rows: int


class PromptInfo(BaseModel):
    name: str
    version: int
    hash: str


class EvalUsage(LLMUsage):
    uncached_input_tokens: int = Field(default=0, description="Tokens actually sent to the model (cache misses).")
    uncached_output_tokens: int = 0
    cost_usd: float = Field(
        default=0.0,
        description="Estimated from the suite's per-million-token prices on cache misses (0 for local models).",
    )

    def add(self, call: LLMCall) -> None:
        super().add(call)
        if not call.cached:
            self.uncached_input_tokens += call.input_tokens
            self.uncached_output_tokens += call.output_tokens


class RunLog(BaseModel):
    """Everything about one evaluation run, self-describing: enough to compare it with any other."""

    id: str = Field(description="Sortable: UTC time, suite name and a short hash of the configuration.")
    suite: str
    suite_hash: str
    description: str = ""
    stages: list[EvalStage]
    datasets: list[DatasetInfo]
    prompts: list[PromptInfo] = Field(default_factory=list)
    model: str
    config: dict[str, object] = Field(
        default_factory=dict, description="Settings that shape the results (k, thresholds, ...)."
    )
    repeats: int = 1
    started_at: datetime
    seconds: float = 0.0
    metrics: dict[str, MetricResult] = Field(
        default_factory=dict, description="Named 'stage.metric', e.g. 'verdict.macro_f1'."
    )
    confusion: dict[str, dict[str, dict[str, int]]] = Field(
        default_factory=dict, description="Per stage: gold label -> predicted label -> count."
    )
    usage: EvalUsage = Field(default_factory=EvalUsage)
    failures: list[ItemFailure] = Field(default_factory=list, description="Items that failed after bounded retries.")
    regressions: list[str] = Field(
        default_factory=list, description="Metrics below threshold or significantly below the baseline run."
    )
    baseline_run: str | None = None
    environment: dict[str, str] = Field(default_factory=dict)
    samples: list[EvalSample] = Field(default_factory=list)
