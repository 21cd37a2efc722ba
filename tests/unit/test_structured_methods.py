"""How a schema is asked for (json_schema, json_mode, function_calling), the auto fallback, and how many
calls run at once."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from langchain_core.messages import SystemMessage
from pydantic import BaseModel, Field

from tests.fakes import ScriptedChatModel, Slow
from workbench.claims import extract_claims
from workbench.llm.models import PLACEHOLDER_API_KEY, LLMSettings, chat_model, llm_concurrency, runs_serially
from workbench.llm.structured import (
    SCHEMA_NOTE,
    StructuredLLM,
    forget_methods,
    rejects_method,
    remembered_method,
)
from workbench.prompts import Prompt, load_prompt, read_prompt
from workbench.records import Document


class Answer(BaseModel):
    city: str
    confidence: float = Field(ge=0, le=1)


class StatusError(Exception):
    """What an HTTP client raises for an error answer: the status and the server's message."""

    def __init__(self, status_code: int, message: str):
        super().__init__(f"Error code: {status_code} - {message}")
        self.status_code = status_code


LLAMA_CPP_REJECTION = StatusError(
    500, "{'loc': ('body', 'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\"}"
)


class MethodAwareModel(ScriptedChatModel):
    """A fake whose server rejects some structured-output methods, and which records the method of each call."""

    rejected: dict[str, Exception] = Field(default_factory=dict)
    methods_asked: list[str] = Field(default_factory=list)

    def with_structured_output(self, schema, *, include_raw=False, method="json_schema", **kwargs):
        runnable = super().with_structured_output(schema, include_raw=include_raw)
        rejection = self.rejected.get(method)

        def call(messages):
            self.methods_asked.append(method)
            if rejection is not None:
                raise rejection
            return runnable.invoke(messages)

        return call_runnable(call)


def call_runnable(function):
    from langchain_core.runnables import RunnableLambda

    return RunnableLambda(function)


@pytest.fixture(autouse=True)
def fresh_memory():
    forget_methods()
    yield
    forget_methods()


def _prompt(tmp_path) -> Prompt:
    path = tmp_path / "capital.yaml"
    path.write_text(
        "name: capital\nversion: 1\ndescription: test\nschema: Answer\ninputs: [country]\n"
        "messages:\n  - role: system\n    content: 'You answer in JSON.'\n"
        "  - role: user\n    content: 'Capital of {{ country }}?'\n"
    )
    return read_prompt(path)


GOOD = '{"city": "Paris", "confidence": 0.9}'


# --- which errors mean "this server does not take that method" ----------------------------------------


def test_a_server_error_naming_response_format_rejects_json_schema():
    assert rejects_method(LLAMA_CPP_REJECTION, "json_schema")
    assert rejects_method(StatusError(400, "response_format json_schema is not supported"), "json_schema")
    assert rejects_method(StatusError(400, "'tools' is not supported by this model"), "function_calling")


def test_outages_rate_limits_and_bad_keys_are_not_rejections_of_a_method():
    assert not rejects_method(StatusError(429, "rate limit on response_format requests"), "json_schema")
    assert not rejects_method(StatusError(401, "bad key for response_format"), "json_schema")
    assert not rejects_method(StatusError(500, "CUDA out of memory"), "json_schema")
    assert not rejects_method(ConnectionError("response_format"), "json_schema")  # no HTTP status


# --- auto: json_schema, then json_mode, then function_calling ----------------------------------------


def test_auto_falls_back_to_json_mode_without_spending_an_attempt(tmp_path):
    model = MethodAwareModel(script=[GOOD], rejected={"json_schema": LLAMA_CPP_REJECTION})
    llm = StructuredLLM(model, "server-a", max_attempts=1)
    value, call = llm.ask(_prompt(tmp_path), Answer, country="France")
    assert value == Answer(city="Paris", confidence=0.9)
    assert call.ok and call.attempts == 1 and call.input_tokens > 0
    assert model.methods_asked == ["json_schema", "json_mode"]
    assert remembered_method("server-a") == "json_mode"


def test_json_mode_carries_the_schema_in_the_system_prompt(tmp_path):
    model = MethodAwareModel(script=[GOOD])
    StructuredLLM(model, "m", method="json_mode").ask(_prompt(tmp_path), Answer, country="France")
    system = model.calls[0][0]
    assert isinstance(system, SystemMessage)
    assert system.content.startswith("You answer in JSON.")
    assert SCHEMA_NOTE.split("{")[0].strip() in system.content and '"confidence"' in system.content


def test_the_method_that_worked_is_asked_first_next_time(tmp_path):
    model = MethodAwareModel(script=[GOOD], rejected={"json_schema": LLAMA_CPP_REJECTION})
    llm = StructuredLLM(model, "server-b")
    llm.ask(_prompt(tmp_path), Answer, country="France")
    model.methods_asked.clear()
    StructuredLLM(model, "server-b").ask(_prompt(tmp_path), Answer, country="Italy")  # a new instance, same model
    assert model.methods_asked == ["json_mode"]


def test_auto_ends_at_function_calling_when_both_response_formats_are_rejected(tmp_path):
    rejection = StatusError(400, "unsupported response_format")
    model = MethodAwareModel(script=[GOOD], rejected={"json_schema": rejection, "json_mode": rejection})
    value, call = StructuredLLM(model, "server-c").ask(_prompt(tmp_path), Answer, country="France")
    assert value is not None and call.attempts == 1
    assert model.methods_asked == ["json_schema", "json_mode", "function_calling"]
    assert remembered_method("server-c") == "function_calling"


def test_a_model_class_without_the_method_is_skipped_like_a_rejecting_server(tmp_path):
    class OnlyJsonMode(ScriptedChatModel):
        def with_structured_output(self, schema, *, include_raw=False, method="json_schema", **kwargs):
            if method != "json_mode":
                raise NotImplementedError(method)
            return super().with_structured_output(schema, include_raw=include_raw)

    value, call = StructuredLLM(OnlyJsonMode(script=[GOOD]), "m").ask(_prompt(tmp_path), Answer, country="France")
    assert value is not None and call.attempts == 1


def test_a_chosen_method_the_server_rejects_fails_at_once_with_a_hint(tmp_path):
    model = MethodAwareModel(script=[GOOD], rejected={"json_schema": LLAMA_CPP_REJECTION})
    value, call = StructuredLLM(model, "m", max_attempts=3, method="json_schema").ask(
        _prompt(tmp_path), Answer, country="France"
    )
    assert value is None and not call.ok and call.attempts == 1
    assert model.methods_asked == ["json_schema"]
    assert "WORKBENCH_LLM_STRUCTURED" in call.error and "json_object" in call.error


def test_other_errors_are_failed_attempts_with_the_same_method(tmp_path):
    model = MethodAwareModel(script=[GOOD], rejected={"json_schema": StatusError(503, "overloaded")})
    value, call = StructuredLLM(model, "m", max_attempts=2).ask(_prompt(tmp_path), Answer, country="France")
    assert value is None and call.attempts == 2 and "overloaded" in call.error
    assert model.methods_asked == ["json_schema", "json_schema"]


def test_an_unknown_method_is_refused():
    with pytest.raises(ValueError, match="unknown structured-output method"):
        StructuredLLM(ScriptedChatModel(), "m", method="xml")


def test_the_local_model_refuses_other_methods_so_auto_keeps_json_schema(tmp_path):
    from workbench.llm.local import ChatLocalLlama

    model = ChatLocalLlama(model_path=str(tmp_path / "x.gguf"))
    llm = StructuredLLM(model, "local:x", method="json_mode")
    value, call = llm.ask(_prompt(tmp_path), Answer, country="France")
    assert value is None and call.attempts == 1 and "does not support method=json_mode" in call.error


# --- providers -------------------------------------------------------------------------------------------


def test_the_in_process_model_runs_serially_and_servers_do_not():
    settings = LLMSettings(_env_file=None, llm_concurrency=4)
    assert runs_serially(settings, "local") and llm_concurrency(settings, "local:qwen2.5-0.5b") == 1
    assert not runs_serially(settings, "openai:qwen") and llm_concurrency(settings, "openai:qwen") == 4
    assert llm_concurrency(settings, "mock") == 4


def test_an_openai_server_without_a_key_gets_a_placeholder_and_bounded_retries(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    settings = LLMSettings(_env_file=None, llm_base_url="http://127.0.0.1:9/v1", llm_max_retries=5)
    model = chat_model(settings, "openai:qwen2.5-0.5b")
    assert model.openai_api_key.get_secret_value() == PLACEHOLDER_API_KEY
    assert model.max_retries == 5 and model.openai_api_base == "http://127.0.0.1:9/v1"


def test_a_given_key_is_used_rather_than_the_placeholder(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    settings = LLMSettings(_env_file=None, llm_base_url="http://127.0.0.1:9/v1", llm_api_key="sk-mine")
    assert chat_model(settings, "openai:m").openai_api_key.get_secret_value() == "sk-mine"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    settings = LLMSettings(_env_file=None, llm_base_url="http://127.0.0.1:9/v1")
    assert chat_model(settings, "openai:m").openai_api_key.get_secret_value() == "sk-from-env"


# --- how many extraction calls are in flight -------------------------------------------------------------


SENTENCES = [
    "The coalition conducted 14 strikes near Abu Kamal in early December.",
    "Syrian troops entered Mayadin on the morning of 14 October.",
    "A Russian Su-25 was shot down over Idlib in February 2018.",
    "The Pentagon published its deconfliction figures for November.",
    "Two F-22 fighters flew escort missions east of the Euphrates.",
    "Moscow announced a partial withdrawal from Hmeimim air base.",
]
ARTICLE = Document(id="a1", source="a.txt", kind="article", title="Test", text=" ".join(SENTENCES))


class InFlight:
    def __init__(self):
        self.now = self.most = 0
        self.lock = threading.Lock()

    def __call__(self, messages):
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.15)
        with self.lock:
            self.now -= 1
        sentence = str(messages[-1].content).split("Sentence: ", 1)[1].split("\n", 1)[0]
        return {"claims": [{"claim": sentence, "type": "event", "verbatim": sentence}]}


@pytest.mark.parametrize(("serial", "expected"), [(False, 3), (True, 1)])
def test_extraction_keeps_up_to_concurrency_calls_in_flight_unless_the_model_is_serial(serial, expected):
    counter = InFlight()
    llm = StructuredLLM(ScriptedChatModel(responder=counter), "m", serial=serial)
    seen: list[list[str]] = []
    result = extract_claims(
        ARTICLE, llm, load_prompt("extract_claims"), concurrency=3, on_claims=lambda c: seen.append([x.text for x in c])
    )
    assert counter.most == expected
    assert [c.text for c in result.claims] == SENTENCES  # article order
    assert all(later[: len(earlier)] == earlier for earlier, later in itertools.pairwise(seen))  # grows from the top
    assert len(seen) == 6


def test_slow_calls_in_flight_together_each_keep_their_own_timeout(tmp_path):
    model = ScriptedChatModel(responder=lambda _m: Slow(0.4, GOOD))
    llm = StructuredLLM(model, "m", timeout_s=0.2, max_attempts=1)
    value, call = llm.ask(_prompt(tmp_path), Answer, country="France")
    assert value is None and "no answer within 0.2 s" in call.error
