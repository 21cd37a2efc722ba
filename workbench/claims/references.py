"""References a reader resolves from earlier in the article: "the general" is the person named after that title,
"the developer" the name the article pinned that description to, "the council" the body named with that last
word, and an opening "It" / "He" the subject of the sentence before (``resolve_references``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from workbench.claims.names import (
    BUSINESS_HEADS,
    BUSINESS_NAME,
    INSTITUTIONS,
    NOT_NAME,
    OFFICE,
    is_person,
    name_spans,
    names_before,
    names_in,
)
from workbench.claims.sentences import Sentence, plain, previous_sentence
from workbench.claims.speech import REPORTING_VERBS
from workbench.records import Document

_REPORTING_VERB = re.compile(r"\s+(?:said|says|told|added|denied|confirmed|announced|warned)\b")
# "the department", "the health department": lower-case words after "the", up to three.
_DESCRIPTION = re.compile(r"\b(?P<the>[Tt]he) (?P<words>[a-z]+(?: [a-z]+){0,2})\b")


# "Major-General Igor Konashenkov", "Health Minister Rhona Daventry": a person named after an office title; later
# "the general" / "the health minister" is that person.
_TITLE_NAME = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+[ -]){0,2}(?:" + OFFICE + r"))[ -](?P<name>[A-Z][a-z][\w'-]+ [A-Z][a-z][\w'-]+)"
)
# "the general noted", "the mayor's office", "the health minister, ...": the office as the whole description (not
# "the general election", "the chief executive").
_OFFICE_HOLDER = re.compile(
    r"\b(?P<the>[Tt]he) (?P<words>(?:[a-z]+ ){0,2}(?:" + OFFICE.lower() + r"))"
    rf"(?='s\b|\s+(?:{REPORTING_VERBS}|told|was|is|has|had)\b|\s*[,.;:])"
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
            if words[-1] in _NOT_HEAD or set(words) & _CLAUSE_WORDS or name.split()[0] in NOT_NAME or len(name) < 3:
                continue
            before = text[: m.start("name")].rstrip()
            if " " not in name and (not before or before[-1] in '.!?"“:'):  # "Last week, a spokesman ...": not a name
                continue
            spans.append((m.end(), words, name))
            if words[-1] in BUSINESS_HEADS:
                spans.append((m.end(), ("company",), name))
    for stop, name, _ in name_spans(text):
        if BUSINESS_NAME.search(name):
            spans.append((stop, ("company",), name))
    places: set[str] = set()
    for m in _PLACE.finditer(text):  # the first place of each kind: the one the story is about
        kind = (m["kind"] or m["kind2"] or m["kind3"]).lower()
        name = m["name"] or m["name2"] or m["name3"]
        if name.split()[0] not in NOT_NAME and kind not in places:
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


def resolve_it(claim: str, previous: str) -> str:
    """ "Its viability assessment estimated ..." -> "Calloway Haig Homes' viability assessment estimated ..." when
    the sentence before starts with that name (or with a description pinned to it) and the pronoun agrees with it;
    else the claim unchanged."""
    it = _IT_START.match(claim)
    subject = _SUBJECT_NAME.match(previous.strip().lstrip("\"“'"))
    if it is None or subject is None or subject["name"].split()[0] in NOT_NAME:
        return claim
    name, the = subject["name"], bool(subject["the"])
    if is_person(name, the) != (it["it"] in ("He", "His", "She", "Her")):
        return claim
    if it["it"] in _POSSESSIVE:
        name = f"{name}'" if name.endswith("s") else f"{name}'s"
    return ("The " if the else "") + name + claim[it.end() :]


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
    bodies = [name for name, the in found if the or name.split()[-1] in INSTITUTIONS]
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


@dataclass(frozen=True)
class References:
    """What the claims of one sentence may refer back to: the names, titled people and pinned descriptions of the
    article up to the sentence's end, and, when the sentence opens with "It" / "He" / ..., the sentence before
    with its own references spelt out ('' otherwise: nothing to resolve, no work)."""

    earlier: list[tuple[str, bool]]
    titles: list[tuple[str, str]]
    described: list[tuple[tuple[str, ...], str]]
    previous: str = ""

    def resolve(self, claim: str) -> str:
        """``claim`` with its opening pronoun and short references spelt out."""
        text = resolve_it(claim, self.previous) if self.previous else claim
        return resolve_references(text, self.earlier, self.titles, self.described)


def references_for(article: Document, sentence: Sentence) -> References:
    """The ``References`` of ``sentence`` in ``article``."""
    earlier = names_before(article.text, sentence.end)
    titles = titles_before(article.text, sentence.end)
    described = descriptions_before(article.text, sentence.end)
    previous = ""
    if _IT_START.match(plain(sentence.text)):
        previous = resolve_references(previous_sentence(article.text, sentence.start), earlier, titles, described)
    return References(earlier, titles, described, previous)
