"""Tiny DSL for hand-written news stance pairs."""

PAT = {
    "AS": ("attribution_support", "supports"),
    "AC": ("attribution_contradict", "contradicts"),
    "AN": ("attribution_neutral", "neutral"),
    "FD": ("fact_via_denial", "contradicts"),
    "FC": ("fact_claimed_only", "neutral"),
    "DS": ("denial_support", "supports"),
    "PS": ("paraphrase_support", "supports"),
    "NEG": ("negation", "contradicts"),
    "NUM": ("number_swap", "contradicts"),
    "DATE": ("date_swap", "contradicts"),
    "ENT": ("entity_swap", "contradicts"),
    "PLACE": ("place_swap", "contradicts"),
    "Q": ("quantifier", "contradicts"),
    "PN": ("partial_neutral", "neutral"),
    "RN": ("related_neutral", "neutral"),
}
STORIES = {"train": [], "val": []}
_split = ["train"]


def split(name):
    _split[0] = name


def story(topic, domain, passages, pairs):
    if isinstance(passages, str):
        passages = [passages]
    STORIES[_split[0]].append({"topic": topic, "domain": domain, "passages": passages, "pairs": pairs})
