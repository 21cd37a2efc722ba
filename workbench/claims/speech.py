"""Reported speech: who said what. "X said that Y" gives Y (``reported_content``), "Name, the role, said" gives
"Name is the role." (``speaker_role``), a claim in the first person is its speaker's quotation
(``quoted_speaker``)."""

from __future__ import annotations

import re

from workbench.claims.names import NAME, NOT_NAME, OFFICE, is_person, name_spans
from workbench.claims.sentences import PRONOUN_START, Sentence, plain, previous_sentence
from workbench.verifier.attribution import reports_speech

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
REPORTING_VERBS = rf"(?:(?:has|have|had)\s+)?(?:{_VERB_STEMS})"
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
_SAID = rf"^(?P<who>.{{3,}}?)\s+(?:{REPORTING_VERBS}|{_FINDING}|told(?:\s+\w+){{1,3}}?){_WHEN}"
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
    re.compile(rf"(?:^|,\s+){NAME},\s+{_ROLE_PHRASE}{_ASIDE}(?:,\s+(?:{REPORTING_VERBS}|told)|,?\s+was\s+quoted)\b"),
    re.compile(rf"\b(?:{REPORTING_VERBS}|told\s+\w+)\s+{NAME},\s+{_ROLE_PHRASE}[.]?$"),
    # "the trust's chief executive, Owen Ferrante, acknowledged ...": the role before the name
    re.compile(
        rf"(?:^|,\s+)(?P<role>(?:[Tt]he|[Aa]n?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}'s?)\s+[^,;]{{3,80}}?),\s+{NAME},"
        rf"\s+(?:{REPORTING_VERBS}|told)\b"
    ),
)
_TITLED = re.compile(
    r"(?:^|[,;][\"'”’]?\s+|\bby\s+)(?P<title>(?:[A-Z][a-z]+[ -]){0,2}(?:" + OFFICE + r")[ -])"
    r"(?P<name>[A-Z][a-z][\w'-]+\s+[A-Z][a-z][\w'-]+)"
    rf"(?:,\s+(?:who|which)\s+(?:[^,;]|,\d){{3,120}},)?\s+(?:{REPORTING_VERBS}|told)\b"
)
_DENYING = re.compile(r"\b(?:den(?:y|ied|ies)|reject\w*|dismiss\w*|refut\w*|false|no evidence)\b", re.IGNORECASE)


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
    if PRONOUN_START.match(what) or len(re.findall(r"\w+", what)) < 5:
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
    name = next((n for _, n, _ in name_spans(who.strip().rstrip(","))), None)
    if name is None or name not in who:
        return what
    the = bool(re.search(rf"\b[Tt]he\s+{re.escape(name)}", who))
    if (m["pronoun"].lower() in ("he", "she")) != is_person(name, the):
        return what
    return ("The " if the else "") + name + what[m.end("pronoun") :]


def speaker_role(claim: str) -> str | None:
    """ "Anika Feld, the county's director of public health, said ..." -> "Anika Feld is the county's
    director of public health.", "..., said Tomas Reyl, a spokesman for Velstrand." -> "Tomas Reyl is a
    spokesman for Velstrand.", or None."""
    m = next((m for pattern in _ROLE if (m := pattern.search(claim.strip()))), None)
    if m is not None and m["name"].split()[0] not in NOT_NAME:
        role = re.sub(r"^(The|An?)\b", lambda article: article[0].lower(), m["role"].rstrip("."))
        return f"{m['name']} is {role}."
    m = _TITLED.search(claim.strip())
    if m is None or m["title"].split()[0] in NOT_NAME:
        return None
    return f"{m['name']} is {m['title'].strip()}."


# "I", "we", "our": a claim in the first person is a quotation; it stands on its own only with its speaker.
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|me|my|My)\b")
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
    if m is None or len(m["who"].split()) < 2 or m["who"].split()[0] in NOT_NAME:
        return None
    return m["who"]


def attributed(text: str) -> bool:
    """A named speaker (not "he", "they") reports something in ``text``, outside a quotation."""
    return reported_content(text) is not None and not PRONOUN_START.match(text) and not text.startswith(('"', "“"))
