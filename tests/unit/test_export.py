"""Exports: a CSV opened in a spreadsheet runs no formula written by a user (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from workbench.export import ExportRow, csv_text, export_text, neutralise_formula
from workbench.records import Claim, Document
from workbench.reviewing import ReviewingService
from workbench.store import Store

HYPERLINK = '=HYPERLINK("http://x","c")'


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'workbench.db'}") as s:
        yield s


@pytest.fixture
def claim(store) -> Claim:
    article = Document.from_text("-5 percent voted.", title="+Breaking", kind="article", source="a.md")
    store.upsert_document(article)
    claim = Claim(
        id=Claim.make_id(article.id, "-5 percent voted."),
        article_id=article.id,
        text="-5 percent voted.",
        check_worthiness=0.5,
    )
    store.save_claims(article.id, [claim])
    return claim


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _export(store: Store, fmt: str) -> str:
    return export_text(ReviewingService(store).reviewed_claims(), fmt)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(1+1)", "\tx", "\rx"])
def test_text_a_spreadsheet_would_run_gets_a_leading_quote(text):
    assert neutralise_formula(text) == "'" + text


@pytest.mark.parametrize("text", ["plain", "a=b", " =1", "", "'=already"])
def test_other_text_is_left_as_written(text):
    assert neutralise_formula(text) == text


def test_a_formula_note_and_reviewer_come_out_quoted_in_the_csv(store, claim):
    store.add_review(claim.id, "@SUM(1+1)", "disputed", note=HYPERLINK, evidence_used=["=cmd|'/c calc'!A1"])
    [row] = _csv_rows(_export(store, "csv"))
    assert row["reviewers"] == "'@SUM(1+1)=disputed"
    assert row["notes"] == f"'@SUM(1+1): '{HYPERLINK}"
    assert row["evidence_used"] == "'=cmd|'/c calc'!A1"
    assert (row["article_title"], row["claim"]) == ("'+Breaking", "'-5 percent voted.")


def test_a_note_after_a_plain_reviewer_name_is_quoted_too(store, claim):
    store.add_review(claim.id, "alice", "supported", note=HYPERLINK)
    [row] = _csv_rows(_export(store, "csv"))
    assert row["notes"] == f"alice: '{HYPERLINK}"
    assert row["reviewers"] == "alice=supported"


def test_numbers_the_workbench_computes_stay_numbers():
    row = ExportRow(
        claim_id="c",
        article_id="a",
        article_title="T",
        article_url=None,
        claim="x",
        span_start=0,
        span_end=3,
        type="event",
        check_worthiness=0.5,
        check_worthy=True,
        suggested_label="disputed",
        suggested_confidence=-0.5,
        label=None,
        reviewers="",
        disagreement=False,
        notes="",
        evidence_used="",
    )
    [cells] = _csv_rows(csv_text([row]))
    assert (cells["suggested_confidence"], cells["check_worthiness"], cells["span_start"]) == ("-0.5", "0.5", "0")


def test_jsonl_keeps_the_text_as_written(store, claim):
    store.add_review(claim.id, "@SUM(1+1)", "disputed", note=HYPERLINK)
    [row] = [json.loads(line) for line in _export(store, "jsonl").splitlines()]
    assert row["reviewers"] == "@SUM(1+1)=disputed"
    assert row["notes"] == f"@SUM(1+1): {HYPERLINK}"
    assert row["claim"] == "-5 percent voted."
