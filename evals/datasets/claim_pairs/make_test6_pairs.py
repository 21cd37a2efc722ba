"""Build pairs_test6.jsonl: a sixth fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the SciFact training claims (``../shared/datasets/scifact/claims_train.jsonl``, or --scifact; and BEIR's
``qrels/test.tsv`` beside it, for the abstracts the dev claims cite); every other text is written by hand below, as
stories in domains no earlier split used (local government, sport, company results, weather, courts, elections, public
health, product launches, transport, ...). The verifier's news and WiCE files (``workbench/verifier/data``, or --news
and --wice) are read only to check that no hand text is one of their claims. No text of it is in pairs.jsonl or
pairs_test.jsonl ... pairs_test5.jsonl, no story of it is a group there or worded like one of their texts, and no
SciFact claim of it (nor an abstract such a claim cites) is used by any of them: the script checks, and stops if one
is. README.md beside this file describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test6_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pairs_common import (
    HERE,
    LABEL_OF_KIND,
    MAX_JACCARD_EARLIER,
    NEWS,
    SCIFACT_DEV_QRELS,
    SCIFACT_TRAIN,
    WICE,
    NewsTables,
    SciFactTables,
    StoryTables,
    WiceTables,
    build_families,
    earlier_splits,
    finish,
    other_scifact_groups,
    read_earlier,
    summary,
    write_rows,
)

SCIFACT = SCIFACT_TRAIN
# The splits already looked at: no text of this file may appear in them, and no story or claim of it may be used there.
EARLIER_SPLITS = earlier_splits(6)
OTHER_SCIFACT_GROUPS = other_scifact_groups(6)
# In SCIFACT_PAIRS this key stands for the claim quoted from the SciFact file.
ORIGINAL = "claim"

# Stories written by hand for this split (invented places, people and companies). STORY_HAND holds each story's texts
# under short keys; STORY_PAIRS pairs them, with the kind of the pair. Each story is the group 'story6-<topic>'.
STORY_HAND: dict[str, dict[str, str]] = {
    "tilbrook-library-closures": {
        "close_four": "Tilbrook council voted to close four of its eleven branch libraries to save 1.3 million pounds "
        "a year.",
        "close_four_para": "To save £1.3m annually, Tilbrook council has voted to shut four of its 11 branch "
        "libraries.",
        "close_three": "Tilbrook council voted to close three of its eleven branch libraries to save 1.3 million "
        "pounds a year.",
        "plans_close": "Tilbrook council plans to close four of its eleven branch libraries to save 1.3 million pounds "
        "a year.",
        "vote_7_4": "The council's decision to close the libraries was passed by seven votes to four.",
        "vote_para": "Councillors approved the library closures 7-4.",
        "vote_9_2": "Councillors approved the library closures 9-2.",
        "leader": "Council leader Helen Handley said the closures were unavoidable because of cuts to central "
        "government funding.",
        "leader_para": "The closures could not be avoided because central government had cut its funding, said council "
        "leader Helen Handley.",
        "fact_unavoidable": "The library closures were unavoidable because of cuts to central government funding.",
        "opposition": "Opposition councillor Tom Baptiste said the closures were unavoidable because of cuts to "
        "central government funding.",
        "end_april": "The four Tilbrook libraries will close at the end of April.",
        "end_june": "The four Tilbrook libraries will close at the end of June.",
        "could_reopen": "Two of the closed Tilbrook libraries could reopen under volunteer management.",
        "will_reopen": "Two of the closed Tilbrook libraries will reopen under volunteer management.",
    },
    "fenwick-county-cup-final": {
        "won_2_1": "Fenwick Rovers beat Stanmoor City 2-1 in the county cup final on Sunday.",
        "won_para": "Stanmoor City lost Sunday's county cup final 2-1 to Fenwick Rovers.",
        "swapped": "Stanmoor City beat Fenwick Rovers 2-1 in the county cup final on Sunday.",
        "won_3_1": "Fenwick Rovers beat Stanmoor City 3-1 in the county cup final on Sunday.",
        "winner": "Striker Daniel Maddox scored Fenwick's winning goal in the 88th minute.",
        "winner_para": "Fenwick's winner was scored in the 88th minute by striker Daniel Maddox.",
        "winner_58": "Striker Daniel Maddox scored Fenwick's winning goal in the 58th minute.",
        "equaliser": "Striker Daniel Maddox scored Fenwick's equalising goal in the 88th minute.",
        "first_title": "The win gave Fenwick Rovers their first county cup title since 1994.",
        "first_title_edit": "The win gave Fenwick Rovers their first County Cup title since 1994.",
        "since_2004": "The win gave Fenwick Rovers their first county cup title since 2004.",
    },
    "larkspur-brewing-results": {
        "profit_rose": "Larkspur Brewing said its pre-tax profit rose 12 percent to 48 million euros in the first "
        "quarter.",
        "profit_para": "First-quarter pre-tax profit at Larkspur Brewing climbed by 12% to €48m, the company said.",
        "profit_fell": "Larkspur Brewing said its pre-tax profit fell 12 percent to 48 million euros in the first "
        "quarter.",
        "second_quarter": "Second-quarter pre-tax profit at Larkspur Brewing climbed by 12% to €48m, the company said.",
        "first_half": "Larkspur Brewing said its pre-tax profit rose 12 percent to 48 million euros in the first half "
        "of the year.",
        "revenue": "Larkspur Brewing said its revenue rose 12 percent to 48 million euros in the first quarter.",
        "forecast_kept": "Larkspur Brewing kept its full-year profit forecast unchanged.",
        "forecast_para": "Larkspur Brewing left its forecast for full-year profit as it was.",
        "forecast_raised": "Larkspur Brewing raised its full-year profit forecast.",
        "shares": "Larkspur Brewing shares rose 5 percent in early trading after the results.",
        "shares_edit": "Larkspur Brewing's shares rose 5 per cent in early trading after the results.",
        "shares_closed": "Larkspur Brewing shares closed 5 percent higher after the results.",
    },
    "storm-idris-corran-valley": {
        "rain": "Storm Idris brought 140 millimetres of rain to the Corran valley in 24 hours, a record for the area.",
        "rain_para": "In the space of a day, 140 mm of rain fell on the Corran valley during Storm Idris, more than "
        "had ever been recorded there.",
        "rain_48h": "Storm Idris brought 140 millimetres of rain to the Corran valley in 48 hours, a record for the "
        "area.",
        "rain_40": "In the space of a day, 40 mm of rain fell on the Corran valley during Storm Idris, more than had "
        "ever been recorded there.",
        "evacuated": "About 600 homes in the Corran valley were evacuated as the river burst its banks.",
        "evacuated_para": "Roughly 600 Corran valley households had to leave their homes when the river overflowed.",
        "may_evacuate": "About 600 homes in the Corran valley may have to be evacuated if the river bursts its banks.",
        "red": "The met office issued a red warning for the Corran valley on Thursday.",
        "amber": "The met office issued an amber warning for the Corran valley on Thursday.",
        "lifted": "The met office lifted its red warning for the Corran valley on Thursday.",
        "no_deaths": "No deaths have been linked to Storm Idris.",
        "no_deaths_para": "Storm Idris has not been linked to any deaths.",
        "two_deaths": "Two deaths have been linked to Storm Idris.",
    },
    "velden-mayor-fraud-trial": {
        "convicted": "A court in Velden convicted former mayor Viktor Calloway of fraud and sentenced him to three "
        "years in prison.",
        "convicted_para": "Former mayor Viktor Calloway was found guilty of fraud by a Velden court and given a "
        "three-year prison sentence.",
        "five_years": "A court in Velden convicted former mayor Viktor Calloway of fraud and sentenced him to five "
        "years in prison.",
        "suspended": "A court in Velden convicted former mayor Viktor Calloway of fraud and gave him a three-year "
        "suspended sentence.",
        "acquitted": "Former mayor Viktor Calloway was acquitted of fraud by a Velden court.",
        "appeal": "Viktor Calloway's lawyer said he would appeal against the conviction.",
        "appeal_para": "The former mayor will appeal the verdict, Viktor Calloway's lawyer said.",
        "no_appeal": "Viktor Calloway's lawyer said he would not appeal against the conviction.",
        "appeal_fact": "Viktor Calloway will appeal against his fraud conviction.",
        "diverted": "Prosecutors said Viktor Calloway had diverted 2.4 million euros of city funds to a company owned "
        "by his brother.",
        "diverted_para": "According to prosecutors, Viktor Calloway channelled €2.4 million in city money to a firm "
        "belonging to his brother.",
        "sister": "Prosecutors said Viktor Calloway had diverted 2.4 million euros of city funds to a company owned by "
        "his sister.",
        "may_have": "Prosecutors said Viktor Calloway may have diverted 2.4 million euros of city funds to a company "
        "owned by his brother.",
        "testified": "Viktor Calloway's brother testified against him at the trial.",
        "testified_swapped": "Viktor Calloway testified against his brother at the trial.",
    },
    "portaven-mayoral-election": {
        "won": "Green candidate Ines Torvane won the Portaven mayoral election with 54 percent of the vote.",
        "won_para": "With 54 per cent of votes cast, Ines Torvane of the Greens was elected mayor of Portaven.",
        "won_45": "With 45 per cent of votes cast, Ines Torvane of the Greens was elected mayor of Portaven.",
        "first_round": "Green candidate Ines Torvane won the first round of the Portaven mayoral election with 54 "
        "percent of the vote.",
        "turnout": "Turnout in the Portaven mayoral election rose to 61 percent from 48 percent four years ago.",
        "turnout_para": "Voter turnout in Portaven's mayoral vote was 61%, up from 48% at the previous election four "
        "years earlier.",
        "turnout_fell": "Turnout in the Portaven mayoral election fell to 48 percent from 61 percent four years ago.",
        "conceded": "Incumbent mayor Rolf Decker conceded defeat on Sunday night.",
        "conceded_para": "Rolf Decker, the sitting mayor, admitted on Sunday night that he had lost.",
        "refused": "Incumbent mayor Rolf Decker refused to concede defeat on Sunday night.",
        "margin": "Ines Torvane defeated incumbent Rolf Decker by more than 4,000 votes.",
        "margin_swapped": "Incumbent Rolf Decker defeated Ines Torvane by more than 4,000 votes.",
        "margin_fewer": "Ines Torvane defeated incumbent Rolf Decker by fewer than 4,000 votes.",
    },
    "ashcombe-boil-water-notice": {
        "notice": "Residents of Ashcombe have been told to boil their tap water after E. coli was found in the local "
        "supply.",
        "notice_para": "A boil-water notice has been issued in Ashcombe because E. coli was detected in the town's "
        "water supply.",
        "crypto": "Residents of Ashcombe have been told to boil their tap water after cryptosporidium was found in the "
        "local supply.",
        "households": "The boil-water notice affects about 9,000 households in Ashcombe.",
        "households_para": "Around 9,000 Ashcombe households are covered by the notice to boil water.",
        "households_90k": "The boil-water notice affects about 90,000 households in Ashcombe.",
        "days": "The water company said the boil-water notice was likely to stay in place until at least Friday.",
        "days_para": "The notice will probably remain in force until Friday or later, according to the water company.",
        "days_will": "The water company said the boil-water notice would stay in place until at least Friday.",
        "days_at_most": "The notice will probably remain in force until Friday at the latest, according to the water "
        "company.",
        "no_illness": "Health officials said there were no confirmed cases of illness linked to the Ashcombe water "
        "supply.",
        "several_cases": "Health officials said there were several confirmed cases of illness linked to the Ashcombe "
        "water supply.",
        "no_illness_fact": "There are no confirmed cases of illness linked to the Ashcombe water supply.",
    },
    "orvane-nimbus-tablet": {
        "launch": "Orvane will start selling its Nimbus 7 tablet in Europe on 14 March at a price of 499 euros.",
        "launch_para": "The Nimbus 7 tablet from Orvane goes on sale in Europe on March 14, priced at €499.",
        "launch_may": "Orvane will start selling its Nimbus 7 tablet in Europe on 14 May at a price of 499 euros.",
        "price_449": "The Nimbus 7 tablet from Orvane goes on sale in Europe on March 14, priced at €449.",
        "battery": "Orvane says the Nimbus 7's battery lasts up to 14 hours on a single charge.",
        "battery_para": "On one charge, the Nimbus 7's battery can last as long as 14 hours, according to Orvane.",
        "battery_fact": "The Nimbus 7's battery lasts up to 14 hours on a single charge.",
        "battery_reviewers": "On one charge, the Nimbus 7's battery can last as long as 14 hours, according to "
        "reviewers.",
        "battery_at_least": "Orvane says the Nimbus 7's battery lasts at least 14 hours on a single charge.",
        "chip": "The Nimbus 7 is the first Orvane tablet to use the company's own processor.",
        "chip_edit": "The Nimbus 7 is the first Orvane tablet to use the company's in-house processor.",
        "chip_second": "The Nimbus 7 is the second Orvane tablet to use the company's own processor.",
    },
    "lennick-fares-and-line-closure": {
        "freeze": "Bus fares in the Lennick region will be frozen until the end of next year, the transport authority "
        "said.",
        "freeze_para": "The Lennick region's transport authority said bus fares would stay at their current level "
        "until the end of next year.",
        "tram": "Tram fares in the Lennick region will be frozen until the end of next year, the transport authority "
        "said.",
        "this_year": "The Lennick region's transport authority said bus fares would stay at their current level until "
        "the end of this year.",
        "operator": "Bus fares in the Lennick region will be frozen until the end of next year, the bus operator "
        "Coachlink said.",
        "line": "The Lennick to Drayford railway line will close for eight weeks from 1 July for track renewal.",
        "line_para": "From July 1, the railway between Lennick and Drayford will be shut for eight weeks while its "
        "track is renewed.",
        "six_weeks": "The Lennick to Drayford railway line will close for six weeks from 1 July for track renewal.",
        "weekends": "The Lennick to Drayford railway line will close at weekends for eight weeks from 1 July for track "
        "renewal.",
        "buses": "Replacement buses will run every 20 minutes while the Lennick to Drayford line is closed.",
        "buses_edit": "Replacement buses will operate every 20 minutes while the Lennick-Drayford line is closed.",
        "buses_40": "Replacement buses will operate every 40 minutes while the Lennick-Drayford line is closed.",
    },
    "wexley-gasworks-homes": {
        "approved": "Quillan Heath planners approved plans for 320 new homes on the former Wexley gasworks site.",
        "approved_para": "Plans to build 320 homes on the old Wexley gasworks site have been given the go-ahead by "
        "planners in Quillan Heath.",
        "rejected": "Quillan Heath planners rejected plans for 320 new homes on the former Wexley gasworks site.",
        "approved_230": "Plans to build 230 homes on the old Wexley gasworks site have been given the go-ahead by "
        "planners in Quillan Heath.",
        "affordable": "Thirty percent of the homes planned for the Wexley gasworks site will be affordable housing.",
        "affordable_para": "Three in ten of the homes planned at the Wexley gasworks site are to be affordable.",
        "affordable_most": "Most of the homes planned for the Wexley gasworks site will be affordable housing.",
        "cleaned": "The developer said the gasworks site would be cleaned of contamination before building starts.",
        "cleaned_fact": "The gasworks site will be cleaned of contamination before building starts.",
        "cleaned_after": "The developer said the gasworks site would be cleaned of contamination after building "
        "starts.",
        "traffic": "Residents' groups said the development would worsen traffic on Wexley Road.",
        "traffic_edit": "Residents' groups said the development would make traffic on Wexley Road worse.",
        "traffic_ease": "Residents' groups said the development would ease traffic on Wexley Road.",
    },
    "brennock-airport": {
        "record": "Brennock Airport handled a record 9.2 million passengers last year, up 7 percent on the year "
        "before.",
        "record_para": "Last year, a record 9.2 million passengers passed through Brennock Airport, 7% more than in "
        "the previous year.",
        "down": "Brennock Airport handled 9.2 million passengers last year, down 7 percent on the year before.",
        "record_29": "Last year, a record 2.9 million passengers passed through Brennock Airport, 7% more than in the "
        "previous year.",
        "first_half": "Brennock Airport handled a record 9.2 million passengers in the first half of last year, up 7 "
        "percent on the year before.",
        "runway": "Brennock Airport plans to build a second runway by 2032.",
        "runway_para": "A second runway is planned at Brennock Airport, to be completed by 2032.",
        "runway_permitted": "Brennock Airport has been given permission to build a second runway by 2032.",
        "runway_2035": "A second runway is planned at Brennock Airport, to be completed by 2035.",
        "routes": "Skylark Air will launch six new routes from Brennock Airport this summer.",
        "routes_edit": "Skylark Air is to launch six new routes from Brennock Airport this summer.",
        "routes_may": "Skylark Air may launch six new routes from Brennock Airport this summer.",
        "routes_cut": "Skylark Air is to cut six routes from Brennock Airport this summer.",
    },
    "tarsland-unemployment": {
        "fell": "The unemployment rate in Tarsland fell to 4.1 percent in September from 4.4 percent in August, the "
        "statistics office said.",
        "fell_para": "Tarsland's jobless rate dropped from 4.4% in August to 4.1% in September, according to the "
        "statistics office.",
        "fell_edit": "The unemployment rate in Tarsland fell to 4.1% in September from 4.4% in August, the statistics "
        "office said.",
        "rose": "The unemployment rate in Tarsland rose to 4.4 percent in September from 4.1 percent in August, the "
        "statistics office said.",
        "october": "Tarsland's jobless rate dropped from 4.4% in September to 4.1% in October, according to the "
        "statistics office.",
        "youth": "Youth unemployment in Tarsland fell to 4.1 percent in September from 4.4 percent in August, the "
        "statistics office said.",
        "lowest": "Tarsland's unemployment rate is at its lowest level since 2008.",
        "lowest_para": "Unemployment in Tarsland has not been this low since 2008.",
        "highest": "Tarsland's unemployment rate is at its highest level since 2008.",
        "minister": "Labour minister Eva Strand said Tarsland's unemployment rate was at its lowest level since 2008.",
    },
    "kelham-museum-reopening": {
        "reopen": "The Kelham Museum of Art will reopen on 3 May after a two-year renovation costing 46 million "
        "pounds.",
        "reopen_para": "After two years of renovation work costing £46m, the Kelham Museum of Art reopens its doors on "
        "May 3.",
        "reopen_64": "The Kelham Museum of Art will reopen on 3 May after a two-year renovation costing 64 million "
        "pounds.",
        "three_years": "After three years of renovation work costing £46m, the Kelham Museum of Art reopens its doors "
        "on May 3.",
        "visitors": "The museum expects about 800,000 visitors in its first year after reopening.",
        "visitors_para": "Some 800,000 people are expected to visit the museum in the first twelve months after it "
        "reopens.",
        "visitors_had": "The museum had about 800,000 visitors in its first year after reopening.",
        "free": "Entry to the museum's permanent collection will remain free.",
        "free_edit": "Entry to the museum's permanent collection will stay free.",
        "no_longer_free": "Entry to the museum's permanent collection will no longer be free.",
        "temporary": "Entry to the museum's temporary exhibitions will stay free.",
        "budget": "Museum director Ruth Osei said the renovation had come in under budget.",
        "budget_fact": "The Kelham Museum renovation came in under budget.",
        "over_budget": "Museum director Ruth Osei said the renovation had come in over budget.",
    },
    "oldmere-phone-scam": {
        "arrested": "Police in Oldmere arrested nine people suspected of running a telephone scam that targeted "
        "elderly people.",
        "arrested_para": "Nine suspects were arrested by Oldmere police over a phone scam aimed at older people.",
        "arrested_19": "Police in Oldmere arrested 19 people suspected of running a telephone scam that targeted "
        "elderly people.",
        "charged": "Nine suspects were charged by Oldmere police over a phone scam aimed at older people.",
        "losses": "Police said victims of the scam lost a total of more than 600,000 euros.",
        "losses_para": "Victims of the scam lost over €600,000 in total, police said.",
        "losses_each": "Police said each victim of the scam lost more than 600,000 euros.",
        "losses_fact": "Victims of the scam lost a total of more than 600,000 euros.",
        "call_centre": "The scam was run from a call centre in a rented office in Oldmere's harbour district.",
        "call_centre_edit": "The scam was run out of a call centre in a rented office in Oldmere's harbour district.",
        "university": "The scam was run out of a call centre in a rented office in Oldmere's university district.",
        "victims_may": "Police believe the gang may have targeted more than 300 elderly people.",
        "victims_may_para": "The gang may have preyed on upwards of 300 elderly people, police believe.",
        "victims_did": "Police said the gang targeted more than 300 elderly people.",
    },
    "harrowby-schools": {
        "maths": "The share of pupils in Harrowby county achieving top grades in maths rose to 31 percent this year.",
        "maths_para": "This year, 31% of Harrowby county pupils got top grades in maths, up from the year before.",
        "english": "The share of pupils in Harrowby county achieving top grades in English rose to 31 percent this "
        "year.",
        "maths_fell": "This year, 31% of Harrowby county pupils got top grades in maths, down from the year before.",
        "inadequate": "Inspectors rated 12 of Harrowby county's 40 secondary schools as inadequate.",
        "inadequate_para": "Twelve of the 40 secondary schools in Harrowby county were judged inadequate by "
        "inspectors.",
        "primary": "Inspectors rated 12 of Harrowby county's 40 primary schools as inadequate.",
        "most": "Most of the 40 secondary schools in Harrowby county were judged inadequate by inspectors.",
        "outstanding": "Inspectors rated 12 of Harrowby county's 40 secondary schools as outstanding.",
        "tutoring": "The county's education director said the maths results reflected extra tutoring funded since "
        "2021.",
        "tutoring_para": "Extra tutoring, funded since 2021, was behind the maths results, the county's education "
        "director said.",
        "tutoring_2019": "The county's education director said the maths results reflected extra tutoring funded since "
        "2019.",
        "tutoring_might": "The county's education director said the maths results might reflect extra tutoring funded "
        "since 2021.",
    },
    "energy-price-cap": {
        "cap": "The energy regulator will lower the household price cap by 8 percent from 1 October.",
        "cap_para": "The household price cap is to be cut by 8% by the energy regulator from October 1.",
        "cap_raise": "The energy regulator will raise the household price cap by 8 percent from 1 October.",
        "cap_january": "The household price cap is to be cut by 8% by the energy regulator from January 1.",
        "cap_18": "The energy regulator will lower the household price cap by 18 percent from 1 October.",
        "bill": "The regulator said a typical household's annual energy bill would fall to about 1,650 pounds.",
        "bill_para": "A typical household will see its yearly energy bill drop to roughly £1,650, the regulator said.",
        "bill_by": "The regulator said a typical household's annual energy bill would fall by about 1,650 pounds.",
        "charities": "Fuel poverty charities said the cut would not help the poorest households enough.",
        "charities_edit": "Fuel-poverty charities said the cut would not help the poorest households enough.",
        "charities_would": "Fuel poverty charities said the cut would help the poorest households enough.",
        "suppliers": "Energy suppliers said the cut would not help the poorest households enough.",
    },
    "westbury-health-services": {
        "flu": "Free flu vaccines will be offered to all adults over 50 in Westbury from next month, the health "
        "authority said.",
        "flu_para": "Starting next month, every adult aged over 50 in Westbury can get a free flu jab, according to "
        "the health authority.",
        "flu_65": "Free flu vaccines will be offered to all adults over 65 in Westbury from next month, the health "
        "authority said.",
        "flu_some": "Starting next month, some adults aged over 50 in Westbury can get a free flu jab, according to "
        "the health authority.",
        "covid": "Free COVID-19 vaccines will be offered to all adults over 50 in Westbury from next month, the health "
        "authority said.",
        "waits": "Patients at Westbury General Hospital's emergency department waited an average of four hours and ten "
        "minutes in January.",
        "waits_para": "In January, the average wait in Westbury General's A&E department was 4 hours 10 minutes.",
        "waits_winter": "Patients at Westbury General Hospital's emergency department waited an average of four hours "
        "and ten minutes over the winter.",
        "waits_swapped": "In January, the average wait in Westbury General's A&E department was 10 hours 4 minutes.",
        "nurses": "Westbury General Hospital said it had recruited 45 extra nurses since the autumn.",
        "nurses_edit": "Westbury General Hospital said it had recruited 45 additional nurses since the autumn.",
        "nurses_plans": "Westbury General Hospital said it planned to recruit 45 extra nurses.",
        "doctors": "Westbury General Hospital said it had recruited 45 additional doctors since the autumn.",
    },
    "ostria-wheat-drought": {
        "harvest": "Wheat production in Ostria is expected to fall by about 15 percent this year because of the spring "
        "drought.",
        "harvest_para": "Because of the drought in spring, Ostria's wheat harvest is forecast to be around 15% smaller "
        "this year.",
        "harvest_fell": "Wheat production in Ostria fell by about 15 percent this year because of the spring drought.",
        "barley": "Barley production in Ostria is expected to fall by about 15 percent this year because of the spring "
        "drought.",
        "floods": "Because of the floods in spring, Ostria's wheat harvest is forecast to be around 15% smaller this "
        "year.",
        "exports": "Ostria's agriculture ministry said it would not restrict wheat exports.",
        "exports_para": "There will be no restrictions on wheat exports, Ostria's agriculture ministry said.",
        "exports_restrict": "Ostria's agriculture ministry said it would restrict wheat exports.",
        "exports_fact": "There will be no restrictions on Ostria's wheat exports.",
        "compensation": "Farmers hit by the drought in Ostria will receive compensation of up to 200 euros per "
        "hectare.",
        "compensation_para": "Ostrian farmers affected by the drought are to be compensated with as much as €200 a "
        "hectare.",
        "compensation_2000": "Farmers hit by the drought in Ostria will receive compensation of up to 2,000 euros per "
        "hectare.",
        "imports": "Ostria will import 300,000 tonnes of wheat from neighbouring Belvania to cover the shortfall.",
        "imports_para": "To make up the shortfall, Ostria is to buy 300,000 tonnes of wheat from its neighbour "
        "Belvania.",
        "imports_swapped": "Belvania will import 300,000 tonnes of wheat from neighbouring Ostria to cover the "
        "shortfall.",
    },
    "selwyn-open-tennis": {
        "won": "Marta Kovac beat Lena Ostrowski 6-4, 7-5 to win the Selwyn Open women's title on Sunday.",
        "won_para": "Marta Kovac took the women's title at the Selwyn Open on Sunday, defeating Lena Ostrowski 6-4, "
        "7-5.",
        "won_7_6": "Marta Kovac beat Lena Ostrowski 6-4, 7-6 to win the Selwyn Open women's title on Sunday.",
        "dorrance": "Marta Kovac took the women's title at the Dorrance Open on Sunday, defeating Lena Ostrowski 6-4, "
        "7-5.",
        "saved": "Marta Kovac saved three match points in her semi-final against top seed Julia Harte.",
        "saved_para": "In her semi-final against top seed Julia Harte, Marta Kovac came back from three match points "
        "down.",
        "saved_swapped": "Top seed Julia Harte saved three match points in her semi-final against Marta Kovac.",
        "saved_five": "Marta Kovac saved five match points in her semi-final against top seed Julia Harte.",
        "prize": "Marta Kovac earned 250,000 dollars for winning the Selwyn Open, her first title of the season.",
        "prize_edit": "Marta Kovac earned $250,000 for winning the Selwyn Open, her first title of the season.",
        "third_title": "Marta Kovac earned 250,000 dollars for winning the Selwyn Open, her third title of the season.",
        "wrist": "Marta Kovac said her wrist injury would not stop her playing at next month's championships.",
        "wrist_stop": "Marta Kovac said her wrist injury would stop her playing at next month's championships.",
    },
    "paymira-payment-outage": {
        "outage": "A software update caused a seven-hour outage of Paymira's card payment service on Saturday.",
        "outage_para": "On Saturday, Paymira's card payment service went down for seven hours because of a software "
        "update.",
        "cyberattack": "A cyberattack caused a seven-hour outage of Paymira's card payment service on Saturday.",
        "may_have": "A software update may have caused a seven-hour outage of Paymira's card payment service on "
        "Saturday.",
        "seventeen": "On Saturday, Paymira's card payment service went down for seventeen hours because of a software "
        "update.",
        "merchants": "Paymira said about 30,000 merchants were unable to take card payments during the outage.",
        "merchants_para": "Roughly 30,000 merchants could not accept card payments while the service was down, "
        "Paymira said.",
        "merchants_fact": "About 30,000 merchants were unable to take card payments during the Paymira outage.",
        "merchants_most": "Paymira said most of its merchants were unable to take card payments during the outage.",
        "compensate": "Paymira said it would compensate affected merchants.",
        "compensate_edit": "Paymira said it will compensate affected merchants.",
        "no_plans": "Paymira said it had no plans to compensate affected merchants.",
        "considering": "Paymira said it was considering compensating affected merchants.",
    },
    "sarento-heatwave": {
        "record": "A temperature of 41.3C was recorded in Sarento on Tuesday, the highest ever measured in the "
        "country.",
        "record_para": "Sarento reached 41.3 degrees Celsius on Tuesday, a national record.",
        "record_431": "A temperature of 43.1C was recorded in Sarento on Tuesday, the highest ever measured in the "
        "country.",
        "regional": "Sarento reached 41.3 degrees Celsius on Tuesday, a regional record.",
        "june": "A temperature of 41.3C was recorded in Sarento on Tuesday, the highest ever measured in the country "
        "in June.",
        "deaths": "Health officials said the heatwave was likely to have contributed to at least 20 deaths.",
        "deaths_para": "At least 20 deaths were probably caused in part by the heatwave, health officials said.",
        "deaths_caused": "Health officials said the heatwave caused at least 20 deaths.",
        "deaths_about": "About 20 deaths were probably caused in part by the heatwave, health officials said.",
        "schools": "Schools in Sarento will close early every day until the heatwave ends.",
        "schools_edit": "Schools in Sarento will close early each day until the heatwave ends.",
        "schools_some": "Some schools in Sarento will close early every day until the heatwave ends.",
        "schools_friday": "Schools in Sarento will close early each day until Friday.",
    },
    "telvane-northnet-deal": {
        "buy": "Telvane agreed to buy rival broadband provider Northnet for 1.1 billion euros.",
        "buy_para": "Broadband provider Northnet is to be acquired by its rival Telvane in a deal worth €1.1bn.",
        "buy_swapped": "Northnet agreed to buy rival broadband provider Telvane for 1.1 billion euros.",
        "talks": "Telvane is in talks to acquire its rival, broadband provider Northnet, in a deal worth €1.1bn.",
        "buy_11": "Telvane agreed to buy rival broadband provider Northnet for 11 billion euros.",
        "approval": "The deal needs approval from the competition authority, which is expected to take until next "
        "spring.",
        "approval_para": "The competition authority must approve the deal, a process expected to last until next "
        "spring.",
        "approval_autumn": "The deal needs approval from the competition authority, which is expected to take until "
        "next autumn.",
        "jobs": "Telvane said the merger would lead to about 400 job cuts over three years.",
        "jobs_para": "About 400 jobs will go over three years as a result of the merger, Telvane said.",
        "jobs_union": "The communications union said the merger would lead to about 400 job cuts over three years.",
        "jobs_one_year": "About 400 jobs will go within a year as a result of the merger, Telvane said.",
        "no_jobs": "Telvane said the merger would not lead to job cuts.",
    },
    "ferrow-speed-limit": {
        "limit": "Ferrow council will cut the speed limit on all residential streets to 20 mph from September.",
        "limit_para": "From September, Ferrow council is lowering the speed limit to 20 mph on every residential "
        "street.",
        "limit_most": "Ferrow council will cut the speed limit on most residential streets to 20 mph from September.",
        "consulting": "Ferrow council is consulting on lowering the speed limit to 20 mph on every residential street.",
        "limit_30": "Ferrow council will cut the speed limit on all residential streets to 30 mph from September.",
        "injured": "Council figures show 37 people were seriously injured on Ferrow's roads last year.",
        "injured_para": "Last year, 37 people suffered serious injuries on roads in Ferrow, according to council "
        "figures.",
        "killed": "Council figures show 37 people were killed on Ferrow's roads last year.",
        "five_years": "Over the past five years, 37 people suffered serious injuries on roads in Ferrow, according to "
        "council figures.",
        "signs": "The council said the new signs would cost about 250,000 pounds.",
        "signs_edit": "The council said the new signage would cost around 250,000 pounds.",
        "signs_520": "The council said the new signs would cost about 520,000 pounds.",
    },
    "alvenia-protest-ban-ruling": {
        "ruling": "The Supreme Court of Alvenia ruled that the government's ban on street protests was "
        "unconstitutional.",
        "ruling_para": "Alvenia's Supreme Court found the government's prohibition of street protests to be in breach "
        "of the constitution.",
        "constitutional": "The Supreme Court of Alvenia ruled that the government's ban on street protests was "
        "constitutional.",
        "lower_court": "A lower court in Alvenia found the government's prohibition of street protests to be in breach "
        "of the constitution.",
        "margin": "The judges decided the case by six votes to three.",
        "margin_para": "The case was decided 6-3 by the judges.",
        "unanimous": "The judges decided the case unanimously.",
        "margin_5_4": "The case was decided 5-4 by the judges.",
        "respect": "The interior minister said the government would respect the ruling.",
        "respect_para": "The government will abide by the ruling, the interior minister said.",
        "respect_fact": "The government will abide by the ruling.",
        "new_law": "The interior minister said the government would seek to overturn the ruling with a new law.",
    },
}

STORY_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "tilbrook-library-closures": [
        ("paraphrase", "close_four", "close_four_para"),
        ("paraphrase", "vote_7_4", "vote_para"),
        ("paraphrase", "leader", "leader_para"),
        ("number", "close_four", "close_three"),
        ("modality", "close_four", "plans_close"),
        ("number", "vote_para", "vote_9_2"),
        ("attribution", "leader", "fact_unavoidable"),
        ("entity", "leader_para", "opposition"),
        ("number", "end_april", "end_june"),
        ("modality", "could_reopen", "will_reopen"),
    ],
    "fenwick-county-cup-final": [
        ("paraphrase", "won_2_1", "won_para"),
        ("paraphrase", "winner", "winner_para"),
        ("light_edit", "first_title", "first_title_edit"),
        ("roles", "won_2_1", "swapped"),
        ("number", "won_para", "won_3_1"),
        ("number", "winner", "winner_58"),
        ("related", "winner_para", "equaliser"),
        ("number", "first_title", "since_2004"),
    ],
    "larkspur-brewing-results": [
        ("paraphrase", "profit_rose", "profit_para"),
        ("paraphrase", "forecast_kept", "forecast_para"),
        ("light_edit", "shares", "shares_edit"),
        ("direction", "profit_rose", "profit_fell"),
        ("number", "profit_para", "second_quarter"),
        ("time_span", "profit_rose", "first_half"),
        ("entity", "profit_rose", "revenue"),
        ("negation", "forecast_kept", "forecast_raised"),
        ("time_span", "shares", "shares_closed"),
    ],
    "storm-idris-corran-valley": [
        ("paraphrase", "rain", "rain_para"),
        ("paraphrase", "evacuated", "evacuated_para"),
        ("paraphrase", "no_deaths", "no_deaths_para"),
        ("time_span", "rain", "rain_48h"),
        ("number", "rain_para", "rain_40"),
        ("modality", "evacuated", "may_evacuate"),
        ("entity", "red", "amber"),
        ("negation", "red", "lifted"),
        ("number", "no_deaths_para", "two_deaths"),
    ],
    "velden-mayor-fraud-trial": [
        ("paraphrase", "convicted", "convicted_para"),
        ("paraphrase", "appeal", "appeal_para"),
        ("paraphrase", "diverted", "diverted_para"),
        ("number", "convicted", "five_years"),
        ("related", "convicted", "suspended"),
        ("negation", "convicted_para", "acquitted"),
        ("negation", "appeal", "no_appeal"),
        ("attribution", "appeal_para", "appeal_fact"),
        ("entity", "diverted", "sister"),
        ("hedge", "diverted", "may_have"),
        ("roles", "testified", "testified_swapped"),
    ],
    "portaven-mayoral-election": [
        ("paraphrase", "won", "won_para"),
        ("paraphrase", "turnout", "turnout_para"),
        ("paraphrase", "conceded", "conceded_para"),
        ("number", "won_para", "won_45"),
        ("related", "won", "first_round"),
        ("direction", "turnout", "turnout_fell"),
        ("negation", "conceded", "refused"),
        ("roles", "margin", "margin_swapped"),
        ("quantifier", "margin", "margin_fewer"),
    ],
    "ashcombe-boil-water-notice": [
        ("paraphrase", "notice", "notice_para"),
        ("paraphrase", "households", "households_para"),
        ("paraphrase", "days", "days_para"),
        ("entity", "notice", "crypto"),
        ("number", "households", "households_90k"),
        ("hedge", "days", "days_will"),
        ("quantifier", "days_para", "days_at_most"),
        ("quantifier", "no_illness", "several_cases"),
        ("attribution", "no_illness", "no_illness_fact"),
    ],
    "orvane-nimbus-tablet": [
        ("paraphrase", "launch", "launch_para"),
        ("paraphrase", "battery", "battery_para"),
        ("light_edit", "chip", "chip_edit"),
        ("number", "launch", "launch_may"),
        ("number", "launch_para", "price_449"),
        ("attribution", "battery", "battery_fact"),
        ("entity", "battery_para", "battery_reviewers"),
        ("quantifier", "battery", "battery_at_least"),
        ("number", "chip", "chip_second"),
    ],
    "lennick-fares-and-line-closure": [
        ("paraphrase", "freeze", "freeze_para"),
        ("paraphrase", "line", "line_para"),
        ("light_edit", "buses", "buses_edit"),
        ("entity", "freeze", "tram"),
        ("time_span", "freeze_para", "this_year"),
        ("entity", "freeze", "operator"),
        ("number", "line", "six_weeks"),
        ("time_span", "line", "weekends"),
        ("number", "buses_edit", "buses_40"),
    ],
    "wexley-gasworks-homes": [
        ("paraphrase", "approved", "approved_para"),
        ("paraphrase", "affordable", "affordable_para"),
        ("light_edit", "traffic", "traffic_edit"),
        ("negation", "approved", "rejected"),
        ("number", "approved_para", "approved_230"),
        ("quantifier", "affordable", "affordable_most"),
        ("attribution", "cleaned", "cleaned_fact"),
        ("negation", "cleaned", "cleaned_after"),
        ("direction", "traffic", "traffic_ease"),
    ],
    "brennock-airport": [
        ("paraphrase", "record", "record_para"),
        ("paraphrase", "runway", "runway_para"),
        ("light_edit", "routes", "routes_edit"),
        ("direction", "record", "down"),
        ("number", "record_para", "record_29"),
        ("time_span", "record", "first_half"),
        ("modality", "runway", "runway_permitted"),
        ("number", "runway_para", "runway_2035"),
        ("modality", "routes", "routes_may"),
        ("negation", "routes_edit", "routes_cut"),
    ],
    "tarsland-unemployment": [
        ("paraphrase", "fell", "fell_para"),
        ("light_edit", "fell", "fell_edit"),
        ("paraphrase", "lowest", "lowest_para"),
        ("direction", "fell", "rose"),
        ("number", "fell_para", "october"),
        ("entity", "fell", "youth"),
        ("negation", "lowest", "highest"),
        ("attribution", "lowest", "minister"),
    ],
    "kelham-museum-reopening": [
        ("paraphrase", "reopen", "reopen_para"),
        ("paraphrase", "visitors", "visitors_para"),
        ("light_edit", "free", "free_edit"),
        ("number", "reopen", "reopen_64"),
        ("time_span", "reopen_para", "three_years"),
        ("modality", "visitors", "visitors_had"),
        ("negation", "free", "no_longer_free"),
        ("entity", "free_edit", "temporary"),
        ("attribution", "budget", "budget_fact"),
        ("negation", "budget", "over_budget"),
    ],
    "oldmere-phone-scam": [
        ("paraphrase", "arrested", "arrested_para"),
        ("paraphrase", "losses", "losses_para"),
        ("light_edit", "call_centre", "call_centre_edit"),
        ("number", "arrested", "arrested_19"),
        ("related", "arrested_para", "charged"),
        ("quantifier", "losses", "losses_each"),
        ("attribution", "losses", "losses_fact"),
        ("entity", "call_centre_edit", "university"),
        ("paraphrase", "victims_may", "victims_may_para"),
        ("hedge", "victims_may", "victims_did"),
    ],
    "harrowby-schools": [
        ("paraphrase", "maths", "maths_para"),
        ("paraphrase", "inadequate", "inadequate_para"),
        ("paraphrase", "tutoring", "tutoring_para"),
        ("entity", "maths", "english"),
        ("direction", "maths_para", "maths_fell"),
        ("entity", "inadequate", "primary"),
        ("quantifier", "inadequate_para", "most"),
        ("negation", "inadequate", "outstanding"),
        ("number", "tutoring", "tutoring_2019"),
        ("hedge", "tutoring", "tutoring_might"),
    ],
    "energy-price-cap": [
        ("paraphrase", "cap", "cap_para"),
        ("paraphrase", "bill", "bill_para"),
        ("light_edit", "charities", "charities_edit"),
        ("direction", "cap", "cap_raise"),
        ("number", "cap_para", "cap_january"),
        ("number", "cap", "cap_18"),
        ("number", "bill", "bill_by"),
        ("negation", "charities", "charities_would"),
        ("entity", "charities_edit", "suppliers"),
    ],
    "westbury-health-services": [
        ("paraphrase", "flu", "flu_para"),
        ("paraphrase", "waits", "waits_para"),
        ("light_edit", "nurses", "nurses_edit"),
        ("number", "flu", "flu_65"),
        ("quantifier", "flu_para", "flu_some"),
        ("entity", "flu", "covid"),
        ("time_span", "waits", "waits_winter"),
        ("number", "waits_para", "waits_swapped"),
        ("modality", "nurses", "nurses_plans"),
        ("entity", "nurses_edit", "doctors"),
    ],
    "ostria-wheat-drought": [
        ("paraphrase", "harvest", "harvest_para"),
        ("paraphrase", "exports", "exports_para"),
        ("paraphrase", "compensation", "compensation_para"),
        ("modality", "harvest", "harvest_fell"),
        ("entity", "harvest", "barley"),
        ("entity", "harvest_para", "floods"),
        ("negation", "exports", "exports_restrict"),
        ("attribution", "exports_para", "exports_fact"),
        ("number", "compensation", "compensation_2000"),
        ("paraphrase", "imports", "imports_para"),
        ("roles", "imports", "imports_swapped"),
    ],
    "selwyn-open-tennis": [
        ("paraphrase", "won", "won_para"),
        ("paraphrase", "saved", "saved_para"),
        ("light_edit", "prize", "prize_edit"),
        ("number", "won", "won_7_6"),
        ("entity", "won_para", "dorrance"),
        ("roles", "saved", "saved_swapped"),
        ("number", "saved", "saved_five"),
        ("number", "prize", "third_title"),
        ("negation", "wrist", "wrist_stop"),
    ],
    "paymira-payment-outage": [
        ("paraphrase", "outage", "outage_para"),
        ("paraphrase", "merchants", "merchants_para"),
        ("light_edit", "compensate", "compensate_edit"),
        ("entity", "outage", "cyberattack"),
        ("hedge", "outage", "may_have"),
        ("number", "outage_para", "seventeen"),
        ("attribution", "merchants", "merchants_fact"),
        ("quantifier", "merchants", "merchants_most"),
        ("negation", "compensate", "no_plans"),
        ("modality", "compensate_edit", "considering"),
    ],
    "sarento-heatwave": [
        ("paraphrase", "record", "record_para"),
        ("paraphrase", "deaths", "deaths_para"),
        ("light_edit", "schools", "schools_edit"),
        ("number", "record", "record_431"),
        ("entity", "record_para", "regional"),
        ("time_span", "record", "june"),
        ("hedge", "deaths", "deaths_caused"),
        ("quantifier", "deaths_para", "deaths_about"),
        ("quantifier", "schools", "schools_some"),
        ("time_span", "schools_edit", "schools_friday"),
    ],
    "telvane-northnet-deal": [
        ("paraphrase", "buy", "buy_para"),
        ("paraphrase", "approval", "approval_para"),
        ("paraphrase", "jobs", "jobs_para"),
        ("roles", "buy", "buy_swapped"),
        ("modality", "buy_para", "talks"),
        ("number", "buy", "buy_11"),
        ("number", "approval", "approval_autumn"),
        ("entity", "jobs", "jobs_union"),
        ("time_span", "jobs_para", "jobs_one_year"),
        ("negation", "jobs", "no_jobs"),
    ],
    "ferrow-speed-limit": [
        ("paraphrase", "limit", "limit_para"),
        ("paraphrase", "injured", "injured_para"),
        ("light_edit", "signs", "signs_edit"),
        ("quantifier", "limit", "limit_most"),
        ("modality", "limit_para", "consulting"),
        ("number", "limit", "limit_30"),
        ("related", "injured", "killed"),
        ("time_span", "injured_para", "five_years"),
        ("number", "signs", "signs_520"),
    ],
    "alvenia-protest-ban-ruling": [
        ("paraphrase", "ruling", "ruling_para"),
        ("paraphrase", "margin", "margin_para"),
        ("paraphrase", "respect", "respect_para"),
        ("negation", "ruling", "constitutional"),
        ("entity", "ruling_para", "lower_court"),
        ("quantifier", "margin", "unanimous"),
        ("number", "margin_para", "margin_5_4"),
        ("attribution", "respect_para", "respect_fact"),
        ("related", "respect", "new_law"),
    ],
}

# SciFact training claims (no earlier split used them or an abstract they cite), quoted under the key ORIGINAL; the
# texts written by hand from each, and the pairs.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    43: {
        "para": "Ex vivo, only a small proportion of hematopoietic progenitor cells can be infected by HIV-1.",
        "high": "A high percentage of hematopoietic progenitor cells are susceptible to HIV-1 infection ex vivo.",
        "hiv2": "A low percentage of hematopoietic progenitor cells are susceptible to HIV-2 infection ex vivo.",
        "in_vivo": "In vivo, only a small proportion of hematopoietic progenitor cells can be infected by HIV-1.",
    },
    80: {
        "para": "Growth is severely impaired when KRAS is acutely ablated.",
        "mild": "Acute ablation of KRAS causes mild growth impairment.",
        "not_impaired": "Growth is not impaired when KRAS is acutely ablated.",
        "hras": "Acute ablation of HRAS causes severe growth impairment.",
    },
    90: {
        "para": "In adults, macrophages resident in tissues originate from the embryonic yolk sac and the fetal liver.",
        "edit": "Adult tissue-resident macrophages derive from the embryonal yolk sac and fetal liver.",
        "bone_marrow": "Adult tissue-resident macrophages stem from circulating bone marrow monocytes.",
        "not": "In adults, macrophages resident in tissues do not originate from the embryonic yolk sac and the fetal "
        "liver.",
    },
    116: {
        "para": "Until the affected areas have been decontaminated, anthrax spores stay lethal.",
        "after": "Anthrax spores remain deadly even after affected areas are decontaminated.",
        "may": "Anthrax spores may remain deadly until affected areas are decontaminated.",
    },
    159: {
        "para": "For carriers of BRCA1 mutations, the risk of breast and ovarian cancer varies with where the mutation "
        "lies.",
        "brca2": "BRCA 2 mutation carriers' risk of breast and ovarian cancer depends on where the mutation is "
        "located.",
        "independent": "BRCA 1 mutation carriers' risk of breast and ovarian cancer does not depend on where the "
        "mutation is located.",
        "prostate": "For carriers of BRCA1 mutations, the risk of breast and prostate cancer varies with where the "
        "mutation lies.",
    },
    228: {
        "para": "Macrophages residing in heart tissue contribute directly to its electrical activity.",
        "edit": "Cardiac tissue-resident macrophages contribute directly to electrical activity.",
        "indirectly": "Cardiac tissue-resident macrophages indirectly contribute to electrical activity.",
        "fibroblasts": "Cardiac tissue-resident fibroblasts directly contribute to electrical activity.",
    },
    334: {
        "para": "Vasospasm is caused by a loss of nitric oxide.",
        "excess": "Excess nitric oxide is responsible for vasospasm.",
        "endothelin": "Depletion of endothelin is responsible for vasospasm.",
        "not": "Vasospasm is not caused by a loss of nitric oxide.",
    },
    375: {
        "para": "Higher levels of cell-free mitochondrial DNA are linked to mortality.",
        "reduced": "Reduced cell-free mitochondrial DNA levels are associated with mortality.",
        "nuclear": "Elevated cell-free nuclear DNA levels are associated with mortality.",
        "not": "Higher levels of cell-free mitochondrial DNA are not linked to mortality.",
    },
    383: {
        "para": "Noncommunicable diseases make up more of the epidemiological disease burden in high-income settings.",
        "low": "Epidemiological disease burden from noncommunicable diseases is more prevalent in low economic "
        "settings.",
        "communicable": "Epidemiological disease burden from communicable diseases is more prevalent in high economic "
        "settings.",
        "equally": "Noncommunicable diseases make up the same share of the epidemiological disease burden in "
        "high-income and low-income settings.",
    },
    394: {
        "para": "Gaining too much weight during pregnancy is linked to obesity-related pregnancy outcomes.",
        "edit": "Excessive gestational weight gain is associated with obesity-related pregnancy outcomes.",
        "insufficient": "Insufficient gestational weight gain is associated with obesity-related pregnancy outcomes.",
        "not": "Gaining too much weight during pregnancy is not linked to obesity-related pregnancy outcomes.",
    },
    500: {
        "para": "There is a correlation between headaches and impaired cognition.",
        "not": "Headaches are not correlated with cognitive impairment.",
        "depression": "Headaches are correlated with depression.",
        "inversely": "Headaches are inversely correlated with cognitive impairment.",
    },
    541: {
        "para": "Glutamate neurotransmission in the hypothalamus has no relation to energy balance.",
        "required": "Hypothalamic glutamate neurotransmission is required for energy balance.",
        "gaba": "Hypothalamic GABA neurotransmission is unrelated to energy balance.",
        "cortex": "Glutamate neurotransmission in the cortex has no relation to energy balance.",
    },
    548: {
        "para": "IL-6 signalling has a major part in atherosclerotic cardiovascular disease.",
        "edit": "IL-6 signalling plays a major role in atherosclerotic cardiovascular disease.",
        "minor": "IL-6 signaling plays a minor role in atherosclerotic cardiovascular disease.",
        "il10": "IL-10 signaling plays a major role in atherosclerotic cardiovascular disease.",
    },
    588: {
        "para": "In transgenic mice expressing green fluorescent protein from the Sox2 promoter, over half of the "
        "green fluorescent cells colocalise with markers of cell proliferation.",
        "less_than": "In transgenic mice harboring green florescent protein under the control of the Sox2 promoter, "
        "less than 50 percent of the cells with green florescent colocalize with cell proliferation markers.",
        "pct_90": "In transgenic mice harboring green florescent protein under the control of the Sox2 promoter, more "
        "than 90 percent of the cells with green florescent colocalize with cell proliferation markers.",
        "pax6": "In transgenic mice expressing green fluorescent protein from the Pax6 promoter, over half of the "
        "green fluorescent cells colocalise with markers of cell proliferation.",
    },
    780: {
        "para": "Mice deficient in interferon-γ or its receptor are very susceptible to experimental autoimmune "
        "myocarditis.",
        "resistant": "Mice that lack Interferon-γ or its receptor are highly resistant to experimental autoimmune "
        "myocarditis.",
        "il17": "Mice that lack Interleukin-17 or its receptor are highly susceptible to experimental autoimmune "
        "myocarditis.",
        "eae": "Mice deficient in interferon-γ or its receptor are very susceptible to experimental autoimmune "
        "encephalomyelitis.",
    },
    856: {
        "para": "NSAIDs do not work as treatments for cancer.",
        "edit": "Nonsteroidal anti-inflammatory drugs are ineffective as cancer treatments.",
        "effective": "Nonsteroidal anti-inflammatory drugs are effective as cancer treatments.",
        "prevention": "Nonsteroidal antinflammatory drugs are ineffective for cancer prevention.",
    },
    930: {
        "para": "Hypocretin levels in the cerebrospinal fluid are lower in patients with panic anxiety.",
        "increased": "Patients with panic anxiety show increased CSF levels of hypocretin.",
        "depression": "Patients with depression show decreased CSF levels of hypocretin.",
        "plasma": "Hypocretin levels in the blood plasma are lower in patients with panic anxiety.",
    },
    965: {
        "para": "When exercise training is prescribed, people's quality of life improves.",
        "not": "Prescribed exercise training does not improve quality of life.",
        "worsens": "Prescribed exercise training worsens quality of life.",
        "sleep": "Prescribed exercise training improves quality of sleep.",
    },
    1127: {
        "para": "Having systemic lupus erythematosus raises the risk of cardiovascular disease.",
        "protective": "Systemic lupus erythematosus is a protective factor against cardiovascular disease.",
        "rheumatoid": "Rheumatoid arthritis is a risk factor for cardiovascular disease.",
        "kidney": "Having systemic lupus erythematosus raises the risk of chronic kidney disease.",
    },
    1244: {
        "para": "As mated hermaphrodites age, they have more unfertilized oocytes.",
        "edit": "The number of unfertilised oocytes in mated hermaphrodites increases with age.",
        "decreases": "The number of unfertilized oocytes in mated hermaphrodites decreases with age.",
        "unmated": "The number of unfertilized oocytes in unmated hermaphrodites increases with age.",
    },
    1265: {
        "para": "Among women who have given birth, breast cancer risk falls as the placental weight of their "
        "pregnancies rises.",
        "increases": "The risk of breast cancer among parous women increases with placental weight of pregnancies.",
        "ovarian": "The risk of ovarian cancer among parous women decreases with placental weight of pregnancies.",
        "birth_weight": "Among women who have given birth, breast cancer risk falls as the birth weight of their "
        "babies rises.",
    },
    1293: {
        "para": "Clomiphene does not raise the risk of hypospadias.",
        "edit": "There is no increased risk of hypospadias with clomifene.",
        "increased": "There is an increased risk of hypospadias with clomiphene.",
        "letrozole": "There is no increased risk of hypospadias with letrozole.",
    },
    1325: {
        "para": "The EC uptake inhibitor AM404 reduced immobility in a dose-dependent manner.",
        "increase": "Treatment with the EC uptake inhibitor AM404 resulted in a dose-dependent increase in the "
        "expression of immobility.",
        "independent": "Treatment with the EC uptake inhibitor AM404 resulted in a dose-independent decrease in the "
        "expression of immobility.",
    },
    1333: {
        "para": "In children treated for Hodgkin lymphoma, second cancers caused by radiotherapy are associated with "
        "two variants on chromosome 6q21.",
        "three": "Three variants of chromosome 6q21 are associated with radiation therapy-induced second malignancies "
        "in pediatric Hodgkin lymphoma patients.",
        "adult": "Two variants of chromosome 6q21 are associated with radiation therapy-induced second malignancies in "
        "adult Hodgkin lymphoma patients.",
        "chemo": "In children treated for Hodgkin lymphoma, second cancers caused by chemotherapy are associated with "
        "two variants on chromosome 6q21.",
    },
    1351: {
        "para": "In Drosophila neurons, raising dynein levels leads to more microtubule plus-ends growing towards each "
        "neuron's cell body.",
        "decreases": "Upregulation of dynein in Drosophila neurons decreases the number of microtubule plus-ends "
        "growing toward the cell body of each neuron.",
        "kinesin": "Upregulation of kinesin in Drosophila neurons increases the number of microtubule plus-ends "
        "growing toward the cell body of each neuron.",
        "away": "In Drosophila neurons, raising dynein levels leads to more microtubule plus-ends growing away from "
        "each neuron's cell body.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    43: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "high"),
        ("entity", ORIGINAL, "hiv2"),
        ("entity", "para", "in_vivo"),
    ],
    80: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "mild"),
        ("negation", "para", "not_impaired"),
        ("entity", ORIGINAL, "hras"),
    ],
    90: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "bone_marrow"),
        ("negation", "para", "not"),
    ],
    116: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "after"),
        ("hedge", ORIGINAL, "may"),
    ],
    159: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "brca2"),
        ("negation", ORIGINAL, "independent"),
        ("entity", "para", "prostate"),
    ],
    228: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "indirectly"),
        ("entity", ORIGINAL, "fibroblasts"),
    ],
    334: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "excess"),
        ("entity", ORIGINAL, "endothelin"),
        ("negation", "para", "not"),
    ],
    375: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reduced"),
        ("entity", ORIGINAL, "nuclear"),
        ("negation", "para", "not"),
    ],
    383: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "low"),
        ("entity", ORIGINAL, "communicable"),
        ("negation", "para", "equally"),
    ],
    394: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "insufficient"),
        ("negation", "para", "not"),
    ],
    500: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "not"),
        ("entity", ORIGINAL, "depression"),
        ("direction", ORIGINAL, "inversely"),
    ],
    541: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "required"),
        ("entity", ORIGINAL, "gaba"),
        ("entity", "para", "cortex"),
    ],
    548: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "minor"),
        ("entity", ORIGINAL, "il10"),
    ],
    588: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "less_than"),
        ("number", ORIGINAL, "pct_90"),
        ("entity", "para", "pax6"),
    ],
    780: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "resistant"),
        ("entity", ORIGINAL, "il17"),
        ("entity", "para", "eae"),
    ],
    856: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", "edit", "effective"),
        ("entity", ORIGINAL, "prevention"),
    ],
    930: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increased"),
        ("entity", ORIGINAL, "depression"),
        ("entity", "para", "plasma"),
    ],
    965: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "not"),
        ("direction", ORIGINAL, "worsens"),
        ("entity", ORIGINAL, "sleep"),
    ],
    1127: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "protective"),
        ("entity", ORIGINAL, "rheumatoid"),
        ("entity", "para", "kidney"),
    ],
    1244: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "decreases"),
        ("entity", ORIGINAL, "unmated"),
    ],
    1265: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increases"),
        ("entity", ORIGINAL, "ovarian"),
        ("entity", "para", "birth_weight"),
    ],
    1293: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "increased"),
        ("entity", ORIGINAL, "letrozole"),
    ],
    1325: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increase"),
        ("negation", ORIGINAL, "independent"),
    ],
    1333: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "three"),
        ("entity", ORIGINAL, "adult"),
        ("entity", "para", "chemo"),
    ],
    1351: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "decreases"),
        ("entity", ORIGINAL, "kinesin"),
        ("direction", "para", "away"),
    ],
}


def build(news_path: Path, wice_path: Path, scifact_path: Path, dev_qrels_path: Path) -> list[dict[str, object]]:
    rows = build_families(
        read_earlier(EARLIER_SPLITS),
        # No news story and no WiCE claim is used: the files are read only to check that no hand text is one of theirs.
        NewsTables(news_path, {}, {}, {}, new_sources=True, hand_not_quoted=True),
        WiceTables(wice_path, {}, {}, {}, {}, "wice6-", new_sources=True, hand_not_quoted=True),
        SciFactTables(
            scifact_path,
            SCIFACT_HAND,
            SCIFACT_PAIRS,
            "scifact-train6-",
            other_groups=OTHER_SCIFACT_GROUPS,
            earlier_docs_of="an earlier SciFact claim",
            new_sources=True,
            dev_qrels=dev_qrels_path,
            max_jaccard_earlier=MAX_JACCARD_EARLIER,
            one_family_per_abstract=True,
            hand_not_quoted=True,
        ),
        LABEL_OF_KIND,
        ORIGINAL,
        new_groups=True,
        hand_stories=StoryTables(STORY_HAND, STORY_PAIRS, "story6-", max_jaccard_earlier=MAX_JACCARD_EARLIER),
    )
    return finish(rows, "cy", "test6")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs.jsonl (read to check hand texts)")
    p.add_argument("--wice", type=Path, default=WICE, help="the verifier's wice_pairs.jsonl (read to check hand texts)")
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact training claims (claims_train.jsonl)")
    p.add_argument("--scifact-dev-qrels", type=Path, default=SCIFACT_DEV_QRELS, help="BEIR SciFact qrels/test.tsv")
    p.add_argument("--out", type=Path, default=HERE / "pairs_test6.jsonl")
    args = p.parse_args()
    rows = build(args.news, args.wice, args.scifact, args.scifact_dev_qrels)
    write_rows(rows, args.out)
    print(summary(rows, args.out))


if __name__ == "__main__":
    main()
