"""What the HTTP API reads and writes. Responses are the services' own views (``reviewing.views``,
``records``, ``jobs.Job``) wherever one fits; the few models here add what a program needs on top."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from workbench.jobs import Job
from workbench.records import Review, Verdict
from workbench.reviewing.views import ClaimView


class Problem(BaseModel):
    """Every 4xx answer: one line saying what was wrong and, where it helps, what to send instead."""

    detail: str


class CheckRequest(BaseModel):
    """An article to check: its text (and a title), or a URL the server fetches."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The article's text.")
    title: str | None = Field(default=None, max_length=500, description="Its title (with text only).")
    url: str | None = Field(default=None, max_length=2048, description="An http(s) URL of the article.")

    @model_validator(mode="after")
    def _text_or_url(self) -> CheckRequest:
        if (self.text is None) == (self.url is None):
            raise ValueError("give either text (with an optional title) or url")
        if self.url is not None and self.title is not None:
            raise ValueError("a title goes with text; a URL's page has its own")
        return self


class JobView(Job):
    """A job, and with its article known, the claims stored so far (reviewable before the job ends)."""

    claims: int | None = Field(default=None, description="Active claims of the job's article stored so far.")
    suggestions: int | None = Field(default=None, description="Of them, claims with a suggestion so far.")


class SubmittedJob(JobView):
    joined: bool = Field(
        description="True when a job for the same source was already queued or running: this is that job."
    )


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: Verdict
    note: str = Field(default="", max_length=10_000)
    evidence_used: list[str] = Field(
        default_factory=list, max_length=100, description="Ids of passages of the claim's evidence the reviewer used."
    )
    reviewer: str | None = Field(
        default=None,
        max_length=200,
        description="Who gives the verdict; with a named API token it is the token's name (and may be left out).",
    )


class UndoRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reviewer: str | None = Field(default=None, max_length=200, description="Whose latest verdict to cancel.")


class ClaimDetailView(ClaimView):
    """A claim as a reviewer sees it, with its article, its sentence and its whole review history."""

    article_id: str
    sentence: str
    reviews: list[Review] = Field(description="Review events, oldest first; an undo names the event it cancels.")
