"""The HTML the UI builds: every piece of text escaped, spans placed, weak suggestions marked. No browser."""

from __future__ import annotations

import re

from workbench.records import (
    Claim,
    ClaimStatus,
    CorpusDocument,
    Document,
    Evidence,
    PassageJudgement,
    Span,
    Suggestion,
)
from workbench.ui import render

ATTACK = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'


def _doc(text: str) -> Document:
    return Document.from_text(
        text, title=f"Title {ATTACK}", kind="article", source="a.txt", outlet=ATTACK, url="javascript:alert(1)"
    )


def _claim(cid: str, start: int, end: int, text: str = "claim", worth: float = 0.9) -> Claim:
    return Claim(id=cid, article_id="a", text=text, span=Span(start=start, end=end), check_worthiness=worth)


def _evidence(text: str = ATTACK) -> Evidence:
    return Evidence(
        chunk_id="d:0",
        doc_id="d",
        title=ATTACK,
        text=text,
        score=0.03,
        start=0,
        end=len(text),
        kind="evidence",
        source="b.md",
        outlet=ATTACK,
        url="javascript:alert(1)",
    )


def test_article_text_and_metadata_are_escaped_and_bad_links_dropped():
    text = f"Intro {ATTACK} and the claim."
    html = render.article_html(_doc(text), [_claim("c1", 0, 5)], {})
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_overlapping_spans_list_every_claim_and_take_the_colour_of_the_most_check_worthy():
    text = "Alpha beta gamma delta."
    claims = [_claim("c1", 0, 16, worth=0.9), _claim("c2", 6, 22, worth=0.5)]
    statuses = {"c1": ClaimStatus(claim_id="c1", by_reviewer={"a": "disputed"}, label="disputed")}
    html = render.article_html(_doc(text), claims, statuses, selected="c2")
    assert 'class="wb-span st-disputed" data-claims="c1"' in html
    assert 'data-claims="c1 c2"' in html and 'st-unreviewed selected" data-claims="c2"' in html


def test_a_claim_inside_another_shows_its_own_colour():
    text = "The ministry said that jets clashed on 23 November."
    report, content = _claim("r", 0, len(text), worth=0.9), _claim("c", 23, len(text), worth=0.9)
    statuses = {
        "r": ClaimStatus(claim_id="r", by_reviewer={"a": "supported"}, label="supported"),
        "c": ClaimStatus(claim_id="c", by_reviewer={"a": "disputed"}, label="disputed"),
    }
    html = render.article_html(_doc(text), [report, content], statuses)
    assert re.search(r'class="wb-span st-supported" data-claims="r"[^>]*>The ministry said that </mark>', html)
    assert re.search(r'class="wb-span st-disputed" data-claims="c r"[^>]*>jets clashed on 23 November.</mark>', html)


def test_the_header_line_is_the_heading_and_the_byline_not_prose():
    header = "Title: Jets clash over Syria? | Author: Ann Lee | Outlet: Wire | Date: 2017-12-09"
    text = f"{header}\n\nThe ministry said that jets clashed."
    start = text.index("The ministry")
    html = render.article_html(_doc(text), [_claim("c1", start, len(text))], {})
    body = html.split('<div class="wb-article">', 1)[1]
    assert "Title:" not in body and "Author:" not in body and body.startswith("<mark")
    assert "by Ann Lee" in html.split('<div class="wb-article">', 1)[0]
    plain = render.article_html(_doc("No header here. Just prose."), [], {})
    assert "No header here. Just prose." in plain and "by " not in plain


def test_claims_evidence_history_and_chat_are_escaped():
    claim = Claim(id='c"1', article_id="a", text=ATTACK, sentence=ATTACK, check_worthiness=0.5)
    suggestion = Suggestion(
        claim_id=claim.id, label="supported", rationale=ATTACK, cited=["d:0", "gone:1"], confidence=0.9
    )
    pieces = [
        render.claim_list_html([claim], {}, {claim.id: suggestion}, claim.id),
        render.claim_detail_html(claim, [_evidence()], suggestion, None),
        render.evidence_list_html(claim, [_evidence()], suggestion),
        render.answer_markdown(f"It happened {ATTACK} [1] [P7?]", 0),
        render.search_results_html(ATTACK, [_evidence()]),
        render.documents_html([CorpusDocument(id="d", title=ATTACK, outlet=ATTACK, source=ATTACK, chunks=1)]),
    ]
    for html in pieces:
        assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert 'data-claim="c&quot;1"' in pieces[0]
    assert "[unmatched: gone:1]" in pieces[1], "a citation that cannot be matched is shown as such"
    assert 'href="#wb-cite-0-1" class="wb-cite"' in pieces[3] and "P7? unmatched" in pieces[3]


def test_weak_suggestions_are_visibly_weak():
    weak = Suggestion(claim_id="c", label="disputed", rationale="r", confidence=0.3, flags=["low_confidence"])
    strong = Suggestion(claim_id="c", label="disputed", rationale="r", confidence=0.8, cited=["d:0"])
    claim = Claim(id="c", article_id="a", text="t", check_worthiness=0.5)
    assert "WEAK".lower() in render.claim_detail_html(claim, [_evidence("x")], weak, None).lower()
    assert "wb-weak-tag" not in render.claim_detail_html(claim, [_evidence("x")], strong, None)


def test_the_sentences_that_share_the_claims_words_are_highlighted():
    text = "The weather was fine. An F-22 fired flares near Mayadin. Nothing else happened."
    html = render.highlight_sentences(text, "Did an F-22 fire flares near Mayadin?")
    assert '<mark class="wb-hl">An F-22 fired flares near Mayadin.</mark>' in html
    assert "The weather was fine." in html and '<mark class="wb-hl">The weather' not in html


# --- the verifier's deciding sentences and probabilities ---------------------------------------------

PASSAGE = "The weather was fine. An F-22 fired flares near Mayadin. Moscow denied it. Nothing else happened."
S2 = PASSAGE.index("An F-22")
S3 = PASSAGE.index("Moscow")
S4 = PASSAGE.index("Nothing")


def _window(start: int, end: int, stance: str = "supports", p: float = 0.91, chunk_id: str = "d:0") -> PassageJudgement:
    rest = (1 - p) / 2
    probs = {"supports": rest, "contradicts": rest, "neutral": rest} | {stance: p}
    return PassageJudgement(chunk_id=chunk_id, start=start, end=end, stance=stance, probs=probs)


def _marks(html: str) -> list[tuple[str, str, str]]:
    """(classes, title, text) of every deciding mark."""
    return re.findall(r'<mark class="(wb-decide [^"]*)" data-stance="[^"]*" title="([^"]*)">(.*?)</mark>', html)


def _verifier_suggestion(*deciding: PassageJudgement, **fields) -> Suggestion:
    values = {
        "claim_id": "c",
        "label": "supported",
        "rationale": "r",
        "cited": ["d:0"],
        "confidence": 0.81,
        "probabilities": {"supported": 0.81, "disputed": 0.07, "unverified": 0.12},
        "deciding": list(deciding),
    } | fields
    return Suggestion(**values)


def test_the_deciding_windows_are_marked_exactly_with_their_stance_and_probability():
    html = render.highlight_deciding(
        PASSAGE, [_window(S2, S3 - 1, "supports", 0.91), _window(S3, S3 + 17, "contradicts", 0.66)]
    )
    assert _marks(html) == [
        ("wb-decide stance-supports", "supports the claim (p=0.91)", "An F-22 fired flares near Mayadin."),
        ("wb-decide stance-contradicts", "contradicts the claim (p=0.66)", "Moscow denied it."),
    ]
    assert html.startswith("The weather was fine. <mark") and html.endswith("</mark> Nothing else happened.")
    assert "wb-hl" not in html


def test_overlapping_and_adjacent_windows_of_one_stance_merge_into_one_mark():
    overlapping = render.highlight_deciding(PASSAGE, [_window(S2, S4 - 1, p=0.9), _window(0, S3 - 1, p=0.7)])
    assert _marks(overlapping) == [("wb-decide stance-supports", "supports the claim (p=0.90)", PASSAGE[: S4 - 1])]
    touching = render.highlight_deciding(PASSAGE, [_window(S3, S4, p=0.6), _window(S2, S3, p=0.8)])
    assert _marks(touching) == [("wb-decide stance-supports", "supports the claim (p=0.80)", PASSAGE[S2:S4])]
    # two sentence windows with only the space between them are one mark, the space included
    spaced = render.highlight_deciding(PASSAGE, [_window(S2, S3 - 1), _window(S3, S4 - 1)])
    assert _marks(spaced) == [("wb-decide stance-supports", "supports the claim (p=0.91)", PASSAGE[S2 : S4 - 1])]
    # a window of another stance inside a stronger one does not split it; a weaker one keeps the rest
    nested = render.highlight_deciding(
        PASSAGE, [_window(S2, S4 - 1, "supports", 0.9), _window(S3, S4 - 1, "contradicts", 0.6)]
    )
    assert [m[2] for m in _marks(nested)] == [PASSAGE[S2 : S4 - 1]]
    split = render.highlight_deciding(
        PASSAGE, [_window(S3, S4 - 1, "contradicts", 0.9), _window(S2, S4 - 1, "supports", 0.6)]
    )
    assert [(m[0], m[2]) for m in _marks(split)] == [
        ("wb-decide stance-supports", "An F-22 fired flares near Mayadin. "),
        ("wb-decide stance-contradicts", "Moscow denied it."),
    ]
    assert "".join(re.sub(r"<[^>]+>", "", split)) == PASSAGE, "the text itself is unchanged"


def test_offsets_out_of_range_are_clamped_and_empty_windows_ignored():
    html = render.highlight_deciding(
        PASSAGE, [_window(S4, 10_000), _window(-50, 5, "contradicts"), _window(30, 30), _window(40, 20)]
    )
    assert [(m[0], m[2]) for m in _marks(html)] == [
        ("wb-decide stance-contradicts", "The w"),
        ("wb-decide stance-supports", "Nothing else happened."),
    ]
    assert render.highlight_deciding(PASSAGE, [_window(500, 600), _window(-9, -1)]) is None
    assert render.highlight_deciding("", [_window(0, 5)]) is None


def test_html_inside_a_deciding_window_is_escaped():
    text = f"Before. The jet fired flares {ATTACK} near Mayadin. After."
    start, end = text.index("The jet"), text.index(" After.")
    html = render.highlight_deciding(text, [_window(start, end)])
    assert "<script" not in html and "<img" not in html
    escaped = (
        "The jet fired flares &lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x "
        "onerror=&quot;window.__xss=1&quot;&gt; near Mayadin."
    )
    assert _marks(html) == [("wb-decide stance-supports", "supports the claim (p=0.91)", escaped)]
    # a window that cuts through the markup still leaves only escaped text
    cut = render.highlight_deciding(text, [_window(text.index("<script") + 3, text.index("onerror"), "contradicts")])
    assert (
        "<script" not in cut
        and "<img" not in cut
        and _marks(cut)[0][2] == "ript&gt;window.__xss=1&lt;/script&gt;&lt;img src=x "
    )


def test_the_evidence_panel_marks_deciding_sentences_and_falls_back_to_word_overlap():
    claim = Claim(id="c", article_id="a", text="Did an F-22 fire flares near Mayadin?", check_worthiness=0.9)
    first = _evidence(PASSAGE)
    second = Evidence(**(first.model_dump() | {"chunk_id": "e:0", "doc_id": "e"}))
    suggestion = _verifier_suggestion(_window(S2, S3 - 1))
    html = render.evidence_list_html(claim, [first, second], suggestion)
    cards = html.split("<article ")[1:]
    assert 'data-chunk="d:0"' in cards[0] and "cited" in cards[0] and "wb-stance-tag stance-supports" in cards[0]
    assert _marks(cards[0]) == [
        ("wb-decide stance-supports", "supports the claim (p=0.91)", "An F-22 fired flares near Mayadin.")
    ]
    assert "wb-hl" not in cards[0]
    # no deciding window for the second passage: the word-overlap highlight, as before
    assert '<mark class="wb-hl">An F-22 fired flares near Mayadin.</mark>' in cards[1] and "wb-decide" not in cards[1]
    # an LLM suggestion has no deciding windows: every passage gets the word-overlap highlight
    llm = Suggestion(claim_id="c", label="supported", rationale="r", cited=["d:0"], confidence=0.9)
    plain = render.evidence_list_html(claim, [first, second], llm)
    assert "wb-decide" not in plain and plain.count('<mark class="wb-hl">') == 2
    # a deciding window whose offsets lie wholly outside the passage falls back too
    lost = render.evidence_list_html(claim, [first], _verifier_suggestion(_window(900, 990)))
    assert "wb-decide stance" not in lost and '<mark class="wb-hl">' in lost


MARKDOWN = (
    "# Briefing\n\n*On 9 December **Major-General Igor Konashenkov** said an F-22 fired flares.* "
    "The [Fort Russ News](https://example.org/x) report followed.\n> Moscow denied it.\n"
)


def test_markdown_marks_are_left_out_of_what_is_shown_and_prose_stays():
    shown = render.shown(MARKDOWN, 0, len(MARKDOWN), render.markdown_marks(MARKDOWN))
    assert shown == (
        "Briefing\n\nOn 9 December Major-General Igor Konashenkov said an F-22 fired flares. "
        "The Fort Russ News report followed.\nMoscow denied it.\n"
    )
    for prose in ("window.__xss=1 and 5 * 3", "p* and q*", "a *lone star", PASSAGE, "[1] and (2)"):
        assert render.shown(prose, 0, len(prose), render.markdown_marks(prose)) == prose


def test_a_deciding_window_over_markdown_marks_the_same_words_without_the_marks():
    start = MARKDOWN.index("On 9 December")
    end = MARKDOWN.index("flares.") + len("flares.")
    html = render.highlight_deciding(MARKDOWN, [_window(start, end)])
    assert _marks(html) == [
        (
            "wb-decide stance-supports",
            "supports the claim (p=0.91)",
            "On 9 December Major-General Igor Konashenkov said an F-22 fired flares.",
        )
    ]
    assert "**" not in html and "](" not in html and "# Briefing" not in html
    assert "The Fort Russ News report followed." in html
    # without deciding windows, the word-overlap highlight is over the shown words too
    overlap = render.highlight_sentences(MARKDOWN, "Konashenkov said the F-22 fired flares")
    assert "Konashenkov said an F-22 fired flares.</mark>" in overlap and "*" not in overlap


def test_the_article_is_shown_without_its_markdown_marks_and_its_spans_still_fit():
    start = MARKDOWN.index("Major-General")
    end = MARKDOWN.index("flares.") + len("flares.")
    html = render.article_html(_doc(MARKDOWN), [_claim("c1", start, end)], {})
    assert re.search(r'<mark class="wb-span[^"]*" data-claims="c1"[^>]*>([^<]*)</mark>', html).group(1) == (
        "Major-General Igor Konashenkov said an F-22 fired flares."
    )
    assert "**" not in html and "[Fort Russ News]" not in html and "The Fort Russ News report followed." in html


def test_a_verifier_suggestion_shows_the_probability_of_each_verdict():
    claim = Claim(id="c", article_id="a", text="t", check_worthiness=0.5)
    html = render.claim_detail_html(claim, [_evidence(PASSAGE)], _verifier_suggestion(_window(S2, S3 - 1)), None)
    text = re.sub(r"<[^>]+>", "", html)
    assert "probability" in text and "uncalibrated" not in html
    assert "supported 0.81 · disputed 0.07 · unverified 0.12" in text
    assert 'class="wb-prob chosen" data-verdict="supported"' in html
    assert 'class="wb-prob-seg lab-supported" style="width:81.0%"' in html
    assert "wb-weak-tag" not in html and "wb-sugg weak" not in html


def test_an_llm_suggestion_is_labelled_as_the_models_own_uncalibrated_confidence():
    claim = Claim(id="c", article_id="a", text="t", check_worthiness=0.5)
    llm = Suggestion(claim_id="c", label="disputed", rationale="r", cited=["d:0"], confidence=0.8)
    html = render.claim_detail_html(claim, [_evidence("x")], llm, None)
    assert "model&#x27;s own confidence (uncalibrated)" in html and "0.80" in html
    assert "wb-probs" not in html and ">probability<" not in html


def test_weakness_comes_from_the_flags_not_from_a_threshold_in_the_ui():
    claim = Claim(id="c", article_id="a", text="t", check_worthiness=0.5)
    flagged = _verifier_suggestion(
        label="unverified",
        confidence=0.62,
        flags=["low_confidence"],
        probabilities={"supported": 0.31, "disputed": 0.07, "unverified": 0.62},
    )
    html = render.claim_detail_html(claim, [_evidence("x")], flagged, None)
    assert "wb-weak-tag" in html and "wb-sugg weak" in html
    # a three-way probability of 0.45 is the verifier's call to flag, not the UI's
    unflagged = _verifier_suggestion(
        label="supported", confidence=0.45, probabilities={"supported": 0.45, "disputed": 0.25, "unverified": 0.30}
    )
    assert "wb-weak-tag" not in render.claim_detail_html(claim, [_evidence("x")], unflagged, None)
    listed = render.claim_list_html([claim], {}, {"c": flagged}, "c")
    assert "(weak)" in listed and 'title="probability">0.62<' in listed
