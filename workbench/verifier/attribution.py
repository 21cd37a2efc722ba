"""Who says it: the reporting cues the verdict aggregation reads beside the stance model.

News evidence is mostly reported speech. A window saying "the ministry claimed X" supports the
claim "the ministry said X", but for the claim "X" it is only a report of someone's assertion;
with a denial nearby, the claim is disputed rather than supported. The MiniLM stance model sees
few such pairs in training and reads both as "supports". Three cues, plain patterns over words
news style guides name (AP and Reuters: "said" is neutral; "claimed", "alleged", "insisted" mark
an assertion the outlet does not vouch for):

- the claim itself reports speech ("X said ...", "according to X", "X accused Y of ...");
- a window relays an assertion without vouching for it (claimed, alleged, accused, asserted,
  insisted, purportedly, reportedly, "in his account", "without providing evidence");
- a window mentions a denial or rejection (denied, rejected, dismissed, refuted, false, fabricated).

They are features of the aggregation (aggregate.py), fitted with the stance features on the
validation claims, so their weight is measured, not assumed. English only, like the stance model.
"""

from __future__ import annotations

import re

_REPORTING = re.compile(
    r"\b(?:said|says|say|stated|(?<!united )states|claim(?:s|ed)?|reported|reports|announced|accus\w*|assert\w*|told|"
    r"den(?:y|ied|ies)|argued|insist\w*|quoted|according to|alleg\w*|consider\w*|described|called|"
    r"responded|complained|added|warned)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|alleg\w*|accus\w*|assert\w*|insist\w*|purported\w*|reportedly|blamed|"
    r"in (?:his|her|its|their) (?:account|version)|without (?:providing|offering|giving) (?:any )?evidence)\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies|ial)|reject\w*|dismiss\w*|refut\w*|false|fake|fabricated|untrue|disputed?)\b",
    re.IGNORECASE,
)


def reports_speech(claim: str) -> bool:
    """The claim is about what someone said, reported or asserted."""
    return bool(_REPORTING.search(claim))


def hedged(text: str) -> bool:
    """The text relays an assertion without vouching for it."""
    return bool(_HEDGED.search(text))


def mentions_denial(text: str) -> bool:
    """The text reports a denial, rejection or a finding that something is false."""
    return bool(_DENIAL.search(text))
