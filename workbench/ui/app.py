"""The Gradio app: one page with four tabs (review, chat, corpus, evals), and ``launch`` with its safety
rule.

``launch`` binds to 127.0.0.1 by default. Any other address puts the workbench on a network, so
it then requires a login (``WORKBENCH_AUTH="user:password,user2:password2"``, Gradio's auth) and
refuses to start without one. With a login, ``auth.LoginGuard`` stands in front of Gradio: it throttles
failed logins and answers 401 to every route but the login page until the session cookie is there.

The page's JavaScript (``HEAD_JS``) does two things: keyboard shortcuts in the review tab (j/k,
1/2/3, n, u), and citation links in chat answers. Both only call functions that the tabs' HTML
components define (``window.wb``), which send events with the claim or citation they are about.
"""

from __future__ import annotations

import socket
from typing import Any

import gradio as gr
import uvicorn
from fastapi import FastAPI

from workbench import jobs
from workbench.api import ApiAccess, ApiConfigError, ApiServices, create_api, parse_tokens
from workbench.api.auth import ApiToken
from workbench.checking import Checker
from workbench.corpus.service import CorpusService
from workbench.reviewing import ReviewingService
from workbench.settings import Settings
from workbench.ui import auth, chat, corpus, evals, render, review
from workbench.ui.context import UIContext

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_PORT = 7860


class LaunchError(ValueError):
    """The app cannot start as asked; the message says what to change."""


def parse_auth(spec: str | None) -> list[tuple[str, str]]:
    """``"alice:pw1,bob:pw2"`` -> ``[("alice", "pw1"), ("bob", "pw2")]``."""
    users = []
    for item in (spec or "").split(","):
        if not item.strip():
            continue
        user, sep, password = item.strip().partition(":")
        if not sep or not user.strip() or not password:
            raise LaunchError(
                f"WORKBENCH_AUTH: '{user.strip() or item.strip()}' is not of the form user:password "
                "(several users are separated by commas)"
            )
        users.append((user.strip(), password))
    return users


def check_bind(host: str, users: list[tuple[str, str]]) -> None:
    """Refuse a non-local address without users to log in."""
    if host not in LOCAL_HOSTS and not users:
        raise LaunchError(
            f"refusing to serve on {host}: any address but 127.0.0.1/localhost exposes the workbench to the "
            "network, so it requires a login. Set WORKBENCH_AUTH=user:password[,user2:password2], "
            "or serve on 127.0.0.1."
        )


THEME_ARGS: dict[str, Any] = {
    "primary_hue": "blue",
    "neutral_hue": "slate",
    "radius_size": "sm",
    # system fonts: the default theme fetches Google Fonts, which an offline machine cannot
    "font": ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
    "font_mono": ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
}

CSS = """
/* clip, not hidden: a hidden overflow makes a scroll container and breaks the sticky article column */
.gradio-container {max-width: 1680px !important; overflow: clip !important;}
.wb-header {
  display:flex;
  align-items:baseline;
  gap:14px;
  flex-wrap:wrap;
  padding:2px 2px 8px;
  border-bottom:1px solid var(--border-color-primary);
}
.wb-header h1 {font-size:19px; margin:0; font-weight:650; letter-spacing:-.01em;}
.wb-header .wb-sub {color:var(--body-text-color-subdued); font-size:12.5px;}
.wb-h p {
  margin:6px 0 2px !important;
  font-size:13px;
  text-transform:uppercase;
  letter-spacing:.04em;
  color:var(--body-text-color-subdued);
}
.wb-muted {color:var(--body-text-color-subdued);} .small {font-size:12px;}
.wb-empty {color:var(--body-text-color-subdued); font-style:italic; padding:8px 2px; font-size:13px;}
.wb-note {
  background:rgba(59,130,246,.08);
  border-left:3px solid #3b82f6;
  padding:6px 10px;
  margin:6px 0;
  font-size:13px;
  border-radius:2px;
}
.wb-legend {
  display:flex;
  flex-wrap:wrap;
  gap:6px 14px;
  font-size:12.5px;
  color:var(--body-text-color-subdued);
  padding:2px 0 6px;
}
.wb-swatch {display:inline-block; width:22px; height:12px; border-radius:2px; margin-right:5px; vertical-align:-1px;}
.wb-keys {display:flex; flex-wrap:wrap; gap:4px 14px; font-size:12px; color:var(--body-text-color-subdued);}
.wb-keys kbd {
  font-family:var(--font-mono);
  font-size:11px;
  border:1px solid var(--border-color-primary);
  border-bottom-width:2px;
  border-radius:3px;
  padding:0 4px;
  background:var(--background-fill-secondary);
}
/* status colours: spans, dots, swatches */
.st-unreviewed {--wb-bg: rgba(100,116,139,.16); --wb-line:#64748b;}
.st-supported {--wb-bg: rgba(22,163,74,.20); --wb-line:#15803d;}
.st-disputed {--wb-bg: rgba(220,38,38,.18); --wb-line:#b91c1c;}
.st-unverified {--wb-bg: rgba(217,119,6,.22); --wb-line:#b45309;}
.st-disagree {--wb-bg: rgba(124,58,237,.20); --wb-line:#6d28d9;}
.st-notworthy {--wb-bg: transparent; --wb-line:#cbd5e1;}
.wb-swatch, .wb-dot {background:var(--wb-bg); box-shadow: inset 0 -3px 0 var(--wb-line);}
.wb-swatch.st-notworthy {box-shadow: inset 0 -2px 0 var(--wb-line); border:1px dashed #cbd5e1;}
.wb-dot {
  display:inline-block;
  width:10px;
  height:10px;
  border-radius:50%;
  flex:none;
  margin:5px 8px 0 0;
  background:var(--wb-line);
  box-shadow:none;
}
.wb-article-head h3 {margin:0 0 2px; font-size:17px; line-height:1.35;}
.wb-art-meta {font-size:12px; color:var(--body-text-color-subdued);}
.wb-article {
  white-space:pre-wrap;
  font-family: Georgia, 'Iowan Old Style', 'Times New Roman', serif;
  font-size:15px;
  line-height:1.72;
  padding:10px 2px 6px;
  overflow-wrap:anywhere;
}
mark.wb-span {
  background:var(--wb-bg);
  color:inherit;
  box-shadow: inset 0 -2px 0 var(--wb-line);
  border-radius:2px;
  cursor:pointer;
  padding:1px 0;
}
mark.wb-span.st-notworthy {box-shadow:none; border-bottom:1px dotted #94a3b8;}
mark.wb-span:hover {filter:brightness(.93);}
mark.wb-span.selected {outline:2px solid #2563eb; outline-offset:1px;}
.wb-queue {display:flex; flex-direction:column; gap:6px;}
.wb-art {
  border:1px solid var(--border-color-primary);
  border-radius:4px;
  padding:7px 9px;
  cursor:pointer;
  background:var(--background-fill-primary);
}
.wb-art:hover {border-color:#93c5fd;} .wb-art.selected {border-color:#2563eb; box-shadow:0 0 0 1px #2563eb inset;}
.wb-art-title {
  font-size:13px;
  font-weight:600;
  line-height:1.3;
  display:-webkit-box;
  -webkit-line-clamp:2;
  -webkit-box-orient:vertical;
  overflow:hidden;
}
.wb-art-count {font-size:11.5px; color:var(--body-text-color-subdued);}
.wb-progress {height:5px; background:rgba(100,116,139,.18); border-radius:3px; margin:5px 0 3px; overflow:hidden;}
.wb-progress div {height:100%; background:#16a34a;}
.wb-list {display:flex; flex-direction:column;}
.wb-item {
  display:flex;
  padding:6px 8px;
  border-bottom:1px solid var(--border-color-primary);
  cursor:pointer;
  border-left:3px solid transparent;
}
.wb-item:hover {background:var(--background-fill-secondary);}
.wb-item.selected {background:rgba(37,99,235,.08); border-left-color:#2563eb;}
.wb-item-text {font-size:13.5px; line-height:1.4;}
.wb-item-meta {font-size:11.5px; color:var(--body-text-color-subdued); margin-top:2px;}
.wb-lab {font-weight:600; padding:0 5px; border-radius:3px; font-size:11.5px; text-transform:capitalize;}
.lab-supported {color:#15803d; background:rgba(22,163,74,.12);}
.lab-disputed {color:#b91c1c; background:rgba(220,38,38,.10);}
.lab-unverified {color:#b45309; background:rgba(217,119,6,.12);}
.wb-lab.weak {opacity:.75; background:transparent; border:1px dashed currentColor;}
.wb-detail {font-size:13.5px;}
.wb-claim-text {font-size:15.5px; font-weight:600; line-height:1.4; display:flex; margin:2px 0 4px;}
.wb-sentence {font-size:12.5px; color:var(--body-text-color-subdued); margin:4px 0; font-style:italic;}
.wb-detail h4, .wb-evidence h4 {
  font-size:12px;
  text-transform:uppercase;
  letter-spacing:.05em;
  color:var(--body-text-color-subdued);
  margin:12px 0 6px;
}
.wb-sugg {border:1px solid var(--border-color-primary); border-radius:4px; padding:4px 10px 8px; margin-top:8px;}
.wb-sugg.weak {
  border-style:dashed;
  background:repeating-linear-gradient(135deg, transparent 0 8px, rgba(100,116,139,.05) 8px 16px);
}
.wb-sugg-head {display:flex; align-items:center; gap:10px; flex-wrap:wrap;}
.wb-sugg-head .wb-lab {font-size:13px; padding:1px 8px;}
.wb-conf {display:inline-flex; align-items:center; gap:6px; font-size:12px; font-variant-numeric:tabular-nums;}
.wb-conf-bar {
  display:inline-block;
  width:70px;
  height:6px;
  background:rgba(100,116,139,.2);
  border-radius:3px;
  overflow:hidden;
}
.wb-conf-bar span {display:block; height:100%; background:#2563eb;}
.wb-conf.weak .wb-conf-bar span {background:#94a3b8;}
.wb-weak-tag {
  font-size:11px;
  font-weight:700;
  color:#92400e;
  background:#fef3c7;
  border:1px solid #fcd34d;
  border-radius:3px;
  padding:0 5px;
  text-transform:uppercase;
  letter-spacing:.04em;
}
.wb-rationale {margin:6px 0; line-height:1.45;}
.wb-flag {
  display:inline-block;
  font-size:11px;
  color:var(--body-text-color-subdued);
  border:1px solid var(--border-color-primary);
  border-radius:3px;
  padding:0 4px;
  margin-left:4px;
}
.wb-ref {font-weight:600; text-decoration:none; color:#1d4ed8;}
.wb-unmatched {color:#b91c1c; font-weight:600; font-size:12.5px;}
.wb-uncited {text-decoration:underline dotted #b45309; text-underline-offset:3px;}
.wb-reading {padding:5px 6px; border-bottom:1px solid var(--border-color-primary); font-size:13px; opacity:.8;}
.wb-ev {
  border:1px solid var(--border-color-primary);
  border-radius:4px;
  padding:6px 10px;
  margin:6px 0;
  transition: box-shadow .3s;
}
.wb-ev.cited {border-left:3px solid #2563eb;} .wb-ev.flash {box-shadow:0 0 0 3px rgba(37,99,235,.35);}
.wb-ev header {display:flex; gap:8px; align-items:baseline;}
.wb-pnum {font-family:var(--font-mono); font-size:11.5px; font-weight:700; color:#1d4ed8;}
.wb-ev-title {font-weight:600; font-size:13.5px;}
.wb-cited-tag {font-size:10.5px; font-weight:700; text-transform:uppercase; color:#1d4ed8;}
.wb-ev-meta {font-size:11.5px; color:var(--body-text-color-subdued); margin:1px 0 3px;}
.wb-ev-meta a {color:#1d4ed8;}
.wb-ev-text {margin:2px 0; line-height:1.5; font-size:13px; white-space:pre-wrap; overflow-wrap:anywhere;}
mark.wb-hl {background:rgba(250,204,21,.35); color:inherit; padding:0 1px; border-radius:2px;}
/* the verifier's deciding sentences, by stance (the yellow wb-hl above is the word-overlap fallback) */
.stance-supports {--wb-stance-bg: rgba(22,163,74,.22); --wb-stance-line:#15803d;}
.stance-contradicts {--wb-stance-bg: rgba(220,38,38,.18); --wb-stance-line:#b91c1c;}
.stance-neutral {--wb-stance-bg: rgba(100,116,139,.16); --wb-stance-line:#64748b;}
mark.wb-decide, .wb-stance-key {
  background:var(--wb-stance-bg);
  color:inherit;
  box-shadow: inset 0 -2px 0 var(--wb-stance-line);
  border-radius:2px;
  padding:1px 0;
}
.wb-stance-key {padding:0 4px;}
.wb-ev-tags {margin-left:auto; display:inline-flex; gap:6px; align-items:baseline;}
.wb-stance-tag {font-size:10.5px; font-weight:700; text-transform:uppercase; color:var(--wb-stance-line);}
.wb-probs {
  display:flex;
  align-items:center;
  gap:8px;
  flex-wrap:wrap;
  font-size:12px;
  margin:6px 0 2px;
  font-variant-numeric:tabular-nums;
}
.wb-probs-bar {
  display:inline-flex;
  width:120px;
  height:8px;
  border-radius:3px;
  overflow:hidden;
  background:rgba(100,116,139,.15);
}
.wb-prob-seg {display:block; height:100%;}
.wb-prob-seg.lab-supported {background:#16a34a;}
.wb-prob-seg.lab-disputed {background:#dc2626;}
.wb-prob-seg.lab-unverified {background:#d97706;}
.wb-prob {color:var(--body-text-color-subdued);} .wb-prob.chosen {color:var(--body-text-color);}
.wb-conf-name {color:var(--body-text-color-subdued);}
.wb-table {width:100%; border-collapse:collapse; font-size:12.5px; border:none !important;}
.wb-table th {
  text-align:left;
  font-weight:600;
  color:var(--body-text-color-subdued);
  border:none !important;
  border-bottom:1px solid var(--border-color-primary) !important;
  padding:4px 6px !important;
  background:transparent !important;
}
.wb-table td {
  border:none !important;
  border-bottom:1px solid var(--border-color-primary) !important;
  padding:4px 6px !important;
  vertical-align:top;
}
.wb-table td.num {text-align:right; font-variant-numeric:tabular-nums;}
.wb-kind {font-size:11px; font-weight:600; border-radius:3px; padding:0 5px;}
.kind-article {background:rgba(124,58,237,.12); color:#6d28d9;}
.kind-evidence {background:rgba(37,99,235,.10); color:#1d4ed8;}
.wb-dis ul {margin:4px 0 0 18px; padding:0;} .wb-dis li {margin:2px 0;}
.wb-verdicts button.wb-v-supported {
  background:#15803d !important;
  color:white !important;
  border-color:#15803d !important;
}
.wb-verdicts button.wb-v-disputed {
  background:#b91c1c !important;
  color:white !important;
  border-color:#b91c1c !important;
}
.wb-verdicts button.wb-v-unverified {
  background:#b45309 !important;
  color:white !important;
  border-color:#b45309 !important;
}
.wb-src {padding:5px 6px; border-bottom:1px solid var(--border-color-primary); cursor:pointer; font-size:13px;}
.wb-src:hover {background:var(--background-fill-secondary);}
.wb-list-head {
  position:sticky;
  top:0;
  z-index:1;
  background:var(--background-fill-primary);
  font-size:11.5px;
  text-transform:uppercase;
  letter-spacing:.04em;
  color:var(--body-text-color-subdued);
  padding:4px 8px;
  border-bottom:1px solid var(--border-color-primary);
}
.wb-nav button {
  border:1px solid var(--border-color-primary) !important;
  background:var(--background-fill-primary) !important;
}
#wb-article-col {position:sticky; top:6px; align-self:flex-start;}
.wb-used label {padding:2px 8px !important; font-size:12px !important; min-height:0 !important;}
.wb-verdict-box {padding:8px !important;}
#wb-detail {min-height:120px;}
.wb-seen {margin:6px 0; padding:6px 8px; border-left:3px solid #0891b2; background:rgba(8,145,178,.06); font-size:13px;}
.wb-seen-row {margin-top:4px;}
.wb-seen-apply {
  margin-left:8px;
  font-size:12px;
  padding:0 6px;
  border:1px solid var(--border-color-primary);
  border-radius:3px;
}
a.wb-cite {font-weight:700; text-decoration:none; color:#1d4ed8; cursor:pointer; font-size:.9em;}
"""

HEAD_JS = """
<script>
(() => {
  const typing = (t) => t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
  const keys = {
    j: ['next'], k: ['prev'], u: ['undo'],
    '1': ['label', 'supported'], '2': ['label', 'disputed'], '3': ['label', 'unverified'],
  };
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(e.target)) { if (e.key === 'Escape') e.target.blur(); return; }
    const list = document.getElementById('wb-claims');
    if (!list || list.offsetParent === null || !window.wb || !window.wb.review) return;  // the review tab is not shown
    if (e.key === 'n') {
      const note = document.querySelector('#wb-note textarea');
      if (note) { e.preventDefault(); note.focus(); }
      return;
    }
    if (e.key === 'a') {  // the verdict of the claim seen before, if the selected claim has one
      const seen = document.querySelector('#wb-detail .wb-seen[data-verdict]');
      if (seen) { e.preventDefault(); window.wb.review('label', seen.dataset.verdict); }
      return;
    }
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    window.wb.review(act[0], act[1]);
  });
  document.addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('.wb-seen-apply');
    const seen = button && button.closest('.wb-seen[data-verdict]');
    if (!seen || !window.wb || !window.wb.review) return;
    e.preventDefault();
    window.wb.review('label', seen.dataset.verdict);
  });
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a.wb-cite');
    if (!a) return;
    e.preventDefault(); e.stopPropagation();
    const m = /wb-cite-(\\d+)-(\\d+)/.exec(a.getAttribute('href') || '');
    if (m && window.wb && window.wb.cite) window.wb.cite(Number(m[1]), Number(m[2]));
  }, true);
})();
</script>
"""


def header_html(ctx: UIContext) -> str:
    counts = ctx.reviewing.counts()
    return (
        '<div class="wb-header"><h1>Claim Workbench</h1>'
        f'<span class="wb-sub">{counts["articles"]} articles · {counts["claims"]} claims · {counts["reviews"]} review '
        "events"
        f" · model <code>{render.esc(ctx.model_label())}</code> · data "
        f"<code>{render.esc(ctx.settings.home)}</code></span></div>"
    )


def build_app(settings: Settings, checker: Checker | None = None) -> gr.Blocks:
    """The whole page. Styling (theme, CSS, keyboard script) is given at launch: see ``launch_options``."""
    ctx = UIContext(settings, checker)
    with gr.Blocks(title="Claim Workbench", analytics_enabled=False, fill_width=True) as demo:
        header = gr.HTML(elem_id="wb-header-box")
        with gr.Tabs(elem_id="wb-tabs") as tabs:
            with gr.Tab("Review", id="review", elem_id="wb-tab-review") as review_tab:
                reviewing = review.build(ctx, demo)
            with gr.Tab("Chat", id="chat", elem_id="wb-tab-chat") as chat_tab:
                chatting = chat.build(ctx, demo)
            with gr.Tab("Corpus", id="corpus", elem_id="wb-tab-corpus") as corpus_tab:
                list_documents, document_outputs = corpus.build(ctx, demo)
            with gr.Tab("Evals", id="evals", elem_id="wb-tab-evals") as evals_tab:
                evaluating = evals.build(ctx, demo)
        demo.load(lambda: header_html(ctx), None, header)
        # the other tabs add articles (a checked chat answer, an upload): show them on return
        review_tab.select(reviewing.refresh, reviewing.inputs, reviewing.outputs).then(
            lambda: header_html(ctx), None, header
        )
        corpus_tab.select(list_documents, None, document_outputs)
        # load the indexes and a local model while the question is typed: the first answer starts sooner
        chat_tab.select(chatting.warm, None, None, show_progress="hidden", queue=False)

        def ask_about(claim_id: str | None) -> list[Any]:
            found = ctx.reviewing.claim(claim_id) if claim_id else None
            if found is None:
                raise gr.Error("Select a claim first: its text becomes the question.")
            return [gr.Tabs(selected="chat"), chat.claim_question(found.text)]

        # a claim under review, asked of the corpus in the Chat tab: the answer cites the passages it read
        reviewing.ask.click(ask_about, [reviewing.selected], [tabs, chatting.question], queue=False).success(
            chatting.respond, chatting.inputs, chatting.outputs, concurrency_id="chat", concurrency_limit=2
        )
        evals_tab.select(evaluating.refresh, evaluating.inputs, evaluating.outputs)
    return demo


def launch_options(settings: Settings) -> dict[str, Any]:
    """Arguments of ``Blocks.launch`` that style the page and bound uploads."""
    return {
        "theme": gr.themes.Default(**THEME_ARGS),
        "css": CSS,
        "head": HEAD_JS,
        "max_file_size": f"{settings.max_file_mb:g}mb",
        "footer_links": [],
        "ssr_mode": False,
    }


def launch(settings: Settings, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> None:
    """Serve the workbench until interrupted: the UI at /, the JSON API under /api (docs at /api/docs).

    A non-local ``host`` requires WORKBENCH_AUTH users, and the API is closed there without
    WORKBENCH_API_TOKENS (``workbench/api/auth.py``).
    """
    users = parse_auth(getattr(settings, "auth", None))
    check_bind(host, users)
    tokens = api_tokens(settings)
    check_port(host, port)
    app = server_app(settings, host, users, tokens)
    shown = f"[{host}]" if ":" in host else host
    print(f"Claim Workbench on http://{shown}:{port}/ (HTTP API under /api, docs at /api/docs)", flush=True)
    # access_log off: a request line carries no token, but nothing of a request needs to go to the log
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, timeout_graceful_shutdown=5)


def server_app(
    settings: Settings,
    host: str,
    users: list[tuple[str, str]],
    tokens: list[ApiToken],
    checker: Checker | None = None,
) -> FastAPI:
    """The one ASGI app ``launch`` serves: the API's FastAPI app with the Gradio UI mounted at /.

    Mounting Gradio on our app (``gr.mount_gradio_app``, Gradio's documented way to serve it beside other
    routes) rather than ``Blocks.launch``: launch makes its own app and server, so routes could only be
    added to it after it started. Mounted, the API and its middleware are plain FastAPI, testable
    without Gradio, and the UI keeps what launch gave it: logins with ``auth.LoginGuard`` in front (in
    Gradio's own app, where the session table is), theme, CSS, head script and the upload limit.

    One Checker serves the Review tab, the chat tab and the API, and its job queue starts here, so
    the checks a stopped server left resume at once.
    """
    checker = checker or Checker(settings)
    queue = jobs.queue_for(checker)
    services = ApiServices(
        settings=settings,
        reviewing=ReviewingService(checker.store),
        corpus=CorpusService(settings, searcher=checker.searcher),
        jobs=queue,
    )
    app = create_api(services, ApiAccess.of(tokens, local_bind=host in LOCAL_HOSTS))
    demo = build_app(settings, checker)
    demo.queue(default_concurrency_limit=4)
    guard = auth.guard(settings.login_max_failures, settings.login_max_address_failures, settings.login_window)
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        server_name=host,
        auth=users or None,
        auth_message="Claim Workbench: log in with a WORKBENCH_AUTH user." if users else None,
        app_kwargs={"middleware": [guard]} if users else None,
        show_error=True,
        **launch_options(settings),
    )


def api_tokens(settings: Settings) -> list[ApiToken]:
    """WORKBENCH_API_TOKENS, parsed; a LaunchError says what is wrong (never the token)."""
    secret = getattr(settings, "api_tokens", None)
    try:
        return parse_tokens(secret.get_secret_value() if secret is not None else None)
    except ApiConfigError as exc:
        raise LaunchError(str(exc)) from exc


def check_port(host: str, port: int) -> None:
    """Refuse a port another program holds, before anything is loaded (uvicorn would only log it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise LaunchError(
                f"cannot serve on {host}:{port}: {exc.strerror or exc}. Stop what uses it, or choose another --port"
            ) from exc
