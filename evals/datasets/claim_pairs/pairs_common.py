"""What the claim-pair builders share: reading the sources, checking the pairs, writing the file.

The builders (``make_pairs.py``, ``make_test_pairs.py``, ``make_test2_pairs.py``, ...) run as scripts, so this folder
is on their ``sys.path`` and they import it as ``from pairs_common import ...``. Their hand-written data stays in
them; this module holds only logic. Every check stops the build with a ``SystemExit`` that names the file or the
table at fault and what is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

# This folder, the repository, and the folders the builders read their sources from.
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SCIFACT_DIR = REPO.parent / "shared" / "datasets" / "scifact"
VERIFIER_DATA = REPO / "workbench" / "verifier" / "data"
SCIFACT_TRAIN = SCIFACT_DIR / "claims_train.jsonl"
# BEIR's SciFact test qrels: the abstracts the SciFact dev claims (BEIR test queries, used by pairs_test2.jsonl) cite.
SCIFACT_DEV_QRELS = SCIFACT_DIR / "beir" / "qrels" / "test.tsv"
NEWS = VERIFIER_DATA / "news_pairs.jsonl"
NEWS_VAL = VERIFIER_DATA / "news_pairs_val.jsonl"
WICE = VERIFIER_DATA / "wice_pairs.jsonl"
# A SciFact claim or story text whose word Jaccard with an earlier text reaches this is of an earlier family.
MAX_JACCARD_EARLIER = 0.5
# The kinds of pair from pairs_test6.jsonl on, with the label each implies (every pair is (kind, key, key)).
LABEL_OF_KIND = {
    **dict.fromkeys(("paraphrase", "light_edit"), 1),
    **dict.fromkeys(("attribution", "number", "entity", "negation", "direction", "related", "roles"), 0),
    **dict.fromkeys(("quantifier", "modality", "hedge", "time_span"), 0),
}


def earlier_splits(before: int) -> list[Path]:
    """The split files written before pairs_test<before>.jsonl: pairs.jsonl, pairs_test.jsonl, pairs_test2.jsonl ..."""
    return [HERE / "pairs.jsonl", HERE / "pairs_test.jsonl"] + [HERE / f"pairs_test{n}.jsonl" for n in range(2, before)]


def other_scifact_groups(before: int) -> tuple[str, ...]:
    """SciFact group prefixes of the splits before pairs_test<before>.jsonl that are not named after abstracts
    (pairs.jsonl's are scifact-<doc id>-<doc id>...)."""
    trains = tuple(f"scifact-train{n}-" for n in range(4, before))
    return ("scifact-test-", "scifact-dev-", "scifact-train-", *trains)


# The keys of an output row, in the order they are written.
KEYS = ("id", "split", "group", "label", "kind", "a", "b", "a_source", "b_source")

Row = dict[str, object]
Pair = tuple[str, str, str]  # (kind, key, key)


# --- reading -------------------------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict]:
    """Every row of a JSON-lines file, in order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_news(path: Path) -> dict[str, set[str]]:
    """Topic -> the claims a news pairs file (``news_pairs*.jsonl``) holds for it."""
    claims: dict[str, set[str]] = defaultdict(set)
    for row in read_jsonl(path):
        claims[row["topic"]].add(row["claim"].strip())
    return claims


def read_wice(path: Path) -> tuple[dict[str, set[str]], set[str]]:
    """WiCE group -> its original claims (the synthetic contradictions left out); and every claim text of the file."""
    claims: dict[str, set[str]] = defaultdict(set)
    every: set[str] = set()
    for row in read_jsonl(path):
        every.add(row["claim"].strip())
        if not row["pattern"].startswith("synthetic"):
            claims[row["group"]].add(row["claim"].strip())
    return claims, every


def read_scifact_texts(path: Path, id_key: str = "id", text_key: str = "claim") -> dict[int, str]:
    """Claim id -> claim text. SciFact claims files use the defaults; BEIR queries files ``_id`` and ``text``."""
    return {int(row[id_key]): row[text_key].strip() for row in read_jsonl(path)}


def read_scifact_cited(path: Path) -> dict[int, tuple[str, set[str]]]:
    """SciFact claims file: claim id -> (claim text, the ids of the abstracts it cites)."""
    return {int(row["id"]): (row["claim"].strip(), {str(d) for d in row["cited_doc_ids"]}) for row in read_jsonl(path)}


def read_dev_cited(path: Path) -> dict[int, set[str]]:
    """BEIR SciFact qrels (a header, then query-id, corpus-id, score): claim id -> the abstracts it cites."""
    cited: dict[int, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        query, doc, _ = line.split("\t")
        cited.setdefault(int(query), set()).add(doc)
    return cited


@dataclass
class Earlier:
    """What the splits already looked at hold: the files, and every text, group and source of their rows."""

    paths: list[Path]
    texts: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)  # scifact:9, wice:dev00328, news:<topic>, hand, ...

    @property
    def names(self) -> str:
        """The file names, comma-separated, for messages."""
        return ", ".join(p.name for p in self.paths)


def read_earlier(paths: list[Path]) -> Earlier:
    """Read the splits already looked at (each a file this folder ships)."""
    earlier = Earlier(list(paths))
    for path in paths:
        for row in read_jsonl(path):
            earlier.texts.add(row["a"].strip())
            earlier.texts.add(row["b"].strip())
            earlier.groups.add(row["group"])
            earlier.sources.add(row["a_source"])
            earlier.sources.add(row["b_source"])
    return earlier


# --- text likeness and SciFact candidates --------------------------------------------------------------------------


def words(text: str) -> set[str]:
    """The lower-cased words of a text."""
    return set(re.findall(r"\w+", text.lower()))


def jaccard(a: str, b: str) -> float:
    """Word Jaccard similarity of two texts."""
    return len(words(a) & words(b)) / len(words(a) | words(b))


def id_gap_candidates(texts: dict[int, str], max_gap: int, min_jaccard: float) -> set[tuple[int, int]]:
    """Pairs of claims with ids at most max_gap apart and word Jaccard >= min_jaccard."""
    ids = sorted(texts)
    return {
        (a, b)
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if b - a <= max_gap and jaccard(texts[a], texts[b]) >= min_jaccard
    }


def clusters(pairs: list[tuple[int, int]], prefix: str) -> dict[int, str]:
    """Claim id -> group name '<prefix><lowest id of its cluster>' (clusters joined by the pairs)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {cid: f"{prefix}{root(cid)}" for cid in parent}


# --- building rows -------------------------------------------------------------------------------------------------


def pair_row(group: str, label: int, kind: str, a: str, b: str, a_source: str, b_source: str) -> Row:
    """One pair, before finish() numbers it and gives it its split."""
    return {"group": group, "label": label, "kind": kind, "a": a, "b": b, "a_source": a_source, "b_source": b_source}


def scifact_rows(
    texts: dict[int, str],
    group_of: dict[int, str],
    different: list[tuple[int, int]],
    same: list[tuple[int, int]],
    hand: Iterable[tuple[Mapping[int, str], str]],
) -> list[Row]:
    """SciFact pairs: the different (label 0) and same (label 1) claim pairs, then each hand-written text.

    hand holds (claim id -> text, kind) tables, e.g. paraphrases and light edits. Each text is paired with its claim
    (label 1, the kind) and with the claim's sibling, the most alike claim of `different` (label 0,
    '<kind>_vs_sibling'; ties: the lower id).
    """

    def sf(cid: int) -> str:
        return f"scifact:{cid}"

    rows: list[Row] = []
    partners: dict[int, list[int]] = defaultdict(list)
    for a, b in different:
        partners[a].append(b)
        partners[b].append(a)
        rows.append(pair_row(group_of[a], 0, "scifact_sibling", texts[a], texts[b], sf(a), sf(b)))
    for a, b in same:
        rows.append(pair_row(group_of[a], 1, "scifact_same", texts[a], texts[b], sf(a), sf(b)))

    def sibling(cid: int) -> int:
        if cid not in partners:
            raise SystemExit(f"SciFact claim {cid} is paraphrased but has no sibling")
        return max(partners[cid], key=lambda o: (jaccard(texts[cid], texts[o]), -o))

    for table, kind in hand:
        for cid, text in sorted(table.items()):
            other = sibling(cid)
            rows.append(pair_row(group_of[cid], 1, kind, texts[cid], text, sf(cid), "hand"))
            rows.append(pair_row(group_of[cid], 0, f"{kind}_vs_sibling", text, texts[other], "hand", sf(other)))
    return rows


def check_news_quotes(news: dict[str, set[str]], news_path: Path, topic: str, quoted: Mapping[str, str]) -> None:
    """Stop unless the news file has the topic and every quoted claim of it, word for word."""
    if topic not in news:
        raise SystemExit(f"{news_path}: news topic not found: {topic}")
    for key, text in quoted.items():
        if text not in news[topic]:
            raise SystemExit(f"{news_path}: claim {key!r} of topic {topic} not found: {text}")


def _news_member(topic: str, quoted: Mapping[str, str], written: Mapping[str, str], key: str) -> tuple[str, str]:
    """(text, source) of a key of a news topic: a quoted claim ('news:<topic>') or a hand-written text ('hand')."""
    if key in quoted:
        return quoted[key], f"news:{topic}"
    if key in written:
        return written[key], "hand"
    raise SystemExit(f"news topic {topic}: unknown key {key!r}")


def news_rows(
    news_path: Path,
    claims: Mapping[str, Mapping[str, str]],
    hand: Mapping[str, Mapping[str, str]],
    pairs: Mapping[str, list[Pair]],
    label_of_kind: Mapping[str, int],
    *,
    all_used: bool,
) -> list[Row]:
    """The pairs of each news topic of `pairs` (group 'news-<topic>'), in order.

    claims: topic -> key -> a claim quoted from the news file (checked by check_news_quotes, source 'news:<topic>');
    hand: topic -> key -> a text written by hand (source 'hand'); pairs: topic -> (kind, key, key), the label following
    from the kind. Stops on keys both quoted and hand-written, unknown keys and, with all_used, texts in no pair.
    """
    news = read_news(news_path)
    rows: list[Row] = []
    for topic, topic_pairs in pairs.items():
        quoted, written = claims.get(topic, {}), hand.get(topic, {})
        check_news_quotes(news, news_path, topic, quoted)
        if set(quoted) & set(written):
            raise SystemExit(
                f"news topic {topic}: keys both quoted and hand-written: {sorted(set(quoted) & set(written))}"
            )
        if all_used:
            used = {key for _, first, second in topic_pairs for key in (first, second)}
            unused = sorted((set(quoted) | set(written)) - used)
            if unused:
                raise SystemExit(f"news topic {topic}: texts in no pair: {unused}")

        for kind, first, second in topic_pairs:
            (a, a_source), (b, b_source) = (_news_member(topic, quoted, written, key) for key in (first, second))
            rows.append(pair_row(f"news-{topic}", label_of_kind[kind], kind, a, b, a_source, b_source))
    return rows


def check_wice_tables(groups: Mapping[int, str], claims: Mapping[int, str]) -> None:
    """Stop unless WICE_GROUPS and WICE_CLAIMS hold one claim per WiCE group, under the same indexes."""
    if len(set(groups.values())) != len(groups) or set(groups) != set(claims):
        raise SystemExit("WICE_GROUPS and WICE_CLAIMS: one claim per WiCE group, the same indexes in both")


def quote_wice(wice: dict[str, set[str]], wice_path: Path, n: int, wice_group: str, text: str) -> tuple[str, str]:
    """(text, source 'wice:<id>') of WiCE claim n, after checking that its group of the file holds it."""
    if text not in wice.get(wice_group, set()):
        raise SystemExit(f"{wice_path}: WiCE claim {n} not found in {wice_group}: {text}")
    return text, f"wice:{wice_group.removeprefix('wice-')}"


def check_all_paired(tables: Iterable[tuple[str, Mapping, Mapping]]) -> None:
    """Stop if a (name, texts by family, pairs by family) table has a family with no pairs."""
    for name, families, paired in tables:
        if set(families) - set(paired):
            raise SystemExit(f"{name}: families with no pairs: {sorted(set(families) - set(paired), key=str)}")


def check_family(
    name: str, quoted: Mapping[str, str], hand: Mapping[str, str], pairs: list[Pair], label_of_kind: Mapping[str, int]
) -> None:
    """Stop on keys both quoted and hand-written, unknown kinds or keys, and texts in no pair."""
    if set(quoted) & set(hand):
        raise SystemExit(f"{name}: keys both quoted and hand-written: {sorted(set(quoted) & set(hand))}")
    keys = set(quoted) | set(hand)
    for kind, first, second in pairs:
        if kind not in label_of_kind:
            raise SystemExit(f"{name}: unknown kind {kind!r}")
        for key in (first, second):
            if key not in keys:
                raise SystemExit(f"{name}: unknown key {key!r}")
    unused = sorted(keys - {key for _, first, second in pairs for key in (first, second)})
    if unused:
        raise SystemExit(f"{name}: texts in no pair: {unused}")


def family_rows(
    group: str,
    quoted: Mapping[str, tuple[str, str]],
    hand: Mapping[str, str],
    pairs: list[Pair],
    label_of_kind: Mapping[str, int],
) -> list[Row]:
    """The pairs of one family (a story or a claim and the texts written from it), checked by check_family.

    quoted: key -> (text, source); hand: key -> text (source 'hand'); the label follows from the kind.
    """
    check_family(group, {k: t for k, (t, _) in quoted.items()}, hand, pairs, label_of_kind)

    def member(key: str) -> tuple[str, str]:
        return quoted[key] if key in quoted else (hand[key], "hand")

    rows: list[Row] = []
    for kind, first, second in pairs:
        (a, a_source), (b, b_source) = member(first), member(second)
        rows.append(pair_row(group, label_of_kind[kind], kind, a, b, a_source, b_source))
    return rows


# --- checking and finishing ----------------------------------------------------------------------------------------


def earlier_scifact_docs(groups: Iterable[str], other_prefixes: tuple[str, ...]) -> set[str]:
    """The abstract ids that pairs.jsonl-style SciFact groups (scifact-<doc id>-<doc id>...) are named after.

    Groups starting with one of other_prefixes (e.g. 'scifact-test-') are named otherwise and are passed over.
    """
    return {
        doc
        for group in groups
        if group.startswith("scifact-") and not group.startswith(other_prefixes)
        for doc in group.removeprefix("scifact-").split("-")
    }


def check_distinct_pairs(rows: list[Row]) -> None:
    """Stop on a pair of a text with itself, or a pair that stands twice (in either order)."""
    seen: set[frozenset[str]] = set()
    for row in rows:
        pair = frozenset((str(row["a"]), str(row["b"])))
        if len(pair) < 2 or pair in seen:
            raise SystemExit(f"duplicated or self pair: {row['a']!r} / {row['b']!r}")
        seen.add(pair)


def check_fresh(rows: list[Row], earlier: Earlier) -> None:
    """Stop if a text of the rows is in a split already looked at (listing every such text)."""
    reused = sorted({str(row[side]) for row in rows for side in ("a", "b")} & earlier.texts)
    if reused:
        raise SystemExit(
            f"{len(reused)} text(s) already in {earlier.names}; this split must be fresh:\n  " + "\n  ".join(reused)
        )


def finish(rows: list[Row], prefix: str, split: str | Mapping[str, str]) -> list[Row]:
    """Number the rows '<prefix>0001', ..., give each its split (one name, or group -> name) and order the keys."""
    for i, row in enumerate(rows, 1):
        row["id"] = f"{prefix}{i:04d}"
        row["split"] = split if isinstance(split, str) else split[str(row["group"])]
    return [{k: row[k] for k in KEYS} for row in rows]


def write_rows(rows: list[Row], out: Path) -> None:
    """Write the rows as JSON lines (UTF-8, not ASCII-escaped)."""
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def summary(rows: list[Row], out: Path, *, by_split: bool = False) -> str:
    """The line a builder prints: how many pairs went to out, and how many of each label (per split, with by_split)."""
    if by_split:
        by_split_label: dict[tuple[object, object], int] = defaultdict(int)
        for row in rows:
            by_split_label[(row["split"], row["label"])] += 1
        counts = ", ".join(f"{s}/{lab}: {n}" for (s, lab), n in sorted(by_split_label.items()))
        return f"{len(rows)} pairs -> {out}: {counts}"
    by_label: dict[object, int] = defaultdict(int)
    for row in rows:
        by_label[row["label"]] += 1
    groups = len({row["group"] for row in rows})
    return f"{len(rows)} pairs, {groups} groups -> {out}: " + ", ".join(
        f"label {k}: {n}" for k, n in sorted(by_label.items())
    )


# --- family splits: news stories, WiCE claims and SciFact claims, each with texts written from it (test3 on) -------


@dataclass(frozen=True)
class NewsTables:
    """A split's news stories: claims quoted from the news file, texts written by hand, the pairs of each topic.

    Each topic is the group 'news-<topic>'; a story that is a group of an earlier split is taken. new_sources: so is
    a story an earlier split drew on at all (a 'news:<topic>' source). hand_not_quoted: no hand text may be a claim
    of the file (it must be quoted as such, with its source).
    """

    path: Path
    claims: Mapping[str, Mapping[str, str]]
    hand: Mapping[str, Mapping[str, str]]
    pairs: Mapping[str, list[Pair]]
    new_sources: bool = False
    hand_not_quoted: bool = False


@dataclass(frozen=True)
class WiceTables:
    """A split's WiCE claims (index -> WiCE group and claim), texts written by hand, the pairs of each claim.

    Each claim is the group '<group_prefix><index>'. new_sources: a WiCE claim an earlier split used is taken.
    hand_not_quoted: no hand text may be a claim of the WiCE file.
    """

    path: Path
    groups: Mapping[int, str]
    claims: Mapping[int, str]
    hand: Mapping[int, Mapping[str, str]]
    pairs: Mapping[int, list[Pair]]
    group_prefix: str
    new_sources: bool = False
    hand_not_quoted: bool = False


@dataclass(frozen=True)
class SciFactTables:
    """A split's SciFact claims (by id, quoted from a claims file with cited abstracts), hand texts, pairs.

    Each claim is the group '<group_prefix><id>'. A claim citing an abstract that pairs.jsonl names a group after is
    taken (other_groups: the earlier SciFact group prefixes named otherwise); earlier_docs_of says whose abstracts
    those are, for the message. new_sources: so is a claim an earlier split used, and any abstract it cites.
    dev_qrels: BEIR's qrels/test.tsv, for the abstracts the dev claims cite (they have no claims file here).
    max_jaccard_earlier: a claim worded this much like an earlier text is taken (the SciFact test claims cite no
    known abstracts). one_family_per_abstract: no two claims here may cite the same abstract. hand_not_quoted: no
    hand text may be a claim of the claims file.
    """

    path: Path
    hand: Mapping[int, Mapping[str, str]]
    pairs: Mapping[int, list[Pair]]
    group_prefix: str
    other_groups: tuple[str, ...]
    earlier_docs_of: str
    new_sources: bool = False
    dev_qrels: Path | None = None
    max_jaccard_earlier: float | None = None
    one_family_per_abstract: bool = False
    hand_not_quoted: bool = False


@dataclass(frozen=True)
class StoryTables:
    """A split's stories written by hand for it (test6 on): the texts of each story and the pairs of its texts.

    Each story is the group '<group_prefix><topic>' and every text has the source 'hand'. No text may be a claim of the
    news or WiCE file. max_jaccard_earlier: a text worded this much like an earlier text is taken to be of an earlier
    story's family.
    """

    hand: Mapping[str, Mapping[str, str]]
    pairs: Mapping[str, list[Pair]]
    group_prefix: str
    max_jaccard_earlier: float | None = None


def check_not_quoted(name: str, hand: Mapping[str, str], every: set[str], path: Path, advice: str) -> None:
    """Stop if a hand text is a claim of its source file: a text of the file must be quoted as such, with its source."""
    for key, text in hand.items():
        if text in every:
            raise SystemExit(f"{name}: hand text {key!r} is a claim of {path}; {advice}")


def build_families(
    earlier: Earlier,
    news: NewsTables,
    wice: WiceTables,
    scifact: SciFactTables,
    label_of_kind: Mapping[str, int],
    original: str,
    *,
    new_groups: bool = False,
    hand_stories: StoryTables | None = None,
) -> list[Row]:
    """The checked pairs of a family split: the news stories, the WiCE claims, the hand stories, the SciFact claims.

    original: the key that stands for the claim quoted from the WiCE or SciFact file in their pairs. new_groups: no
    group may be a group of an earlier split. hand_stories: stories written by hand, if any. Each family is checked by
    check_family; the rows by check_distinct_pairs and, against the earlier splits, check_fresh.
    """
    check_all_paired(
        (
            ("NEWS_CLAIMS", news.claims, news.pairs),
            ("NEWS_HAND", news.hand, news.pairs),
            ("WICE_CLAIMS", wice.claims, wice.pairs),
            ("WICE_HAND", wice.hand, wice.pairs),
            ("SCIFACT_HAND", scifact.hand, scifact.pairs),
            *((("STORY_HAND", hand_stories.hand, hand_stories.pairs),) if hand_stories is not None else ()),
        )
    )
    rows: list[Row] = []

    def add_family(group: str, quoted: dict[str, tuple[str, str]], hand: Mapping[str, str], pairs: list[Pair]) -> None:
        """quoted: key -> (text, source); hand: key -> text."""
        if new_groups and group in earlier.groups:
            raise SystemExit(f"group {group} is already a group of an earlier split; pick another")
        rows.extend(family_rows(group, quoted, hand, pairs, label_of_kind))

    stories = read_news(news.path)
    every_news = set().union(*stories.values())
    for topic, pairs in news.pairs.items():
        quoted = news.claims.get(topic, {})
        check_news_quotes(stories, news.path, topic, quoted)
        source = f"news:{topic}"
        if news.new_sources:
            if f"news-{topic}" in earlier.groups or source in earlier.sources:
                raise SystemExit(f"news topic {topic} is already used by an earlier split; pick another story")
        elif f"news-{topic}" in earlier.groups:
            raise SystemExit(f"news topic {topic} is already a group of an earlier split; pick another story")
        hand = news.hand.get(topic, {})
        if news.hand_not_quoted:
            check_not_quoted(topic, hand, every_news, news.path, "quote it instead")
        add_family(f"news-{topic}", {k: (t, source) for k, t in quoted.items()}, hand, pairs)

    wice_claims, every_wice = read_wice(wice.path)
    check_wice_tables(wice.groups, wice.claims)
    for n, pairs in wice.pairs.items():
        text, source = quote_wice(wice_claims, wice.path, n, wice.groups[n], wice.claims[n])
        if wice.new_sources and source in earlier.sources:
            raise SystemExit(f"WiCE claim {n} ({wice.groups[n]}) is already used by an earlier split; pick another")
        hand = wice.hand.get(n, {})
        if wice.hand_not_quoted:
            check_not_quoted(f"WiCE {n}", hand, every_wice, wice.path, "pick another wording")
        add_family(f"{wice.group_prefix}{n}", {original: (text, source)}, hand, pairs)

    if hand_stories is not None:
        # Precomputed once: the words of every earlier text, to catch a story worded like an earlier story's text.
        limit = hand_stories.max_jaccard_earlier
        earlier_words = [(t, words(t)) for t in sorted(earlier.texts)] if limit is not None else []
        for topic, pairs in hand_stories.pairs.items():
            hand = hand_stories.hand.get(topic, {})
            check_not_quoted(topic, hand, every_news, news.path, "pick another wording")
            check_not_quoted(topic, hand, every_wice, wice.path, "pick another wording")
            for key, text in hand.items():
                mine = words(text)
                alike = [t for t, w in earlier_words if len(mine & w) / len(mine | w) >= limit]
                if alike:
                    raise SystemExit(f"story {topic}: text {key!r} is worded like an earlier text: {alike}")
            add_family(f"{hand_stories.group_prefix}{topic}", {}, hand, pairs)

    cited = read_scifact_cited(scifact.path)
    every_scifact = {text for text, _ in cited.values()}
    # Earlier SciFact claims: every scifact:<id> source (the ids of the training, dev and test claims do not overlap).
    earlier_ids: set[int] = set()
    earlier_docs: set[str] = set()
    if scifact.new_sources:
        earlier_ids = {int(s.removeprefix("scifact:")) for s in earlier.sources if s.startswith("scifact:")}
        earlier_docs = {doc for cid in earlier_ids if cid in cited for doc in cited[cid][1]}
    # pairs.jsonl names its SciFact groups after the cited abstracts: scifact-<doc id>-<doc id>...
    earlier_docs |= earlier_scifact_docs(earlier.groups, scifact.other_groups)
    if scifact.dev_qrels is not None:
        dev_cited = read_dev_cited(scifact.dev_qrels)
        earlier_docs |= {doc for cid in earlier_ids for doc in dev_cited.get(cid, set())}
    docs_here: dict[str, int] = {}
    for cid, pairs in scifact.pairs.items():
        if cid not in cited:
            raise SystemExit(f"{scifact.path}: SciFact claim id not found: {cid}")
        if cid in earlier_ids:
            raise SystemExit(f"SciFact claim {cid} is already used by an earlier split; pick another")
        text, docs = cited[cid]
        shared = sorted(docs & earlier_docs)
        if shared:
            raise SystemExit(f"SciFact claim {cid} cites an abstract of {scifact.earlier_docs_of}: {shared}")
        if scifact.max_jaccard_earlier is not None:
            alike = sorted(t for t in earlier.texts if jaccard(text, t) >= scifact.max_jaccard_earlier)
            if alike:
                raise SystemExit(f"SciFact claim {cid} is worded like an earlier text, likely of its family: {alike}")
        # One family per abstract: two claims here citing the same abstract would be one claim family in two groups.
        if scifact.one_family_per_abstract:
            for doc in sorted(docs):
                if doc in docs_here:
                    raise SystemExit(f"SciFact claims {docs_here[doc]} and {cid} cite the same abstract {doc}")
                docs_here[doc] = cid
        hand = scifact.hand.get(cid, {})
        if scifact.hand_not_quoted:
            check_not_quoted(f"SciFact {cid}", hand, every_scifact, scifact.path, "pick another wording")
        add_family(f"{scifact.group_prefix}{cid}", {original: (text, f"scifact:{cid}")}, hand, pairs)

    check_distinct_pairs(rows)
    check_fresh(rows, earlier)
    return rows


# --- the builders of the splits written as hand stories plus SciFact claims (test8 on) ---------------------------


def check_new_stories(earlier: Earlier, news_paths: list[Path], story_hand: Mapping[str, Mapping[str, str]]) -> None:
    """Stop if a story here has the topic of an earlier one, or a text of it is a claim of a verifier news file.

    Earlier stories: the news and story groups of the earlier splits (their 'news-' or 'story<n>-' prefix dropped) and
    the topics of the verifier's news files, which build_families does not all read (news_pairs_val.jsonl).
    """
    taken = {re.sub(r"^(news|story\d*)-", "", g) for g in earlier.groups if g.startswith(("news-", "story"))}
    for path in news_paths:
        stories = read_news(path)
        taken |= set(stories)
        every = set().union(*stories.values())
        for topic, hand in story_hand.items():
            check_not_quoted(topic, hand, every, path, "pick another wording")
    reused = sorted(set(story_hand) & taken)
    if reused:
        raise SystemExit(f"stories already told by an earlier split or a verifier news file; pick others: {reused}")


def check_new_ids(paths: list[Path], prefix: str) -> None:
    """Stop if an id of an earlier split starts with ``prefix``: every split's ids are its own."""
    for path in paths:
        if any(str(row["id"]).startswith(prefix) for row in read_jsonl(path)):
            raise SystemExit(f"{path.name} has ids starting with {prefix!r}; pick another prefix")


@dataclass
class HandSplit:
    """A split of hand-written stories and SciFact training claims: pairs_test<n>.jsonl, ids <id_prefix>0001 ..."""

    n: int
    id_prefix: str
    story_hand: Mapping[str, Mapping[str, str]]
    story_pairs: Mapping[str, list]
    scifact_hand: Mapping[int, Mapping[str, str]]
    scifact_pairs: Mapping[int, list]
    original: str

    def build(
        self, news_path: Path, news_val_path: Path, wice_path: Path, scifact_path: Path, dev_qrels_path: Path
    ) -> list[Row]:
        earlier_paths = earlier_splits(self.n)
        earlier = read_earlier(earlier_paths)
        check_new_ids(earlier_paths, self.id_prefix)
        check_new_stories(earlier, [news_path, news_val_path], self.story_hand)
        rows = build_families(
            earlier,
            # No news story and no WiCE claim is used: the files are read only to check that no hand text is theirs.
            NewsTables(news_path, {}, {}, {}, new_sources=True, hand_not_quoted=True),
            WiceTables(wice_path, {}, {}, {}, {}, f"wice{self.n}-", new_sources=True, hand_not_quoted=True),
            SciFactTables(
                scifact_path,
                self.scifact_hand,
                self.scifact_pairs,
                f"scifact-train{self.n}-",
                other_groups=other_scifact_groups(self.n),
                earlier_docs_of="an earlier SciFact claim",
                new_sources=True,
                dev_qrels=dev_qrels_path,
                max_jaccard_earlier=MAX_JACCARD_EARLIER,
                one_family_per_abstract=True,
                hand_not_quoted=True,
            ),
            LABEL_OF_KIND,
            self.original,
            new_groups=True,
            hand_stories=StoryTables(
                self.story_hand, self.story_pairs, f"story{self.n}-", max_jaccard_earlier=MAX_JACCARD_EARLIER
            ),
        )
        return finish(rows, self.id_prefix, f"test{self.n}")

    def main(self, description: str) -> None:
        p = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs.jsonl (read to check texts)")
        p.add_argument("--news-val", type=Path, default=NEWS_VAL, help="the verifier's news_pairs_val.jsonl (the same)")
        p.add_argument("--wice", type=Path, default=WICE, help="the verifier's wice_pairs.jsonl (read to check texts)")
        p.add_argument("--scifact", type=Path, default=SCIFACT_TRAIN, help="SciFact claims_train.jsonl")
        p.add_argument("--scifact-dev-qrels", type=Path, default=SCIFACT_DEV_QRELS, help="BEIR SciFact qrels/test.tsv")
        p.add_argument("--out", type=Path, default=HERE / f"pairs_test{self.n}.jsonl")
        args = p.parse_args()
        rows = self.build(args.news, args.news_val, args.wice, args.scifact, args.scifact_dev_qrels)
        write_rows(rows, args.out)
        print(summary(rows, args.out))
