"""HTML for the UI, built from records. No gradio here, so it is fast to test and to measure.

Every piece of article, evidence, claim, note and model text goes through ``esc`` (html.escape,
quotes included) before it is placed in markup; links are kept only when they are http(s). The
markup carries ``data-*`` attributes that the page's JavaScript (``app.HEAD_JS``) reads to select
claims and show citations; the ids in them are escaped like everything else.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from workbench.corpus.loaders import header_end, header_fields
from workbench.records import (
    VERDICTS,
    Claim,
    ClaimStatus,
    CorpusDocument,
    Document,
    Evidence,
    PassageJudgement,
    Review,
    Suggestion,
)
from workbench.reviewing.views import Agreement, ClaimMatch, QueueRow

STATUS_LABELS: dict[str, str] = {
    "unreviewed": "Unreviewed",
    "supported": "Supported",
    "disputed": "Disputed",
    "unverified": "Unverified",
    "disagree": "Reviewers disagree",
    "notworthy": "Not check-worthy",
}

_STOP = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "were",
        "been",
        "their",
        "they",
        "there",
        "which",
        "what",
        "when",
        "where",
        "would",
        "could",
        "should",
        "about",
        "into",
        "over",
        "also",
        "than",
        "then",
        "them",
        "these",
        "those",
        "said",
        "says",
        "will",
        "more",
        "most",
        "some",
        "such",
        "only",
        "other",
        "after",
        "before",
        "while",
        "being",
        "does",
        "because",
        "under",
        "between",
    ]
)


def esc(value: object) -> str:
    """Text as HTML text or attribute value: ``<``, ``>``, ``&`` and both quotes escaped."""
    return html.escape("" if value is None else str(value), quote=True)


# Markdown's marks, which the demo article and many saved web pages carry: shown as text they read as noise
# ("**Major-General Igor Konashenkov**", "[Fort Russ News](#)"). Only paired or line-start marks count, so a lone
# "*" or an identifier's "__" stays.
_MD_STRONG = re.compile(r"\*\*(?=\S)[^\n]+?(?<=\S)\*\*")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*(?![\w*])")
_MD_LINK = re.compile(r"\[[^\]\n]+\](\([^)\s]*\))")
_MD_LINE_START = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?)", re.MULTILINE)


def markdown_marks(text: str) -> frozenset[int]:
    """The offsets of ``text`` that are markdown marks, not prose: ``**`` and ``*`` around words, a link's brackets
    and target (its words stay), and "# " or "> " at a line's start. The UI leaves them out of what it shows, and
    every offset (claim spans, the verifier's windows) still counts in ``text`` itself."""
    marks: set[int] = set()
    for m in _MD_LINE_START.finditer(text):
        marks.update(range(m.start(), m.end()))
    for m in _MD_LINK.finditer(text):
        marks.add(m.start())
        marks.update(range(m.start(1) - 1, m.end(1)))  # "](" ... ")"
    work = list(text)
    for m in _MD_STRONG.finditer(text):
        for i in (m.start(), m.start() + 1, m.end() - 2, m.end() - 1):
            marks.add(i)
            work[i] = "\x00"  # so "*... **name** ...*" still reads as one emphasis
    for m in _MD_EMPHASIS.finditer("".join(work)):
        marks.update((m.start(), m.end() - 1))
    return frozenset(marks)


def shown(text: str, start: int, end: int, marks: frozenset[int]) -> str:
    """``text[start:end]`` without the characters at ``marks`` (``markdown_marks``)."""
    if not marks:
        return text[start:end]
    return "".join(c for i, c in enumerate(text[start:end], start) if i not in marks)


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (no javascript:, data: ... in an href)."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def status_key(claim: Claim, status: ClaimStatus | None) -> str:
    """The colour a claim gets: the reviewers' agreed label, their disagreement, or not yet reviewed."""
    if status is not None and status.disagreement:
        return "disagree"
    if status is not None and status.label:
        return status.label
    if not claim.check_worthy:
        return "notworthy"
    return "unreviewed"


def legend_html() -> str:
    items = "".join(
        f'<span class="wb-legend-item"><span class="wb-swatch st-{k}"></span>{esc(v)}</span>'
        for k, v in STATUS_LABELS.items()
    )
    return f'<div class="wb-legend" aria-label="status colours">{items}</div>'


def keys_html() -> str:
    keys = [
        ("j / k", "next / previous claim"),
        ("1 2 3", "supported / disputed / unverified"),
        ("n", "note"),
        ("u", "undo"),
        ("a", "apply the verdict seen before"),
        ("Esc", "leave a text box"),
    ]
    return '<div class="wb-keys">' + "".join(f"<span><kbd>{esc(k)}</kbd> {esc(v)}</span>" for k, v in keys) + "</div>"


# --- the article queue ---------------------------------------------------------------------------


def queue_html(rows: Sequence[QueueRow], selected: str | None) -> str:
    """Articles with their progress, and how many claims match the filter when there is one."""
    if not rows:
        return '<div class="wb-empty">No articles match. Add one below, or run <code>workbench check</code>.</div>'
    out = ['<div class="wb-queue">']
    for row in rows:
        doc, reviewed, total, matching = row.article, row.reviewed, row.total, row.matching
        pct = 0 if total == 0 else round(100 * reviewed / total)
        meta = " · ".join(esc(x) for x in (doc.outlet, doc.date) if x)
        sel = " selected" if doc.id == selected else ""
        match = f" · <b>{matching}</b> match" if matching is not None else ""
        out.append(
            f'<div class="wb-art{sel}" data-article="{esc(doc.id)}" role="button" tabindex="0">'
            f'<div class="wb-art-title">{esc(doc.title)}</div>'
            f'<div class="wb-art-meta">{meta}</div>'
            f'<div class="wb-progress" title="{reviewed} of {total} claims reviewed"><div '
            f'style="width:{pct}%"></div></div>'
            f'<div class="wb-art-count">{reviewed} / {total} reviewed{match}</div></div>'
        )
    out.append("</div>")
    return "".join(out)


# --- the article with its claim spans --------------------------------------------------------------


def article_html(
    doc: Document, claims: Sequence[Claim], statuses: dict[str, ClaimStatus], selected: str | None = None
) -> str:
    """The article text with every aligned claim's span highlighted in its status colour.

    Spans may overlap (several claims from one sentence): the text is cut at every span boundary
    and each piece lists all the claims covering it; it takes the colour of the innermost (shortest
    span), then the most check-worthy, so a claim inside another ("US and Russian jets clashed ..."
    inside "The ministry has reported today that US and Russian jets clashed ...") shows its own
    colour and the outer one keeps the rest of its span.
    """
    text = doc.text
    head = header_end(text)  # a "Title: ... | Author: ... | Date: ..." line is shown as the heading, not as prose
    body = len(text) - len(text[head:].lstrip()) if head else 0
    rank = {c.id: n for n, c in enumerate(sorted(claims, key=lambda c: -c.check_worthiness))}
    spans = [
        (max(c.span.start, body), c.span.end, c)
        for c in claims
        if c.span and 0 <= c.span.start < c.span.end <= len(text) and c.span.end > body
    ]
    bounds = sorted({body, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starts: dict[int, list[Claim]] = {}
    ends: dict[int, list[str]] = {}
    for s, e, c in spans:
        starts.setdefault(s, []).append(c)
        ends.setdefault(e, []).append(c.id)
    active: dict[str, Claim] = {}
    out = []
    marks = markdown_marks(text)
    for a, b in itertools.pairwise(bounds):
        for cid in ends.get(a, ()):
            active.pop(cid, None)
        for c in starts.get(a, ()):
            active[c.id] = c
        piece = esc(shown(text, a, b, marks))
        if not active:
            out.append(piece)
            continue
        covering = sorted(active.values(), key=lambda c: (c.span.end - c.span.start, rank[c.id]))
        key = status_key(covering[0], statuses.get(covering[0].id))
        ids = " ".join(esc(c.id) for c in covering)
        sel = " selected" if selected in active else ""
        out.append(
            f'<mark class="wb-span st-{key}{sel}" data-claims="{ids}" title="{esc(STATUS_LABELS[key])}: click to '
            f'select">{piece}</mark>'
        )
    author = header_fields(text).get("author")  # {} without a header line
    meta = " · ".join(esc(x) for x in (f"by {author}" if author else None, doc.outlet, doc.date) if x)
    link = safe_url(doc.url)
    source = f' · <a href="{esc(link)}" target="_blank" rel="noopener noreferrer">source ↗</a>' if link else ""
    unaligned = sum(1 for c in claims if not c.span)
    note = (
        f'<div class="wb-note">{unaligned} claim(s) could not be placed in the text; they are in the claim list.</div>'
        if unaligned
        else ""
    )
    return (
        f'<div class="wb-article-head"><h3>{esc(doc.title)}</h3><div class="wb-art-meta">{meta}{source}</div></div>'
        f'{note}<div class="wb-article">{"".join(out)}</div>'
    )


# --- the claim list --------------------------------------------------------------------------------


def claim_list_html(
    claims: Sequence[Claim],
    statuses: dict[str, ClaimStatus],
    suggestions: dict[str, Suggestion],
    selected: str | None,
    positions: dict[str, int] | None = None,
) -> str:
    """Claims in the order given (most check-worthy first), each with its status and suggestion."""
    if not claims:
        return (
            f'<div class="wb-list" data-current="{esc(selected or "")}"><div class="wb-empty">No claims match this '
            "filter.</div></div>"
        )
    reviewed = sum(1 for c in claims if statuses.get(c.id) and statuses[c.id].by_reviewer)
    out = [
        (
            f'<div class="wb-list" data-current="{esc(selected or "")}">'
            f'<div class="wb-list-head">{len(claims)} claims · {reviewed} reviewed · most check-worthy first</div>'
        )
    ]
    for claim in claims:
        st = statuses.get(claim.id)
        key = status_key(claim, st)
        s = suggestions.get(claim.id)
        sug = ""
        if s is not None:
            weak = " weak" if s.weak else ""  # the core decides what is weak, not the UI
            sug = (
                f' · suggests <span class="wb-lab lab-{s.label}{weak}">{esc(s.label)}</span> '
                f'<span title="{esc(_confidence_name(s))}">{s.confidence:.2f}</span>{" (weak)" if weak else ""}'
            )
        who = ""
        if st is not None and st.by_reviewer:
            who = " · " + ", ".join(f"{esc(r)}: {esc(lab)}" for r, lab in sorted(st.by_reviewer.items()))
        pos = f"#{positions[claim.id]} · " if positions and claim.id in positions else ""
        sel = " selected" if claim.id == selected else ""
        out.append(
            f'<div class="wb-item st-{key}{sel}" data-claim="{esc(claim.id)}" data-status="{key}" role="button" '
            'tabindex="-1">'
            f'<span class="wb-dot st-{key}" title="{esc(STATUS_LABELS[key])}"></span>'
            f'<div class="wb-item-main"><div class="wb-item-text">{esc(claim.text)}</div>'
            f'<div class="wb-item-meta">{pos}worthiness {claim.check_worthiness:.2f} · '
            f"{esc(claim.type)}{sug}{who}</div></div></div>"
        )
    out.append("</div>")
    return "".join(out)


# --- the selected claim ----------------------------------------------------------------------------


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z0-9][a-z0-9\-']+", text.lower()) if len(w) > 3 and w not in _STOP}


def highlight_sentences(text: str, reference: str, limit: int = 2, min_overlap: float = 0.3) -> str:
    """``text`` escaped and without its markdown marks, with the (at most ``limit``) sentences that share most words
    with ``reference`` marked."""
    ref = _words(reference)
    parts = re.split(r"(?<=[.!?])(\s+)", shown(text, 0, len(text), markdown_marks(text)))
    scored = []
    for i in range(0, len(parts), 2):
        words = _words(parts[i])
        overlap = len(ref & words) / len(ref) if ref else 0.0
        scored.append((overlap, i))
    keep = {i for overlap, i in sorted(scored, reverse=True)[:limit] if overlap >= min_overlap}
    return "".join(f'<mark class="wb-hl">{esc(p)}</mark>' if i in keep else esc(p) for i, p in enumerate(parts))


STANCE_WORDS: dict[str, str] = {
    "supports": "supports the claim",
    "contradicts": "contradicts the claim",
    "neutral": "does not address the claim",
}


def _stance_title(stance: str, windows: Sequence[PassageJudgement]) -> str:
    """'supports the claim (p=0.91)': the highest probability of the stance among the windows of one mark."""
    words = STANCE_WORDS.get(stance, stance)
    probs = [j.probs[stance] for j in windows if stance in j.probs]
    return f"{words} (p={max(probs):.2f})" if probs else words


def highlight_deciding(text: str, judgements: Sequence[PassageJudgement]) -> str | None:
    """``text`` escaped and without its markdown marks, with the character ranges of ``judgements`` (windows of
    this passage) marked by stance.

    Offsets are clamped to the text; an empty range is ignored. Where windows of different stances
    overlap, the piece takes the stance of the first window covering it (the suggestion lists them
    strongest first). Windows of one stance that overlap, touch, or are separated by whitespace only
    become one mark. None when no range is left to mark.
    """
    n = len(text)
    windows = []
    for j in judgements:
        a, b = min(max(j.start, 0), n), min(max(j.end, 0), n)
        if a < b:
            windows.append((a, b, j))
    if not windows:
        return None
    bounds = sorted({*(a for a, _, _ in windows), *(b for _, b, _ in windows)})
    runs: list[tuple[list[int], str, list[PassageJudgement]]] = []  # ([start, end], stance, windows in it)
    for a, b in itertools.pairwise(bounds):
        covering = [j for s, e, j in windows if s <= a and b <= e]
        if not covering:
            continue
        stance = covering[0].stance
        same = [j for j in covering if j.stance == stance]
        if runs and runs[-1][1] == stance and not text[runs[-1][0][1] : a].strip():
            runs[-1][0][1] = b
            runs[-1][2].extend(j for j in same if not any(j is k for k in runs[-1][2]))
        else:
            runs.append(([a, b], stance, same))
    out, pos, marks = [], 0, markdown_marks(text)
    for (a, b), stance, within in runs:
        out.append(esc(shown(text, pos, a, marks)))
        out.append(
            f'<mark class="wb-decide stance-{esc(stance)}" data-stance="{esc(stance)}" '
            f'title="{esc(_stance_title(stance, within))}">'
            f"{esc(shown(text, a, b, marks))}</mark>"
        )
        pos = b
    out.append(esc(shown(text, pos, n, marks)))
    return "".join(out)


def _confidence_name(s: Suggestion) -> str:
    """What ``confidence`` is: a calibrated probability (trained verifier) or the LLM's own number."""
    return "probability" if s.probabilities else "model's own confidence (uncalibrated)"


def _probabilities(s: Suggestion) -> str:
    """The probability of every verdict: a stacked bar and the numbers, e.g. 'supported 0.81 · disputed 0.07 · ...'."""
    keys = [k for k in VERDICTS if k in s.probabilities] + sorted(k for k in s.probabilities if k not in VERDICTS)
    values = {k: min(max(float(s.probabilities[k]), 0.0), 1.0) for k in keys}
    bar = "".join(
        f'<span class="wb-prob-seg lab-{esc(k)}" style="width:{100 * values[k]:.1f}%" title="{esc(k)} '
        f'{values[k]:.2f}"></span>'
        for k in keys
    )
    numbers = " · ".join(
        f'<span class="wb-prob{" chosen" if k == s.label else ""}" data-verdict="{esc(k)}">{esc(k)} '
        f"<b>{values[k]:.2f}</b></span>"
        for k in keys
    )
    return (
        f'<div class="wb-probs" title="calibrated probability of each verdict">'
        f'<span class="wb-probs-bar">{bar}</span> <span class="wb-probs-nums">{numbers}</span></div>'
    )


def _confidence(s: Suggestion) -> str:
    weak = s.weak
    pct = round(100 * s.confidence)
    name = _confidence_name(s)
    tag = '<span class="wb-weak-tag" title="Low confidence: treat as a hint only">weak</span>' if weak else ""
    return (
        f'<span class="wb-conf{" weak" if weak else ""}" title="{esc(name)} of {esc(s.label)}: {s.confidence:.2f}">'
        f'<span class="wb-conf-name">{esc(name)}</span>'
        f'<span class="wb-conf-bar"><span style="width:{pct}%"></span></span> {s.confidence:.2f}</span>{tag}'
    )


def claim_detail_html(
    claim: Claim,
    evidence: Sequence[Evidence],
    suggestion: Suggestion | None,
    status: ClaimStatus | None,
    seen_before: Sequence[ClaimMatch] = (),
) -> str:
    """The selected claim: its text, where it comes from, the claims seen before, and the model's
    suggestion with its citations."""
    pid = {e.chunk_id: f"P{n}" for n, e in enumerate(evidence, start=1)}
    key = status_key(claim, status)
    flags = "".join(f'<span class="wb-flag">{esc(f)}</span>' for f in claim.flags)
    worthy = "" if claim.check_worthy else '<span class="wb-flag">not check-worthy</span>'
    who = ""
    if status is not None and status.by_reviewer:
        who = " · " + ", ".join(f"{esc(r)}: {esc(lab)}" for r, lab in sorted(status.by_reviewer.items()))
    head = (
        f'<div class="wb-detail" data-claim="{esc(claim.id)}">'
        f'<div class="wb-claim-text"><span class="wb-dot st-{key}"></span><span>{esc(claim.text)}</span></div>'
        f'<div class="wb-item-meta"><b>{esc(STATUS_LABELS[key])}</b>{who} · {esc(claim.type)} · check-worthiness '
        f"{claim.check_worthiness:.2f} "
        f"· id <code>{esc(claim.id)}</code> {worthy}{flags}</div>"
    )
    if claim.sentence and claim.sentence.strip() != claim.text.strip():
        head += f'<div class="wb-sentence">From: “{esc(claim.sentence)}”</div>'
    return head + seen_before_html(seen_before) + _suggestion_html(suggestion, pid) + "</div>"


def seen_before_html(matches: Sequence[ClaimMatch]) -> str:
    """Claims reviewed earlier that state the same thing; key ``a`` applies the first one's verdict."""
    if not matches:
        return ""
    rows = []
    for m in matches:
        note = f" · “{esc(m.note)}”" if m.note else ""
        same = "" if m.pair_score is None else f" · same claim {m.pair_score:.2f}"
        rows.append(
            f'<div class="wb-seen-row"><span class="wb-lab lab-{esc(m.verdict)}">{esc(m.verdict)}</span> '
            f"by {esc(m.reviewer)} on {m.reviewed_at:%Y-%m-%d} in <i>{esc(m.article_title or m.article_id)}</i>"
            f'{note}<div class="wb-muted small">“{esc(m.text)}” · similarity {m.similarity:.2f}{same} · '
            f"claim <code>{esc(m.claim_id[:8])}</code></div></div>"
        )
    first = matches[0].verdict
    return (
        f'<div class="wb-seen" data-verdict="{esc(first)}"><b>Seen before</b> '
        f'<button class="wb-seen-apply" type="button" title="Record the same verdict (key a)">'
        f"apply {esc(first)} <kbd>a</kbd></button>{''.join(rows)}</div>"
    )


def evidence_list_html(claim: Claim, evidence: Sequence[Evidence], suggestion: Suggestion | None) -> str:
    """The claim's evidence passages, numbered P1..Pn as the suggestion cites them."""
    pid = {e.chunk_id: f"P{n}" for n, e in enumerate(evidence, start=1)}
    return _evidence_html(claim, evidence, suggestion, pid)


def _suggestion_html(s: Suggestion | None, pid: dict[str, str]) -> str:
    if s is None:
        return (
            '<section class="wb-sugg"><h4>Model suggestion</h4><div class="wb-empty">No suggestion for this '
            "claim.</div></section>"
        )
    refs = []
    for chunk_id in s.cited:
        if chunk_id in pid:
            refs.append(f'<a class="wb-ref" href="#" data-ref="{esc(pid[chunk_id])}">[{esc(pid[chunk_id])}]</a>')
        else:
            refs.append(
                '<span class="wb-unmatched" title="This passage is not among the claim\'s evidence">[unmatched: '
                f"{esc(chunk_id)}]</span>"
            )
    if "invalid_citation_dropped" in s.flags:
        refs.append(
            '<span class="wb-unmatched" title="The model cited a passage it was not shown; the citation was '
            'dropped">[unmatched citation dropped]</span>'
        )
    cites = " ".join(refs) or '<span class="wb-muted">no passage cited</span>'
    flags = "".join(f'<span class="wb-flag">{esc(f)}</span>' for f in s.flags)
    model = (
        f'<div class="wb-muted small">{esc(s.provenance.model)} · prompt '
        f"{esc(s.provenance.prompt)}@{s.provenance.prompt_version}</div>"
        if s.provenance
        else ""
    )
    weak = " weak" if s.weak else ""  # the core decides what is weak, not the UI
    probs = _probabilities(s) if s.probabilities else ""
    return (
        f'<section class="wb-sugg{weak}"><h4>Model suggestion</h4>'
        f'<div class="wb-sugg-head"><span class="wb-lab lab-{s.label}{weak}">{esc(s.label.capitalize())}</span> '
        f"{_confidence(s)} {flags}</div>"
        f'{probs}<p class="wb-rationale">{esc(s.rationale)}</p><div class="wb-cites">Cites: '
        f"{cites}</div>{model}</section>"
    )


def _evidence_html(claim: Claim, evidence: Sequence[Evidence], s: Suggestion | None, pid: dict[str, str]) -> str:
    if not evidence:
        return (
            '<section class="wb-evidence"><h4>Evidence</h4><div class="wb-empty">No evidence retrieved for this '
            "claim.</div></section>"
        )
    cited = set(s.cited) if s else set()
    deciding: dict[str, list[PassageJudgement]] = {}
    for j in s.deciding if s else ():
        deciding.setdefault(j.chunk_id, []).append(j)
    cards = [
        evidence_card_html(e, pid[e.chunk_id], claim.text, e.chunk_id in cited, deciding.get(e.chunk_id, ()))
        for e in evidence
    ]
    key = ""
    if any(e.chunk_id in deciding for e in evidence):
        key = (
            '<div class="wb-muted small wb-decide-key">The sentences that decided the suggestion are marked: '
            '<span class="wb-stance-key stance-supports">supports</span> <span class="wb-stance-key '
            'stance-contradicts">contradicts</span> '
            "(hover for the probability).</div>"
        )
    return (
        f'<section class="wb-evidence"><h4>Evidence ({len(evidence)} passages, best '
        f"first)</h4>{key}{''.join(cards)}</section>"
    )


def evidence_card_html(
    e: Evidence, label: str, reference: str, cited: bool = False, deciding: Sequence[PassageJudgement] = ()
) -> str:
    """One passage: title, outlet, date, link and score, with the sentences that matter marked.

    The sentences are the ``deciding`` windows of this passage (the verifier's, strongest first) in
    their stance's colour; without any (an LLM suggestion, a search hit), the sentences that share
    most words with ``reference``.
    """
    link = safe_url(e.url)
    source = (
        f'<a href="{esc(link)}" target="_blank" rel="noopener noreferrer">source ↗</a>'
        if link
        else f'<span class="wb-muted">{esc(e.source)}</span>'
    )
    ranks = [f"dense #{e.dense_rank}" if e.dense_rank else "", f"BM25 #{e.lexical_rank}" if e.lexical_rank else ""]
    meta = " · ".join(
        x
        for x in [
            *(esc(v) for v in (e.outlet, e.date, e.genre) if v),
            source,
            f'<span title="fused score; comparable within one query">score {e.score:.4f}</span>',
            *ranks,
        ]
        if x
    )
    marked = highlight_deciding(e.text, deciding) if deciding else None
    stances = (
        "".join(
            f'<span class="wb-stance-tag stance-{esc(st)}" title="{esc(STANCE_WORDS.get(st, st))}">{esc(st)}</span>'
            for st in dict.fromkeys(j.stance for j in deciding)
        )
        if marked
        else ""
    )
    tags = stances + ('<span class="wb-cited-tag">cited</span>' if cited else "")
    tag = f'<span class="wb-ev-tags">{tags}</span>' if tags else ""
    return (
        f'<article class="wb-ev{" cited" if cited else ""}{" deciding" if marked else ""}" data-ref="{esc(label)}" '
        f'data-chunk="{esc(e.chunk_id)}">'
        f'<header><span class="wb-pnum">{esc(label)}</span><span '
        f'class="wb-ev-title">{esc(e.title)}</span>{tag}</header>'
        f'<div class="wb-ev-meta">{meta}</div>'
        "<p "
        f'class="wb-ev-text">{marked if marked is not None else highlight_sentences(e.text, reference)}</p></article>'
    )


# --- history and agreement ---------------------------------------------------------------------------


def _when(t: datetime | None) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S UTC") if t else ""


def history_html(reviews: Sequence[Review]) -> str:
    if not reviews:
        return '<div class="wb-empty">No reviews yet.</div>'
    rows = []
    for r in reversed(reviews):
        what = (
            f'<span class="wb-lab lab-{r.label}">{esc(r.label)}</span>'
            if r.action == "label"
            else f"undo of #{r.undoes}"
        )
        used = f"{len(r.evidence_used)} passage(s)" if r.evidence_used else ""
        rows.append(
            f'<tr data-review="{r.id}"><td>#{r.id}</td><td>{esc(_when(r.created_at))}</td><td>{esc(r.reviewer)}</td>'
            f"<td>{what}</td><td>{esc(r.note)}</td><td>{used}</td></tr>"
        )
    return (
        '<table class="wb-table"><thead><tr><th></th><th>when</th><th>who</th><th>action</th><th>note</th><th>evidence '
        "used</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def agreement_html(agreement: Agreement, claim_texts: dict[str, str]) -> str:
    """Cohen's kappa per pair of reviewers and the claims they disagree on (needs two reviewers)."""
    if len(agreement.reviewers) < 2:
        names = ", ".join(esc(r) for r in agreement.reviewers) or "nobody yet"
        return (
            '<div class="wb-empty">Agreement appears once two reviewers have labelled claims of this article '
            f"(reviewed by: {names}).</div>"
        )
    rows = []
    for pair in agreement.pairs:
        if not pair.shared:
            continue
        kappa = "–" if pair.kappa is None else f"{pair.kappa:.2f}"
        rows.append(
            f"<tr><td>{esc(pair.reviewers[0])} × "
            f"{esc(pair.reviewers[1])}</td><td>{pair.shared}</td><td><b>{kappa}</b></td><td>{len(pair.disagreements)}</td></tr>"
        )
    alone = sum(1 for p in agreement.pairs if not p.shared)
    foot = f'<div class="wb-muted small">{alone} other pair(s) share no claim.</div>' if alone else ""
    table = (
        '<table class="wb-table"><thead><tr><th>pair</th><th>shared claims</th><th>Cohen\'s '
        "κ</th><th>disagreements</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>" + foot
    )
    items = "".join(
        f'<li><a href="#" class="wb-jump" data-claim="{esc(c)}">{esc(claim_texts.get(c, c))}</a></li>'
        for c in agreement.disagreements
    )
    dis = (
        f'<div class="wb-dis"><b>Reviewers disagree on {len(agreement.disagreements)} '
        f"claim(s):</b><ul>{items}</ul></div>"
        if items
        else '<div class="wb-muted">No disagreements.</div>'
    )
    return table + dis


# --- chat ---------------------------------------------------------------------------------------------


def answer_markdown(answer: str, turn: int) -> str:
    """The reply text for the chatbot: escaped, with [n] turned into citation links and [P7?] marked unmatched."""
    text = esc(answer)
    text = re.sub(
        r"\[(\d+)\]", lambda m: f'<a href="#wb-cite-{turn}-{m.group(1)}" class="wb-cite">[{m.group(1)}]</a>', text
    )
    return re.sub(
        r"\[(P\d+)\?\]",
        lambda m: (
            f'<span class="wb-unmatched" title="cites a passage that was not retrieved">[{m.group(1)}? '
            "unmatched]</span>"
        ),
        text,
    )


def sources_html(reply, turn: int) -> str:
    """The citations of one reply, each clickable to show its passage."""
    if reply is None:
        return '<div class="wb-empty">Ask a question: the answer\'s numbered citations will be listed here.</div>'
    parts = [
        f'<div class="wb-sources" data-turn="{turn}"><div class="wb-muted small">Question: {esc(reply.question)}</div>'
    ]
    if not reply.covered and "not_covered_by_retrieval" in reply.flags:
        best = "none" if reply.best_similarity is None else f"{reply.best_similarity:.2f}"
        parts.append(
            f'<div class="wb-note">No retrieved passage is close enough to the question (best similarity {best}); the '
            "model was not asked.</div>"
        )
    for c in reply.citations:
        e = c.evidence
        meta = " · ".join(esc(x) for x in (e.outlet, e.date) if x)
        parts.append(
            f'<div class="wb-src" data-turn="{turn}" data-n="{c.number}" role="button" tabindex="0">'
            f'<span class="wb-pnum">[{c.number}]</span> <b>{esc(e.title)}</b> <span '
            f'class="wb-muted">{meta}</span></div>'
        )
    for pid in reply.unmatched:
        parts.append(f'<div class="wb-unmatched">[{esc(pid)}?] the model cited a passage that was not retrieved</div>')
    if "uncited" in reply.flags:
        parts.append('<div class="wb-note">This answer cites no passage: treat it as unsupported.</div>')
    parts.append("</div>")
    return "".join(parts)


def passage_html(e: Evidence, number: int, reference: str) -> str:
    return (
        f'<div class="wb-passage" data-n="{number}">{evidence_card_html(e, f"[{number}]", reference, cited=True)}</div>'
    )


# --- corpus -------------------------------------------------------------------------------------------


def documents_html(docs: Iterable[CorpusDocument]) -> str:
    """Rows of the corpus's documents: title, kind, genre, outlet, date, chunks, source."""
    rows = [
        f'<tr><td>{esc(d.title)}</td><td><span class="wb-kind kind-{esc(d.kind)}">{esc(d.kind)}</span></td>'
        f"<td>{esc(d.genre or '')}</td><td>{esc(d.outlet or '')}</td><td>{esc(d.date or '')}</td>"
        f'<td class="num">{esc(d.chunks)}</td><td class="wb-muted small">{esc(d.source)}</td></tr>'
        for d in docs
    ]
    if not rows:
        return '<div class="wb-empty">The corpus is empty: upload files or run <code>workbench ingest</code>.</div>'
    return (
        '<table class="wb-table '
        'wb-docs"><thead><tr><th>title</th><th>kind</th><th>genre</th><th>outlet</th><th>date</th><th>chunks</th><th>source</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def search_results_html(query: str, hits: Sequence[Evidence]) -> str:
    if not hits:
        return f'<div class="wb-empty">No passage found for “{esc(query)}”.</div>'
    cards = [evidence_card_html(e, f"#{n}", query) for n, e in enumerate(hits, start=1)]
    return (
        f'<div class="wb-results"><div class="wb-muted small">{len(hits)} passages for '
        f"“{esc(query)}”</div>{''.join(cards)}</div>"
    )
