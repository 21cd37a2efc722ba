"""Structured LLM calls: validation, bounded retries, timeouts, usage records, the response cache."""

from __future__ import annotations

from pydantic import BaseModel, Field

from tests.fakes import ScriptedChatModel, Slow
from workbench.llm.cache import ResponseCache
from workbench.llm.structured import StructuredLLM
from workbench.prompts import Prompt, read_prompt


class Answer(BaseModel):
    city: str
    confidence: float = Field(ge=0, le=1)


def _prompt(tmp_path) -> Prompt:
    path = tmp_path / "capital.yaml"
    path.write_text(
        "name: capital\nversion: 1\ndescription: test\nschema: Answer\ninputs: [country]\n"
        "messages:\n  - role: user\n    content: 'Capital of {{ country }}? JSON.'\n"
    )
    return read_prompt(path)


def test_a_valid_answer_is_parsed_and_recorded(tmp_path):
    model = ScriptedChatModel(script=['{"city": "Paris", "confidence": 0.9}'])
    value, call = StructuredLLM(model, "fake").ask(_prompt(tmp_path), Answer, item="fr", country="France")
    assert value == Answer(city="Paris", confidence=0.9)
    assert call.ok and call.attempts == 1 and call.item == "fr"
    assert call.input_tokens > 0 and call.output_tokens > 0
    assert (
        call.provenance.prompt == "capital" and call.provenance.prompt_version == 1 and call.provenance.model == "fake"
    )


def test_malformed_json_is_retried_with_the_error(tmp_path):
    model = ScriptedChatModel(script=['{"city": "Paris", "confid', '{"city": "Paris", "confidence": 0.8}'])
    value, call = StructuredLLM(model, "fake").ask(_prompt(tmp_path), Answer, country="France")
    assert value is not None and value.city == "Paris"
    assert call.attempts == 2
    retry_prompt = model.prompts_seen()[1]
    assert "could not be used" in retry_prompt and '{"city": "Paris", "confid' in retry_prompt


def test_an_answer_that_breaks_the_schema_is_retried(tmp_path):
    model = ScriptedChatModel(script=['{"city": "Paris", "confidence": 7}', '{"city": "Paris", "confidence": 0.7}'])
    value, call = StructuredLLM(model, "fake").ask(_prompt(tmp_path), Answer, country="France")
    assert value is not None and call.attempts == 2
    assert "less than or equal to 1" in model.prompts_seen()[1]


def test_retries_are_bounded_and_the_failure_is_recorded(tmp_path):
    model = ScriptedChatModel(script=["not json at all"])
    value, call = StructuredLLM(model, "fake", max_attempts=3).ask(_prompt(tmp_path), Answer, country="France")
    assert value is None
    assert not call.ok and call.attempts == 3 and call.error
    assert len(model.calls) == 3


def test_a_slow_answer_times_out_and_is_retried(tmp_path):
    model = ScriptedChatModel(
        script=[Slow(2.0, '{"city": "Late", "confidence": 0.5}'), '{"city": "Paris", "confidence": 0.5}']
    )
    value, call = StructuredLLM(model, "fake", timeout_s=0.3).ask(_prompt(tmp_path), Answer, country="France")
    assert value is not None and value.city == "Paris"
    assert call.attempts == 2


def test_a_provider_error_is_a_failed_attempt_not_a_crash(tmp_path):
    model = ScriptedChatModel(script=[ConnectionError("server went away")])
    value, call = StructuredLLM(model, "fake", max_attempts=2).ask(_prompt(tmp_path), Answer, country="France")
    assert value is None and "server went away" in (call.error or "")


def test_the_cache_answers_a_repeated_request(tmp_path):
    cache = ResponseCache(tmp_path / "cache.db")
    model = ScriptedChatModel(
        script=['{"city": "Paris", "confidence": 0.9}', '{"city": "Lyon", "confidence": 0.9}'], cache=cache
    )
    llm = StructuredLLM(model, "fake")
    first, call1 = llm.ask(_prompt(tmp_path), Answer, country="France")
    second, call2 = llm.ask(_prompt(tmp_path), Answer, country="France")
    assert first == second and not call1.cached and call2.cached
    assert len(model.calls) == 1
    _, call3 = llm.ask(_prompt(tmp_path), Answer, country="Italy")
    assert not call3.cached and len(cache) == 2


def test_a_prompt_for_another_schema_is_refused(tmp_path):
    import pytest

    from workbench.prompts import PromptError

    class Other(BaseModel):
        x: int

    with pytest.raises(PromptError, match="answers with Answer"):
        StructuredLLM(ScriptedChatModel(), "fake").ask(_prompt(tmp_path), Other, country="France")


class _ParallelStructuredModel(ScriptedChatModel):
    """Structured output the way LangChain's default does it: the model runs inside RunnableParallel."""

    def with_structured_output(self, schema, *, include_raw=False, **kwargs):
        from langchain_core.output_parsers import PydanticOutputParser
        from langchain_core.runnables import RunnableParallel

        parser = PydanticOutputParser(pydantic_object=schema)
        return RunnableParallel(raw=self) | (
            lambda out: {"raw": out["raw"], "parsed": parser.invoke(out["raw"]), "parsing_error": None}
        )


def test_a_cache_hit_is_recorded_when_the_model_runs_in_a_langchain_worker_thread(tmp_path):
    cache = ResponseCache(tmp_path / "cache.db")
    model = _ParallelStructuredModel(script=['{"city": "Paris", "confidence": 0.9}'], cache=cache)
    llm = StructuredLLM(model, "fake")
    _, first = llm.ask(_prompt(tmp_path), Answer, country="France")
    _, second = llm.ask(_prompt(tmp_path), Answer, country="France")
    assert not first.cached and second.cached and len(model.calls) == 1
