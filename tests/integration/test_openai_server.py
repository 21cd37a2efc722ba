"""The workbench against real OpenAI-compatible servers: WORKBENCH_LLM=openai:<model> with WORKBENCH_LLM_BASE_URL.

Most tests talk to llama-cpp-python's own server (``python -m workbench.llm.serve``, which runs
``llama_cpp.server`` with the in-process load settings) running the small
catalogue model (Qwen2.5-Coder 0.5B), started once for the session. Articles are two or three
sentences: on two cores each extraction call takes seconds. What llama.cpp cannot be made to do on
demand (HTTP 429 with Retry-After, refusing every response_format) comes from a scripted
``http.server`` (tests/openai_servers.py), also real HTTP through the real OpenAI client.

What is asserted holds whatever the 0.5B model's quality: answers parse, calls are recorded with
their tokens, failures are recorded rather than raised, and nothing waits past its bounds.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from tests.conftest import REPO, SAMPLE
from tests.openai_servers import LlamaServer, Reply, ScriptedServer, completion, error
from workbench import pipeline
from workbench.checking import Checker, open_llm
from workbench.llm.models import PLACEHOLDER_API_KEY
from workbench.llm.structured import StructuredLLM, forget_methods, remembered_method
from workbench.prompts import Prompt, load_prompt, read_prompt
from workbench.settings import Settings

pytestmark = [pytest.mark.openai_server, pytest.mark.slow]

MODEL = "qwen2.5-0.5b"
SPEC = f"openai:{MODEL}"

ARTICLE = (
    "Title: Jets over Mayadin | Outlet: Test Wire | Date: 2017-12-10\n\n"
    "Russia's Defence Ministry said on 9 December 2017 that a US F-22 fighter obstructed two Russian Su-25 jets "
    "near Mayadin on 23 November. A US Air Force official told Business Insider that the incident never happened.\n"
)


def _model_path() -> Path:
    from workbench.llm.errors import ModelError
    from workbench.llm.pull import resolve_local_model

    try:
        return resolve_local_model(Settings(_env_file=None), MODEL)
    except ModelError as exc:
        pytest.fail(f"{exc} (scripts/install.sh --test pulls it)")


@pytest.fixture(scope="session")
def llama_server() -> Iterator[LlamaServer]:
    """llama_cpp.server with the 0.5B model, up (its /v1/models answers) for the whole session."""
    server = LlamaServer(_model_path(), alias=MODEL).start()
    yield server
    server.close()


@pytest.fixture
def own_server() -> Iterator[LlamaServer]:
    """A server of the test's own, for tests that kill or freeze it."""
    server = LlamaServer(_model_path(), alias=MODEL).start()
    yield server
    server.close()


def server_settings(home: Path, server: LlamaServer | ScriptedServer, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "home": home,
        "llm": SPEC,
        "llm_base_url": server.base_url,
        "llm_timeout": 600.0,  # a shared two-core machine can be very slow; the timeout tests set their own
        "llm_max_tokens": 256,
        "_env_file": None,
    }
    return Settings(**(values | overrides))


def write_article(folder: Path, text: str = ARTICLE, name: str = "article.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


class Answer(BaseModel):
    city: str


class Capital:
    """A one-line structured question (answered by ``Answer``), for tests of the call policy, not of a pipeline."""

    @staticmethod
    def prompt(tmp_path: Path) -> Prompt:
        path = tmp_path / "capital.yaml"
        path.write_text(
            "name: capital\nversion: 1\ndescription: test\nschema: Answer\ninputs: [country]\n"
            "messages:\n  - role: system\n    content: 'You answer questions about geography in JSON.'\n"
            "  - role: user\n    content: 'What is the capital of {{ country }}? Answer with the city.'\n"
        )
        return read_prompt(path)


# --- structured output against llama_cpp.server ------------------------------------------------------------


def test_auto_falls_back_to_json_mode_because_llama_cpp_server_rejects_json_schema(llama_server, tmp_path):
    forget_methods()
    llm = open_llm(server_settings(tmp_path / "home", llama_server))
    value, call = llm.ask(Capital.prompt(tmp_path), Answer, country="France")
    assert call.ok, call.error
    assert value is not None and "paris" in value.city.lower()
    assert call.attempts == 1  # the rejected json_schema request is not an attempt
    assert call.input_tokens > 0 and call.output_tokens > 0
    assert remembered_method(llm.label) == "json_mode"
    assert llm.label == f"{SPEC}@{llama_server.base_url}"


def test_json_schema_alone_fails_at_once_and_says_what_to_set(llama_server, tmp_path):
    llm = open_llm(server_settings(tmp_path / "home", llama_server, llm_structured="json_schema", llm_max_retries=0))
    started = time.perf_counter()
    value, call = llm.ask(Capital.prompt(tmp_path), Answer, country="Italy")
    assert value is None and not call.ok and call.attempts == 1
    assert "json_object" in call.error and "WORKBENCH_LLM_STRUCTURED" in call.error
    assert time.perf_counter() - started < 30


def test_function_calling_answers_through_the_server(llama_server, tmp_path):
    llm = open_llm(server_settings(tmp_path / "home", llama_server, llm_structured="function_calling"))
    value, call = llm.ask(Capital.prompt(tmp_path), Answer, country="Spain")
    assert call.ok, call.error
    assert value is not None and value.city and call.input_tokens > 0


# --- the workbench through the server ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_home(tmp_path_factory, embedder) -> Path:
    """A data directory with the demo evidence briefs ingested, for chat and the eval suite."""
    home = tmp_path_factory.mktemp("openai-corpus") / "home"
    report = pipeline.ingest([str(SAMPLE / "sources")], Settings(home=home, _env_file=None), embedder=embedder)
    assert not report.failures
    return home


def test_a_check_through_the_server_extracts_claims_and_records_calls_with_tokens(llama_server, tmp_path, embedder):
    settings = server_settings(tmp_path / "home", llama_server)
    checker = Checker(settings, embedder=embedder)
    report = checker.check(write_article(tmp_path))
    assert report.model == f"{SPEC}@{llama_server.base_url}"
    assert not report.failures, report.failures
    found = [c for c in report.claims if c.check_worthy]
    assert found, [(c.text, c.flags) for c in report.claims]
    calls = checker.store.llm_calls(report.run_id)
    assert len(calls) == report.usage["extract"].calls >= 1
    assert all(c.ok and c.provenance.model == report.model for c in calls)
    assert all(c.input_tokens > 0 and c.output_tokens > 0 for c in calls)
    assert report.usage["extract"].input_tokens == sum(c.input_tokens for c in calls)


def test_chat_through_the_server_answers_from_the_corpus(llama_server, corpus_home, embedder):
    from workbench.chat import answer_question
    from workbench.index.search import Searcher

    settings = server_settings(corpus_home, llama_server)
    reply = answer_question(
        "What did Russia's Defence Ministry say a US F-22 did over Syria?",
        Searcher(settings, embedder=embedder),
        open_llm(settings),
        load_prompt("chat_answer"),
        k=3,
    )
    assert reply.covered and "model_failed" not in reply.flags, reply.answer
    assert reply.answer.strip() and reply.call is not None and reply.call.input_tokens > 0


def test_the_smoke_suite_runs_through_the_server(llama_server, corpus_home, embedder, tmp_path):
    """`workbench eval run smoke --llm openai:... --limit 1`, on the sentence of the first gold row."""
    from workbench.evals.runner import run_suite
    from workbench.evals.suites import load_suite

    settings = server_settings(corpus_home, llama_server, search_k=3)  # short chat prompts: 2 cores
    suite = load_suite("smoke", settings)
    first = json.loads((REPO / suite.dataset_of("extraction")).read_text().splitlines()[0])
    demo = (SAMPLE / "article.txt").read_text()
    start = demo.index(first["article_span"])
    sentence = demo[start : demo.index(".", start) + 1]
    article = write_article(tmp_path, f"Title: Excerpt of the demo article | Date: 2017-12-10\n\n{sentence}\n")
    suite = suite.model_copy(update={"article": str(article), "corpus": None})  # the corpus is ingested already
    (log,) = run_suite(suite, settings, llm=SPEC, limit=1, embedder=embedder, write=False)
    assert log.model.startswith(f"{SPEC}@{llama_server.base_url}")
    assert {s.stage for s in log.samples} >= {"retrieval", "extraction", "chat"}
    assert log.usage.calls >= 2 and log.usage.input_tokens > 0 and log.usage.output_tokens > 0
    assert not [f for f in log.failures if f.stage in ("extract", "extraction")], log.failures


# --- a server that dies or hangs mid-run ---------------------------------------------------------------------

THREE_SENTENCES = (
    "Title: Strikes near Abu Kamal | Outlet: Test Wire | Date: 2017-12-08\n\n"
    "The US-led coalition said it conducted 14 strikes near Abu Kamal between 4 and 7 December 2017. "
    "The Syrian army said on 3 November 2017 that it had taken full control of Mayadin. "
    "Russia's Defence Ministry reported 8 close encounters with coalition jets in November 2017.\n"
)


def test_a_check_survives_the_server_dying_mid_run_and_a_rerun_finishes_it(own_server, tmp_path, embedder):
    settings = server_settings(tmp_path / "home", own_server, llm_attempts=2, llm_max_retries=1)
    article = write_article(tmp_path, THREE_SENTENCES)
    killed_at: list[float] = []

    def kill_after_the_first_sentence(event) -> None:
        if event.stage == "extract" and event.done == 1 and not killed_at:
            own_server.kill()
            killed_at.append(time.perf_counter())

    checker = Checker(settings, embedder=embedder)
    first = checker.check(article, progress=kill_after_the_first_sentence)
    after_kill = time.perf_counter() - killed_at[0]
    failed = [f for f in first.failures if f.stage == "extract"]
    assert len(failed) == 2, first.failures  # the two sentences asked after the kill
    assert all("Connection" in f.reason for f in failed), failed
    calls = checker.store.llm_calls(first.run_id)
    assert [c.ok for c in calls] == [True, False, False]
    assert all(c.attempts == 2 for c in calls if not c.ok)
    # refused connections cost the client's back-off (0.5 s, then about 1 s) per attempt, never a hang
    assert after_kill < 30, after_kill

    own_server.start()  # the same port: the same model label, so the cache and the stored runs apply
    second = Checker(settings, embedder=embedder).check(article)
    assert not second.failures, second.failures
    assert second.usage["extract"].calls == 3 and second.usage["extract"].cached == 1  # the answer before the kill
    assert all(c.ok for c in checker.store.llm_calls(second.run_id))


def test_a_frozen_server_costs_each_item_at_most_its_attempts_times_the_timeout(own_server, tmp_path, embedder):
    timeout, attempts = 3.0, 2
    settings = server_settings(
        tmp_path / "home", own_server, llm_timeout=timeout, llm_attempts=attempts, llm_max_retries=0
    )
    own_server.freeze()  # accepts connections, never answers
    started = time.perf_counter()
    report = Checker(settings, embedder=embedder).check(write_article(tmp_path, THREE_SENTENCES))
    seconds = time.perf_counter() - started
    failed = [f for f in report.failures if f.stage == "extract"]
    assert len(failed) == 3 and all("no answer within 3 s" in f.reason for f in failed), report.failures
    assert seconds < 3 * attempts * timeout + 30, seconds


# --- a scripted server: rate limits, rejected formats, concurrency -------------------------------------------


def _scripted(home: Path, server: ScriptedServer, **overrides: object) -> StructuredLLM:
    return open_llm(server_settings(home, server, llm=f"openai:scripted-{server.port}", **overrides))


def test_http_429_is_retried_after_the_servers_retry_after_then_answers(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)

    def answer(_body, n):
        if n == 0:
            return error(429, "rate limited", {"Retry-After": "1"})
        return Reply(body=completion('{"city": "Paris"}'))

    with ScriptedServer(answer) as server:
        value, call = _scripted(tmp_path / "home", server, llm_max_retries=2).ask(
            Capital.prompt(tmp_path), Answer, country="France"
        )
    assert value == Answer(city="Paris") and call.ok and call.attempts == 1
    assert len(server.seen) == 2
    assert 0.95 <= server.seen[1].at - server.seen[0].at < 3  # Retry-After: 1, honoured
    assert call.input_tokens == 11 and call.output_tokens == 7
    assert server.seen[0].headers.get("authorization") == f"Bearer {PLACEHOLDER_API_KEY}"


def test_http_429_retries_back_off_exponentially_and_are_bounded(tmp_path):
    with ScriptedServer(lambda _body, _n: error(429, "rate limited")) as server:
        value, call = _scripted(tmp_path / "home", server, llm_max_retries=2, llm_attempts=2).ask(
            Capital.prompt(tmp_path), Answer, country="France"
        )
    assert value is None and not call.ok and "429" in call.error
    assert len(server.seen) == 2 * 3  # attempts x (1 + retries), then it stops
    first, second = (b.at - a.at for a, b in zip(server.seen[:3], server.seen[1:3]))
    assert 0.3 < first < 0.9 and 0.7 < second < 1.6 and second > first  # 0.5 s, then 1 s, less up to 25% jitter


def test_auto_ends_at_function_calling_when_a_server_rejects_every_response_format(tmp_path):
    def answer(body, _n):
        if "response_format" in body:
            return error(400, f"response_format of type {body['response_format']['type']} is not supported")
        name = body["tools"][0]["function"]["name"]
        return Reply(body=completion(tool_call=(name, {"city": "Paris"})))

    with ScriptedServer(answer) as server:
        llm = _scripted(tmp_path / "home", server, llm_max_retries=0)
        value, call = llm.ask(Capital.prompt(tmp_path), Answer, country="France")
        assert value == Answer(city="Paris") and call.attempts == 1
        assert [s.body.get("response_format", {}).get("type", "tools") for s in server.seen] == [
            "json_schema",
            "json_object",
            "tools",
        ]
        assert remembered_method(llm.label) == "function_calling"
        server.seen.clear()
        llm.ask(Capital.prompt(tmp_path), Answer, country="Italy")
        assert ["tools" in s.body for s in server.seen] == [True]  # asked the working way first


def test_a_check_keeps_llm_concurrency_requests_in_flight_and_the_claims_in_article_order(tmp_path, embedder):
    """Extraction and LLM verdicts (verifier=llm) each keep three requests in flight; claims are
    stored in article order as they come, and every claim gets its suggestion."""
    verdict = {"label": "supported", "rationale": "P1 says so.", "cited": ["P1"], "confidence": 0.6}

    def answer(body, _n):
        user = body["messages"][-1]["content"]
        if "Sentence: " not in user:  # slower than a retrieval, which runs between two verdict requests
            return Reply(body=completion(json.dumps(verdict)), delay_s=2.0)
        sentence = user.split("Sentence: ", 1)[1].split("\n", 1)[0]
        claims = {"claims": [{"claim": sentence, "type": "event", "verbatim": sentence}]}
        return Reply(body=completion(json.dumps(claims)), delay_s=0.4)

    sentences = [
        "The coalition conducted 14 strikes near Abu Kamal in early December.",
        "Syrian troops entered Mayadin on the morning of 14 October 2017.",
        "A Russian Su-25 was shot down over Idlib in February 2018.",
        "The Pentagon published its deconfliction figures for November.",
        "Two F-22 fighters flew escort missions east of the Euphrates.",
        "Moscow announced a partial withdrawal from Hmeimim air base.",
    ]
    article = write_article(tmp_path, "Title: Six | Date: 2017-12-01\n\n" + " ".join(sentences) + "\n")
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "report.md").write_text(
        "# Report\n\n" + " ".join(s.replace("The ", "A report says the ") for s in sentences)
    )
    with ScriptedServer(answer) as server:
        settings = server_settings(
            tmp_path / "home",
            server,
            llm=f"openai:scripted-{server.port}",
            llm_concurrency=3,
            checkworthy_threshold=0,
            verifier="llm",
        )
        pipeline.ingest([str(briefs)], settings, embedder=embedder)
        seen: list[list[str]] = []
        suggested: list[str] = []
        checker = Checker(settings, embedder=embedder)
        save_claims, save_suggestion = checker.store.save_claims, checker.store.save_suggestion

        def recording_save_claims(article_id, claims, replace=True):
            if not replace:
                seen.append([c.text for c in claims])
            return save_claims(article_id, claims, replace=replace)

        def recording_save_suggestion(suggestion):
            suggested.append(suggestion.claim_id)
            return save_suggestion(suggestion)

        checker.store.save_claims = recording_save_claims  # type: ignore[method-assign]
        checker.store.save_suggestion = recording_save_suggestion  # type: ignore[method-assign]
        report = checker.check(article)
    extraction = [s for s in server.seen if "Sentence: " in s.body["messages"][-1]["content"]]
    verdicts = [s for s in server.seen if s not in extraction]
    assert len(extraction) == 6 and max(s.in_flight for s in extraction) == 3
    assert len(verdicts) == 6 and max(s.in_flight for s in verdicts) == 3
    claims = [c for c in report.claims if c.check_worthy]
    assert [c.text for c in claims] == sentences
    assert all(later[: len(earlier)] == earlier for earlier, later in itertools.pairwise(seen))  # streamed in order
    assert sorted(suggested) == sorted(c.id for c in claims)  # each stored once
    assert all(c.suggestion is not None and c.suggestion.label == "supported" for c in claims)
