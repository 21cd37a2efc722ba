import itertools

from tests.conftest import SAMPLE
from workbench.corpus.chunking import chunk_document, count_tokens, sentence_spans
from workbench.records import Document


def _doc(text: str) -> Document:
    return Document.from_text(text, title="t", source="mem")


def test_every_chunk_is_an_exact_slice_of_the_document():
    doc = _doc((SAMPLE / "article.txt").read_text())
    chunks = chunk_document(doc, max_tokens=120, overlap=30)
    assert len(chunks) > 3
    for chunk in chunks:
        assert doc.text[chunk.start : chunk.end] == chunk.text


def test_chunks_stay_within_the_token_budget():
    doc = _doc((SAMPLE / "article.txt").read_text())
    for chunk in chunk_document(doc, max_tokens=100, overlap=20):
        assert count_tokens(chunk.text) <= 100 + 5  # joins between sentences may add a token or two


def test_chunks_end_on_sentence_boundaries_when_sentences_fit():
    text = " ".join(f"Sentence number {i} says something checkable about Syria." for i in range(60))
    chunks = chunk_document(_doc(text), max_tokens=50, overlap=12)
    assert all(c.text.endswith(".") for c in chunks)
    assert all(c.text.startswith("Sentence") for c in chunks)


def test_neighbouring_chunks_share_the_overlap():
    text = " ".join(f"Fact {i} is here." for i in range(80))
    chunks = chunk_document(_doc(text), max_tokens=40, overlap=10)
    for left, right in itertools.pairwise(chunks):
        assert right.start < left.end  # they overlap
        assert right.start > left.start  # and always move forward


def test_a_sentence_longer_than_a_chunk_is_cut_by_tokens():
    text = "word " * 1000
    chunks = chunk_document(_doc(text.strip()), max_tokens=64, overlap=8)
    assert len(chunks) >= 1000 // 64
    assert all(c.n_tokens <= 64 for c in chunks)
    assert "".join(c.text for c in chunks).replace(" ", "") == text.replace(" ", "")


def test_chunk_ids_are_document_id_and_index():
    doc = _doc("One. Two. Three.")
    assert [c.id for c in chunk_document(doc)] == [f"{doc.id}:0"]


def test_sentence_spans_split_on_punctuation_and_lines():
    text = 'He said "no." Then left!\nNew line here'
    assert [text[s:e] for s, e in sentence_spans(text)] == ['He said "no."', "Then left!", "New line here"]


def test_non_ascii_text_keeps_exact_offsets():
    text = "Konaschenkow sagte: «Das ist falsch.» Die Su-25 flog über Mayadin. Größe ändert sich nicht. " * 30
    doc = _doc(text)
    for chunk in chunk_document(doc, max_tokens=50, overlap=10):
        assert doc.text[chunk.start : chunk.end] == chunk.text
