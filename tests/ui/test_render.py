"""The HTML the UI builds: every piece of text escaped, spans placed, weak suggestions marked. No browser."""

from __future__ import annotations

from workbench.records import Claim, ClaimStatus, Document, Evidence, Span, Suggestion
from workbench.ui import render

ATTACK = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'


def _doc(text: str) -> Document:
    return Document.from_text(text, title=f"Title {ATTACK}", kind="article", source="a.txt", outlet=ATTACK, url="javascript:alert(1)")


def _claim(cid: str, start: int, end: int, text: str = "claim", worth: float = 0.9) -> Claim:
    return Claim(id=cid, article_id="a", text=text, span=Span(start=start, end=end), check_worthiness=worth)


def _evidence(text: str = ATTACK) -> Evidence:
    return Evidence(chunk_id="d:0", doc_id="d", title=ATTACK, text=text, score=0.03, start=0, end=len(text), kind="evidence",
                    source="b.md", outlet=ATTACK, url="javascript:alert(1)")


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


def test_claims_evidence_history_and_chat_are_escaped():
    claim = Claim(id='c"1', article_id="a", text=ATTACK, sentence=ATTACK, check_worthiness=0.5)
    suggestion = Suggestion(claim_id=claim.id, label="supported", rationale=ATTACK, cited=["d:0", "gone:1"], confidence=0.9)
    pieces = [
        render.claim_list_html([claim], {}, {claim.id: suggestion}, claim.id),
        render.claim_detail_html(claim, [_evidence()], suggestion, None),
        render.evidence_list_html(claim, [_evidence()], suggestion),
        render.answer_markdown(f"It happened {ATTACK} [1] [P7?]", 0),
        render.search_results_html(ATTACK, [_evidence()]),
        render.documents_html([{"title": ATTACK, "kind": "evidence", "outlet": ATTACK, "source": ATTACK, "chunks": 1}]),
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
