"""An article's sentences, with exact offsets, and what their words alone tell: boilerplate, a fragment, a
question, English or not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.corpus.chunking import sentence_spans
from workbench.corpus.loaders import header_end

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
    """The sentences of ``text`` with exact offsets; boilerplate marked, by sentence, by notice paragraph and
    in the header line (a title with a "?" in it is split there, and its second part is still metadata)."""
    header = header_end(text)
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    notices = set()
    for paragraph_start, paragraph_end in zip([0, *breaks], [*breaks, len(text)]):
        if _NOTICE.search(plain(text[paragraph_start:paragraph_end]).lstrip()):
            notices.add(paragraph_start)
    sentences = []
    for i, (start, end) in enumerate(sentence_spans(text)):
        sentence = Sentence(start, end, text[start:end], i)
        paragraph_start = max((b for b in [0, *breaks] if b <= start), default=0)
        sentence.boilerplate = start < header or paragraph_start in notices or is_boilerplate(sentence.text)
        sentences.append(sentence)
    return sentences


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


PRONOUN_START = re.compile(r"^(?:it|its|he|she|they|their|we|our|i|this|these|that|those|there)\b", re.IGNORECASE)
PREPOSITION_START = re.compile(r"^(?:in|on|at|by|for|from|since|after|before|during|until|with|of)\b", re.IGNORECASE)


def is_question(text: str) -> bool:
    """The text asks rather than states ("..., who are the other 350 homes for?"): nothing to check."""
    return text.rstrip().rstrip("\"'”’").endswith("?")


def previous_sentence(text: str, start: int) -> str:
    """The sentence of ``text`` that ends before ``start`` ('' at the start of the text)."""
    window = text[max(0, start - 600) : start]
    spans = sentence_spans(window)
    return window[spans[-1][0] : spans[-1][1]] if spans else ""
