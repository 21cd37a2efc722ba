"""The routes under /api. Each one is a few lines over a service: the reviewing service (articles,
claims, reviews, exports), the corpus service (search) and the job queue (checks), the same objects
the Review tab uses in the same process, so the API and the browser cannot disagree.

Status codes: 202 a new job, 200 a job joined (same source already queued or running), 201 a review
stored; 400 a malformed JSON body; 401 no or wrong token (``auth.py``); 403 a reviewer name that is
not the token's; 404 an unknown id; 409 nothing to undo; 413 a body or file over the limit; 422 a
well-formed request the services refuse. Every error body is ``{"detail": "<what to change>"}``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, Response, UploadFile
from fastapi.security import HTTPBearer

from workbench.api.auth import USER_KEY, ApiUser
from workbench.api.models import (
    CheckRequest,
    ClaimDetailView,
    JobView,
    Problem,
    ReviewRequest,
    SubmittedJob,
    UndoRequest,
)
from workbench.corpus.service import CorpusService
from workbench.export import ExportFormat, export_text
from workbench.jobs import Job, JobError, JobQueue, JobStatus, JobTooLarge, Submitted
from workbench.records import DocumentKind, Evidence, Review, SearchFilters, check_date
from workbench.reviewing import ReviewingError, ReviewingService
from workbench.reviewing.views import ClaimView, EvidenceView, QueueRow, SuggestionView
from workbench.settings import Settings


@dataclass
class ApiServices:
    """What the routes call: the services the Review tab and the CLI call too."""

    settings: Settings
    reviewing: ReviewingService
    corpus: CorpusService
    jobs: JobQueue


EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "claimreview": ("application/ld+json", "claimreview.json"),
}
ERRORS: dict[int | str, dict] = {
    code: {"model": Problem, "description": what}
    for code, what in {
        400: "Malformed JSON body",
        401: "No or wrong API token",
        404: "Unknown id",
        413: "Body or file over WORKBENCH_MAX_FILE_MB",
        422: "A request the services refuse",
    }.items()
}

# Declared for the OpenAPI page (its "Authorize" button); the check itself is ApiGuard's, before any route.
bearer = HTTPBearer(auto_error=False, description="One of WORKBENCH_API_TOKENS; not needed on an open local API.")
router = APIRouter(prefix="/api", dependencies=[Depends(bearer)], responses=ERRORS)


def services(request: Request) -> ApiServices:
    return request.app.state.workbench


def caller(request: Request) -> ApiUser:
    return request.scope.get(USER_KEY) or ApiUser()


def reviewer_of(request: Request, named: str | None) -> str:
    """The reviewer a review is recorded under: the token's name, else the name the request gives."""
    user, named = caller(request), (named or "").strip() or None
    if user.name is not None:
        if named is not None and named != user.name:
            raise HTTPException(403, f"this token is {user.name}'s: reviews sent with it are recorded as {user.name}")
        return user.name
    if named is None:
        raise HTTPException(422, 'give the reviewer\'s name ("reviewer"), or use a named token (name:token)')
    return named


# --- checks and jobs ---------------------------------------------------------------------------------------


def job_view(svc: ApiServices, job: Job, cls: type[JobView] = JobView, **extra: object) -> JobView:
    claims = suggestions = None
    if job.article_id:
        claims, suggestions = svc.reviewing.claim_counts(job.article_id)
    return cls(**job.model_dump(), claims=claims, suggestions=suggestions, **extra)


def submitted(svc: ApiServices, done: Submitted, response: Response) -> SubmittedJob:
    response.status_code = 202 if done.created else 200
    response.headers["Location"] = f"/api/jobs/{done.job.id}"
    return job_view(svc, done.job, SubmittedJob, joined=not done.created)  # type: ignore[return-value]


def _submit(submit: Callable[[], Submitted]) -> Submitted:
    """A submission, with the queue's refusals as 413 (too large) or 422."""
    try:
        return submit()
    except JobTooLarge as exc:
        raise HTTPException(413, str(exc)) from exc
    except JobError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.post(
    "/checks",
    response_model=SubmittedJob,
    status_code=202,
    summary="Check an article given as text or a URL",
    responses={200: {"model": SubmittedJob, "description": "Joined the job already checking the same source"}},
)
def submit_check(body: CheckRequest, request: Request, response: Response) -> SubmittedJob:
    """Queue a check and answer at once with the job; poll ``GET /api/jobs/{id}``. The claims can be read
    (``GET /api/articles/{article_id}/claims``) as soon as the job knows its article, before it ends."""
    svc, who = services(request), caller(request).name
    if body.url is not None:
        done = _submit(lambda: svc.jobs.submit_url(body.url, submitted_by=who))
    else:
        done = _submit(lambda: svc.jobs.submit_text(body.text or "", title=body.title, submitted_by=who))
    return submitted(svc, done, response)


@router.post(
    "/checks/file",
    response_model=SubmittedJob,
    status_code=202,
    summary="Check an article given as a file (multipart upload)",
    responses={200: {"model": SubmittedJob, "description": "Joined the job already checking the same bytes"}},
)
def submit_check_file(
    request: Request, response: Response, file: Annotated[UploadFile, File(description="A .txt, .md, .html or .pdf")]
) -> SubmittedJob:
    svc = services(request)
    data = file.file.read(svc.settings.max_file_bytes + 1)
    done = _submit(lambda: svc.jobs.submit_file(file.filename or "", data, submitted_by=caller(request).name))
    return submitted(svc, done, response)


@router.get("/jobs", response_model=list[Job], summary="Jobs, newest first")
def list_jobs(
    request: Request, status: JobStatus | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[Job]:
    return services(request).jobs.jobs(status=status, limit=limit)


@router.get("/jobs/{job_id}", response_model=JobView, summary="A job's progress")
def get_job(job_id: str, request: Request) -> JobView:
    svc = services(request)
    job = svc.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r}")
    return job_view(svc, job)


# --- articles, claims, reviews -------------------------------------------------------------------------------


@router.get("/articles", response_model=list[QueueRow], summary="Articles, with how far their review has come")
def list_articles(request: Request, status: str | None = None) -> list[QueueRow]:
    """``status`` keeps the articles with a matching claim: unreviewed, reviewed, disagreement, supported,
    disputed, unverified, or suggested:<verdict>."""
    try:
        return services(request).reviewing.queue(status)
    except ValueError as exc:  # an unknown filter, worded by the store
        raise HTTPException(422, str(exc)) from exc


@router.get(
    "/articles/{article_id}/claims",
    response_model=list[ClaimView],
    summary="An article's claims with their evidence, suggestion and status",
)
def article_claims(article_id: str, request: Request, status: str | None = None) -> list[ClaimView]:
    reviewing = services(request).reviewing
    if reviewing.article_view(article_id) is None:
        raise HTTPException(404, f"no article {article_id!r}")
    try:
        return reviewing.claim_views(article_id, status)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.get("/claims/{claim_id}", response_model=ClaimDetailView, summary="A claim with its review history")
def get_claim(claim_id: str, request: Request) -> ClaimDetailView:
    detail = services(request).reviewing.claim_detail(claim_id)
    if detail is None:
        raise HTTPException(404, f"no claim {claim_id!r}")
    claim = detail.claim
    return ClaimDetailView(
        id=claim.id,
        article_id=claim.article_id,
        text=claim.text,
        sentence=claim.sentence,
        span=claim.span,
        check_worthiness=claim.check_worthiness,
        check_worthy=claim.check_worthy,
        type=claim.type,
        flags=claim.flags,
        suggestion=SuggestionView.of(detail.suggestion) if detail.suggestion else None,
        evidence=[EvidenceView.of(e) for e in detail.evidence],
        status=detail.status,
        reviews=detail.reviews,
    )


@router.post("/claims/{claim_id}/reviews", response_model=Review, status_code=201, summary="Add a verdict")
def add_review(claim_id: str, body: ReviewRequest, request: Request) -> Review:
    """A new review event; the reviewer's earlier verdicts stay in the claim's history."""
    reviewing, reviewer = services(request).reviewing, reviewer_of(request, body.reviewer)
    if reviewing.claim(claim_id) is None:
        raise HTTPException(404, f"no claim {claim_id!r}")
    try:
        return reviewing.review(claim_id, reviewer, body.label, note=body.note, evidence_used=body.evidence_used)
    except ReviewingError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.post(
    "/claims/{claim_id}/undo",
    response_model=Review,
    summary="Cancel the reviewer's latest verdict",
    responses={409: {"model": Problem, "description": "Nothing of the reviewer's to undo"}},
)
def undo_review(claim_id: str, request: Request, body: UndoRequest | None = None) -> Review:
    """A new event that cancels the reviewer's latest verdict on the claim; the history keeps both."""
    reviewing = services(request).reviewing
    reviewer = reviewer_of(request, body.reviewer if body else None)
    if reviewing.claim(claim_id) is None:
        raise HTTPException(404, f"no claim {claim_id!r}")
    try:
        undone = reviewing.undo(claim_id, reviewer)
    except ReviewingError as exc:
        raise HTTPException(422, str(exc)) from exc
    if undone is None:
        raise HTTPException(409, f"{reviewer} has no verdict on claim {claim_id} to undo")
    return undone


# --- search and exports ------------------------------------------------------------------------------------


@router.get("/search", response_model=list[Evidence], summary="Hybrid search of the corpus")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="What to look for.")],
    k: Annotated[int | None, Query(ge=1, le=100, description="Passages (default WORKBENCH_SEARCH_K).")] = None,
    kind: DocumentKind | None = None,
    outlet: str | None = None,
    date_from: Annotated[str | None, Query(alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    exclude: Annotated[list[str], Query(description="Document ids to leave out.")] = [],  # noqa: B006 - FastAPI copies it
) -> list[Evidence]:
    try:
        dates = [check_date(d) if d else None for d in (date_from, date_to)]
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    filters = SearchFilters(kind=kind, outlet=outlet, date_from=dates[0], date_to=dates[1], exclude_doc_ids=exclude)
    return services(request).corpus.search(q, k=k, filters=filters)


@router.get(
    "/exports/{fmt}",
    summary="Export claims and reviews: CSV, JSONL or ClaimReview",
    response_class=Response,
    responses={200: {"content": {mime: {} for mime, _ in EXPORT_TYPES.values()}}},
)
def export(fmt: ExportFormat, request: Request, article: str | None = None) -> Response:
    """The claims of one article (``?article=<id>``) or of all, as ``workbench export`` writes them."""
    reviewing = services(request).reviewing
    if article is not None and reviewing.article_view(article) is None:
        raise HTTPException(404, f"no article {article!r}")
    mime, suffix = EXPORT_TYPES[fmt]
    name = f"claims-{article[:8] if article else 'all'}.{suffix}"
    return Response(
        export_text(reviewing.reviewed_claims(article), fmt),
        media_type=mime,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
