"""The names an article gives: people's and bodies' multi-word names, office titles, businesses and institutions,
and whether a name is a person's (for "he" / "she" against "it" / "they")."""

from __future__ import annotations

import functools
import re

# A name of two to four capitalised words, as a regex group ("Anika Feld", "Tiller & Moss").
NAME = r"(?P<name>[A-Z][\w.'-]+(?:\s+(?:&\s+)?[A-Z][\w.'-]+){1,3})"  # "Tiller & Moss" too
# "Health Minister Rhona Daventry said", "Auditor General Celia Marchetti told reporters": a title before the name,
# ending in a word that names an office (not "Save Lowfield Meadow said": a group's name).
OFFICE = (
    r"Minister|Secretary|Mayor|President|Governor|Senator|General|Director|Chair|Chairman|Chairwoman|Chief|"
    r"Commissioner|Judge|Justice|Professor|Inspector|Superintendent|Councillor|Councilman|Councilwoman|Sheriff|"
    r"Ambassador|Spokesman|Spokeswoman|Spokesperson|Officer|Captain|Colonel|Major|Admiral|Bishop|Auditor|Attorney|"
    r"Chancellor|Premier|Representative|Treasurer|Controller|Comptroller|Coroner|Prosecutor|Marshal|Dean|Rector"
)

# A name: two or more capitalised words, "of" / "for" / "and" allowed inside ("Ministry of Defence").
_FULL_NAME = re.compile(r"\b[A-Z][\w'-]*(?: +(?:(?:of|for|and) +)?[A-Z][\w'-]*)+")
# Capitalised words that start a sentence or a phrase without being part of the name after them.
NOT_NAME = frozenset(
    ("The", "A", "An", "In", "On", "At", "By", "For", "From", "Since", "After", "Before", "During", "Until")
    + ("But", "And", "Or", "So", "As", "Its", "His", "Her", "Their", "This", "That", "These", "Those", "Then")
    + ("When", "While", "Although", "According", "Council", "Member", "Mr", "Mrs", "Ms", "Dr")
)


def names_in(text: str) -> list[tuple[str, bool]]:
    """Multi-word names in ``text`` in order of appearance, each with whether "the" comes before it:
    ("Grace Almeyda", False), ("Tressel County Health Department", True)."""
    return [(name, the) for _, name, the in name_spans(text)]


def names_before(text: str, end: int) -> list[tuple[str, bool]]:
    """``names_in(text[:end])``, from one pass over ``text`` however many sentences ask."""
    return [(name, the) for stop, name, the in name_spans(text) if stop <= end]


@functools.lru_cache(maxsize=4)
def name_spans(text: str) -> tuple[tuple[int, str, bool], ...]:
    """(end offset, name, "the" before it) of each multi-word name in ``text``."""
    spans = []
    for m in _FULL_NAME.finditer(text):
        words = m.group(0).split()
        the = text[max(0, m.start() - 4) : m.start()].lower() == "the "
        while words and words[0] in NOT_NAME:
            the = words[0] == "The"
            words = words[1:]
        if len(words) >= 2 and words[-1] not in ("of", "for", "and"):
            spans.append((m.end(), " ".join(words).removesuffix("'s").removesuffix("'"), the))
    return tuple(spans)


# "the company" / "the firm": the latest name the article described as a business, or whose last word says so.
BUSINESS_HEADS = frozenset(
    ("company", "firm", "developer", "operator", "contractor", "manufacturer", "builder", "maker", "supplier")
    + ("insurer", "retailer", "airline", "bank", "utility", "housebuilder", "landlord", "carrier", "business")
)
BUSINESS_NAME = re.compile(
    r"\b(?:Homes|Ltd|Limited|Inc|Corp|Corporation|Group|Holdings|Industries|Coatings|Company|Co|plc|PLC|LLC|Partners"
    r"|Airways|Airlines|Energy|Motors|Foods|Pharmaceuticals|Bank|Construction|Developments)\.?$"
)


def is_person(name: str, the: bool) -> bool:
    """A person's name, as far as words tell: two or three words, no "the", not a body's or a business's name."""
    words = name.split()
    return not the and len(words) in (2, 3) and words[-1] not in INSTITUTIONS and not BUSINESS_NAME.search(name)


# The last word of a body's name that "the" shortens it to even where the article writes the name without "the"
# ("Pellbrook City Council voted ..." then "the council"); not "Northmere Water" -> "the water".
INSTITUTIONS = frozenset(
    ("Council", "Ministry", "Department", "Agency", "Authority", "Commission", "Committee", "Court", "Police")
    + ("Board", "Union", "Association", "Office", "Service", "Inspectorate", "Regulator", "Parliament", "Senate")
    + ("Trust", "Hospital", "University", "Institute", "Foundation", "Government")
)
