"""Article -> claims, in the spirit of Claimify, sized for small local models.

1. Split the article into sentences with exact offsets; drop boilerplate (link lists, bylines,
   metadata lines, copyright) without a model.
2. Score each sentence's check-worthiness cheaply (a classifier on sentence embeddings, when one
   is trained); only sentences above the threshold cost an LLM call, and sentences of indirect
   speech ("He said the coroner had ..."), which the debate-trained classifier underrates in news.
3. One short LLM call per selected sentence, with the title, date and the sentences before it
   as context: atomic, self-contained claims with references resolved, each with a type and the
   exact words that state it.
4. Decompose what the small model leaves whole, without a model: a claim of reported speech
   ("X said that Y", after any common reporting verb: "noted", "has reported today", "estimated") also
   gives Y as a claim of its own (flagged ``reported_content``; not for denials), and the report when
   the model gave only Y (``report``); "Name, the role, said ...", "the role, Name, said ..." and
   "Title Name said ..." give "Name is the role." (``speaker_role``); a clause
   about a name, the statement without a clause at its end and the two clauses of "A, and B" are
   claims of their own too (``relative_clause``, ``main_clause``, ``first_clause``, ``second_clause``),
   and so is each thing a name does ("X shut the wells and has since ...": ``predicate``); a claim of
   the model's that is two such parts gives way to them, and so does reported content.
5. Spell out short references the small model leaves ("Almeyda said", "the department", "the
   developer" after "The developer, Calloway Haig Homes, ...", a claim's opening "Its") with the
   name the article gave in full earlier (``resolved``; ``resolve_references``).
6. Align every claim back to its span in the article (exact words, else fuzzy matching); a claim
   that cannot be aligned keeps its sentence's span and is flagged. Merge near-duplicates (never a
   report with what it reports).

Claim ids are content hashes of the article id and the claim text, so re-extraction keeps the
reviews of claims that did not change.

Modules: ``extraction`` (the stage: steps 3, 4's assembly and 6), ``sentences`` (1), ``speech`` (who said
what), ``clauses`` (the parts of 4 found without a model), ``references`` (5), ``names`` (the names, titles and
bodies an article gives, which the last three read).
"""

from workbench.claims.clauses import (
    appositive,
    cause_and_effect,
    first_clause,
    main_clause,
    predicates,
    relative_clause,
    second_clause,
    where_clause,
)
from workbench.claims.extraction import (
    KEEP_WHOLE_THRESHOLD,
    ExtractedClaim,
    ExtractedClaims,
    Extraction,
    Scorer,
    align,
    extract_claims,
    merge_duplicates,
)
from workbench.claims.names import names_before, names_in
from workbench.claims.references import descriptions_before, resolve_it, resolve_references, titles_before
from workbench.claims.sentences import (
    Sentence,
    article_sentences,
    is_boilerplate,
    is_fragment,
    is_question,
    looks_english,
    plain,
    previous_sentence,
)
from workbench.claims.speech import indirect_speech, quoted_speaker, reported_content, reports, speaker_role

__all__ = [
    "KEEP_WHOLE_THRESHOLD",
    "ExtractedClaim",
    "ExtractedClaims",
    "Extraction",
    "Scorer",
    "Sentence",
    "align",
    "appositive",
    "article_sentences",
    "cause_and_effect",
    "descriptions_before",
    "extract_claims",
    "first_clause",
    "indirect_speech",
    "is_boilerplate",
    "is_fragment",
    "is_question",
    "looks_english",
    "main_clause",
    "merge_duplicates",
    "names_before",
    "names_in",
    "plain",
    "predicates",
    "previous_sentence",
    "quoted_speaker",
    "relative_clause",
    "reported_content",
    "reports",
    "resolve_it",
    "resolve_references",
    "second_clause",
    "speaker_role",
    "titles_before",
    "where_clause",
]
