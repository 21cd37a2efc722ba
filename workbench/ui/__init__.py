"""The browser UI (Gradio): `app.py` builds and launches it, one module per tab.

The only package that imports gradio. It calls the same core functions as the CLI (Checker,
Store, Searcher, pipeline.ingest, export, chat) and renders their records; `render.py` builds the
HTML, escaping every piece of article and evidence text.
"""
