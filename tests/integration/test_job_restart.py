"""A check submitted over the HTTP API survives its server being killed (SIGKILL) in the middle.

The real server (``python -m tests.ui.serve``, which is ``workbench serve`` with the deterministic
fake model) answers each model call after 1 s. A ten-sentence article is submitted over the API
with a token; once three of its claims are stored the server is killed. A new server on the same
data directory re-queues the job on start and finishes it: the same job, a second attempt, every
claim once, and the sentences answered before the kill come from the LLM response cache.
"""

from __future__ import annotations

import signal
import time

import httpx
import pytest

from tests.ui.conftest import Server
from workbench.settings import Settings
from workbench.store import Store, database_url

pytestmark = pytest.mark.slow

TOKEN = "restart-test-token-0123456789"
WHO = ["The harbour authority", "Reuters", "The county council", "A ministry spokesman", "The port operator"]
WHAT = ["{n} ferries sailed from Kirkwall", "the bridge toll rose to {n} pence", "{n} flights were cancelled"]
WHEN = ["in March 2021", "on 4 May 2022", "during January 2023", "in the autumn of 2019"]
SENTENCES = [f"{WHO[i % 5]} confirmed {WHAT[i % 3].format(n=17 + 29 * i)} {WHEN[i % 4]}." for i in range(10)]


def api(server: Server) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)


def poll(client: httpx.Client, job_id: str, until, timeout: float, server: Server) -> dict:
    deadline = time.monotonic() + timeout
    job: dict = {}
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise AssertionError(f"the server exited:\n{server.log_path.read_text()}")
        job = client.get(f"/api/jobs/{job_id}").json()
        if until(job):
            return job
        time.sleep(0.25)
    raise AssertionError(f"timed out; the job is {job}")


def test_a_job_killed_with_its_server_resumes_on_restart_and_stores_every_claim_once(tmp_path):
    home = tmp_path / "home"
    env = {"WORKBENCH_FAKE_DELAY": "1.0", "WORKBENCH_API_TOKENS": f"restart:{TOKEN}"}
    first = Server(home, "127.0.0.1", "job-restart-1", **env)
    try:
        first.wait_ready()
        with api(first) as client:
            assert client.get("/api/jobs", headers={"Authorization": "Bearer nope"}).status_code == 401
            answer = client.post("/api/checks", json={"text": " ".join(SENTENCES), "title": "Island report"})
            assert answer.status_code == 202, answer.text
            job_id = answer.json()["id"]
            running = poll(client, job_id, lambda j: (j["claims"] or 0) >= 3, 120, first)
        assert running["status"] == "running" and running["stage"] == "extract"
        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(timeout=30)
    finally:
        first.stop()

    settings = Settings(home=home, _env_file=None)
    with Store(database_url(settings)) as store:
        left = store.job(job_id)
        stored_at_kill = store.claim_counts(left.article_id)[0]
        calls_before = len(store.llm_calls())
    assert left.status == "running" and 3 <= stored_at_kill < len(SENTENCES)

    second = Server(home, "127.0.0.1", "job-restart-2", **env)
    try:
        second.wait_ready()
        with api(second) as client:
            done = poll(client, job_id, lambda j: j["status"] in ("done", "failed"), 180, second)
            claims = client.get(f"/api/articles/{done['article_id']}/claims").json()
    finally:
        second.stop()

    assert done["status"] == "done", done["error"]
    assert done["attempts"] == 2 and done["counts"] == {"claims": len(SENTENCES), "failures": 0}
    assert sorted(c["text"] for c in claims) == sorted(SENTENCES)
    with Store(database_url(settings)) as store:
        every = store.claims(done["article_id"], include_inactive=True)
        assert len(every) == len({c.id for c in every}) == len(SENTENCES)  # nothing twice, nothing left over
        assert all(store.suggestion(c.id) is not None for c in every)
        resumed = store.llm_calls()[calls_before:]
    # the sentences answered before the kill were not asked again
    assert sum(c.cached for c in resumed if c.provenance.prompt == "extract_claims") >= stored_at_kill
