"""Claim extraction with a scripted model: selection, spans, flags, merging, failures."""

from __future__ import annotations

import json

from tests.fakes import ScriptedChatModel
from workbench.claims import (
    KEEP_WHOLE_THRESHOLD,
    ExtractedClaim,
    Sentence,
    align,
    article_sentences,
    extract_claims,
    is_boilerplate,
    is_fragment,
    looks_english,
    names_in,
    resolve_references,
)
from workbench.llm.structured import StructuredLLM
from workbench.prompts import load_prompt
from workbench.records import Claim, Document

ARTICLE = (
    "Moscow Report\n\n"
    "By [A. Writer](#)\n\n"
    "The ministry said on Saturday that an F-22 fired flares near Mayadin. "
    "It also said the jet left for Iraqi airspace when a Su-35S arrived. "
    "What a shameful display by the Americans.\n\n"
    "Copyright © The Outlet, 2017\n"
)


def _article() -> Document:
    return Document.from_text(ARTICLE, title="Moscow Report", kind="article", source="mem", date="2017-12-09")


def _sentence_of(messages) -> str:
    user = next(m for m in messages if m.type == "human")
    return str(user.content).split("Sentence: ", 1)[1].split("\n", 1)[0]


def _echo(messages):
    """Answers with the sentence itself as one claim, verbatim."""
    sentence = _sentence_of(messages)
    if "shameful" in sentence:
        return {"claims": []}
    return {"claims": [{"claim": sentence, "type": "attribution", "verbatim": sentence}]}


def _extract(responder, scorer=None, **kwargs):
    model = ScriptedChatModel(responder=responder)
    llm = StructuredLLM(model, "fake", max_attempts=2)
    return extract_claims(_article(), llm, load_prompt("extract_claims"), scorer=scorer, **kwargs), model


def test_boilerplate_lines_are_not_sent_to_the_model():
    assert is_boilerplate("By [A. Writer](#)")
    assert is_boilerplate("Copyright © The Outlet, 2017")
    assert is_boilerplate("Region: [Middle East & North Africa](#)")
    assert not is_boilerplate("The ministry said on Saturday that an F-22 fired flares near Mayadin.")
    assert is_boilerplate("This article was originally published on The Outlet.")


def test_every_sentence_of_a_publishers_notice_paragraph_is_boilerplate():
    text = (
        "The ministry said on Saturday that an F-22 fired flares near Mayadin.\n\n"
        "Disclaimer: The views are the author's own. The Outlet will not be responsible for any error in this "
        "article. Send corrections to the desk.\n\n"
        "The site contains copyrighted material the use of which is not always authorised. It is shown to "
        "readers without profit.\n\n"
        "A court ruled on a copyright dispute between two studios. The damages were 5 million dollars."
    )
    marked = [(s.text.split()[0], s.boilerplate) for s in article_sentences(text)]
    assert marked == [
        ("The", False),
        ("Disclaimer:", True), ("The", True), ("Send", True),
        ("The", True), ("It", True),
        # news about copyright: its paragraph stays (the word still drops its own sentence: a known limit)
        ("A", True), ("The", False),
    ]  # fmt: skip


def test_a_header_line_is_metadata_even_when_its_title_splits_into_sentences():
    text = (
        "Title: Crossroads? Jets Engaged Over the River | Author: Ann Writer | Date: 2017-12-10\n\n"
        "Jets Engaged Over the River\n\n"
        "The ministry said on Saturday that an F-22 fired flares near Mayadin."
    )
    marked = [(s.text.split()[0], s.boilerplate) for s in article_sentences(text)]
    # the title's second half and the byline fields are not prose; the headline below them is a sentence
    assert marked == [("Title:", True), ("Jets", True), ("Jets", False), ("The", False)]


def test_every_claim_has_a_span_that_points_into_the_article():
    result, _ = _extract(_echo)
    checkable = [c for c in result.claims if c.check_worthy]
    # two sentences, and what each reports ("the ministry said that ...", "it also said the jet left ...")
    assert len(checkable) == 4
    for claim in checkable:
        assert claim.span is not None
        if "reported_content" in claim.flags:
            assert claim.text.lower().rstrip(".") in ARTICLE[claim.span.start : claim.span.end].lower()
        elif "dated" in claim.flags:  # "on Saturday" written as the date it was: the span is the words as written
            assert ARTICLE[claim.span.start : claim.span.end] == claim.text.replace("on 9 December 2017", "on Saturday")
        else:
            assert ARTICLE[claim.span.start : claim.span.end] == claim.text


def test_the_model_sees_the_context_before_the_sentence():
    _, model = _extract(_echo)
    second = next(p for p in model.prompts_seen() if "Sentence: It also said" in p)
    assert "Context: The ministry said on Saturday" in second
    # the title, not the date (extract_claims v8): relative dates are written out after the model
    assert "Article: Moscow Report\n" in second and "2017-12-09" not in second


def test_a_sentence_without_claims_is_kept_as_not_check_worthy():
    result, _ = _extract(_echo)
    rhetoric = [c for c in result.claims if "shameful" in c.text]
    assert len(rhetoric) == 1 and not rhetoric[0].check_worthy and "no_claims_found" in rhetoric[0].flags


def test_a_sentence_the_classifier_is_nearly_sure_of_is_kept_whole_when_the_model_finds_nothing():
    def silent_on_the_jet(messages):
        sentence = _sentence_of(messages)
        return {"claims": []} if sentence.startswith("It also said") else _echo(messages)

    def scorer(texts):
        return [KEEP_WHOLE_THRESHOLD if t.startswith("It also said") else 0.5 for t in texts]

    result, _ = _extract(silent_on_the_jet, scorer=scorer)
    kept = [c for c in result.claims if c.text.startswith("It also said")]
    assert len(kept) == 1 and kept[0].check_worthy and kept[0].flags == ["kept_whole"]
    assert kept[0].type == "attribution" and kept[0].check_worthiness == KEEP_WHOLE_THRESHOLD
    assert ARTICLE[kept[0].span.start : kept[0].span.end] == kept[0].text

    # below the threshold the model's silence wins, unless the sentence reports what someone said
    def silent(messages):
        return {"claims": []} if _sentence_of(messages).startswith(("It also said", "What a")) else _echo(messages)

    result, _ = _extract(silent, scorer=lambda texts: [KEEP_WHOLE_THRESHOLD - 0.01] * len(texts))
    dropped = [c for c in result.claims if c.text.startswith("What a")]
    assert len(dropped) == 1 and not dropped[0].check_worthy and dropped[0].flags == ["no_claims_found"]
    [report] = [c for c in result.claims if c.text.startswith("It also said")]
    assert report.check_worthy and report.flags == ["kept_whole"]  # indirect speech: a report to check


def test_a_sentence_kept_whole_is_shown_before_the_next_sentence_is_asked():
    """Claims stream sentence by sentence (the Review tab shows them during a check), kept-whole ones too."""
    seen: list[list[str]] = []

    def first_silent(messages):
        return {"claims": []} if _sentence_of(messages).startswith("The ministry said") else _echo(messages)

    result, _ = _extract(
        first_silent,
        scorer=lambda texts: [KEEP_WHOLE_THRESHOLD if t.startswith("The ministry") else 0.5 for t in texts],
        on_claims=lambda claims: seen.append([c.text for c in claims]),
    )
    kept = [c.text for c in result.claims if "kept_whole" in c.flags]
    assert kept == [next(c.text for c in result.claims if c.text.startswith("The ministry said"))]
    # shown with the first sentence's answer, before the second sentence's claims
    assert kept[0] in seen[0] and not any(text.startswith("It also said") for text in seen[0])
    assert seen[-1] == [c.text for c in result.claims]


def test_a_question_is_not_a_claim_to_check():
    def asks(messages):
        if _sentence_of(messages).startswith("What a"):
            question = "But if 3,800 households are waiting, who are the homes for?"
            return {"claims": [{"claim": question, "type": "event"}]}
        return _echo(messages)

    result, _ = _extract(asks)
    [question] = [c for c in result.claims if "3,800" in c.text]
    assert not question.check_worthy and "question" in question.flags
    assert not any(c.text.startswith("But if") and c is not question for c in result.claims)  # nothing derived


def test_a_name_described_in_passing_is_a_claim_of_its_own():
    from workbench.claims import appositive

    assert appositive("Save Lowfield Meadow, a residents' group, handed the council a petition.") == (
        "Save Lowfield Meadow is a residents' group."
    )
    assert appositive("The council approved 412 homes on Lowfield Meadow, a 31-acre former dairy farm.") == (
        "Lowfield Meadow is a 31-acre former dairy farm."
    )
    assert appositive("In London, a city of millions, it rained.") is None  # one word: not a name this rule reads
    assert appositive("The mayor, a former teacher, resigned.") is None  # not a name


def test_a_report_kept_whole_gives_what_it_reports_too():
    def silent(messages):
        return {"claims": []}

    text = "Water News\n\nNo illnesses have been linked to the water so far, the department said.\n"
    article = Document.from_text(text, title="Water News", kind="article", source="mem")
    llm = StructuredLLM(ScriptedChatModel(responder=silent), "fake", max_attempts=1)
    claims = extract_claims(article, llm, load_prompt("extract_claims"), scorer=lambda t: [0.95] * len(t)).claims
    by_text = {c.text: c for c in claims}
    assert by_text["No illnesses have been linked to the water so far, the department said."].flags == ["kept_whole"]
    fact = by_text["No illnesses have been linked to the water so far."]
    assert "reported_content" in fact.flags and fact.check_worthy and fact.span is not None


def test_a_lead_in_or_scrap_the_model_calls_a_claim_is_kept_as_not_check_worthy():
    def lead_in(messages):
        sentence = _sentence_of(messages)
        if sentence.startswith("It also said"):
            return {
                "claims": [
                    {"claim": "The ministry responded to this, with:", "type": "quote", "verbatim": "It also said"},
                    {"claim": "Iraqi airspace.", "type": "event", "verbatim": "Iraqi airspace"},
                ]
            }
        return _echo(messages)

    result, _ = _extract(lead_in)
    scraps = [c for c in result.claims if c.text in ("The ministry responded to this, with:", "Iraqi airspace.")]
    assert len(scraps) == 2 and all(not c.check_worthy and "fragment" in c.flags for c in scraps)
    # the first sentence's report and what it reports; and what the second reports, from the sentence itself
    checkable = [c.text for c in result.claims if c.check_worthy]
    assert len(checkable) == 3 and "The jet left for Iraqi airspace when a Su-35S arrived." in checkable


def test_fragments_are_lead_ins_and_scraps_not_short_statements():
    assert is_fragment("The MOD official responded to this, with:")
    assert is_fragment("Igor Konashenkov, the ministry's spokesperson, was quoted saying:.")  # a full stop added
    assert is_fragment("Iraqi airspace.")
    assert not is_fragment("The F-22 fired flares.")
    assert not is_fragment("Prices rose 7 percent in 2022.")


def test_sentences_below_the_threshold_cost_no_call_unless_they_report_speech():
    scorer = lambda texts: [0.9 if "F-22" in t else 0.1 for t in texts]
    result, model = _extract(_echo, scorer=scorer, threshold=0.5)
    assert [_sentence_of(m) for m in model.calls] == [
        "The ministry said on Saturday that an F-22 fired flares near Mayadin.",
        "It also said the jet left for Iraqi airspace when a Su-35S arrived.",  # indirect speech: asked at 0.1
    ]
    [below] = [c for c in result.claims if "below_threshold" in c.flags]
    assert below.text.startswith("What a shameful") and not below.check_worthy
    first = [c for c in result.claims if c.check_worthy and "F-22" in c.text]
    assert len(first) == 2 and {c.check_worthiness for c in first} == {0.9}  # the report and what it reports
    assert {c.check_worthiness for c in result.claims if "Su-35S" in c.text} == {0.1}  # the classifier's score kept


def test_indirect_speech_is_told_from_quotations_and_plain_statements():
    from workbench.claims import indirect_speech

    assert indirect_speech("He said the county coroner had opened inquests into the deaths of two patients.")
    assert indirect_speech("The minister told reporters on Monday that the budget was overspent by $4 million.")
    assert indirect_speech("According to the report, 3,870 patients waited more than 12 hours for a bed.")
    assert not indirect_speech('"This is a disgrace, and the families deserve better," he said.')  # a quotation
    assert not indirect_speech("For a town proud of its spring water, it has been a bruising week.")
    assert not indirect_speech("He said no.")  # nothing to check in it


def test_a_long_article_sends_only_its_most_check_worthy_sentences_in_article_order():
    scores = {"F-22": 0.6, "Su-35S": 0.9, "shameful": 0.5}
    scorer = lambda texts: [next((v for k, v in scores.items() if k in t), 0.1) for t in texts]
    result, model = _extract(_echo, scorer=scorer, threshold=0.3, max_sentences=2)
    assert [_sentence_of(m) for m in model.calls] == [
        "The ministry said on Saturday that an F-22 fired flares near Mayadin.",
        "It also said the jet left for Iraqi airspace when a Su-35S arrived.",
    ]  # the two best, asked in article order
    [left] = [c for c in result.claims if "over_limit" in c.flags]
    assert left.text.startswith("What a shameful") and not left.check_worthy
    assert left.check_worthiness == 0.5, "its score is kept: a later check with a higher limit takes it up"
    everything, model = _extract(_echo, scorer=scorer, threshold=0.3, max_sentences=3)
    assert len(model.calls) == 3 and not any("over_limit" in c.flags for c in everything.claims)


def test_a_paraphrased_claim_is_aligned_fuzzily_and_flagged():
    sentence = Sentence(10, 10 + 61, "An American F-22 fighter actively prevented the Russian pair.", 0)
    span, flags = align(
        ExtractedClaim(claim="A US F-22 prevented the Russian pair", verbatim="F-22 fighter actively prevented"),
        sentence,
    )
    assert span is not None and flags == []
    span, flags = align(ExtractedClaim(claim="the F-22 fighter prevented the Russian pair"), sentence)
    assert flags == ["fuzzy_span"] and span.start >= 10 and span.end <= 71


def test_a_claim_that_cannot_be_aligned_is_flagged_not_dropped():
    def unrelated(messages):
        return {"claims": [{"claim": "Penguins live in Antarctica.", "type": "event"}]}

    result, _ = _extract(unrelated)
    flagged = [c for c in result.claims if "unaligned_span" in c.flags]
    assert flagged, "the unalignable claim must be kept and flagged"
    assert all(c.span is not None for c in flagged)  # it keeps its sentence's span


def test_near_duplicate_claims_are_merged():
    def same(messages):
        return {"claims": [{"claim": "The F-22 fired flares near Mayadin.", "type": "event"}]}

    result, _ = _extract(same)
    duplicates = [c for c in result.claims if "flares" in c.text and "report" not in c.flags]
    assert len(duplicates) == 1 and "merged_duplicates" in duplicates[0].flags
    # the model left out the report itself ("The ministry said ... that ..."): it is a claim of its own
    reports = [c for c in result.claims if "report" in c.flags]
    assert [c.text for c in reports] == ["The ministry said on 9 December 2017 that an F-22 fired flares near Mayadin."]


def test_claims_with_other_numbers_are_not_duplicates():
    from workbench.claims import merge_duplicates

    def claim(text: str) -> Claim:
        return Claim(id=Claim.make_id("a", text), article_id="a", text=text, check_worthiness=0.9)

    texts = [
        "The ferry carried 1,000 passengers in week 1.",
        "The ferry carried 1,037 passengers in week 2.",
        "The ferry carried 1,000 passengers in week 1 .",
    ]
    assert [c.text for c in merge_duplicates([claim(t) for t in texts])] == texts[:2]


def test_a_sentence_whose_answers_stay_malformed_is_a_recorded_failure():
    def broken(messages):
        return "{not json" if "Iraqi" in _sentence_of(messages) else _echo(messages)

    result, _ = _extract(broken)
    assert len(result.failures) == 1 and "Iraqi" in result.failures[0].item
    assert any("F-22 fired flares" in c.text for c in result.claims)
    assert sum(not c.ok for c in result.calls) == 1


def test_claim_ids_are_stable_across_runs():
    first, _ = _extract(_echo)
    second, _ = _extract(_echo)
    assert [c.id for c in first.claims] == [c.id for c in second.claims]
    claim = first.claims[0]
    assert claim.id == Claim.make_id(claim.article_id, claim.text)


def test_article_sentences_keep_exact_offsets():
    for sentence in article_sentences(ARTICLE):
        assert ARTICLE[sentence.start : sentence.end] == sentence.text


def test_unknown_claim_types_do_not_cost_a_retry():
    assert ExtractedClaim.model_validate(json.loads('{"claim": "X happened.", "type": "fact"}')).type == "event"


def test_an_article_in_another_language_gets_its_claims_flagged():
    assert looks_english(ARTICLE)
    assert not looks_english(
        "El ministerio dijo el lunes que cuarenta personas murieron en las inundaciones del norte del país, "
        "y que la mayoría eran agricultores de la región."
    )
    assert looks_english("Too short to tell.")
    spanish = Document.from_text(
        "Informe\n\nEl ministerio dijo el lunes que cuarenta personas murieron en las inundaciones. "
        "La mayoría de las víctimas vivían en el norte del país, según el gobierno regional.",
        title="Informe",
        kind="article",
        source="es.txt",
    )
    model = ScriptedChatModel(responder=_echo)
    result = extract_claims(spanish, StructuredLLM(model, "fake", max_attempts=1), load_prompt("extract_claims"))
    assert result.claims and all("language" in c.flags for c in result.claims)
    assert all("language" not in c.flags for c in _extract(_echo)[0].claims)


def test_what_reported_speech_reports_is_a_claim_of_its_own():
    from workbench.claims import reported_content

    assert (
        reported_content("The ministry said on Saturday that an F-22 fired flares near Mayadin.")
        == "An F-22 fired flares near Mayadin."
    )
    assert (
        reported_content("Ann Lee told the council on Monday that the plant had tested clean since March 7.")
        == "The plant had tested clean since March 7."
    )
    assert reported_content("According to the water company, the wells were closed on 4 March.") == (
        "The wells were closed on 4 March."
    )
    assert reported_content("Dev Marsh said Northmere had the first results on March 6.") == (
        "Northmere had the first results on March 6."
    )
    assert reported_content("The company denied that its plant caused the leak.") is None  # not what it reports
    assert reported_content("The mayor said that it was a disaster for the town.") is None  # a pronoun: not alone
    assert reported_content("Feld said until we are sure, people should not drink it.") is None  # no clause start
    assert reported_content("The plant closed in 1998.") is None
    assert reported_content("No illnesses have been linked to the water so far, the department said.") == (
        "No illnesses have been linked to the water so far."
    )  # the report after what it reports
    assert reported_content('"The wells were shut on the sixth of March," Almeyda told reporters.') == (
        "The wells were shut on the sixth of March."
    )
    assert reported_content("The claims are false, the ministry said.") is None  # a denial, and too short
    assert reported_content("An official told reporters the Russian account was made up.") is None  # object, no clause
    assert reported_content("She said the utility had waited for a second laboratory.") == (
        "The utility had waited for a second laboratory."
    )
    assert reported_content("The ministry announced the closure of the plant on Monday.") is None  # its object


def test_a_pronoun_opening_what_a_named_speaker_reports_is_the_speaker_when_they_agree():
    from workbench.claims import reported_content

    assert reported_content(
        "The Ostley County Flood Authority confirmed that it had withdrawn its objection to the scheme in August."
    ) == ("The Ostley County Flood Authority had withdrawn its objection to the scheme in August.")
    assert reported_content("Council member Owen Marchetti, who represents the ward, said he had seen two floods.") == (
        "Owen Marchetti had seen two floods."
    )
    assert reported_content("The developer, Calloway Haig Homes, said it had raised its offer to 20 percent.") == (
        "Calloway Haig Homes had raised its offer to 20 percent."
    )
    # a second report is not part of the first one's content
    assert reported_content("The trust confirmed that the inquests had been opened but said it could not comment.") == (
        "The inquests had been opened."
    )
    # a condition, or words the speaker is quoted for at the end, are the speaker's, not a fact on their own
    assert reported_content("Gareth Lowe said that if hospitals pay for targets, some will game the targets.") is None
    assert (
        reported_content('Bilal Okonkwo warned that corridor waits were "a safety problem, not a statistics one."')
        is None
    )
    assert reported_content(
        'Feld said that the advisory would stay "until the mains are flushed" and tests were clean.'
    ) == ('The advisory would stay "until the mains are flushed" and tests were clean.')
    # a person is not "it", a body is not "he"; "it was too early to say" is nobody; "the ministry" is not a name
    assert reported_content("Grace Almeyda said it would take two weeks to flush the mains.") is None
    assert reported_content("Velstrand Coatings said he had resigned from the board in March.") is None
    assert reported_content("Velstrand Coatings said it was too early to say what caused the leak.") is None
    assert reported_content("The ministry said they fired flares near Mayadin on 23 November.") is None


def test_reported_speech_is_found_after_any_common_reporting_verb():
    from workbench.claims import reported_content

    assert reported_content("The ministry has reported today that US and Russian jets clashed over Syria.") == (
        "US and Russian jets clashed over Syria."
    )
    assert reported_content("The report notes that the trust changed its recording method in 2022.") == (
        "The trust changed its recording method in 2022."
    )
    assert reported_content("The general explained that most near-misses were caused by the US.") == (
        "Most near-misses were caused by the US."
    )
    assert reported_content("The audit office estimated that the trust received $4.8 million too much.") == (
        "The trust received $4.8 million too much."
    )
    assert reported_content("The audit found that the trust had stopped the clock too early.") == (
        "The trust had stopped the clock too early."
    )
    assert reported_content("She suggested Smith Jones for the board of the bank.") is None  # an object, no "that"
    assert reported_content("The company acknowledged that it had erred in the past.") is None  # a pronoun


def test_a_statement_without_the_clause_added_to_its_end_is_a_claim_of_its_own():
    from workbench.claims import main_clause

    assert main_clause("The wells lie 800 meters from the Ashby Works, where Velstrand made window frames.") == (
        "The wells lie 800 meters from the Ashby Works."
    )
    assert main_clause("Almeyda said the lab confirmed the readings, which it did on March 11.") == (
        "Almeyda said the lab confirmed the readings."
    )
    assert main_clause("Northmere Water, which runs the supply, shut both wells.") is None  # a name, not a statement
    assert main_clause("It closed the wells, which were unsafe.") is None  # a pronoun: not alone
    assert main_clause("The plant closed in 1998.") is None


def test_what_a_clause_says_of_the_place_before_where_is_a_claim_of_its_own():
    from workbench.claims import where_clause

    assert where_clause("The wells lie 800 meters from the Ashby Works, where Velstrand made window frames.") == (
        "At the Ashby Works, Velstrand made window frames."
    )
    assert where_clause(
        "The statement answers a report in the Tressel Courier, where two engineers were quoted warning of leaks."
    ) == ("In the Tressel Courier, two engineers were quoted warning of leaks.")
    assert where_clause("He moved back to Paris, where he worked as a chef.") is None  # a pronoun: not alone
    assert where_clause("The council met on Tuesday in the town hall, where residents were angry.") is None  # short
    assert where_clause("The joint, where two rails are bolted together, had been recorded as worn.") is None
    assert where_clause("The pumps were moved to the depot, where the old ones stood.") is None  # no verb of its own
    assert where_clause("Troops went to Iraq, where nobody had left, where in fact there was no base.") is None
    assert where_clause("I saw cases in West Virginia, where children went hungry because I think we failed.") is None


def test_a_speakers_role_is_a_claim_of_its_own():
    from workbench.claims import speaker_role

    assert (
        speaker_role("Anika Feld, the county's director of public health, said the water was unsafe.")
        == "Anika Feld is the county's director of public health."
    )
    assert speaker_role('"We found nothing," said Tomas Reyl, a spokesman for Velstrand.') == (
        "Tomas Reyl is a spokesman for Velstrand."
    )
    assert speaker_role("Grace Almeyda, its operations director, said the water was safe.") is None  # "its": whose?
    assert speaker_role("The ministry said the water was unsafe.") is None
    assert speaker_role("On Monday, the ministry said the water was unsafe.") is None
    assert speaker_role("In a statement, the trust's chief executive, Owen Ferrante, acknowledged the error.") == (
        "Owen Ferrante is the trust's chief executive."
    )
    assert speaker_role("Bilal Okonkwo, regional secretary of the Nurses' Association, warned that waits grew.") == (
        "Bilal Okonkwo is regional secretary of the Nurses' Association."
    )
    assert speaker_role('"It is wrong," Auditor General Celia Marchetti told reporters.') == (
        "Celia Marchetti is Auditor General."
    )
    assert speaker_role("Health Minister Rhona Daventry said on Wednesday that checks would follow.") == (
        "Rhona Daventry is Health Minister."
    )
    assert speaker_role("On Tuesday Prime Minister Tom Smith said no.") is None  # "On": not a title
    assert speaker_role("Celia Marchetti, Ardmere's auditor general, told reporters the figures were wrong.") == (
        "Celia Marchetti is Ardmere's auditor general."
    )
    assert speaker_role("The figures were wrong, said Tomas Reyl, Velstrand's spokesman.") == (
        "Tomas Reyl is Velstrand's spokesman."
    )
    assert speaker_role("Save Lowfield Meadow said on Wednesday that it would sue.") is None  # a group, not a title
    assert speaker_role("The council's own consultant, Tiller & Moss, concluded that the site was viable.") == (
        "Tiller & Moss is the council's own consultant."
    )
    assert speaker_role("Calloway Haig's regional director, Martin Sollis, acknowledged that costs rose.") == (
        "Martin Sollis is Calloway Haig's regional director."
    )
    assert speaker_role("According to the ministry, Igor Konashenkov, its spokesman was quoted saying:") is None


def test_a_clause_joined_by_and_with_its_own_subject_and_verb_is_a_claim_of_its_own():
    from workbench.claims import second_clause

    assert second_clause("Residents relied on bottled water for months, and the cleanup cost the county $2.3m.") == (
        "The cleanup cost the county $2.3m."
    )
    assert second_clause("3,870 patients waited 12 hours, while the trust's board papers recorded 410 such waits.") == (
        "The trust's board papers recorded 410 such waits."
    )  # "while" and "whereas" join two facts as "and" does
    assert second_clause("He visited Paris, Rome, and the Vatican.") is None  # a list
    assert second_clause("They bought apples, pears, and the cheapest bread in town.") is None  # no verb
    assert second_clause("The plant closed in 2019, and it was sold.") is None  # a pronoun: not alone


def test_the_clause_before_and_is_a_claim_of_its_own_when_both_clauses_stand_alone():
    from workbench.claims import first_clause

    assert first_clause("Residents relied on bottled water for months, and the cleanup cost the county $2.3m.") == (
        "Residents relied on bottled water for months."
    )
    assert first_clause("Tracing a plume is slow, and it may be months before anyone knows.") is None  # "it ..."
    assert first_clause("They bought apples, pears, and the cheapest bread in town.") is None  # a list
    assert first_clause("Prices rose, and the bank raised rates in May.") is None  # too short to stand alone


def test_a_name_that_does_two_things_gives_two_claims():
    from workbench.claims import predicates

    assert predicates("Northmere Water shut both wells on March 6 and has since been drawing on two other wells.") == (
        "Northmere Water shut both wells on March 6.",
        "Northmere Water has since been drawing on two other wells.",
    )
    assert predicates("Northmere Water and the council have agreed to a review.") is None  # two names, one thing
    assert predicates("The council shut the wells and has since been drawing on others.") is None  # not a name
    assert predicates("Tom Smith, the mayor, resigned and has left town.") is None  # an aside: not this rule's
    assert predicates("Anna Berg left and was replaced.") is None  # too short to stand alone


def test_a_compound_claim_gives_its_two_clauses_instead_of_itself_and_so_does_a_reported_one():
    def whole(messages):
        sentence = _sentence_of(messages)
        return {"claims": [{"claim": sentence, "type": "event", "verbatim": sentence}]}

    text = (
        "Water News\n\nResidents of Cressfold relied on bottled water for five months, and the cleanup cost the "
        "county $2.3 million.\n\nAccording to a 2021 agency report, groundwater beneath the site contained the "
        "solvent at 400 micrograms per liter, and the agency ordered the owner to install boreholes.\n"
    )
    article = Document.from_text(text, title="Water News", kind="article", source="mem")
    llm = StructuredLLM(ScriptedChatModel(responder=whole), "fake", max_attempts=1)
    texts = {c.text: c.flags for c in extract_claims(article, llm, load_prompt("extract_claims")).claims}
    assert "Residents of Cressfold relied on bottled water for five months." in texts
    assert "The cleanup cost the county $2.3 million." in texts
    assert not any(t.startswith("Residents of Cressfold relied") and "cleanup" in t for t in texts)  # not a third
    assert "Groundwater beneath the site contained the solvent at 400 micrograms per liter." in texts
    assert "The agency ordered the owner to install boreholes." in texts
    assert any(t.startswith("According to a 2021 agency report") for t in texts), "the model's report stays"


def test_a_clause_about_a_name_is_a_claim_of_its_own():
    from workbench.claims import relative_clause

    assert relative_clause("Northmere Water, which runs the town's supply, shut both wells on March 6.") == (
        "Northmere Water runs the town's supply."
    )
    assert relative_clause("Council member Dev Marsh, who represents the Eastfield ward, said so.") == (
        "Council member Dev Marsh represents the Eastfield ward."
    )
    assert relative_clause("The ministry banned flights, which angered airlines, on Monday.") is None  # not a name
    assert relative_clause("In March, which was cold, the wells were shut.") is None
    assert relative_clause("Paris, which is the capital.") is None  # nothing after the clause: no sentence around it
    assert (
        relative_clause(
            "Bilal Okonkwo, head of the Ardmere Nurses' Association, which represents 2,300 nurses, warned of delays."
        )
        == "The Ardmere Nurses' Association represents 2,300 nurses."
    )
    assert relative_clause("Police questioned the driver, which is routine, on Monday.") is None  # not a name


def test_who_a_speaker_is_comes_from_the_sentence_when_the_model_leaves_it_out():
    def quote_only(messages):
        sentence = _sentence_of(messages)
        claim = sentence.split(",", 1)[0] if sentence.startswith("Anna") else sentence
        return {"claims": [{"claim": claim, "type": "event", "verbatim": claim}]}

    text = "Harbour News\n\nAnna Berg, a spokeswoman for the port, said 40 ships were delayed on Monday.\n"
    article = Document.from_text(text, title="Harbour News", kind="article", source="mem")
    llm = StructuredLLM(ScriptedChatModel(responder=quote_only), "fake", max_attempts=1)
    claims = extract_claims(article, llm, load_prompt("extract_claims")).claims
    role = [c for c in claims if "speaker_role" in c.flags]
    assert [c.text for c in role] == ["Anna Berg is a spokeswoman for the port."] and role[0].check_worthy


def test_reported_speech_gives_the_report_and_the_reported_fact():
    result, _ = _extract(_echo)
    texts = [c.text for c in result.claims if c.check_worthy]
    # "on Saturday" in an article dated Saturday 9 December 2017 is that day
    assert "The ministry said on 9 December 2017 that an F-22 fired flares near Mayadin." in texts
    [fact] = [c for c in result.claims if c.text == "An F-22 fired flares near Mayadin."]
    assert "reported_content" in fact.flags and fact.span is not None, "derived, and found in the sentence"
    assert fact.type == "event"


def test_a_derived_claim_merges_with_the_models_own_statement_of_it_but_never_with_its_report():
    from workbench.claims import merge_duplicates

    def claim(text: str, *flags: str) -> Claim:
        return Claim(id=Claim.make_id("a", text), article_id="a", text=text, check_worthiness=0.9, flags=list(flags))

    report = claim("Dev Marsh said Northmere had the results on March 6, before the public was told.")
    derived = claim("Northmere had the results on March 6, before the public was told.", "reported_content")
    assert len(merge_duplicates([report, derived])) == 2  # "told" makes both read as speech: still two claims
    stated = claim("Northmere had the results on March 6, before the public was told")
    plain_fact = claim("The plant closed in 1998.")
    derived_fact = claim("The plant closed in 1998", "reported_content")
    assert [c.text for c in merge_duplicates([plain_fact, derived_fact])] == [plain_fact.text]
    kept = merge_duplicates([report, derived, stated])  # the model's own wording of it is a duplicate
    assert [c.text for c in kept] == [report.text, derived.text]


EARLIER = (
    "Grace Almeyda, the operations director of Northmere Water, spoke on Monday. "
    "The Tressel County Health Department issued the advisory, and the Russian Ministry of Defence said so."
)


def test_names_in_an_article_and_whether_the_article_writes_the_before_them():
    assert names_in(EARLIER) == [
        ("Grace Almeyda", False),
        ("Northmere Water", False),
        ("Tressel County Health Department", True),
        ("Russian Ministry of Defence", True),
    ]


def test_short_references_to_names_written_in_full_earlier_are_spelt_out():
    assert resolve_references("Almeyda said the plant was safe.", EARLIER) == "Grace Almeyda said the plant was safe."
    assert resolve_references("The wells were shut, Almeyda said.", EARLIER) == (
        "The wells were shut, Grace Almeyda said."
    )
    assert resolve_references("The health department asked for tests.", EARLIER) == (
        "The Tressel County Health Department asked for tests."
    )
    assert resolve_references("No one was ill, the department said.", EARLIER) == (
        "No one was ill, the Tressel County Health Department said."
    )
    assert resolve_references("The ministry said jets clashed.", EARLIER) == (
        "The Russian Ministry of Defence said jets clashed."
    )


def test_the_council_is_the_council_the_article_named_even_without_the():
    earlier = "Pellbrook City Council voted on Tuesday. The Ostley County Flood Authority objected."
    assert resolve_references("Residents handed the council a petition.", earlier) == (
        "Residents handed Pellbrook City Council a petition."
    )
    assert resolve_references("The council voted 7 to 4.", earlier) == "Pellbrook City Council voted 7 to 4."
    assert resolve_references("The authority withdrew it.", earlier) == "The Ostley County Flood Authority withdrew it."


def test_what_is_not_a_short_reference_stays():
    # "Northmere Water" is never "the Northmere Water": "the water" is water
    assert resolve_references("The water is safe, the utility said.", EARLIER) == "The water is safe, the utility said."
    # a capital that starts a statement is a name only before a reporting verb
    assert resolve_references("Water samples were taken.", EARLIER) == "Water samples were taken."
    # already in full, or part of a longer name, or nothing earlier fits
    assert resolve_references("Grace Almeyda said so.", EARLIER) == "Grace Almeyda said so."
    assert resolve_references("Nadia Almeyda said so.", EARLIER) == "Nadia Almeyda said so."
    assert resolve_references("The agency said so.", EARLIER) == "The agency said so."
    assert resolve_references("Almeyda said so.", "") == "Almeyda said so."


def test_a_person_first_named_after_an_office_title_is_the_one_the_office_refers_to_later():
    earlier = "According to the MOD, **Major-General Igor Konashenkov** spoke. Health Minister Rhona Daventry too."
    assert resolve_references("The general noted that the US gave no reason.", earlier) == (
        "Igor Konashenkov noted that the US gave no reason."
    )
    assert resolve_references("The health minister's office said so.", earlier) == "Rhona Daventry's office said so."
    assert resolve_references("Jets flew, the minister said.", earlier) == "Jets flew, Rhona Daventry said."
    # the office as a word of a longer description, another office, or a title never written before a name
    assert resolve_references("The general election was held.", earlier) == "The general election was held."
    assert resolve_references("The finance minister said so.", earlier) == "The finance minister said so."
    assert resolve_references("The mayor said so.", earlier) == "The mayor said so."


def test_a_claim_with_a_short_reference_is_spelt_out_and_flagged():
    text = (
        "Water News\n\nThe Tressel County Health Department said on Tuesday that two wells were shut. "
        "No illnesses have been linked to the water, the department said.\n"
    )
    article = Document.from_text(text, title="Water News", kind="article", source="mem")
    llm = StructuredLLM(ScriptedChatModel(responder=_echo), "fake", max_attempts=1)
    claims = extract_claims(article, llm, load_prompt("extract_claims")).claims
    [resolved] = [c for c in claims if "resolved" in c.flags]
    assert resolved.text == "No illnesses have been linked to the water, the Tressel County Health Department said."
    assert resolved.span is not None and text[resolved.span.start : resolved.span.end].startswith("No illnesses")


def test_each_side_of_because_is_a_claim_of_its_own():
    from workbench.claims import cause_and_effect

    assert cause_and_effect(
        "The city faces a $6.4 million budget gap next year, partly because the new library came in $2.8 million "
        "over its budget."
    ) == (
        "The city faces a $6.4 million budget gap next year.",
        "The new library came in $2.8 million over its budget.",
    )
    assert cause_and_effect("The plant closed last week because of the flood on the river.") is None  # no clause
    assert cause_and_effect("Schools were shut on Monday because it was too cold to open.") is None  # a pronoun
    assert cause_and_effect("The council voted 7 to 4 on Tuesday night.") is None


def _clause_article():
    text = (
        "Meadow News\n\n"
        "Save Lowfield Meadow, a residents' group, handed the council a petition with 5,200 signatures last month, "
        "and about 140 people crowded into the chamber on Tuesday.\n\n"
        "The petition went to the planning office in Lowfield, where officers logged 212 objections by Friday.\n\n"
        "The developer, Calloway Haig Homes, had argued that a higher share would make the project unviable.\n"
    )
    return Document.from_text(text, title="Meadow News", kind="article", source="mem")


def test_a_sentence_the_model_found_nothing_in_still_gives_its_clauses():
    llm = StructuredLLM(ScriptedChatModel(responder=lambda m: {"claims": []}), "fake", max_attempts=1)
    claims = extract_claims(_clause_article(), llm, load_prompt("extract_claims"), scorer=lambda t: [0.5] * len(t))
    worthy = {c.text: c.flags for c in claims.claims if c.check_worthy}
    assert (
        "first_clause"
        in worthy[
            "Save Lowfield Meadow, a residents' group, handed the council a petition with 5,200 signatures last month."
        ]
    )
    assert "second_clause" in worthy["About 140 people crowded into the chamber on Tuesday."]
    assert "appositive" in worthy["Save Lowfield Meadow is a residents' group."]
    assert "where_clause" in worthy["In Lowfield, officers logged 212 objections by Friday."]


def test_what_a_named_speaker_argued_is_an_attribution_to_check_even_when_the_model_calls_it_opinion():
    def opinion(messages):
        sentence = _sentence_of(messages)
        return {"claims": [{"claim": sentence, "type": "opinion", "verbatim": sentence}]}

    llm = StructuredLLM(ScriptedChatModel(responder=opinion), "fake", max_attempts=1)
    claims = extract_claims(_clause_article(), llm, load_prompt("extract_claims"), scorer=lambda t: [0.5] * len(t))
    by_text = {c.text: c for c in claims.claims}
    argued = by_text[
        "The developer, Calloway Haig Homes, had argued that a higher share would make the project unviable."
    ]
    assert argued.check_worthy and argued.type == "attribution"
    assert by_text["Calloway Haig Homes is the developer."].check_worthy
    # a quotation typed opinion stays an opinion
    from workbench.claims.speech import attributed

    assert not attributed('"We will win," she said.') and attributed("Reyl said that the plant was safe to use.")


PINNED = (
    "Pellbrook City Council approved 412 homes on Lowfield Meadow, a 31-acre former dairy farm on the city's edge. "
    "The developer, Calloway Haig Homes, had argued that a higher share would make the project unviable. "
    "The council's own consultant, Tiller & Moss, concluded that the site could support 22 percent. "
    "Last week, a spokesman for the mayor said nothing. On Dairy Lane, the real test will come in winter."
)


def test_a_description_the_article_pinned_to_a_name_is_that_name_later():
    from workbench.claims import descriptions_before

    assert descriptions_before(PINNED, len(PINNED)) == [
        (("city",), "Pellbrook"),  # "Pellbrook City Council"
        (("31-acre", "former", "dairy", "farm"), "Lowfield Meadow"),
        (("company",), "Calloway Haig Homes"),  # a business by its name's last word ...
        (("company",), "Calloway Haig Homes"),  # ... and by what the article calls it
        (("developer",), "Calloway Haig Homes"),
        (("council's", "own", "consultant"), "Tiller & Moss"),
    ]  # not "Last" (a sentence's first word) nor "the real test will come" (a clause)
    assert resolve_references("The developer had argued that the project was unviable.", PINNED) == (
        "Calloway Haig Homes had argued that the project was unviable."
    )
    assert resolve_references("The assessment was checked by the council's consultant.", PINNED) == (
        "The assessment was checked by Tiller & Moss."
    )
    assert resolve_references("The trust offered the company $14 million.", PINNED) == (
        "The trust offered Calloway Haig Homes $14 million."
    )
    assert resolve_references("The firm's costs rose.", PINNED) == "Calloway Haig Homes' costs rose."
    assert resolve_references("The company paid $9.2 million for the farm.", PINNED) == (
        "Calloway Haig Homes paid $9.2 million for Lowfield Meadow."
    )


def test_the_city_is_the_first_place_the_article_names_as_one():
    earlier = (
        "Pellbrook City Council voted on Tuesday. Harlowe Bridge Town Council objected, as did Pellingham Town "
        "Council and the Tressel County Health Department."
    )
    assert resolve_references("The city's housing policy sets a 30 percent share.", earlier) == (
        "Pellbrook's housing policy sets a 30 percent share."
    )
    assert resolve_references("The town's wells were shut.", earlier) == "Harlowe Bridge's wells were shut."
    assert resolve_references("The county paid for it.", earlier) == "Tressel County paid for it."
    assert resolve_references("The province paid for it.", earlier) == "The province paid for it."


def test_descriptions_that_were_not_pinned_or_say_more_stay():
    assert resolve_references("The site could support 22 percent.", PINNED) == "The site could support 22 percent."
    assert resolve_references("The mayor's consultant agreed.", PINNED) == "The mayor's consultant agreed."
    assert resolve_references("The developer of the bypass objected.", PINNED) == (
        "The developer of the bypass objected."
    )
    assert resolve_references("The developer, Calloway Haig Homes, objected.", PINNED) == (
        "The developer, Calloway Haig Homes, objected."
    )
    assert resolve_references("The developer objected.", "") == "The developer objected."


def test_it_at_the_start_of_a_sentence_is_the_name_that_started_the_one_before():
    from workbench.claims import previous_sentence, resolve_it

    before = "The developer, Calloway Haig Homes, had argued that a higher share would make the project unviable."
    assert resolve_it("Its viability assessment estimated a profit of 11 percent.", before) == (
        "Calloway Haig Homes' viability assessment estimated a profit of 11 percent."
    )
    assert resolve_it("It denied inflating its costs.", "Velstrand Coatings shut the plant.") == (
        "Velstrand Coatings denied inflating its costs."
    )
    assert resolve_it("It denied inflating its costs.", "The Ostley County Flood Authority objected.") == (
        "The Ostley County Flood Authority denied inflating its costs."
    )
    assert resolve_it("He denied that the change was made to win funding.", "Owen Ferrante, the chief, spoke.") == (
        "Owen Ferrante denied that the change was made to win funding."
    )
    assert resolve_it("His letter was sent on Monday.", "The trust's chief, Owen Ferrante, wrote to staff.") == (
        "Owen Ferrante's letter was sent on Monday."
    )
    assert resolve_it("He denied it.", "In a statement, the trust's chief, Owen Ferrante, acknowledged a fault.") == (
        "Owen Ferrante denied it."
    )
    # a pronoun that does not agree with the name: a person is not "it" (nor a two-word name that might be one)
    assert resolve_it("It was a long meeting.", "Grace Almeyda spoke on Monday.") == "It was a long meeting."
    assert resolve_it("He denied it.", "Velstrand Coatings shut the plant.") == "He denied it."
    # the sentence before does not start with a name, or "it" is not a subject that refers back
    assert resolve_it("It denied inflating its costs.", "The company shut the plant.") == (
        "It denied inflating its costs."
    )
    assert resolve_it("It is not clear that the wells are safe.", "Velstrand Coatings shut the plant.") == (
        "It is not clear that the wells are safe."
    )
    text = "Intro here. Velstrand Coatings shut the plant. It denied any delay."
    assert previous_sentence(text, text.index("It denied")) == "Velstrand Coatings shut the plant."
    assert previous_sentence(text, 0) == ""


def test_the_sentence_before_is_read_with_its_own_references_spelt_out():
    text = (
        "Health News\n\n"
        "Larchfield Health Trust runs three hospitals. "
        "The trust runs a clinic too. "
        "Its published figures showed 91 percent of patients seen within four hours.\n"
    )
    article = Document.from_text(text, title="Health News", kind="article", source="mem")
    llm = StructuredLLM(ScriptedChatModel(responder=_echo), "fake", max_attempts=1)
    claims = extract_claims(article, llm, load_prompt("extract_claims"), scorer=lambda t: [0.9] * len(t)).claims
    [its] = [c for c in claims if "published figures" in c.text]
    assert its.text.startswith("Larchfield Health Trust's published figures showed")


def test_a_claim_starting_with_its_names_the_subject_of_the_sentence_before_and_is_flagged():
    text = (
        "Meadow News\n\n"
        "The developer, Calloway Haig Homes, had argued that a higher share would make the project unviable. "
        "Its viability assessment estimated that the scheme would earn a profit of 11 percent.\n"
    )
    article = Document.from_text(text, title="Meadow News", kind="article", source="mem")
    llm = StructuredLLM(ScriptedChatModel(responder=_echo), "fake", max_attempts=1)
    claims = extract_claims(article, llm, load_prompt("extract_claims"), scorer=lambda t: [0.9] * len(t)).claims
    [its] = [c for c in claims if "viability" in c.text]
    assert its.text.startswith("Calloway Haig Homes' viability assessment estimated")
    assert "resolved" in its.flags
    assert its.span is not None and text[its.span.start : its.span.end].startswith("Its viability")


def test_a_claim_in_the_first_person_is_the_quotation_of_its_speaker():
    text = (
        "Council News\n\n"
        '"We have 3,800 households on the housing register, and I will not make them wait," Mayor Hollis Wren '
        "told the meeting. "
        '"Sixty-two homes we can build are worth more than 124 that stay on paper." '
        "The council approved 412 homes on Tuesday.\n"
    )
    article = Document.from_text(text, title="Council News", kind="article", source="mem")

    def quote_only(messages):  # the model gives the quotation, as small models do
        sentence = _sentence_of(messages)
        quote = sentence.split('"')[1].rstrip(",") if sentence.startswith('"') else sentence
        return {"claims": [{"claim": quote, "type": "statistic", "verbatim": quote}]}

    llm = StructuredLLM(ScriptedChatModel(responder=quote_only), "fake", max_attempts=1)
    claims = extract_claims(article, llm, load_prompt("extract_claims"), scorer=lambda t: [0.9] * len(t)).claims
    by_text = {c.text: c for c in claims}
    first = by_text[
        'Mayor Hollis Wren said: "We have 3,800 households on the housing register, and I will not make them wait."'
    ]
    assert first.type == "attribution" and "quoted" in first.flags and "fuzzy_span" not in first.flags
    assert first.span is not None and text[first.span.start : first.span.end].endswith("told the meeting.")
    # the next sentence goes on with the quotation: the same speaker
    assert (
        'Mayor Hollis Wren said: "Sixty-two homes we can build are worth more than 124 that stay on paper."' in by_text
    )
    assert "The council approved 412 homes on Tuesday." in by_text  # not in the first person: as it was
