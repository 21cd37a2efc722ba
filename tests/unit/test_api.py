"""The HTTP API with FastAPI's TestClient: every route, tokens, bad input, and checks as jobs.

One data directory for the module: three evidence briefs, and an article checked through the API
with the deterministic reading fake (tests/fakes.py) and the real embedder; the verdicts come from
the trained verifier shipped in the repository. The job queue runs in this process, as in
``workbench serve``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.fakes import ScriptedChatModel, reading_responder
from workbench import pipeline
from workbench.api import ApiAccess, ApiServices, create_api, parse_tokens
from workbench.api.auth import ApiConfigError
from workbench.checking import Checker
from workbench.corpus.service import CorpusService
from workbench.jobs import JobQueue
from workbench.llm.structured import StructuredLLM
from workbench.reviewing import ReviewingService
from workbench.settings import Settings

pytestmark = pytest.mark.slow

TOKEN = "alice-token-0123456789abcdef"
BARE = "bare-token-0123456789abcdef"
TOKENS = f"alice:{TOKEN},{BARE}"
ARTICLE = (
    "The Orkney ferry carried 4,120 passengers in March 2023. "
    "The harbour authority confirmed the new pier cost 18 million pounds. "
    "Storms closed the crossing on 11 days in January 2023."
)
BRIEFS = {
    "ferry.md": "---\ntitle: Ferry figures\noutlet: Gazette\ndate: '2023-04-02'\n---\n\n"
    "The Orkney ferry carried 4,120 passengers in March 2023, the operator said.\n",
    "pier.md": "---\ntitle: Pier costs\noutlet: Courier\ndate: '2022-11-20'\n---\n\n"
    "The harbour authority denied that the new pier cost 18 million pounds; it cost 12 million.\n",
    "storms.md": "---\ntitle: Winter storms\noutlet: Gazette\ndate: '2023-02-01'\n---\n\n"
    "Storms closed the Orkney crossing on 11 days in January 2023.\n",
}


@pytest.fixture(scope="module")
def world(tmp_path_factory, embedder) -> Iterator[ApiServices]:
    root = tmp_path_factory.mktemp("api")
    home, briefs = root / "home", root / "briefs"
    briefs.mkdir()
    for name, text in BRIEFS.items():
        (briefs / name).write_text(text)
    settings = Settings(home=home, models_dir=home / "models", max_file_mb=0.05, http_timeout=3, _env_file=None)
    pipeline.ingest([str(briefs)], settings, embedder=embedder)
    llm = StructuredLLM(ScriptedChatModel(responder=reading_responder), "fake", max_attempts=1)
    checker = Checker(settings, llm=llm, embedder=embedder)
    queue = JobQueue(checker)
    queue.start()
    services = ApiServices(
        settings=settings,
        reviewing=ReviewingService(checker.store),
        corpus=CorpusService(settings, searcher=checker.searcher),
        jobs=queue,
    )
    yield services
    queue.stop()
    checker.store.close()


def client(world: ApiServices, tokens: str | None = None, local: bool = True) -> TestClient:
    return TestClient(create_api(world, ApiAccess.of(parse_tokens(tokens), local_bind=local)))


@pytest.fixture(scope="module")
def api(world) -> TestClient:
    """The API as `workbench serve` on 127.0.0.1 without tokens: open."""
    return client(world)


@pytest.fixture(scope="module")
def checked(world, api) -> dict:
    """The article, checked through the API: the finished job."""
    answer = api.post("/api/checks", json={"text": ARTICLE, "title": "Ferry report"})
    assert answer.status_code == 202, answer.text
    job = world.jobs.wait(answer.json()["id"], timeout=120)
    assert job is not None and job.status == "done", job
    return api.get(f"/api/jobs/{job.id}").json()


def claims_of(api: TestClient, article_id: str) -> list[dict]:
    answer = api.get(f"/api/articles/{article_id}/claims")
    assert answer.status_code == 200, answer.text
    return answer.json()


def counts(world: ApiServices) -> dict[str, int]:
    return world.reviewing.counts() | {"jobs": len(world.jobs.jobs(limit=1000))}


# --- checks as jobs ----------------------------------------------------------------------------------------


def test_a_check_is_a_job_whose_progress_ends_done_with_its_claims(api, checked):
    assert checked["status"] == "done" and checked["kind"] == "text" and checked["attempts"] == 1
    assert checked["stage"] == "verdict" and checked["done"] == checked["total"] == 3
    assert checked["counts"] == {"claims": 3, "failures": 0}
    assert checked["claims"] == 3 and checked["suggestions"] == 3
    listed = api.get("/api/jobs").json()
    assert checked["id"] in [j["id"] for j in listed]
    assert [j["id"] for j in api.get("/api/jobs", params={"status": "failed"}).json()] == [
        j["id"] for j in listed if j["status"] == "failed"
    ]


def test_a_second_submission_of_a_source_being_checked_joins_its_job(tmp_path, embedder):
    settings = Settings(home=tmp_path / "home", models_dir=tmp_path / "models", _env_file=None)
    llm = StructuredLLM(ScriptedChatModel(responder=reading_responder), "fake", max_attempts=1)
    checker = Checker(settings, llm=llm, embedder=embedder)
    idle = JobQueue(checker)  # not started: its jobs stay queued until this test runs one
    reviewing = ReviewingService(checker.store)
    api = client(ApiServices(settings, reviewing, CorpusService(settings, searcher=checker.searcher), idle))
    text = "The pier opened in 1932. It cost 10 million pounds."
    first = api.post("/api/checks", json={"text": text})
    second = api.post("/api/checks", json={"text": text})
    assert (first.status_code, second.status_code) == (202, 200)
    assert second.json()["id"] == first.json()["id"] and second.json()["joined"] is True
    assert second.headers["location"] == f"/api/jobs/{first.json()['id']}"

    done = idle.run(idle.store.take_job())  # as a worker runs it
    assert done.status == "done" and done.id == first.json()["id"]
    third = api.post("/api/checks", json={"text": text})  # the source is free again: a new job
    assert third.status_code == 202 and third.json()["id"] != first.json()["id"]
    checker.store.close()


def test_a_file_upload_is_checked(world, api):
    text = "The Stromness lifeboat was launched 41 times in 2022.\n"
    answer = api.post("/api/checks/file", files={"file": ("lifeboat.txt", text.encode(), "text/plain")})
    assert answer.status_code == 202, answer.text
    job = world.jobs.wait(answer.json()["id"], timeout=120)
    assert job.status == "done" and job.kind == "file" and job.counts["claims"] == 1
    assert Path(job.source).read_text() == text


def test_an_unreachable_url_fails_its_job_with_a_message_and_stores_no_article(world, api):
    before = counts(world)
    answer = api.post("/api/checks", json={"url": "http://127.0.0.1:9/story.html"})
    assert answer.status_code == 202
    job = world.jobs.wait(answer.json()["id"], timeout=60)
    assert job.status == "failed" and "127.0.0.1:9" in job.error and job.article_id is None
    assert api.get(f"/api/jobs/{job.id}").json()["error"] == job.error
    assert counts(world) == before | {"jobs": before["jobs"] + 1}


@pytest.mark.parametrize(
    "body, status, says",
    [
        ({"url": "ftp://example.org/a.txt"}, 422, "not an http(s) URL"),
        ({"url": "https://"}, 422, "not an http(s) URL"),
        ({"url": "http://exa mple.org/a"}, 422, "not an http(s) URL"),
        ({"url": "http://example.org:99999/a"}, 422, "not a valid URL"),
        ({"text": "  "}, 422, "the text is empty"),
        ({"text": "x", "url": "https://example.org"}, 422, "either text"),
        ({}, 422, "either text"),
        ({"url": "https://example.org", "title": "T"}, 422, "a title goes with text"),
        ({"text": "x", "colour": "red"}, 422, "colour"),
        ({"text": "word " * 12_000}, 413, "0.05 MB limit"),
    ],
)
def test_a_check_the_queue_refuses_is_a_4xx_that_stores_nothing(world, api, body, status, says):
    before = counts(world)
    answer = api.post("/api/checks", json=body)
    assert answer.status_code == status, answer.text
    assert says in answer.json()["detail"]
    assert counts(world) == before


def test_a_malformed_json_body_is_a_400_with_the_parser_s_message(world, api):
    before = counts(world)
    answer = api.post("/api/checks", content=b'{"text": "x",', headers={"content-type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["detail"].startswith("malformed JSON body")
    assert counts(world) == before


@pytest.mark.parametrize(
    "name, data, status, says",
    [
        ("big.txt", b"word " * 12_000, 413, "limit"),  # over the limit, under the body limit
        ("huge.txt", b"x" * 200_000, 413, "limit"),  # over the body limit: refused before it is parsed
        ("story.exe", b"MZ", 422, "not '.exe'"),
        ("records.jsonl", b'{"text": "a"}\n', 422, "not '.jsonl'"),
        ("empty.txt", b"  \n", 422, "is empty"),
        (".txt", b"text", 422, "no file name"),
    ],
)
def test_an_upload_the_queue_refuses_is_a_4xx_that_stores_nothing(world, api, name, data, status, says):
    before, uploads = counts(world), _files(world.settings.home / "uploads")
    answer = api.post("/api/checks/file", files={"file": (name, data, "application/octet-stream")})
    assert answer.status_code == status, answer.text
    assert says in answer.json()["detail"]
    assert counts(world) == before and _files(world.settings.home / "uploads") == uploads


def test_an_oversized_body_without_a_length_is_refused_as_it_streams(world, api):
    before = counts(world)

    def chunks():
        for _ in range(40):
            yield b"x" * 8192

    answer = api.post("/api/checks/file", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
    assert answer.status_code == 413 and "0.05 MB limit" in answer.json()["detail"]
    assert counts(world) == before


def _files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*")) if folder.exists() else []


def test_unknown_job_ids_are_404(api):
    assert api.get("/api/jobs/0123456789abcdef").status_code == 404
    assert api.get("/api/jobs", params={"status": "sleeping"}).status_code == 422


# --- articles, claims, reviews -----------------------------------------------------------------------------


def test_articles_are_listed_with_their_progress_and_filter(api, checked):
    rows = api.get("/api/articles").json()
    row = next(r for r in rows if r["article"]["id"] == checked["article_id"])
    assert row["article"]["title"] == "Ferry report" and row["total"] == 3
    assert api.get("/api/articles", params={"status": "unreviewed"}).status_code == 200
    bad = api.get("/api/articles", params={"status": "purple"})
    assert bad.status_code == 422 and "unknown claim filter" in bad.json()["detail"]


def test_an_article_s_claims_come_with_evidence_suggestions_and_status(api, checked):
    claims = claims_of(api, checked["article_id"])
    assert [c["text"] for c in claims] == [s + "." for s in ARTICLE.rstrip(".").split(". ")]
    pier = next(c for c in claims if "pier" in c["text"])
    assert pier["evidence"] and pier["evidence"][0]["title"]
    assert pier["suggestion"]["label"] in ("supported", "disputed", "unverified")
    assert set(pier["suggestion"]["probabilities"]) == {"supported", "disputed", "unverified"}
    assert api.get("/api/articles/nope/claims").status_code == 404


def test_a_claim_has_its_detail_and_history_and_unknown_claims_are_404(api, checked):
    claim = claims_of(api, checked["article_id"])[0]
    detail = api.get(f"/api/claims/{claim['id']}").json()
    assert detail["id"] == claim["id"] and detail["article_id"] == checked["article_id"]
    assert detail["evidence"] == claim["evidence"] and detail["reviews"] == []
    assert api.get("/api/claims/nope").status_code == 404


def test_a_review_and_its_undo_are_events_in_the_claim_s_history(world, api, checked):
    claim = claims_of(api, checked["article_id"])[1]
    passage = claim["evidence"][0]["id"]
    review = api.post(
        f"/api/claims/{claim['id']}/reviews",
        json={"label": "disputed", "note": "the authority denies it", "evidence_used": [passage], "reviewer": "kim"},
    )
    assert review.status_code == 201, review.text
    assert review.json()["reviewer"] == "kim" and review.json()["evidence_used"] == [passage]
    assert api.get(f"/api/claims/{claim['id']}").json()["status"]["by_reviewer"] == {"kim": "disputed"}

    undo = api.post(f"/api/claims/{claim['id']}/undo", json={"reviewer": "kim"})
    assert undo.status_code == 200 and undo.json()["action"] == "undo"
    assert undo.json()["undoes"] == review.json()["id"]
    history = api.get(f"/api/claims/{claim['id']}").json()
    assert [r["action"] for r in history["reviews"]] == ["label", "undo"] and history["status"]["by_reviewer"] == {}
    again = api.post(f"/api/claims/{claim['id']}/undo", json={"reviewer": "kim"})
    assert again.status_code == 409 and "no verdict" in again.json()["detail"]


@pytest.mark.parametrize(
    "body, status, says",
    [
        ({"label": "supported"}, 422, "reviewer"),
        ({"label": "true", "reviewer": "kim"}, 422, "label"),
        ({"label": "supported", "reviewer": "kim", "evidence_used": ["elsewhere:0"]}, 422, "not among the passages"),
        ({"label": "supported", "reviewer": "kim", "stars": 5}, 422, "stars"),
    ],
)
def test_a_review_the_service_refuses_is_a_4xx_that_stores_nothing(world, api, checked, body, status, says):
    claim = claims_of(api, checked["article_id"])[0]
    before = counts(world)
    answer = api.post(f"/api/claims/{claim['id']}/reviews", json=body)
    assert answer.status_code == status, answer.text
    assert says in answer.json()["detail"]
    assert counts(world) == before


def test_reviews_and_undos_of_unknown_claims_are_404(world, api):
    before = counts(world)
    assert api.post("/api/claims/nope/reviews", json={"label": "supported", "reviewer": "kim"}).status_code == 404
    assert api.post("/api/claims/nope/undo", json={"reviewer": "kim"}).status_code == 404
    assert counts(world) == before


# --- search and exports ------------------------------------------------------------------------------------


def test_search_finds_passages_with_filters(api, checked):
    hits = api.get("/api/search", params={"q": "pier cost 18 million", "k": 2, "kind": "evidence"}).json()
    assert len(hits) == 2 and hits[0]["title"] == "Pier costs"
    dated = api.get("/api/search", params={"q": "ferry passengers", "from": "2023-03", "outlet": "Gazette"}).json()
    assert dated and {h["outlet"] for h in dated} == {"Gazette"} and all(h["date"] >= "2023-03" for h in dated)
    assert api.get("/api/search", params={"q": "x", "from": "March"}).status_code == 422
    assert api.get("/api/search", params={"q": "x", "k": 0}).status_code == 422
    assert api.get("/api/search").status_code == 422


def test_exports_of_an_article_and_of_all_in_the_three_formats(api, checked):
    article = checked["article_id"]
    as_csv = api.get("/api/exports/csv", params={"article": article})
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(as_csv.text)))) == 3
    lines = api.get("/api/exports/jsonl", params={"article": article}).text.splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["article_id"] == article
    everything = api.get("/api/exports/jsonl").text.splitlines()
    assert len(everything) >= 3
    reviews = api.get("/api/exports/claimreview")
    assert reviews.headers["content-type"] == "application/ld+json" and isinstance(reviews.json(), list)
    assert api.get("/api/exports/xml").status_code == 422
    assert api.get("/api/exports/csv", params={"article": "nope"}).status_code == 404


# --- tokens ------------------------------------------------------------------------------------------------


def test_with_tokens_set_every_route_needs_one_even_from_127_0_0_1(world, checked):
    api = client(world, TOKENS, local=True)
    claim = claims_of(client(world), checked["article_id"])[0]["id"]
    calls = [
        ("GET", "/api/jobs", None),
        ("GET", f"/api/jobs/{checked['id']}", None),
        ("POST", "/api/checks", {"text": "The quay was rebuilt in 2019."}),
        ("GET", "/api/articles", None),
        ("GET", f"/api/articles/{checked['article_id']}/claims", None),
        ("GET", f"/api/claims/{claim}", None),
        ("POST", f"/api/claims/{claim}/reviews", {"label": "supported", "reviewer": "mallory"}),
        ("POST", f"/api/claims/{claim}/undo", {"reviewer": "kim"}),
        ("GET", "/api/search?q=ferry", None),
        ("GET", "/api/exports/csv", None),
    ]
    before = counts(world)
    for method, path, body in calls:
        for headers in ({}, {"Authorization": "Bearer wrong-token-0123456789"}, {"Authorization": TOKEN}):
            answer = api.request(method, path, json=body, headers=headers)
            assert answer.status_code == 401, (method, path, headers, answer.text)
            assert answer.headers["www-authenticate"] == "Bearer" and "token" in answer.json()["detail"]
            assert TOKEN not in answer.text
    assert counts(world) == before  # touched nothing
    for method, path, body in calls[:2] + calls[3:6] + calls[8:]:
        answer = api.request(method, path, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert answer.status_code == 200, (path, answer.text)
    bare = api.get("/api/jobs", headers={"Authorization": f"bearer {BARE}"})
    assert bare.status_code == 200


def test_the_api_docs_are_public_and_describe_every_route(world):
    api = client(world, TOKENS)
    assert api.get("/api/docs").status_code == 200
    spec = api.get("/api/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/checks",
        "/api/checks/file",
        "/api/jobs",
        "/api/jobs/{job_id}",
        "/api/articles",
        "/api/articles/{article_id}/claims",
        "/api/claims/{claim_id}",
        "/api/claims/{claim_id}/reviews",
        "/api/claims/{claim_id}/undo",
        "/api/search",
        "/api/exports/{fmt}",
    }
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


def test_a_named_token_reviews_under_its_name_and_may_not_speak_for_another(world, checked):
    api = client(world, TOKENS)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    claim = claims_of(client(world), checked["article_id"])[2]["id"]
    mine = api.post(f"/api/claims/{claim}/reviews", json={"label": "supported"}, headers=auth)
    assert mine.status_code == 201 and mine.json()["reviewer"] == "alice"
    before = counts(world)
    other = api.post(f"/api/claims/{claim}/reviews", json={"label": "disputed", "reviewer": "bob"}, headers=auth)
    assert other.status_code == 403 and "alice" in other.json()["detail"]
    assert counts(world) == before
    assert api.post(f"/api/claims/{claim}/undo", headers=auth).json()["reviewer"] == "alice"
    bare = {"Authorization": f"Bearer {BARE}"}
    assert api.post(f"/api/claims/{claim}/reviews", json={"label": "supported"}, headers=bare).status_code == 422
    named = api.post(f"/api/claims/{claim}/reviews", json={"label": "supported", "reviewer": "lee"}, headers=bare)
    assert named.status_code == 201 and named.json()["reviewer"] == "lee"


def test_without_tokens_a_non_local_bind_closes_the_api(world):
    api = client(world, None, local=False)
    answer = api.get("/api/jobs")
    assert answer.status_code == 401 and "WORKBENCH_API_TOKENS" in answer.json()["detail"]
    assert api.get("/api/openapi.json").status_code == 200


@pytest.mark.parametrize(
    "spec, says",
    [
        ("short", "token 1 is shorter than 16"),
        (f"alice:{TOKEN},bob:tiny", "the token named 'bob' is shorter"),
        (f":{TOKEN}", "no name before it"),
    ],
)
def test_unusable_tokens_are_refused_without_showing_them(spec, says):
    with pytest.raises(ApiConfigError, match=says) as caught:
        parse_tokens(spec)
    assert "tiny" not in str(caught.value) and TOKEN not in str(caught.value)


def test_tokens_are_parsed_with_and_without_names():
    tokens = parse_tokens(f" alice:{TOKEN} , {BARE},")
    assert [(t.name, t.secret.decode()) for t in tokens] == [("alice", TOKEN), (None, BARE)]
    assert TOKEN not in repr(tokens)
    assert parse_tokens(None) == [] and parse_tokens("") == []
