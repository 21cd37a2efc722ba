"""Build pairs_test3.jsonl: a third fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the news claims of the verifier's training file (``workbench/verifier/data/news_pairs.jsonl``, or --news), the
WiCE claims of ``workbench/verifier/data/wice_pairs.jsonl`` (or --wice) and the SciFact training claims
(``../shared/datasets/scifact/claims_train.jsonl``, or --scifact); every other text is written by hand below. No text
of it is in pairs.jsonl, pairs_test.jsonl or pairs_test2.jsonl, and no news story of it is in any of them (the script
checks, and stops if one is). README.md beside this file describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test3_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pairs_common import (
    HERE,
    SCIFACT_DIR,
    VERIFIER_DATA,
    NewsTables,
    SciFactTables,
    WiceTables,
    build_families,
    finish,
    read_earlier,
    summary,
    write_rows,
)

SCIFACT = SCIFACT_DIR / "claims_train.jsonl"
NEWS = VERIFIER_DATA / "news_pairs.jsonl"
WICE = VERIFIER_DATA / "wice_pairs.jsonl"
# The splits already looked at: no text of this file may appear in them, and no news story of this file either.
EARLIER_SPLITS = [HERE / "pairs.jsonl", HERE / "pairs_test.jsonl", HERE / "pairs_test2.jsonl"]

# Every pair is (kind, key, key); the label follows from the kind.
LABEL_OF_KIND = {
    "paraphrase": 1,
    "light_edit": 1,
    "attribution": 0,
    "number": 0,
    "entity": 0,
    "negation": 0,
    "direction": 0,
    "related": 0,
}
# In WICE_PAIRS and SCIFACT_PAIRS this key stands for the claim quoted from the source file.
ORIGINAL = "claim"

# News stories (topics of news_pairs.jsonl that no earlier split used). NEWS_CLAIMS quotes the file's claims under
# short keys; NEWS_HAND holds texts written by hand; NEWS_PAIRS pairs keys of either, with the kind of the pair.
NEWS_CLAIMS: dict[str, dict[str, str]] = {
    "kellin-border-closure": {
        "shut": "Marovia shut its main border crossing with Ostrel at Kellin on Tuesday night.",
        "upgrade": "Marovia said it closed the Kellin crossing to upgrade customs equipment.",
        "rolf": "Ostrel's interior minister Hanna Rolf described the Kellin border closure as retaliation.",
        "retaliation": "Marovia closed the Kellin border crossing in retaliation for a dispute over transit fees.",
        "handful": "Only a handful of lorries were waiting at the Kellin crossing on Wednesday.",
    },
    "callander-dock-strike": {
        "ships_40": "An open-ended dockworkers' strike at Callander left at least 40 container ships waiting offshore.",
        "ships_14": "At least 14 container ships were left waiting offshore by the Callander dock strike.",
        "union_12": "The dockers' union at Callander said it wanted a 12 percent pay rise over two years.",
        "authority_12": "The Callander port authority said it had offered dockworkers a 12 percent pay rise.",
        "authority_6": "The Callander port authority said it had offered dockworkers a 6 percent pay rise.",
        "premature": "The Callander port authority described the dockworkers' strike as premature.",
        "limited_48": "The Callander dockworkers' strike is limited to 48 hours.",
        "retailers": "The retailers' association warned of imported fruit shortages if the Callander port strike "
        "lasted over a week.",
    },
    "hult-pipeline-leak": {
        "tessaro_30": "Tessaro Energy said about 30,000 litres of oil leaked from its pipeline near Hult.",
        "put_30": "Tessaro Energy put the size of the oil spill near Hult at about 30,000 litres.",
        "group_500": "An environmental group estimated that 500,000 litres of oil leaked from the Tessaro pipeline "
        "near Hult.",
        "tessaro_500": "Tessaro Energy said 500,000 litres of oil escaped from its pipeline near Hult.",
        "fact_500": "About 500,000 litres of oil leaked from the Tessaro Energy pipeline near Hult.",
        "disputed": "Tessaro Energy disputed an environmental group's estimate of the size of the oil spill near Hult.",
        "wells": "Hult residents were told not to use water from private wells until tests are finished.",
    },
    "kellerby-ballot-shortage": {
        "cr_40": "The Civic Renewal party said at least 40 polling stations in Kellerby district ran out of ballot "
        "papers.",
        "fact_40": "At least 40 polling stations in Kellerby district ran out of ballot papers on election day.",
        "cr_400": "The Civic Renewal party said at least 400 polling stations in Kellerby ran out of ballots.",
        "commission_denied": "The national electoral commission denied that polling stations in Kellerby district had "
        "run out of ballots.",
        "commission_several": "The national electoral commission said several Kellerby polling stations had reported "
        "ballot shortages.",
    },
    "stratocore-cloud-outage": {
        "six_hours": "A Stratocore cloud outage on Tuesday disrupted thousands of European businesses for six hours.",
        "update": "Stratocore said a software update pushed to networking equipment in Frankfurt triggered the outage.",
        "update_tuesday": "Stratocore said a software update pushed to its Frankfurt networking equipment caused "
        "Tuesday's outage.",
        "rejected_hackers": "Stratocore rejected claims that its Tuesday outage was caused by hackers.",
        "said_hackers": "Stratocore said its systems had been attacked by hackers.",
        "amsterdam": "The Stratocore outage began in the company's data centre in Amsterdam.",
        "social_hackers": "Social media posts claimed that Stratocore had been hit by hackers.",
        "shares_4": "Stratocore's share price dropped 4 percent the day after its cloud outage.",
    },
    "dunmore-valley-wildfire": {
        "ha_3400": "The Dunmore Valley wildfire had scorched roughly 3,400 hectares by Monday evening.",
        "contained_80": "The Dunmore Valley wildfire was 80 percent contained by Monday evening.",
        "service_sparks": "The state fire service said investigators believed sparks from farm machinery started the "
        "Dunmore Valley fire.",
        "sparks": "Sparks from farm machinery started the wildfire above Dunmore Valley.",
        "deliberate": "The state fire service said the Dunmore Valley wildfire had been started deliberately.",
        "route_9": "Route 9 through Dunmore Valley was shut because of wildfire smoke and falling debris.",
        "reopen_tuesday": "The highways agency expected to reopen Route 9 through Dunmore Valley on Tuesday.",
    },
    "saltmere-levee-breach": {
        "some_600": "Some 600 people were evacuated from Saltmere after a levee on the River Aln failed.",
        "about_600": "About 600 Saltmere residents were evacuated after a levee on the River Aln gave way.",
        "about_6000": "About 6,000 Saltmere residents were evacuated after a levee breach on the River Aln.",
        "injured": "Several people were injured when a levee on the River Aln gave way near Saltmere.",
        "no_one_hurt": "No one was hurt when the River Aln levee failed and residents of Saltmere were evacuated.",
        "peak_sunday": "Officials said water levels around Saltmere would peak on Sunday.",
        "farmers_15000": "Saltmere-area farmers with flood-damaged crops can apply for payments of up to 15,000 euros.",
        "capped_50000": "The county agriculture department said flood payments would be capped at 50,000 euros per "
        "farm.",
    },
    "veridane-insulin-pen-recall": {
        "recall_120": "Veridane Pharma is recalling roughly 120,000 insulin pens over concerns that they might deliver "
        "the wrong dose.",
        "recall_12": "Veridane Pharma is recalling about 12,000 insulin injection pens.",
        "france": "Veridane Pharma's insulin pen recall covers pens sold in France, Belgium and the Netherlands.",
        "complaints_37": "Veridane Pharma said it had received 37 complaints about its insulin pens.",
        "serious_harm": "Veridane Pharma said it had received reports of serious harm linked to its insulin pens.",
        "regulator_dose": "Germany's medicines regulator said Veridane's insulin pens may deliver an incorrect dose.",
    },
    "nuvolo-job-cuts": {
        "cut_8": "Nuvolo Systems is cutting about 8 percent of its staff, or roughly 1,100 jobs.",
        "rejected_3000": "Nuvolo Systems rejected a newspaper report that it would eliminate 3,000 jobs.",
        "ferreira_march": "Nuvolo chief executive Dana Ferreira said the job cuts would be completed by the end of "
        "March.",
        "cloud": "Nuvolo Systems said its job cuts would fall mainly on its cloud services division.",
        "union_1100": "A union representing Nuvolo workers said 1,100 jobs would be cut.",
        "hardware": "Nuvolo Systems said most of its planned job cuts would hit its hardware division.",
    },
    "hip-knee-waiting-times": {
        "minister_14": "Health Minister Oskar Lindqvist said average waits for hip and knee operations had fallen to "
        "14 weeks.",
        "minister_23": "Health Minister Oskar Lindqvist said waiting times for hip and knee surgery had risen to 23 "
        "weeks.",
        "audit_23": "The national audit office found the average wait for hip and knee operations was 23 weeks last "
        "financial year.",
        "audit_fell": "The national audit office found that hip and knee waiting times fell in the last financial "
        "year.",
        "ministry_quarter": "The health ministry said Oskar Lindqvist's 14-week figure covered only the most recent "
        "quarter.",
    },
    "harrowgate-prison-escape": {
        "broke_out": "Two prisoners broke out of Harrowgate prison by cutting through a ventilation grille.",
        "both_recaptured": "Both inmates who escaped from Harrowgate prison have been recaptured.",
        "railway": "Escaped inmate Milos Radic was recaptured at a railway station in Kelby.",
        "police_robbery": "Police said the Harrowgate escapee still at large was serving a sentence for armed robbery.",
        "governor_grille": "The governor of Harrowgate prison said the inmates escaped through a ventilation grille.",
        "radic_six": "Milos Radic, one of two Harrowgate escapees, was caught at a bus station in Kelby six hours "
        "later.",
    },
    "minimum-wage-rise": {
        "carvalho_75": "Labour Minister Ines Carvalho announced a 7.5 percent rise in the national minimum wage.",
        "rise_57": "The national minimum wage will rise by 5.7 percent from 1 April.",
        "january": "The higher national minimum wage announced by Ines Carvalho takes effect on 1 January.",
        "unions_far": "Unions said the 7.5 percent minimum wage increase did not go far enough.",
        "employers_welcomed": "Employers' groups welcomed the minimum wage rise as good for hospitality jobs.",
        "finance_warned": "The finance minister warned that the minimum wage rise could cost jobs in hospitality.",
        "to_1340": "The national minimum wage will go up to 13.40 an hour from 1 April.",
    },
    "flu-vaccine-supply-dispute": {
        "lindgren": "Opposition spokesperson Carl Lindgren claimed that clinics in at least five regions had run out "
        "of flu vaccine.",
        "five_regions": "Clinics in at least five regions have run out of flu vaccine.",
        "agency_21": "The national health agency said it had distributed 2.1 million flu vaccine doses since October.",
        "agency_12": "The national health agency said it had distributed 1.2 million flu vaccine doses since October.",
        "agency_august": "The national health agency said it had distributed 2.1 million flu vaccine doses since "
        "August.",
        "minister_five": "The health minister said clinics in five regions had run out of flu vaccine.",
        "disputed": "The national health agency disputed claims that clinics had run out of flu vaccine.",
        "every_clinic": "The health agency says its stock monitoring shows every clinic still has flu vaccine doses.",
    },
    "dairy-price-fixing-fine": {
        "total_212": "The competition authority imposed fines totalling 212 million euros on four supermarket chains.",
        "six_chains": "The competition authority fined six supermarket chains for fixing dairy prices.",
        "bread": "Four supermarket chains were fined for coordinating the prices of bread.",
        "studying": "Chainway said it was studying the competition authority's decision to fine it.",
        "all_appeal": "All four supermarket chains said they would appeal the price-fixing fines.",
        "chainway_98": "Chainway was hit with a 98 million euro fine, the largest of the four.",
    },
    "kalu-land-ruling": {
        "hand_back": "The supreme court ordered the state to hand back around 2,300 hectares of land to the Kalu "
        "community.",
        "upheld": "The supreme court upheld a lower court's ruling against the Kalu community.",
        "taken_1984": "The supreme court found the Kalu land had been taken without compensation in 1984.",
        "comply": "The agriculture ministry said it would comply with the supreme court's ruling on Kalu land.",
        "challenge": "The agriculture ministry said it would challenge the supreme court ruling on Kalu land.",
        "ha_23000": "The supreme court ordered 23,000 hectares of grazing land returned to the Kalu community.",
        "judges_1974": "Judges found that the Kalu community's grazing land was taken in 1974 without compensation.",
    },
}

NEWS_HAND: dict[str, dict[str, str]] = {
    "kellin-border-closure": {
        "shut_para": "On Tuesday night Marovia closed its main crossing on the border with Ostrel, at Kellin.",
        "upgrade_para": "According to Marovia, the Kellin crossing was shut so that customs equipment could be "
        "upgraded.",
        "upgrade_fact": "Marovia closed the Kellin crossing to upgrade customs equipment.",
        "rolf_edit": "Ostrel's interior minister, Hanna Rolf, described the Kellin border closure as retaliation.",
        "ostrel_shut": "Ostrel shut its main border crossing with Marovia at Kellin on Tuesday night.",
        "shut_monday": "Marovia shut its main border crossing with Ostrel at Kellin on Monday night.",
        "hundreds": "Hundreds of lorries were waiting at the Kellin crossing on Wednesday.",
    },
    "callander-dock-strike": {
        "ships_40_para": "The indefinite strike by Callander's dockworkers left no fewer than forty container ships "
        "waiting off the coast.",
        "authority_6_para": "According to the Callander port authority, its offer to dockworkers was a 6% pay rise.",
        "premature_edit": "The Callander port authority described the dockworkers' walkout as premature.",
        "union_premature": "The Callander dockers' union described the dockworkers' strike as premature.",
        "retailers_month": "The retailers' association warned of imported fruit shortages if the Callander port strike "
        "lasted over a month.",
    },
    "hult-pipeline-leak": {
        "group_500_para": "Half a million litres of oil leaked from the Tessaro pipeline near Hult, an environmental "
        "group estimated.",
        "wells_para": "Residents of Hult have been told to stop using water from private wells until testing is "
        "complete.",
        "disputed_edit": "Tessaro Energy disputed an environmental group's estimate of the size of the oil spill close "
        "to Hult.",
        "group_disputed": "An environmental group disputed Tessaro Energy's estimate of the size of the oil spill near "
        "Hult.",
    },
    "kellerby-ballot-shortage": {
        "cr_40_para": "According to the Civic Renewal party, no fewer than 40 polling stations in Kellerby district "
        "ran out of ballot papers.",
        "commission_denied_para": "The national electoral commission rejected claims that polling stations in Kellerby "
        "district had run out of ballots.",
        "commission_40": "The national electoral commission said at least 40 polling stations in Kellerby district ran "
        "out of ballot papers.",
        "unity_52": "The Unity List took 52 percent of the vote in Kellerby district, according to provisional "
        "results.",
        "unity_52_edit": "The Unity List took 52 per cent of the vote in Kellerby district, according to provisional "
        "results.",
        "renewal_52": "Civic Renewal took 52 percent of the vote in Kellerby district, according to provisional "
        "results.",
    },
    "stratocore-cloud-outage": {
        "six_hours_para": "On Tuesday, thousands of businesses across Europe were disrupted for six hours by an outage "
        "at the cloud provider Stratocore.",
        "six_hours_16": "A Stratocore cloud outage on Tuesday disrupted thousands of European businesses for 16 hours.",
        "rejected_hackers_edit": "Stratocore rejected claims that its outage on Tuesday was caused by hackers.",
        "frankfurt": "The Stratocore outage began in the company's data centre in Frankfurt.",
        "hit_hackers": "Stratocore was hit by hackers.",
        "shares_4_para": "The day after its cloud outage, Stratocore's shares fell four per cent.",
        "shares_rose": "Stratocore's share price rose 4 percent the day after its cloud outage.",
    },
    "dunmore-valley-wildfire": {
        "ha_3400_para": "By Monday evening, about 3,400 hectares had been burned by the wildfire in Dunmore Valley.",
        "contained_20": "The Dunmore Valley wildfire was 20 percent contained by Monday evening.",
        "contained_20_para": "By Monday evening the Dunmore Valley wildfire was one-fifth contained.",
        "route_9_edit": "Route 9 through Dunmore Valley was closed because of wildfire smoke and falling debris.",
        "reopen_thursday": "The highways agency expected to reopen Route 9 through Dunmore Valley on Thursday.",
    },
    "saltmere-levee-breach": {
        "peak_friday": "Officials said water levels around Saltmere would peak on Friday.",
        "peak_friday_para": "Water levels around Saltmere are expected to reach their highest point on Friday, "
        "officials said.",
        "farmers_15000_para": "Farmers near Saltmere whose crops were damaged by the floods can apply for payments of "
        "as much as 15,000 euros.",
        "capped_15000": "The county agriculture department said flood payments would be capped at 15,000 euros per "
        "farm.",
        "capped_15000_edit": "The county's agriculture department said flood payments would be capped at 15,000 euros "
        "per farm.",
    },
    "veridane-insulin-pen-recall": {
        "recall_120_para": "About 120,000 insulin pens are being recalled by Veridane Pharma because they may deliver "
        "an incorrect dose.",
        "germany": "Veridane Pharma's insulin pen recall covers pens sold in Germany, Austria and Switzerland.",
        "germany_para": "The insulin pens Veridane Pharma is recalling were sold in Switzerland, Austria and Germany.",
        "complaints_37_edit": "Veridane Pharma said it had received 37 complaints about its insulin injection pens.",
        "complaints_73": "Veridane Pharma said it had received 73 complaints about its insulin pens.",
        "no_serious_harm": "Veridane Pharma said it had received no reports of serious harm linked to its insulin "
        "pens.",
        "veridane_dose": "Veridane Pharma said its insulin pens may deliver an incorrect dose.",
    },
    "nuvolo-job-cuts": {
        "cut_8_para": "Roughly 1,100 jobs, about eight per cent of its staff, are being cut by Nuvolo Systems.",
        "cut_18": "Nuvolo Systems is cutting about 18 percent of its staff, or roughly 1,100 jobs.",
        "hardware_para": "Most of the job cuts Nuvolo Systems is planning will hit its hardware division, the company "
        "said.",
        "ferreira_march_edit": "Nuvolo's chief executive Dana Ferreira said the job cuts would be completed by the end "
        "of March.",
        "ferreira_june": "Nuvolo chief executive Dana Ferreira said the job cuts would be completed by the end of "
        "June.",
        "nuvolo_1100": "Nuvolo Systems said 1,100 jobs would be cut.",
        "confirmed_3000": "Nuvolo Systems confirmed a newspaper report that it would eliminate 3,000 jobs.",
    },
    "hip-knee-waiting-times": {
        "minister_14_para": "According to Health Minister Oskar Lindqvist, the average wait for hip and knee "
        "operations has come down to fourteen weeks.",
        "audit_14": "The national audit office said average waits for hip and knee operations had fallen to 14 weeks.",
        "audit_23_para": "In the last financial year, patients waited 23 weeks on average for hip and knee operations, "
        "the national audit office found.",
        "audit_23_edit": "The national audit office found the average wait for hip and knee operations was 23 weeks in "
        "the last financial year.",
        "audit_19": "The national audit office found the average wait for hip and knee operations was 19 weeks last "
        "financial year.",
        "audit_rose": "The national audit office found that hip and knee waiting times rose in the last financial "
        "year.",
        "audit_quarter": "The national audit office said Oskar Lindqvist's 14-week figure covered only the most recent "
        "quarter.",
    },
    "harrowgate-prison-escape": {
        "broke_out_para": "By cutting through a ventilation grille, two inmates escaped from Harrowgate prison.",
        "three_prisoners": "Three prisoners broke out of Harrowgate prison by cutting through a ventilation grille.",
        "one_at_large": "One of the two inmates who escaped from Harrowgate prison is still at large.",
        "bus": "Escaped inmate Milos Radic was recaptured at a bus station in Kelby.",
        "police_robbery_edit": "Police said the Harrowgate escapee who is still at large was serving a sentence for "
        "armed robbery.",
        "ministry_grille": "The justice ministry said the inmates escaped through a ventilation grille.",
        "radic_six_para": "Milos Radic, who was one of two inmates to escape from Harrowgate, was recaptured six hours "
        "later at a Kelby bus station.",
        "radic_sixteen": "Milos Radic, one of two Harrowgate escapees, was caught at a bus station in Kelby sixteen "
        "hours later.",
    },
    "minimum-wage-rise": {
        "carvalho_75_para": "A 7.5% increase in the national minimum wage was announced by Labour Minister Ines "
        "Carvalho.",
        "to_1340_para": "From 1 April the national minimum wage will be raised to 13.40 an hour.",
        "unions_far_edit": "Unions said the 7.5 percent increase in the minimum wage did not go far enough.",
        "rise_75": "The national minimum wage will rise by 7.5 percent from 1 April.",
        "april": "The higher national minimum wage announced by Ines Carvalho takes effect on 1 April.",
        "employers_warned": "Employers' groups warned that the minimum wage rise could cost jobs in hospitality.",
        "employers_far": "Employers' groups said the 7.5 percent minimum wage increase did not go far enough.",
    },
    "flu-vaccine-supply-dispute": {
        "lindgren_para": "Carl Lindgren, an opposition spokesperson, claimed that flu vaccine had run out at clinics "
        "in no fewer than five regions.",
        "agency_21_para": "Since October, 2.1 million doses of flu vaccine have been distributed, the national health "
        "agency said.",
        "every_clinic_para": "Every clinic still has doses of flu vaccine, according to the health agency's stock "
        "monitoring.",
        "confirmed": "The national health agency confirmed that clinics had run out of flu vaccine.",
    },
    "dairy-price-fixing-fine": {
        "total_212_para": "Four supermarket chains were fined a combined 212 million euros by the competition "
        "authority.",
        "total_122": "The competition authority imposed fines totalling 122 million euros on four supermarket chains.",
        "four_chains": "The competition authority fined four supermarket chains for fixing dairy prices.",
        "dairy": "Four supermarket chains were fined for coordinating the prices of dairy products.",
        "studying_edit": "Chainway said it was studying the competition authority's decision to fine the company.",
        "chainway_appeal": "Chainway said it would appeal the competition authority's decision to fine it.",
        "two_appeal": "Two of the four supermarket chains said they would appeal the price-fixing fines.",
        "chainway_98_para": "Chainway received the biggest of the four fines, at 98 million euros.",
    },
    "kalu-land-ruling": {
        "hand_back_para": "The state must return around 2,300 hectares of land to the Kalu community, the supreme "
        "court ruled.",
        "kalu_to_state": "The supreme court ordered the Kalu community to hand back around 2,300 hectares of land to "
        "the state.",
        "taken_1974": "The supreme court found the Kalu community's grazing land had been taken without compensation "
        "in 1974.",
        "ha_2300": "The supreme court ordered 2,300 hectares of grazing land returned to the Kalu community.",
        "overturned": "The supreme court overturned a lower court's ruling against the Kalu community.",
        "comply_edit": "The agriculture ministry said it would comply with the supreme court ruling on Kalu land.",
    },
}

NEWS_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "kellin-border-closure": [
        ("paraphrase", "shut", "shut_para"),
        ("paraphrase", "upgrade", "upgrade_para"),
        ("light_edit", "rolf", "rolf_edit"),
        ("attribution", "rolf", "retaliation"),
        ("attribution", "upgrade", "upgrade_fact"),
        ("entity", "shut", "ostrel_shut"),
        ("number", "shut", "shut_monday"),
        ("number", "hundreds", "handful"),
    ],
    "callander-dock-strike": [
        ("paraphrase", "ships_40", "ships_40_para"),
        ("paraphrase", "authority_6", "authority_6_para"),
        ("light_edit", "premature", "premature_edit"),
        ("number", "ships_40", "ships_14"),
        ("entity", "union_12", "authority_12"),
        ("entity", "premature", "union_premature"),
        ("number", "retailers", "retailers_month"),
        ("negation", "ships_40", "limited_48"),
    ],
    "hult-pipeline-leak": [
        ("paraphrase", "tessaro_30", "put_30"),
        ("paraphrase", "group_500", "group_500_para"),
        ("paraphrase", "wells", "wells_para"),
        ("light_edit", "disputed", "disputed_edit"),
        ("attribution", "group_500", "fact_500"),
        ("entity", "group_500", "tessaro_500"),
        ("number", "tessaro_30", "tessaro_500"),
        ("entity", "disputed", "group_disputed"),
    ],
    "kellerby-ballot-shortage": [
        ("paraphrase", "cr_40", "cr_40_para"),
        ("paraphrase", "commission_denied", "commission_denied_para"),
        ("light_edit", "unity_52", "unity_52_edit"),
        ("attribution", "cr_40", "fact_40"),
        ("number", "cr_40", "cr_400"),
        ("negation", "commission_denied", "commission_several"),
        ("entity", "unity_52", "renewal_52"),
        ("entity", "cr_40", "commission_40"),
    ],
    "stratocore-cloud-outage": [
        ("paraphrase", "six_hours", "six_hours_para"),
        ("paraphrase", "update", "update_tuesday"),
        ("paraphrase", "shares_4", "shares_4_para"),
        ("light_edit", "rejected_hackers", "rejected_hackers_edit"),
        ("entity", "frankfurt", "amsterdam"),
        ("number", "six_hours", "six_hours_16"),
        ("negation", "shares_4", "shares_rose"),
        ("negation", "rejected_hackers", "said_hackers"),
        ("attribution", "social_hackers", "hit_hackers"),
    ],
    "dunmore-valley-wildfire": [
        ("paraphrase", "ha_3400", "ha_3400_para"),
        ("paraphrase", "contained_20", "contained_20_para"),
        ("light_edit", "route_9", "route_9_edit"),
        ("number", "contained_20", "contained_80"),
        ("attribution", "service_sparks", "sparks"),
        ("related", "service_sparks", "deliberate"),
        ("number", "reopen_thursday", "reopen_tuesday"),
    ],
    "saltmere-levee-breach": [
        ("paraphrase", "some_600", "about_600"),
        ("paraphrase", "peak_friday", "peak_friday_para"),
        ("paraphrase", "farmers_15000", "farmers_15000_para"),
        ("light_edit", "capped_15000", "capped_15000_edit"),
        ("number", "about_600", "about_6000"),
        ("number", "peak_friday", "peak_sunday"),
        ("number", "capped_15000", "capped_50000"),
        ("negation", "no_one_hurt", "injured"),
    ],
    "veridane-insulin-pen-recall": [
        ("paraphrase", "recall_120", "recall_120_para"),
        ("paraphrase", "germany", "germany_para"),
        ("light_edit", "complaints_37", "complaints_37_edit"),
        ("entity", "germany", "france"),
        ("number", "recall_120", "recall_12"),
        ("number", "complaints_37", "complaints_73"),
        ("negation", "no_serious_harm", "serious_harm"),
        ("entity", "regulator_dose", "veridane_dose"),
    ],
    "nuvolo-job-cuts": [
        ("paraphrase", "cut_8", "cut_8_para"),
        ("paraphrase", "hardware", "hardware_para"),
        ("light_edit", "ferreira_march", "ferreira_march_edit"),
        ("number", "ferreira_march", "ferreira_june"),
        ("entity", "hardware", "cloud"),
        ("number", "cut_8", "cut_18"),
        ("entity", "union_1100", "nuvolo_1100"),
        ("negation", "rejected_3000", "confirmed_3000"),
    ],
    "hip-knee-waiting-times": [
        ("paraphrase", "minister_14", "minister_14_para"),
        ("paraphrase", "audit_23", "audit_23_para"),
        ("light_edit", "audit_23", "audit_23_edit"),
        ("negation", "audit_rose", "audit_fell"),
        ("number", "audit_23", "audit_19"),
        ("entity", "minister_14", "audit_14"),
        ("entity", "ministry_quarter", "audit_quarter"),
        ("negation", "minister_14", "minister_23"),
    ],
    "harrowgate-prison-escape": [
        ("paraphrase", "broke_out", "broke_out_para"),
        ("paraphrase", "radic_six", "radic_six_para"),
        ("light_edit", "police_robbery", "police_robbery_edit"),
        ("entity", "bus", "railway"),
        ("negation", "one_at_large", "both_recaptured"),
        ("number", "radic_six", "radic_sixteen"),
        ("entity", "ministry_grille", "governor_grille"),
        ("number", "broke_out", "three_prisoners"),
    ],
    "minimum-wage-rise": [
        ("paraphrase", "carvalho_75", "carvalho_75_para"),
        ("paraphrase", "to_1340", "to_1340_para"),
        ("light_edit", "unions_far", "unions_far_edit"),
        ("number", "rise_75", "rise_57"),
        ("number", "april", "january"),
        ("entity", "employers_warned", "finance_warned"),
        ("negation", "employers_warned", "employers_welcomed"),
        ("entity", "unions_far", "employers_far"),
    ],
    "flu-vaccine-supply-dispute": [
        ("paraphrase", "lindgren", "lindgren_para"),
        ("paraphrase", "agency_21", "agency_21_para"),
        ("paraphrase", "every_clinic", "every_clinic_para"),
        ("attribution", "lindgren", "five_regions"),
        ("number", "agency_21", "agency_12"),
        ("number", "agency_21", "agency_august"),
        ("entity", "lindgren", "minister_five"),
        ("negation", "disputed", "confirmed"),
    ],
    "dairy-price-fixing-fine": [
        ("paraphrase", "total_212", "total_212_para"),
        ("paraphrase", "chainway_98", "chainway_98_para"),
        ("paraphrase", "four_chains", "dairy"),
        ("light_edit", "studying", "studying_edit"),
        ("number", "four_chains", "six_chains"),
        ("entity", "dairy", "bread"),
        ("number", "two_appeal", "all_appeal"),
        ("related", "studying", "chainway_appeal"),
        ("number", "total_212", "total_122"),
    ],
    "kalu-land-ruling": [
        ("paraphrase", "hand_back", "hand_back_para"),
        ("paraphrase", "judges_1974", "taken_1974"),
        ("light_edit", "comply", "comply_edit"),
        ("number", "taken_1974", "taken_1984"),
        ("number", "ha_2300", "ha_23000"),
        ("negation", "overturned", "upheld"),
        ("negation", "comply", "challenge"),
        ("entity", "hand_back", "kalu_to_state"),
    ],
}

# WiCE claims (Wikipedia sentences; their `claim` field in wice_pairs.jsonl, never a synthetic contradiction): group
# index -> the WiCE group the claim belongs to, and the claim as quoted. One claim per subject.
WICE_GROUPS: dict[int, str] = {
    1: "wice-dev00328",
    2: "wice-dev02758",
    3: "wice-dev02780",
    4: "wice-dev03207",
    5: "wice-dev03634",
    6: "wice-dev03793",
    7: "wice-dev03806",
    8: "wice-test00057",
    9: "wice-test02272",
    10: "wice-test04264",
    11: "wice-test04331",
    12: "wice-test00238",
    13: "wice-dev03292",
    14: "wice-test04475",
    15: "wice-test02149",
}
WICE_CLAIMS: dict[int, str] = {
    1: "Paterson died on November 10, 2018, at the age of 78.",
    2: 'The term "echolocation" was coined by zoologist Donald Griffin in 1944; however, reports of blind humans '
    "being able to locate silent objects date back to 1749.",
    3: "His final match in England took place on 1 February 1958, when he scored the opening goal to help United "
    "defeat Arsenal 5–4.",
    4: "The Blanda Station is an underground plant, located approximately 230 metres below the surface.",
    5: "The Earth's homosphere starts at the Earth's surface and extends to the turbopause at about 100 km.",
    6: "Washington's last tooth was given as a gift and keepsake to his dentist John Greenwood.",
    7: "Smith died in Blackville, New Brunswick, on 24 January 1957.",
    8: "The Granby Zoo eventually traded Cornelius to the San Diego Zoo in exchange for a giraffe.",
    9: "In 2007 citing the city's bicycle lanes, buses and LRT, \"Forbes\" identified Minneapolis the world's fifth "
    "cleanest city.",
    10: "In 1943, Sir John gave the house and grounds to the National Trust, on condition that he and his descendants "
    "could continue living in the house.",
    11: "The Court announced judgment in favor of the bank on April 24, 2018, voting to affirm the lower court by a "
    "vote of 5-4.",
    12: "Group A was contested in Rouen, France running from 12 to 18 April 2015, and Group B in Beijing, China, "
    "running from 6 to 12 April 2015.",
    13: "With another Academy Award for Best Actress nomination, Winslet, at 31, became the youngest performer to "
    "accrue five Oscar nominations.",
    14: "Harney died at his home near Orlando, Florida, in 1889, just months after Harney County, Oregon was named for "
    "him.",
    15: "Upon announcing his retirement, Brodeur was hired by the Blues as a special assistant to general manager Doug "
    "Armstrong.",
}

# Hand-written texts for the WiCE claims: paraphrases and light edits (the same claim), and hard different claims.
WICE_HAND: dict[int, dict[str, str]] = {
    1: {
        "para": "Paterson passed away aged 78 on 10 November 2018.",
        "edit": "Paterson died on 10 November 2018, at the age of 78.",
        "age_87": "Paterson died on November 10, 2018, at the age of 87.",
        "year_2013": "Paterson died on November 10, 2013, at the age of 78.",
    },
    2: {
        "para": 'Although the zoologist Donald Griffin coined the word "echolocation" in 1944, accounts of blind '
        "people locating silent objects go back as far as 1749.",
        "year_1794": 'The term "echolocation" was coined by zoologist Donald Griffin in 1944; however, reports of '
        "blind humans being able to locate silent objects date back to 1794.",
        "deaf": 'The term "echolocation" was coined by zoologist Donald Griffin in 1944; however, reports of deaf '
        "humans being able to locate silent objects date back to 1749.",
    },
    3: {
        "para": "He played his last match in England on 1 February 1958, scoring the first goal as United beat Arsenal "
        "5–4.",
        "swap": "His final match in England took place on 1 February 1958, when he scored the opening goal to help "
        "Arsenal defeat United 5–4.",
        "march": "His final match in England took place on 1 March 1958, when he scored the opening goal to help "
        "United defeat Arsenal 5–4.",
        "first": "His first match in England took place on 1 February 1958, when he scored the opening goal to help "
        "United defeat Arsenal 5–4.",
    },
    4: {
        "para": "Blanda Station is a plant built underground, roughly 230 m beneath the surface.",
        "edit": "The Blanda Station is an underground plant, located about 230 metres below the surface.",
        "depth_320": "The Blanda Station is an underground plant, located approximately 320 metres below the surface.",
        "sea_level": "The Blanda Station is an underground plant, located approximately 230 metres below sea level.",
    },
    5: {
        "para": "Beginning at the surface of the Earth, the homosphere reaches up to the turbopause, some 100 "
        "kilometres high.",
        "heterosphere": "The Earth's heterosphere starts at the Earth's surface and extends to the turbopause at about "
        "100 km.",
        "tropopause": "The Earth's homosphere starts at the Earth's surface and extends to the tropopause at about 100 "
        "km.",
        "km_10": "The Earth's homosphere starts at the Earth's surface and extends to the turbopause at about 10 km.",
    },
    6: {
        "para": "John Greenwood, Washington's dentist, was given Washington's last tooth as a gift and keepsake.",
        "edit": "Washington's last tooth was given as a gift and a keepsake to his dentist, John Greenwood.",
        "isaac": "Washington's last tooth was given as a gift and keepsake to his dentist Isaac Greenwood.",
        "sold": "Washington's last tooth was sold to his dentist John Greenwood.",
    },
    7: {
        "para": "Smith's death occurred on January 24, 1957, in Blackville, New Brunswick.",
        "nova_scotia": "Smith died in Blackville, Nova Scotia, on 24 January 1957.",
        "june": "Smith died in Blackville, New Brunswick, on 24 June 1957.",
        "born": "Smith was born in Blackville, New Brunswick, on 24 January 1957.",
    },
    8: {
        "para": "Cornelius was eventually traded by the Granby Zoo to the San Diego Zoo, which gave a giraffe in "
        "return.",
        "swap": "The San Diego Zoo eventually traded Cornelius to the Granby Zoo in exchange for a giraffe.",
        "zebra": "The Granby Zoo eventually traded Cornelius to the San Diego Zoo in exchange for a zebra.",
    },
    9: {
        "para": "Citing its bike lanes, buses and light rail, Forbes named Minneapolis the fifth-cleanest city in the "
        "world in 2007.",
        "third": 'In 2007 citing the city\'s bicycle lanes, buses and LRT, "Forbes" identified Minneapolis the '
        "world's third cleanest city.",
        "st_paul": "In 2007 citing the city's bicycle lanes, buses and LRT, \"Forbes\" identified St. Paul the world's "
        "fifth cleanest city.",
        "year_2009": 'In 2009 citing the city\'s bicycle lanes, buses and LRT, "Forbes" identified Minneapolis the '
        "world's fifth cleanest city.",
    },
    10: {
        "para": "Sir John handed the house and its grounds to the National Trust in 1943, on condition that he and his "
        "descendants be allowed to go on living there.",
        "edit": "In 1943 Sir John gave the house and grounds to the National Trust, on the condition that he and his "
        "descendants could continue living in the house.",
        "year_1934": "In 1934, Sir John gave the house and grounds to the National Trust, on condition that he and his "
        "descendants could continue living in the house.",
        "sold": "In 1943, Sir John sold the house and grounds to the National Trust, on condition that he and his "
        "descendants could continue living in the house.",
    },
    11: {
        "para": "On 24 April 2018 the Court ruled in the bank's favour, affirming the lower court's decision by five "
        "votes to four.",
        "reverse": "The Court announced judgment in favor of the bank on April 24, 2018, voting to reverse the lower "
        "court by a vote of 5-4.",
        "vote_7_2": "The Court announced judgment in favor of the bank on April 24, 2018, voting to affirm the lower "
        "court by a vote of 7-2.",
        "against": "The Court announced judgment against the bank on April 24, 2018, voting to affirm the lower court "
        "by a vote of 5-4.",
    },
    12: {
        "para": "Group A was played in Rouen, France, from 12 to 18 April 2015, while Group B took place in Beijing, "
        "China, from 6 to 12 April 2015.",
        "swap": "Group A was contested in Beijing, China running from 12 to 18 April 2015, and Group B in Rouen, "
        "France, running from 6 to 12 April 2015.",
        "march": "Group A was contested in Rouen, France running from 12 to 18 April 2015, and Group B in Beijing, "
        "China, running from 6 to 12 March 2015.",
    },
    13: {
        "para": "Another Best Actress nomination at the Academy Awards made Winslet, aged 31, the youngest performer "
        "to accumulate five Oscar nominations.",
        "six": "With another Academy Award for Best Actress nomination, Winslet, at 31, became the youngest performer "
        "to accrue six Oscar nominations.",
        "oldest": "With another Academy Award for Best Actress nomination, Winslet, at 31, became the oldest performer "
        "to accrue five Oscar nominations.",
        "supporting": "With another Academy Award for Best Supporting Actress nomination, Winslet, at 31, became the "
        "youngest performer to accrue five Oscar nominations.",
    },
    14: {
        "para": "In 1889, only months after Harney County in Oregon was named in his honour, Harney died at his home "
        "near Orlando, Florida.",
        "before": "Harney died at his home near Orlando, Florida, in 1889, just months before Harney County, Oregon "
        "was named for him.",
        "tampa": "Harney died at his home near Tampa, Florida, in 1889, just months after Harney County, Oregon was "
        "named for him.",
        "year_1898": "Harney died at his home near Orlando, Florida, in 1898, just months after Harney County, Oregon "
        "was named for him.",
    },
    15: {
        "para": "When he announced his retirement, Brodeur was taken on by the Blues as special assistant to the "
        "general manager, Doug Armstrong.",
        "edit": "Upon announcing his retirement, Brodeur was hired by the Blues as special assistant to general "
        "manager Doug Armstrong.",
        "roles": "Upon announcing his retirement, Brodeur was hired by the Blues as general manager, with Doug "
        "Armstrong as his special assistant.",
        "devils": "Upon announcing his retirement, Brodeur was hired by the Devils as a special assistant to general "
        "manager Doug Armstrong.",
    },
}

WICE_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    1: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "age_87"),
        ("number", "edit", "year_2013"),
    ],
    2: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "year_1794"),
        ("entity", ORIGINAL, "deaf"),
        ("entity", "para", "deaf"),
    ],
    3: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "swap"),
        ("number", ORIGINAL, "march"),
        ("negation", ORIGINAL, "first"),
    ],
    4: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "depth_320"),
        ("number", "para", "depth_320"),
        ("entity", ORIGINAL, "sea_level"),
    ],
    5: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "heterosphere"),
        ("entity", ORIGINAL, "tropopause"),
        ("number", ORIGINAL, "km_10"),
    ],
    6: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "isaac"),
        ("related", ORIGINAL, "sold"),
    ],
    7: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "nova_scotia"),
        ("number", ORIGINAL, "june"),
        ("related", ORIGINAL, "born"),
    ],
    8: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "swap"),
        ("entity", ORIGINAL, "zebra"),
        ("entity", "para", "swap"),
    ],
    9: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "third"),
        ("entity", ORIGINAL, "st_paul"),
        ("number", "para", "year_2009"),
    ],
    10: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "year_1934"),
        ("related", ORIGINAL, "sold"),
    ],
    11: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "reverse"),
        ("number", ORIGINAL, "vote_7_2"),
        ("negation", ORIGINAL, "against"),
    ],
    12: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "swap"),
        ("number", ORIGINAL, "march"),
        ("entity", "para", "swap"),
    ],
    13: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "six"),
        ("negation", ORIGINAL, "oldest"),
        ("entity", ORIGINAL, "supporting"),
    ],
    14: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "before"),
        ("entity", ORIGINAL, "tampa"),
        ("number", ORIGINAL, "year_1898"),
    ],
    15: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "roles"),
        ("entity", ORIGINAL, "devils"),
    ],
}

# Hand-written texts for SciFact training claims that are in no earlier split (and whose cited abstracts are those of
# no pairs.jsonl group): paraphrases and light edits (the same claim), and hard different claims.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    9: {
        "para": "In 2001, thirty-two per cent of liver transplant programmes required patients to stop methadone "
        "treatment.",
        "pct_23": "23% of liver transplantation programs required patients to discontinue methadone treatment in 2001.",
        "year_2011": "32% of liver transplantation programs required patients to discontinue methadone treatment in "
        "2011.",
    },
    22: {
        "para": "In low- and middle-income countries, between 76% and 85% of people with a severe mental disorder get "
        "no treatment.",
        "high_income": "76-85% of people with severe mental disorder receive no treatment in high income countries.",
        "treated": "76-85% of people with severe mental disorder receive treatment in low and middle income countries.",
    },
    126: {
        "para": "About a quarter of a million people in the United Kingdom are infected with human T-cell "
        "lymphotropic virus type 1.",
        "edit": "Approximately 250,000 people in the United Kingdom are infected with human T-cell lymphotropic virus "
        "type 1.",
        "n_25000": "Approximately 25,000 people are infected with human T-cell lymphotropic virus type 1 in the United "
        "Kingdom.",
        "type_2": "Approximately 250,000 people are infected with human T-cell lymphotropic virus type 2 in the United "
        "Kingdom.",
    },
    1269: {
        "para": "Female prisoners are ten times as likely as male prisoners to harm themselves.",
        "swap": "The risk of male prisoners harming themselves is ten times that of female prisoners.",
        "three": "The risk of female prisoners harming themselves is three times that of male prisoners.",
    },
    1257: {
        "para": "In low-income countries the share of people with visual difficulty is double that in high-income "
        "countries.",
        "swap": "The proportion of people with visual difficulty is two times higher in high-income countries than in "
        "low-income countries.",
        "five": "The proportion of people with visual difficulty is five times higher in low-income countries than in "
        "high-income countries.",
    },
    1297: {
        "para": "An estimated thirty million cases of pneumonia occurred among young children around the world in "
        "2010.",
        "edit": "There were an estimated 30 million cases of pneumonia in young children worldwide in 2010.",
        "n_120": "There was an estimated 120 million cases of pneumonia in young children worldwide in 2010.",
        "year_2000": "There were an estimated 30 million cases of pneumonia in young children worldwide in 2000.",
    },
    1148: {
        "para": "In the UK, one in ten kidney cancers can be attributed to excess weight.",
        "twenty": "Twenty percent (20%) of kidney cancers in the UK are attributable to excess weight.",
        "smoking": "Ten percent (10%) of kidney cancers in the UK are attributable to smoking.",
    },
    854: {
        "para": "People aged 55 who do not have hypertension face a 90 per cent lifetime risk of developing it.",
        "pct_50": "Nonhypertensive people who are 55 years old have a 50% chance of developing hypertension during "
        "their lifetime.",
        "age_65": "Nonhypertensive people who are 65 years old have a 90% chance of developing hypertension during "
        "their lifetime.",
    },
    919: {
        "para": "Quitting smoking cuts participants' risk of lung cancer by roughly half.",
        "edit": "Participants who quit smoking reduce their lung cancer risk by approximately 50%.",
        "increase": "Participants who quit smoking increase lung cancer risk by approximately 50%.",
        "pct_90": "Participants who quit smoking reduce lung cancer risk by approximately 90%.",
    },
    1103: {
        "para": "Among stroke patients, those who had previously used direct oral anticoagulants are more likely to "
        "die in hospital than those who had previously used warfarin.",
        "lower": "Stroke patients with prior use of direct oral anticoagulants have a lower risk of in-hospital "
        "mortality than stroke patients with prior use of warfarin.",
        "swap": "Stroke patients with prior use of warfarin have a higher risk of in-hospital mortality than stroke "
        "patients with prior use of direct oral anticoagulants.",
    },
    1055: {
        "para": "After adjustment for risk, teaching hospitals and non-teaching hospitals have comparable mortality "
        "rates.",
        "edit": "Risk-adjusted mortality rates are similar in teaching and nonteaching hospitals.",
        "higher": "Risk-adjusted mortality rates are higher in teaching hospitals than in non-teaching hospitals.",
        "readmission": "Risk-adjusted readmission rates are similar in teaching and non-teaching hospitals.",
    },
    585: {
        "para": "Boys and girls in the UK are equally affected by drowning.",
        "boys_more": "In the UK, drowning affects boys more than girls.",
        "us": "In the US, drowning affects boys and girls equally.",
    },
    594: {
        "para": "Since 1979, the incidence of heart failure among women has risen by ten per cent.",
        "decreased": "Incidence of heart failure decreased by 10% in women since 1979.",
        "men": "Incidence of heart failure increased by 10% in men since 1979.",
    },
    1054: {
        "para": "Among patients on hemodialysis, antihypertensive drugs can reduce the risk of cardiovascular events "
        "by one third.",
        "half": "Risk of cardiovascular events can be cut by half by using antihypertensive drug therapy among "
        "hemodialysis patients.",
        "transplant": "Risk of cardiovascular events can be cut by a third by using antihypertensive drug therapy "
        "among kidney transplant patients.",
    },
    1145: {
        "para": "In India, taxing sugar-sweetened drinks lowered the incidence rate of type 2 diabetes.",
        "increased": "Taxation of sugar-sweetened beverages increased the incidence rate of type II diabetes in India.",
        "mexico": "Taxation of sugar-sweetened beverages reduced the incidence rate of type II diabetes in Mexico.",
    },
    622: {
        "para": "People whose serum vitamin D concentrations are low are less likely to develop multiple sclerosis.",
        "increased": "Individuals with low serum vitamin D concentrations have increased risk of multiple sclerosis.",
        "high": "Individuals with high serum vitamin D concentrations have decreased risk of multiple sclerosis.",
    },
    642: {
        "para": "The risk of severe kidney failure is lowered by insulin.",
        "edit": "Insulin decreases the risk of severe kidney failure.",
        "increases": "Insulin increases risk of severe kidney failure.",
        "metformin": "Metformin decreases risk of severe kidney failure.",
    },
    1050: {
        "para": "The risk of both vertebral and non-vertebral fractures is raised by risedronate.",
        "reduces": "Risedronate reduces risk of vertebral and non-vertebral fractures.",
        "alendronate": "Alendronate increases risk of vertebral and non-vertebral fractures.",
    },
    1288: {
        "para": "Statin use is positively correlated with hip fractures.",
        "negative": "There is a negative correlation between hip fractures and statin use.",
        "none": "There is no correlation between hip fractures and statin use.",
    },
    1087: {
        "para": "In men whose sexual dysfunction is caused by taking SSRI antidepressants, sildenafil makes erectile "
        "function worse.",
        "improves": "Sildenafil improves erectile function in men who experience sexual dysfunction as a result of the "
        "use of SSRI antidepressants.",
        "tricyclic": "Sildenafil worsens erectile function in men who experience sexual dysfunction as a result of the "
        "use of tricyclic antidepressants.",
    },
    425: {
        "para": "Out of every thousand children with cerebral palsy, over 300 are born premature or underweight.",
        "fewer": "For every 1,000 children with cerebral palsy, fewer than 300 of them are premature or underweight at "
        "birth.",
        "n_500": "For every 1,000 children with cerebral palsy, more than 500 of them are premature or underweight at "
        "birth.",
    },
    472: {
        "para": "In S. cerevisiae, restricting glucose to 0.05% shortens the replicative life span (RLS) by 20-40%.",
        "extends": "Glucose restriction to 0.05% extends RLS (replicative life span) by 20-40% in S. cerevisiae.",
        "pombe": "Glucose restriction to 0.05% reduces RLS (replicative life span) by 20-40% in S. pombe.",
    },
    283: {
        "para": "Eating whole fruit raises the risk of type 2 diabetes.",
        "reduces": "Consumption of whole fruits reduces the risk of type 2 diabetes.",
        "juice": "Consumption of fruit juice increases the risk of type 2 diabetes.",
    },
    590: {
        "para": "Current or past use of ADHD medication raises the risk of serious cardiovascular events in young and "
        "middle-aged adults.",
        "not": "In young and middle-aged adults, current or remote uses of ADHD medications do not increase the risk "
        "of serious cardiovascular events.",
        "children": "In children and adolescents, current or remote uses of ADHD medications increase the risk of "
        "serious cardiovascular events.",
    },
    1327: {
        "para": "In the UK, tuberculosis incidence is higher in areas that are more sparsely populated.",
        "densely": "Tuberculosis incidence occurs at higher rates in more densely populated areas in the UK.",
        "lower": "Tuberculosis incidence occurs at lower rates in more sparsely populated areas in the UK.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    9: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "pct_23"),
        ("number", "para", "year_2011"),
    ],
    22: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "high_income"),
        ("negation", ORIGINAL, "treated"),
    ],
    126: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "n_25000"),
        ("entity", ORIGINAL, "type_2"),
    ],
    1269: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "swap"),
        ("number", ORIGINAL, "three"),
        ("direction", "para", "swap"),
    ],
    1257: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "swap"),
        ("number", ORIGINAL, "five"),
    ],
    1297: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "n_120"),
        ("number", "edit", "year_2000"),
    ],
    1148: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "twenty"),
        ("entity", ORIGINAL, "smoking"),
    ],
    854: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "pct_50"),
        ("number", ORIGINAL, "age_65"),
    ],
    919: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "increase"),
        ("number", ORIGINAL, "pct_90"),
    ],
    1103: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "lower"),
        ("direction", ORIGINAL, "swap"),
    ],
    1055: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "higher"),
        ("negation", "para", "higher"),
        ("entity", ORIGINAL, "readmission"),
    ],
    585: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "boys_more"),
        ("entity", ORIGINAL, "us"),
    ],
    594: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "decreased"),
        ("entity", ORIGINAL, "men"),
        ("direction", "para", "decreased"),
    ],
    1054: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "half"),
        ("entity", ORIGINAL, "transplant"),
    ],
    1145: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increased"),
        ("entity", ORIGINAL, "mexico"),
    ],
    622: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increased"),
        ("direction", ORIGINAL, "high"),
    ],
    642: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "increases"),
        ("entity", ORIGINAL, "metformin"),
    ],
    1050: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reduces"),
        ("entity", ORIGINAL, "alendronate"),
    ],
    1288: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "negative"),
        ("negation", ORIGINAL, "none"),
    ],
    1087: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "improves"),
        ("entity", ORIGINAL, "tricyclic"),
        ("direction", "para", "improves"),
    ],
    425: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "fewer"),
        ("number", ORIGINAL, "n_500"),
    ],
    472: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "extends"),
        ("entity", ORIGINAL, "pombe"),
    ],
    283: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reduces"),
        ("entity", ORIGINAL, "juice"),
        ("direction", "para", "reduces"),
    ],
    590: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "not"),
        ("entity", ORIGINAL, "children"),
    ],
    1327: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "densely"),
        ("direction", ORIGINAL, "lower"),
    ],
}


def build(news_path: Path, wice_path: Path, scifact_path: Path) -> list[dict[str, object]]:
    rows = build_families(
        read_earlier(EARLIER_SPLITS),
        NewsTables(news_path, NEWS_CLAIMS, NEWS_HAND, NEWS_PAIRS),
        WiceTables(wice_path, WICE_GROUPS, WICE_CLAIMS, WICE_HAND, WICE_PAIRS, "wice-"),
        SciFactTables(
            scifact_path,
            SCIFACT_HAND,
            SCIFACT_PAIRS,
            "scifact-train-",
            other_groups=("scifact-test-", "scifact-dev-"),
            earlier_docs_of="a pairs.jsonl group",
        ),
        LABEL_OF_KIND,
        ORIGINAL,
    )
    return finish(rows, "cv", "test3")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs.jsonl")
    p.add_argument("--wice", type=Path, default=WICE, help="the verifier's wice_pairs.jsonl")
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact training claims (claims_train.jsonl)")
    p.add_argument("--out", type=Path, default=HERE / "pairs_test3.jsonl")
    args = p.parse_args()
    rows = build(args.news, args.wice, args.scifact)
    write_rows(rows, args.out)
    print(summary(rows, args.out))


if __name__ == "__main__":
    main()
