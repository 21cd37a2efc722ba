"""The workbench in a real browser: keyboard review, undo, chat citations, escaping, login, two reviewers."""

from __future__ import annotations

import itertools
import re
import time

import pytest

from tests.ui.conftest import XSS_IMG, XSS_SCRIPT, Server, screenshot

pytestmark = pytest.mark.ui

SELECTED = "#wb-claims .wb-item.selected"


def open_review(new_page, url: str, reviewer: str):
    page = new_page(url)
    page.wait_for_selector(SELECTED)
    page.fill("#wb-reviewer textarea, #wb-reviewer input", reviewer)
    page.click("#wb-article h3")  # leave the text box, so keys go to the page
    return page


def selected_claim(page) -> str:
    return page.get_attribute(SELECTED, "data-claim")


def press_and_wait_status(page, key: str, claim_id: str, status: str) -> None:
    page.keyboard.press(key)
    page.wait_for_selector(f'#wb-claims .wb-item[data-claim="{claim_id}"][data-status="{status}"]')


def press_next(page, before: str) -> str:
    page.keyboard.press("j")
    page.wait_for_function(
        "id => { const d = document.querySelector('#wb-detail .wb-detail'); return d && d.dataset.claim !== id; }",
        arg=before,
    )
    return selected_claim(page)


def wait_for(condition, timeout: float = 45.0, what: str = "condition", state=lambda: None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}; state: {state()!r}")


def test_three_claims_reviewed_with_the_keyboard_are_in_the_database_after_a_reload(server, new_page, store):
    page = open_review(new_page, server.url, "kim")
    labels = {}
    claim = selected_claim(page)
    for n, (key, label) in enumerate((("1", "supported"), ("2", "disputed"), ("3", "unverified"))):
        press_and_wait_status(page, key, claim, label)
        labels[claim] = label
        if n < 2:
            claim = press_next(page, claim)
    assert len(labels) == 3

    page.reload()
    page.wait_for_selector(SELECTED)
    assert page.input_value("#wb-reviewer textarea, #wb-reviewer input") == "kim", "the reviewer's name is remembered"
    for claim_id, label in labels.items():
        assert store.status(claim_id).by_reviewer.get("kim") == label
        assert page.get_attribute(f'#wb-claims .wb-item[data-claim="{claim_id}"]', "data-status") == label
        assert page.locator(f'#wb-article mark.wb-span.st-{label}[data-claims~="{claim_id}"]').count() >= 1
    page.click(f'#wb-claims .wb-item[data-claim="{claim}"]')
    page.wait_for_selector(f'#wb-detail .wb-detail[data-claim="{claim}"]')
    assert "kim" in page.inner_text("#wb-history") and "Unverified" in page.inner_text("#wb-history")
    screenshot(page, "review")

    page.click("#wb-export")
    page.get_by_role("button", name="CSV", exact=True).click()
    link = page.locator("#wb-export-file a").first
    link.wait_for()
    exported = page.request.get(link.get_attribute("href")).text()
    assert exported.startswith("claim_id,article_id") and exported.count("kim=") == 3


def test_undo_with_u_is_a_new_event_in_the_history(server, new_page, store):
    page = open_review(new_page, server.url, "uma")
    claim = selected_claim(page)
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.closest('#wb-note') !== null"), "n focuses the note"
    page.keyboard.type("checked against the USAF statement")
    page.keyboard.press("Escape")
    page.keyboard.press("2")
    wait_for(lambda: store.status(claim).by_reviewer.get("uma") == "disputed", what="the verdict")
    page.wait_for_selector('#wb-history tr:has-text("uma")')
    page.keyboard.press("u")
    wait_for(lambda: "uma" not in store.status(claim).by_reviewer, what="the undo")
    page.wait_for_selector('#wb-history tr:has-text("undo of")')
    events = [r for r in store.reviews(claim) if r.reviewer == "uma"]
    assert [e.action for e in events] == ["label", "undo"] and events[1].undoes == events[0].id
    assert events[0].note == "checked against the USAF statement"


def _ask_in_chat(page, question: str) -> None:
    """Open the Chat tab, ask, and wait for the sources of the answer."""
    page.get_by_role("tab", name="Chat").click()
    page.fill("#wb-question textarea", question)
    page.click("#wb-ask")
    page.wait_for_selector("#wb-sources .wb-src")


def test_a_chat_answer_has_citations_that_show_their_passage(server, new_page):
    page = new_page(server.url)
    _ask_in_chat(page, "Did an F-22 fire flares near Mayadin?")
    page.wait_for_selector("#wb-chat a.wb-cite")
    first = page.locator("#wb-chat a.wb-cite").first
    number = first.inner_text().strip("[]")
    first.click()
    page.wait_for_selector(f'#wb-passage .wb-passage[data-n="{number}"] .wb-ev-text')
    source_title = page.locator(f'#wb-sources .wb-src[data-n="{number}"] b').inner_text()
    assert source_title in page.inner_text("#wb-passage")
    screenshot(page, "chat")

    page.fill("#wb-question textarea", "How do I bake sourdough bread?")
    page.click("#wb-ask")
    page.wait_for_function("document.querySelector('#wb-chat').innerText.includes('The corpus does not cover this.')")
    assert "the model was not asked" in page.inner_text("#wb-sources")


def test_a_claim_under_review_is_asked_of_the_corpus_in_the_chat_tab(server, new_page, store):
    page = open_review(new_page, server.url, "ana")
    claim = store.get_claim(selected_claim(page))
    page.click("#wb-btn-ask-claim")
    page.wait_for_selector("#wb-chat a.wb-cite", timeout=120_000)  # the Chat tab is open and the answer cites
    assert page.locator("#wb-chat").is_visible() and not page.locator("#wb-claims").is_visible()
    asked = page.locator("#wb-chat [data-testid='user']").last.inner_text()
    assert claim.text in asked and asked.startswith("What do the sources say about this claim")
    page.wait_for_selector("#wb-sources .wb-src")
    assert page.input_value("#wb-question textarea") == ""  # asked, not left typed in the box
    screenshot(page, "ask-about-claim")


def test_check_this_answer_puts_its_claims_in_the_review_queue(server, new_page, store):
    page = new_page(server.url)
    _ask_in_chat(page, "What did Konashenkov say about the F-22 and the Su-35S?")
    page.click("#wb-check-answer")
    page.wait_for_function(
        "document.querySelector('#wb-chat-status').innerText.includes('review queue')", timeout=90_000
    )
    article = next(d for d in store.list_documents(kind="article") if d.title.startswith("Chat answer:"))
    assert store.claims(article.id)
    page.get_by_role("tab", name="Review").click()
    page.wait_for_selector(f'#wb-queue .wb-art[data-article="{article.id}"]')


def test_html_in_articles_and_evidence_is_shown_as_text_and_never_runs(server, new_page):
    page = new_page(server.url)
    page.wait_for_selector(SELECTED)
    page.click("#wb-add")
    page.fill("#wb-paste-title textarea, #wb-paste-title input", f"Probe {XSS_SCRIPT}")
    page.fill(
        "#wb-paste-text textarea",
        f"The F-22 fired flares near Mayadin {XSS_SCRIPT} on 23 November.\n\n"
        f"Konashenkov said the American jet {XSS_IMG} left for Iraqi airspace.",
    )
    page.click("#wb-paste-check")
    page.wait_for_function("document.querySelector('#wb-check-status').innerText.includes('Checked')", timeout=90_000)
    page.wait_for_selector("#wb-article h3:has-text('Probe')")
    article_text = page.inner_text("#wb-article")
    assert XSS_SCRIPT in article_text and XSS_IMG in article_text
    claims = page.inner_text("#wb-claims")  # extraction tidies claim text (drops '>' and '_'), the markup stays text
    assert "<script" in claims and "<img src=x onerror=" in claims
    # the evidence brief with the same injections is the suggestion's cited passage for some claim
    for item in page.locator("#wb-claims .wb-item").all():
        item.click()
        page.wait_for_selector(f'#wb-detail .wb-detail[data-claim="{item.get_attribute("data-claim")}"]')
        if "Flares brief" in page.inner_text("#wb-evidence"):
            break
    evidence = page.inner_text("#wb-evidence")
    assert f"Flares brief {XSS_IMG}" in evidence and XSS_SCRIPT in evidence
    assert page.locator('a[href^="javascript"]').count() == 0
    screenshot(page, "review-injection")

    page.get_by_role("tab", name="Corpus").click()
    page.fill("#wb-search input, #wb-search textarea", "flares brief Mayadin US officials")
    page.click("#wb-search-btn")
    page.wait_for_selector("#wb-results .wb-ev")
    assert XSS_SCRIPT in page.inner_text("#wb-results")
    page.wait_for_selector("#wb-documents table")
    assert f"Flares brief {XSS_IMG}" in page.inner_text("#wb-documents")
    screenshot(page, "corpus")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#wb-article script, #wb-evidence script, #wb-results img, #wb-documents img").count() == 0


def test_an_uploaded_file_is_ingested_and_listed(server, new_page, tmp_path):
    brief = tmp_path / "upload-probe.md"
    brief.write_text(
        '---\ntitle: "Upload probe: a brief on deconfliction calls"\noutlet: "Probe Wire"\ndate: "2017-12-15"\n---\n\n'
        "US and Russian officers used the deconfliction line several times a day in December 2017.\n"
    )
    page = new_page(server.url)
    page.get_by_role("tab", name="Corpus").click()
    page.set_input_files("#wb-upload input[type=file]", str(brief))
    page.wait_for_selector("#wb-upload a[data-testid=download-link]")  # uploaded, not just picked
    page.click("#wb-ingest")
    page.wait_for_function("document.querySelector('#wb-ingest-status').innerText.includes('Added 1')", timeout=90_000)
    assert "Upload probe: a brief on deconfliction calls" in page.inner_text("#wb-documents")


def test_a_non_local_bind_without_users_refuses_to_start(ui_home):
    srv = Server(ui_home, "0.0.0.0", "refused")
    try:
        assert srv.proc.wait(timeout=90) == 1
    finally:
        srv.stop()
    log = srv.log_path.read_text()
    assert "refusing to serve on 0.0.0.0" in log and "WORKBENCH_AUTH" in log


def test_a_non_local_bind_with_users_requires_a_login(ui_home, new_page):
    srv = Server(ui_home, "0.0.0.0", "auth", WORKBENCH_AUTH="alice:s3cret,bob:hunter2")
    try:
        srv.wait_ready()
        page = new_page(srv.url)
        page.wait_for_selector("input[type=password]")
        assert page.locator("#wb-claims").count() == 0
        screenshot(page, "login")
        page.fill("input[type=text]", "alice")
        page.fill("input[type=password]", "wrong")
        page.get_by_role("button", name="Login").click()
        page.wait_for_selector("text=/incorrect credentials/i")
        assert page.locator("#wb-claims").count() == 0
        page.fill("input[type=text]", "alice")
        page.fill("input[type=password]", "s3cret")
        page.get_by_role("button", name="Login").click()
        page.wait_for_selector(SELECTED)
    finally:
        srv.stop()


def test_two_reviewers_on_one_article_at_once_keep_every_verdict(server, new_page, store):
    from workbench.reviewing import ReviewingService

    alice = open_review(new_page, server.url, "ana")
    bob = open_review(new_page, server.url, "ben")
    items = alice.locator("#wb-claims .wb-item")
    claims = [items.nth(i).get_attribute("data-claim") for i in range(4, 7)]
    plan = {"ana": ["supported", "disputed", "supported"], "ben": ["supported", "unverified", "disputed"]}
    keys = {"supported": "1", "disputed": "2", "unverified": "3"}
    for n, claim in enumerate(claims):
        for page in (alice, bob):
            page.click(f'#wb-claims .wb-item[data-claim="{claim}"]')
        for page, name in ((alice, "ana"), (bob, "ben")):  # no waiting between the two reviewers
            page.wait_for_selector(f'#wb-claims .wb-item.selected[data-claim="{claim}"]')
            page.click("#wb-article h3")
            page.keyboard.press(keys[plan[name][n]])

    def statuses() -> dict:
        return {c: store.status(c).by_reviewer for c in claims}

    def stored() -> bool:
        now = statuses()
        return all(now[c].get(r) == plan[r][n] for r in plan for n, c in enumerate(claims))

    wait_for(stored, what="both reviewers' verdicts", state=lambda: (claims, statuses()))
    for claim in claims:
        labels = [(r.reviewer, r.label) for r in store.reviews(claim) if r.reviewer in plan]
        assert sorted(labels) == sorted((r, plan[r][claims.index(claim)]) for r in plan)
    agreement = ReviewingService(store).agreement(store.get_claim(claims[0]).article_id)
    pair = next(p for p in agreement.pairs if set(p.reviewers) == {"ana", "ben"})
    assert pair.shared >= 3 and set(claims[1:]) <= set(pair.disagreements)

    alice.reload()
    alice.wait_for_selector(SELECTED)
    alice.click("#wb-agreement-box")
    alice.wait_for_selector("#wb-agreement table")
    assert "ana × ben" in alice.inner_text("#wb-agreement")
    alice.locator("#wb-agreement-box").scroll_into_view_if_needed()
    screenshot(alice, "review-agreement")


def _second_sentence(text: str) -> tuple[int, int] | None:
    """Offsets of the passage's second sentence (a whole sentence, as the verifier's windows are)."""
    sentences = [m for m in re.finditer(r"\S[^\n]*?[.!?](?=\s|$)", text) if len(m.group()) >= 20]
    return sentences[1].span() if len(sentences) >= 2 else None


def test_a_verifier_suggestion_shows_its_deciding_sentences_and_probabilities(server, new_page, store):
    from workbench.records import VERDICTS, PassageJudgement

    page = new_page(server.url)
    page.wait_for_selector(SELECTED)
    # the last claim of the list (the other tests review the first ones) whose two best passages have a second sentence
    for claim_id in reversed(page.locator("#wb-claims .wb-item").evaluate_all("xs => xs.map(x => x.dataset.claim)")):
        suggestion, evidence = store.suggestion(claim_id), store.evidence(claim_id)[:2]
        windows = [_second_sentence(e.text) for e in evidence]
        if suggestion is not None and len(evidence) == 2 and all(windows):
            break
    else:
        pytest.fail("no claim of the demo article has two evidence passages of two sentences or more")
    (s1, e1), (s2, e2) = windows
    deciding = [
        PassageJudgement(
            chunk_id=evidence[0].chunk_id,
            start=s1,
            end=e1,
            stance="supports",
            probs={"supports": 0.91, "contradicts": 0.03, "neutral": 0.06},
        ),
        PassageJudgement(
            chunk_id=evidence[1].chunk_id,
            start=s2,
            end=e2,
            stance="contradicts",
            probs={"supports": 0.10, "contradicts": 0.66, "neutral": 0.24},
        ),
    ]
    others = iter((0.07, 0.12))
    probabilities = {v: 0.81 if v == suggestion.label else next(others) for v in VERDICTS}
    store.save_suggestion(
        suggestion.model_copy(
            update={
                "confidence": 0.81,
                "probabilities": probabilities,
                "deciding": deciding,
                "flags": [],
                "cited": [evidence[0].chunk_id, evidence[1].chunk_id],
            }
        )
    )
    stored = store.suggestion(claim_id)
    assert stored.deciding and stored.probabilities, (
        "the store dropped Suggestion.deciding/probabilities: store.py must persist them"
    )

    page.click(f'#wb-claims .wb-item[data-claim="{claim_id}"]')
    page.wait_for_selector(f'#wb-detail .wb-detail[data-claim="{claim_id}"]')
    first = f'#wb-evidence .wb-ev[data-chunk="{evidence[0].chunk_id}"]'
    second = f'#wb-evidence .wb-ev[data-chunk="{evidence[1].chunk_id}"]'
    page.wait_for_selector(f"{first} mark.wb-decide.stance-supports")
    supports = page.locator(f"{first} mark.wb-decide")
    assert supports.count() == 1 and supports.inner_text() == evidence[0].text[s1:e1]
    assert supports.get_attribute("title") == "supports the claim (p=0.91)"
    contradicts = page.locator(f"{second} mark.wb-decide")
    assert contradicts.count() == 1 and contradicts.inner_text() == evidence[1].text[s2:e2]
    assert "stance-contradicts" in contradicts.get_attribute("class")
    assert page.locator(f"{first} mark.wb-hl, {second} mark.wb-hl").count() == 0, (
        "deciding windows replace the word-overlap guess"
    )
    assert page.locator(f"{first}.cited .wb-cited-tag").count() == 1
    # the stance colours are applied (green for supports, red for contradicts), not just the classes
    colours = [
        page.eval_on_selector(f"{card} mark.wb-decide", "m => getComputedStyle(m).backgroundColor")
        for card in (first, second)
    ]
    assert colours[0].startswith("rgba(22, 163, 74") and colours[1].startswith("rgba(220, 38, 38"), colours

    detail = page.inner_text("#wb-detail")
    expected = " · ".join(f"{v} {probabilities[v]:.2f}" for v in VERDICTS)
    assert "probability" in detail and expected in detail and "uncalibrated" not in detail
    page.locator("#wb-detail").screenshot(
        path=str(screenshot(page, "review-deciding").with_name("review-probabilities.png"))
    )
    page.locator(first).scroll_into_view_if_needed()
    screenshot(page, "review-deciding")


def test_the_trained_verifiers_deciding_sentence_is_highlighted(server, new_page, store):
    """The real verifier's suggestion from the check (not a stored stand-in): its deciding window is
    marked in the evidence panel with its stance, and the probabilities are shown."""
    page = new_page(server.url)
    page.wait_for_selector(SELECTED)
    for claim_id in page.locator("#wb-claims .wb-item").evaluate_all("xs => xs.map(x => x.dataset.claim)"):
        suggestion = store.suggestion(claim_id)
        if suggestion and suggestion.provenance and suggestion.provenance.prompt == "verifier" and suggestion.deciding:
            break
    else:
        pytest.fail("no claim of the demo article has a trained-verifier suggestion with deciding sentences")
    judgement = suggestion.deciding[0]
    passage = next(e for e in store.evidence(claim_id) if e.chunk_id == judgement.chunk_id)
    page.click(f'#wb-claims .wb-item[data-claim="{claim_id}"]')
    page.wait_for_selector(f'#wb-detail .wb-detail[data-claim="{claim_id}"]')
    mark = page.locator(
        f'#wb-evidence .wb-ev[data-chunk="{judgement.chunk_id}"] mark.wb-decide.stance-{judgement.stance}'
    ).first
    mark.wait_for()
    assert passage.text[judgement.start : judgement.end] in mark.inner_text()
    assert f"p={judgement.probs[judgement.stance]:.2f}" in mark.get_attribute("title")
    assert f"{suggestion.label} {suggestion.probabilities[suggestion.label]:.2f}" in page.inner_text("#wb-detail")


def test_claims_appear_in_the_review_tab_while_the_check_is_still_running(ui_home, new_page):
    """A model that takes 1.5 s a sentence: the first claims are listed long before the check ends."""
    srv = Server(ui_home, "127.0.0.1", "slow", WORKBENCH_FAKE_DELAY="1.5")
    try:
        srv.wait_ready()
        page = new_page(srv.url)
        page.wait_for_selector(SELECTED)
        page.click("#wb-add")
        stamp = time.strftime("%H%M%S")
        sentences = [
            f"The Orkney ferry {stamp} carried 4,120 passengers in March 2023.",
            "The harbour authority said the new pier cost 18 million pounds.",
            "Storms closed the crossing on 11 days in January 2023.",
            "The council reported that freight volumes rose by 7 percent in 2022.",
            "A second vessel entered service in May 2021 after a two-year delay.",
            "Ticket prices rose from 12 to 15 pounds in April 2023.",
        ]
        page.fill("#wb-paste-title textarea, #wb-paste-title input", f"Ferry report {stamp}")
        page.fill("#wb-paste-text textarea", " ".join(sentences))
        started = time.monotonic()
        page.click("#wb-paste-check")
        page.wait_for_selector(f"#wb-article h3:has-text('Ferry report {stamp}')", timeout=60_000)
        page.wait_for_selector("#wb-claims .wb-item", timeout=60_000)
        first_claim_s = time.monotonic() - started
        status = page.inner_text("#wb-check-status")
        assert "Checked" not in status, (
            f"the check ended before any claim was shown ({first_claim_s:.1f} s): {status!r}"
        )
        assert "you can start reviewing" in status
        screenshot(page, "check-streaming")
        page.wait_for_function(
            "document.querySelector('#wb-check-status').innerText.includes('Checked')", timeout=120_000
        )
        total_s = time.monotonic() - started
        assert page.locator("#wb-claims .wb-item").count() >= 4
        print(f"\nfirst claim after {first_claim_s:.1f} s, check done after {total_s:.1f} s")
        assert first_claim_s < total_s - 4.5  # at least three sentences' worth of model time earlier
    finally:
        srv.stop()


# Records each distinct text of the latest bot message in the chat as it changes.
WATCH_ANSWER_JS = """() => {
  window.__answers = [];
  const chat = document.querySelector('#wb-chat');
  const record = () => {
    const bots = chat.querySelectorAll('.message.bot, [data-testid="bot"]');
    const text = bots.length ? bots[bots.length - 1].innerText.trim() : '';
    if (text && window.__answers[window.__answers.length - 1] !== text) window.__answers.push(text);
  };
  new MutationObserver(record).observe(chat, {subtree: true, childList: true, characterData: true});
}"""


def test_a_chat_answer_grows_in_the_browser_as_the_model_writes_it(ui_home, new_page):
    """A fake model that streams a word every 0.1 s: the answer is seen growing before it is finished."""
    srv = Server(ui_home, "127.0.0.1", "stream", WORKBENCH_FAKE_STREAM_DELAY="0.1")
    try:
        srv.wait_ready()
        page = new_page(srv.url)
        page.get_by_role("tab", name="Chat").click()
        page.evaluate(WATCH_ANSWER_JS)
        page.fill("#wb-question textarea", "Did an F-22 fire flares near Mayadin?")
        page.click("#wb-ask")
        page.wait_for_selector("#wb-chat a.wb-cite", timeout=120_000)  # a first question loads the embedder
        page.wait_for_selector("#wb-sources .wb-src")
        states = page.evaluate("window.__answers")
        searching = next(i for i, text in enumerate(states) if text.startswith("Searching the corpus"))
        after, final = states[searching + 1 :], states[-1]
        growing = [text for text in after if text.endswith("▍")]  # the cursor marks an answer still being written
        assert not any(text.startswith("Searching") for text in after), states  # only while retrieval runs
        assert len(set(growing)) >= 2, states
        assert all(len(a) < len(b) for a, b in itertools.pairwise(growing)), states  # it only grows
        assert "▍" not in final and "[1]" in final and final.startswith(growing[0].rstrip(" ▍"))
        screenshot(page, "chat-streaming")
    finally:
        srv.stop()


def paste_and_check(page, title: str, text: str) -> None:
    page.click("#wb-add")
    page.fill("#wb-paste-title textarea, #wb-paste-title input", title)
    page.fill("#wb-paste-text textarea", text)
    page.click("#wb-paste-check")
    page.wait_for_selector(f"#wb-article h3:has-text('{title}')", timeout=60_000)
    page.wait_for_function("document.querySelector('#wb-check-status').innerText.includes('Checked')", timeout=120_000)


def test_a_claim_reviewed_in_one_article_is_seen_before_in_the_next_and_a_applies_its_verdict(server, new_page, store):
    stamp = time.strftime("%H%M%S")
    claim_text = f"The Skerry lighthouse {stamp} was first lit in October 1887."
    page = open_review(new_page, server.url, "kim")
    paste_and_check(page, f"Lighthouse history {stamp}", f"{claim_text} Its keeper lived on the island for 30 years.")
    item = page.locator("#wb-claims .wb-item", has_text=f"lighthouse {stamp}").first
    first = item.get_attribute("data-claim")
    item.click()
    page.wait_for_selector(f'#wb-detail .wb-detail[data-claim="{first}"]')
    page.click("#wb-article h3")
    press_and_wait_status(page, "2", first, "disputed")

    page.fill("#wb-reviewer textarea, #wb-reviewer input", "lee")
    paste_and_check(page, f"Coast guide {stamp}", f"Visitors come every summer. {claim_text}")
    item = page.locator("#wb-claims .wb-item", has_text=f"lighthouse {stamp}").first
    second = item.get_attribute("data-claim")
    assert second != first
    item.click()
    seen = page.locator(f'#wb-detail .wb-detail[data-claim="{second}"] .wb-seen')
    seen.wait_for(timeout=60_000)  # the first look loads the embedding model
    assert "disputed" in seen.inner_text() and "kim" in seen.inner_text()
    assert f"Lighthouse history {stamp}" in seen.inner_text()
    screenshot(page, "seen-before")
    page.click("#wb-article h3")
    press_and_wait_status(page, "a", second, "disputed")
    assert store.status(second).by_reviewer == {"lee": "disputed"}
