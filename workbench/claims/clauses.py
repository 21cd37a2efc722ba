"""A claim's parts that stand alone, found without a model: a clause about a name, the statement without a clause
at its end, what a clause says of the place before ", where", the two clauses of "A, and B", a name's two
predicates, cause and effect, and what a name is said to be in passing."""

from __future__ import annotations

import re

from workbench.claims.names import NOT_NAME
from workbench.claims.sentences import PREPOSITION_START, PRONOUN_START
from workbench.claims.speech import FIRST_PERSON

# "Northmere Water, which runs the town's supply, shut both wells": what the clause says of the subject, a name (its
# last word capitalised: not "The ministry banned flights, which angered airlines, ...").
_RELATIVE = re.compile(
    r"^(?P<subject>[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,3}\s+[A-Z][\w.'-]*),\s+(?:who|which)\s+(?P<clause>[^,;]{8,150}?),\s+\w"
)
# The same inside the sentence, about a name of capitalised words only ("the Ardmere Nurses' Association, which ...").
_NAMED_RELATIVE = re.compile(
    r"\b(?P<subject>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}),\s+(?:who|which)\s+(?P<clause>(?:[^,;]|,\d){8,150}?)(?:,\s|\.?$)"
)


_TRAILING_CLAUSE = re.compile(r"^(?P<main>[A-Z].{20,}?),\s+(?:where|which|who|when)\s+\S.+$")


def main_clause(claim: str) -> str | None:
    """ "The wells lie 800 meters from the Ashby Works, where Velstrand made window frames." -> "The wells lie 800
    meters from the Ashby Works.": the statement without the clause that adds a second fact to its end."""
    m = _TRAILING_CLAUSE.match(claim.strip())
    if m is None or PRONOUN_START.match(m["main"]) or len(m["main"].split()) < 5:
        return None
    return m["main"].rstrip() + "."


# "..., a report in yesterday's New York Times, where US military leaders were quoted ...": the place named last
# before ", where", after its preposition, then the clause that runs to the end of the sentence.
_WHERE_CLAUSE = re.compile(
    r"^(?P<main>[A-Z].{15,})\s(?P<prep>in|on|at|from|to|near|outside|inside)\s(?P<place>[^,;]{3,60}?)"
    r",\s+where\s+(?P<clause>[^;]{12,})$"
)
_WHERE_PREPOSITION = {"in": "In", "inside": "In", "on": "On"}  # the rest: "At the Ashby Works, ..."


def where_clause(claim: str) -> str | None:
    """ "The wells lie 800 meters from the Ashby Works, where Velstrand made window frames." -> "At the Ashby
    Works, Velstrand made window frames.": the fact the clause states about a place (or a paper: "In yesterday's
    New York Times, US military leaders were quoted ..."), with the place put back in front of it. None when the
    clause has no verb of its own, starts with a pronoun, speaks in the first person, or the sentence has another
    ", where"."""
    m = _WHERE_CLAUSE.match(claim.strip())
    if m is None or len(m["place"].split()) > 6 or ", where" in m["main"] or ", where" in m["clause"]:
        return None  # "..., where A, where B": which place each clause is about is a guess
    clause = m["clause"].strip().rstrip(".")
    if len(clause.split()) < 4 or not _FINITE.search(clause) or PRONOUN_START.match(clause):
        return None
    if FIRST_PERSON.search(clause):  # "..., where children went hungry because I don't think ...": a speaker's view
        return None
    return f"{_WHERE_PREPOSITION.get(m['prep'], 'At')} {m['place'].strip()}, {clause}."


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
    if len(clause.split()) < 5 or not _FINITE.search(clause) or PRONOUN_START.match(clause):
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
    if len(first.split()) < 5 or not _FINITE.search(first) or PRONOUN_START.match(first):
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
    if m is None or m["subject"].split()[0] in NOT_NAME or "," in m["first"]:
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
        len(part.split()) < 5 or PRONOUN_START.match(part) or PREPOSITION_START.match(part) for part in (effect, cause)
    ):
        return None
    return f"{effect}.", f"{cause[0].upper()}{cause[1:]}."


def clause_parts(text: str) -> list[str]:
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
    if m is None or m["name"].split()[0] in NOT_NAME or len(m["np"].split()) < 2:
        return None
    return f"{m['name']} is {m['np'].rstrip('.')}."


def relative_clause(claim: str) -> str | None:
    """ "Northmere Water, which runs the town's supply, shut both wells on March 6." -> "Northmere Water runs
    the town's supply.": a non-restrictive clause about the subject states a fact of its own; so does one about a
    name later in the sentence ("..., secretary of the Ardmere Nurses' Association, which represents 2,300 nurses,
    warned ..." -> "Ardmere Nurses' Association represents 2,300 nurses."). None when the subject starts with a
    pronoun or a preposition ("In March, which ...")."""
    m = _RELATIVE.match(claim.strip())
    if m is not None and not (PRONOUN_START.match(m["subject"]) or PREPOSITION_START.match(m["subject"])):
        return f"{m['subject']} {m['clause'].strip()}."
    m = _NAMED_RELATIVE.search(claim.strip())
    if m is None or m.start() == 0 or m["subject"].split()[0] in NOT_NAME:
        return None
    the = "The " if claim.strip()[max(0, m.start() - 4) : m.start()].lower() == "the " else ""
    return f"{the}{m['subject']} {m['clause'].strip()}."
