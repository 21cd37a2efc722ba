"""The FastAPI app of ``workbench serve``: the JSON API under /api, with its docs at /api/docs.

``workbench/ui/app.py``'s ``launch`` mounts the Gradio UI on this same app (at /), so one server
and one port serve both, and one ``Checker``, one job queue and one database connection pool are
shared by the browser and the programs.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from workbench.api.auth import ApiAccess, ApiGuard
from workbench.api.routes import ApiServices, router

DESCRIPTION = """The Claim Workbench over HTTP: submit checks as jobs and follow them, read articles and
claims with their evidence and suggested verdicts, record verdicts, search the corpus, export.

Send `Authorization: Bearer <token>` with one of `WORKBENCH_API_TOKENS`. Without tokens set the API is
open on a local bind (127.0.0.1) and closed on any other. Errors are `{"detail": "..."}`."""


def create_api(services: ApiServices, access: ApiAccess) -> FastAPI:
    """The app with the /api routes over ``services``, guarded by ``access`` (see ``auth.py``)."""
    app = FastAPI(
        title="Claim Workbench API",
        version="1",
        description=DESCRIPTION,
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
        redoc_url=None,
        swagger_ui_oauth2_redirect_url="/api/docs/oauth2-redirect",
    )
    app.state.workbench = services
    app.include_router(router)
    app.add_exception_handler(RequestValidationError, validation_problem)  # type: ignore[arg-type]
    app.add_middleware(ApiGuard, access=access, max_file_mb=services.settings.max_file_mb)
    return app


async def validation_problem(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's validation errors as one line: 400 for a body that is not JSON, else 422."""
    errors = exc.errors()
    malformed = next((e for e in errors if e.get("type") == "json_invalid"), None)
    if malformed is not None:
        reason = (malformed.get("ctx") or {}).get("error", "not valid JSON")
        return JSONResponse({"detail": f"malformed JSON body: {reason}"}, status_code=400)
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return JSONResponse({"detail": "; ".join(parts)}, status_code=422)
