"""Build pairs_test.jsonl: a fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the SciFact test claims (``../shared/datasets/scifact/claims_test.jsonl``, or --scifact) and the news
claims of the verifier's validation file (``workbench/verifier/data/news_pairs_val.jsonl``, or --news); every
other text is written by hand below. None of these claims is in pairs.jsonl. README.md beside this file
describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pairs_common import (
    HERE,
    SCIFACT_DIR,
    VERIFIER_DATA,
    check_distinct_pairs,
    clusters,
    finish,
    id_gap_candidates,
    news_rows,
    read_scifact_texts,
    scifact_rows,
    summary,
    write_rows,
)

SCIFACT = SCIFACT_DIR / "claims_test.jsonl"
NEWS = VERIFIER_DATA / "news_pairs_val.jsonl"

# SciFact test claims carry no cited documents, but an annotator's negation or antonym of a claim usually sits at
# an adjacent id. Candidates: claims whose ids differ by at most MAX_ID_GAP with word Jaccard >= MIN_JACCARD.
MAX_ID_GAP = 3
MIN_JACCARD = 0.35

# Every candidate, read and labelled: these state different claims (label 0).
SCIFACT_SIBLINGS: list[tuple[int, int]] = [
    (135, 136),  # no effect on / increases risk
    (145, 147),  # higher rejection rates / worse graft function
    (191, 192),  # higher in summer / the same in both seasons
    (194, 195),  # nuclear RNAi activated / disabled
    (270, 271),  # causes morbidity / no effect
    (318, 319),  # causes / slows
    (320, 321),  # impaired / improved
    (359, 360),  # high / low levels
    (408, 409),  # generally safe / life-threatening
    (464, 465),  # decrease / increase in ROS
    (476, 477),  # dormant / hyper proliferative
    (496, 497),  # increases / lowers survival
    (519, 520),  # high / low nucleosome occupancy
    (556, 558),  # leads to release of oxidized mitochondrial DNA / slows release of nuclear DNA
    (604, 605),  # activate / repress
    (706, 707),  # allergic sensitization / atopic eczema
    (706, 708),  # higher / lower
    (707, 708),  # higher atopic eczema / lower allergic sensitization
    (711, 712),  # decreased / increased
    (719, 720),  # no adverse effects / adverse effects
    (842, 843),  # decrease / increase
    (888, 889),  # increases / reduces
    (905, 906),  # enhances / suppresses
    (1059, 1060),  # one in twenty / one in two thousand
    (1078, 1079),  # bullied less / more
    (1080, 1082),  # decrease stroke / increase mortality in postmenopausal women
    (1080, 1083),  # decrease stroke / increase myocardial infarction
    (1082, 1083),  # mortality / myocardial infarction
    (1092, 1093),  # associated / not associated
    (1122, 1123),  # enhances synthesis / impairs release
    (1122, 1124),  # enhances / impairs synthesis
    (1123, 1124),  # impairs release / impairs synthesis
    (1151, 1152),  # less / more cost-effective
    (1251, 1252),  # inhibits / promotes
]
# Candidates left out: identical texts, or a judgement call either way.
SCIFACT_SKIP = {
    (510, 511),  # identical texts
    (868, 869),  # identical texts
    (874, 875),  # identical texts
    (1061, 1063),  # DNA-activated protein kinase / "target nuclear proteins": a special case of the other claim
}
# Pairs outside the id window that state the same claim in other words (label 1).
SCIFACT_SAME = [(374, 809)]
# Pairs outside the candidate rule (ids further apart, or Jaccard just below it) that state different claims.
SCIFACT_EXTRA_DIFFERENT = [
    (33, 38),  # folate deficiency decreases / vitamin B6 deficiency increases homocysteine
    (467, 468),  # ginger hazardous / safe for ventilated patients
    (868, 874),  # obesity decreases / prolongs life expectancy
    (1076, 1077),  # serotonin receptors: no effect / a role in depression
    (1203, 1277),  # granuloma centre anti-inflammatory / surrounding tissue inflammatory
]

# Hand-written paraphrases of SciFact claims that have a sibling: the same claim as another article might word it.
SCIFACT_PARAPHRASES: dict[int, str] = {
    38: "Vitamin B6 deficiency raises homocysteine levels in the blood.",
    135: "Asymptomatic bacteriuria does not change the risk of either preterm delivery or low birth weight.",
    145: "Rejection is more common after autologous mesenchymal stem cell transplantation than after induction "
    "therapy with anti-IL-2 receptor antibodies.",
    191: "The bronchi are more responsive in summer than in winter.",
    194: "In C. elegans, the germline stops being immortal once nuclear RNAi is activated.",
    270: "Exposure to colloids leads to morbidity.",
    318: "In elderly people, region-specific declines in aerobic glycolysis cause the age-related changes in how the "
    "brain metabolises glucose.",
    320: "Tetraspanin-3 deficiency impairs stem cell self-renewal and the propagation of disease.",
    359: "Early in the primary antibody response, activated B cells express EBI2 at high levels.",
    408: "Counterfeit artemisinin-type drugs that contain no active ingredient are mostly safe.",
    465: "Oncogene activation raises reactive oxygen species in leukemia cells, and that rise is what makes their "
    "genomes unstable.",
    468: "Giving ginger to patients on mechanical ventilation is safe.",
    477: "T cells lacking Golli proliferate excessively during initial clonal expansion.",
    496: "Among HIV patients, those with a main partner have higher survival rates.",
    519: "Across species, individual DNA molecules with high methylation tend to show high nucleosome occupancy.",
    556: "Cell death triggered by immune complexes results in oxidized mitochondrial DNA being released outside the "
    "cell.",
    604: "Transglutaminase activity is switched on by raised calcium levels.",
    706: "Supplementing with long-chain polyunsaturated fatty acids is linked to more allergic sensitization at one "
    "year.",
    707: "LCPUFA supplementation is associated with a higher rate of atopic eczema at 1 year of age.",
    711: "Using statins over the long term was associated with a lower risk of gallstones leading to cholecystectomy.",
    719: "Diets low in saturated fat do not harm infants' growth or development.",
    843: "In fiberoptic confocal microscopy, near-infrared wavelengths let light penetrate deeper.",
    868: "Being obese shortens life expectancy.",
    889: "In women, taking ibandronate by mouth lowers the relative risk of both new vertebral fractures and clinical "
    "vertebral fractures.",
    905: "In E. coli, phosphoenolpyruvate carboxylase boosts threonine production.",
    1060: "About 1 in 2,000 people in the UK carry vCJD prions in their lymphoid tissue.",
    1077: "Serotonin receptors are involved in depression.",
    1079: "In Britain, short students are bullied more than control students.",
    1080: "Antidepressant-associated side effects lower the risk of stroke.",
    1092: "Relapse of acute lymphoblastic leukaemia is associated with somatic missense mutations in NT5C2.",
    1122: "Local production of brain-derived neurotrophic factor in postsynaptic dendrites is boosted by synaptic "
    "activity.",
    1123: "Synaptic activity hampers the local release of BDNF from postsynaptic dendrites.",
    1151: "Starting statin therapy at a 7.5% 10-year ASCVD risk threshold is less cost-effective than using a 10% "
    "threshold.",
    1203: "In an immune cell, the granuloma's centre induces an anti-inflammatory immune response.",
    1252: "Drp1 phosphorylation at S616, when activated by CaMKII, promotes Drp1's translocation to mitochondria.",
}

# Hand-made light edits of SciFact claims: a synonym, an article, a spelling, a word order.
SCIFACT_LIGHT_EDITS: dict[int, str] = {
    136: "Asymptomatic bacteriuria increases the risk of preterm delivery and low birth weight.",
    192: "Bronchial responsiveness is the same in the summer and winter seasons.",
    360: "During the early primary antibody response, activated B cells express low levels of EBI2.",
    605: "Increased calcium levels repress transglutaminase activity.",
    712: "Long-term use of statins showed an increased risk of gallstones followed by cholecystectomy.",
    720: "Low saturated fat diets have adverse effects on the growth or development of infants.",
    906: "PEP carboxylase suppresses threonine production in Escherichia coli.",
    1093: "Somatic missense mutations in NT5C2 are not linked to relapse of acute lymphoblastic leukemia.",
}

# News stories (topics of news_pairs_val.jsonl). NEWS_CLAIMS quotes the file's claims under short keys; NEWS_HAND
# holds texts written by hand; NEWS_PAIRS pairs keys of either, with the kind of the pair.
LABEL_OF_KIND = {
    "paraphrase": 1,
    "light_edit": 1,
    "attribution": 0,
    "number": 0,
    "entity": 0,
    "negation": 0,
    "related": 0,
}

NEWS_CLAIMS: dict[str, dict[str, str]] = {
    "kestrel-gorge-dam-release": {
        "homes": "About 120 homes in Pellow were flooded after water was released from the Kestrel Gorge dam.",
        "said_warned": "HydroNord said it warned Pellow residents six hours before releasing water from the Kestrel "
        "Gorge dam.",
        "warned": "Pellow residents were warned six hours before water was released from the Kestrel Gorge dam.",
        "no_warning": "Some Pellow residents said they had received no warning before the Kestrel Gorge dam release.",
        "not_warned": "HydroNord said it had not warned residents before releasing water from the Kestrel Gorge dam.",
        "homes_1200": "About 1,200 homes in Pellow were flooded after the Kestrel Gorge dam release.",
    },
    "eastfield-st-agnes-merger": {
        "trust": "Eastfield General and St. Agnes Hospital will combine into one trust with roughly 9,800 employees.",
        "nair": "Priya Nair said the merger of Eastfield General and St. Agnes would not lead to cuts in clinical "
        "jobs.",
        "no_jobs": "No clinical jobs will be lost in the merger of Eastfield General and St. Agnes Hospital.",
        "campaigners_jobs": "Local campaigners said the hospital merger would not cost any clinical jobs.",
        "maternity_wrong": "The maternity unit at Eastfield General will move to St. Agnes Hospital.",
        "fight": "Campaigners said they would fight the move of St. Agnes Hospital's maternity unit to Eastfield.",
    },
    "harwick-airport-drone": {
        "halted": "Harwick Airport halted flights for an hour and a half after pilots reported a drone near the "
        "runway.",
        "pilots": "Two pilots reported seeing a drone near the runway at Harwick Airport on Saturday evening.",
        "drone": "A drone flew near the runway at Harwick Airport on Saturday evening.",
        "diverted_31": "Thirty-one arriving flights were diverted during the drone alert at Harwick Airport.",
        "diverted_11": "Eleven arriving flights were diverted because of the drone report at Harwick Airport.",
        "police_found": "Police said they had found the drone and identified its operator near Harwick Airport.",
        "police_none": "Police said their search around Harwick Airport had not turned up a drone.",
    },
    "dunmore-north-recount": {
        "won_37": "A recount confirmed that Oren Sato won the Dunmore North seat by 37 votes.",
        "won_73": "Oren Sato won the Dunmore North recount by 73 votes.",
        "falk_alleged": "Miriam Falk alleged that postal ballots had been counted twice in Dunmore North.",
        "counted_twice": "Postal ballots were counted twice in the first count in Dunmore North.",
        "sato_said": "Oren Sato said the recount showed no double counting of postal ballots.",
    },
    "voigt-fuel-subsidy-screenshot": {
        "posted": "Prime Minister Adele Voigt posted that fuel subsidies would end in January.",
        "checkpoint": "Checkpoint said a screenshot of an Adele Voigt post about fuel subsidies was fabricated.",
        "office_no_plans": "Adele Voigt's office said the government had no plans to end fuel subsidies.",
        "office_end": "Adele Voigt's office said fuel subsidies would end in January.",
        "plans_end": "The government plans to end fuel subsidies in January.",
        "archives": "Checkpoint found that the supposed Adele Voigt post did not appear in archives of her account.",
        "ministry_fake": "The energy ministry said the Adele Voigt fuel subsidy screenshot was fake.",
        "office_denied": "Adele Voigt's office denied that the government planned to end fuel subsidies.",
    },
    "sugar-drinks-levy": {
        "tax": "Soft drinks with over 5 grams of sugar per 100 millilitres will be taxed at 0.20 euros per litre.",
        "raise_810": "The finance ministry expects the new sugar tax to raise 810 million euros a year.",
        "school": "The finance ministry said revenue from the sugar tax would pay for school sports.",
        "welcomed": "The beverage industry association welcomed the new tax on sugary soft drinks.",
        "health_180": "The health minister said the sugar tax would raise 180 million euros a year.",
        "regressive": "The beverage industry association described the sugar tax as regressive.",
    },
    "vikmor-apartment-explosion": {
        "blast": "A blast in an apartment building in Vikmor killed two people and hurt nine.",
        "nordgas": "Nordgas said its technician found no faults in the Vikmor building's gas pipes last month.",
        "prosecutors_gas": "Prosecutors said a gas leak caused the apartment explosion in Vikmor.",
        "gas_leak": "A gas leak caused Monday's apartment building explosion in Vikmor.",
        "brigade": "The fire brigade said Nordgas had inspected the Vikmor building's pipes last month.",
        "investigating": "Prosecutors are investigating the Vikmor explosion but have not said what caused it.",
    },
    "sorrel-hill-landslide": {
        "buried": "Six houses in Sorrel Hill were buried by a landslide after days of heavy rain.",
        "five_dead": "Five people were confirmed dead after the Sorrel Hill landslide.",
        "residents_march": "Sorrel Hill residents said they had warned officials in March about cracks in the slope.",
        "residents_june": "Sorrel Hill residents said they had warned officials about cracks in the slope in June.",
        "no_record": "The district office said it had no record of complaints about cracks in the slope above Sorrel "
        "Hill.",
        "office_confirmed": "The district office confirmed that residents had reported cracks in the slope above "
        "Sorrel Hill.",
    },
    "hollander-kessington-deal": {
        "acquiring": "Hollander Bank is acquiring Kessington Savings in a 2.6 billion euro cash deal.",
        "agreed": "Hollander Bank agreed to buy Kessington Savings for 2.6 billion euros in cash.",
        "kessington_buys": "Kessington Savings agreed to buy its larger rival Hollander Bank.",
        "union_900": "Kessington's staff union said it had been told up to 900 jobs were at risk from the takeover.",
        "union_900_short": "Kessington's staff union said it had been told up to 900 jobs were at risk.",
        "hollander_900": "Hollander Bank said up to 900 jobs were at risk from the Kessington Savings deal.",
        "branches_400": "Hollander Bank said it planned to close about 400 branches after buying Kessington Savings.",
        "branches_40": "Hollander Bank said it intended to shut roughly 40 branches that overlap with Kessington's.",
        "approved": "The competition authority has already approved Hollander Bank's purchase of Kessington Savings.",
        "brand": "Kessington Savings chief executive Lotte Brand will step down when the Hollander takeover is "
        "completed.",
    },
    "maro-cholera": {
        "cases": "Maro district has reported 145 suspected cholera cases and four deaths in two weeks.",
        "lab_13": "Laboratory tests confirmed cholera in 13 of the suspected cases in Maro.",
        "lab_31": "Laboratory tests have confirmed cholera in 31 of the suspected cases in Maro district.",
        "wells": "Contaminated wells caused the cholera outbreak in Maro district.",
        "ministry_wells": "The health ministry said contaminated wells were the likely source of the Maro cholera "
        "outbreak.",
        "who_145": "The World Health Organization said 145 suspected cholera cases had been reported in Maro.",
        "tablets": "Water purification tablets are being handed out in Maro district to fight the cholera outbreak.",
    },
    "brennhall-tram-derailment": {
        "twelve": "Twelve people were hurt when a tram came off the rails in central Brennhall.",
        "company_19": "Brennhall's transport company said the derailed tram had been travelling at 19 kilometres per "
        "hour.",
        "company_29": "Brennhall's transport company said the tram had been travelling at 29 kilometres per hour.",
        "group_fast": "A passengers' group claimed the Brennhall tram had been going far too fast.",
        "several_serious": "Several passengers were seriously injured in the Brennhall tram derailment.",
        "morning": "A tram derailed in central Brennhall on Friday morning.",
        "recorder": "Citing its data recorder, Brennhall's transport company said the derailed tram was within the "
        "20 km/h limit.",
    },
    "diesel-subsidy-tractor-protest": {
        "police_1400": "Police said about 1,400 tractors were driven into the capital during the farmers' protest.",
        "police_4000": "Police estimated that 4,000 tractors took part in the farmers' protest in the capital.",
        "union_4000": "The farmers' union said 4,000 tractors took part in the diesel subsidy protest.",
        "union_1400": "The farmers' union said about 1,400 tractors joined the protest against diesel subsidy cuts.",
        "haugen_weeks": "Agriculture Minister Nils Haugen said he would present a revised plan within two weeks.",
        "haugen_months": "Nils Haugen said he would present a revised diesel subsidy plan within two months.",
        "fertiliser": "Farmers drove tractors into the capital to protest against cuts to fertiliser subsidies.",
        "met": "Agriculture Minister Nils Haugen met farmers' union leaders on the afternoon of the tractor protest.",
    },
    "orland-census": {
        "grew": "Orland's population grew by 4.2 percent in ten years to 1.38 million.",
        "ferro": "Governor Ana Ferro said the census showed young people were returning to Orland.",
        "young_drove": "Population growth in Orland over the past decade was driven mainly by young people moving "
        "back.",
        "office_young": "The statistics office said young people returning to Orland drove the region's population "
        "growth.",
        "fell": "The latest census showed Orland's population fell over the past decade.",
        "office_65": "The statistics office said people over 65 moving from other regions mainly drove Orland's "
        "growth.",
    },
}

NEWS_HAND: dict[str, dict[str, str]] = {
    "kestrel-gorge-dam-release": {
        "homes_para": "Releasing water from the Kestrel Gorge dam flooded around 120 homes in Pellow.",
        "said_warned_para": "The dam's operator, HydroNord, says it gave Pellow residents six hours' warning before "
        "the Kestrel Gorge release.",
        "warned_edit": "Residents of Pellow were warned six hours before water was released from the Kestrel Gorge "
        "dam.",
        "warned_2h": "Pellow residents were warned two hours before water was released from the Kestrel Gorge dam.",
        "government_warned": "The regional government said it warned Pellow residents six hours before releasing "
        "water from the Kestrel Gorge dam.",
    },
    "eastfield-st-agnes-merger": {
        "trust_para": "The merger of Eastfield General and St. Agnes Hospital will create a single trust employing "
        "about 9,800 people.",
        "trust_8900": "Eastfield General and St. Agnes Hospital will combine into one trust with roughly 8,900 "
        "employees.",
        "nair_para": "According to chief executive-designate Priya Nair, merging Eastfield General and St. Agnes "
        "will not mean any clinical job cuts.",
        "no_jobs_edit": "No clinical jobs will be lost in the merger of Eastfield General Hospital and St. Agnes "
        "Hospital.",
        "maternity_right": "The maternity unit at St. Agnes Hospital will move to Eastfield General.",
    },
    "harwick-airport-drone": {
        "halted_para": "Flights at Harwick Airport were suspended for 90 minutes after pilots said they saw a drone "
        "close to the runway.",
        "halted_2h30": "Harwick Airport halted flights for two and a half hours after pilots reported a drone near "
        "the runway.",
        "diverted_11_edit": "Eleven incoming flights were diverted because of the drone report at Harwick Airport.",
        "police_none_para": "According to police, they searched the area around Harwick Airport and found no drone.",
    },
    "dunmore-north-recount": {
        "won_37_para": "Oren Sato's 37-vote win in Dunmore North was confirmed by a recount.",
        "falk_won_37": "A recount confirmed that Miriam Falk won the Dunmore North seat by 37 votes.",
        "falk_alleged_edit": "Miriam Falk alleged that postal votes had been counted twice in Dunmore North.",
        "not_counted_twice": "Postal ballots were not counted twice in the first count in Dunmore North.",
        "sato_said_para": "According to Oren Sato, the recount found that no postal ballots had been counted twice.",
        "board_said": "The electoral board said the recount showed no double counting of postal ballots.",
    },
    "voigt-fuel-subsidy-screenshot": {
        "checkpoint_para": "According to the fact-checkers at Checkpoint, the screenshot showing an Adele Voigt post "
        "on fuel subsidies was faked.",
        "archives_edit": "Checkpoint found that the alleged Adele Voigt post did not appear in the archives of her "
        "account.",
        "posted_june": "Prime Minister Adele Voigt posted that fuel subsidies would end in June.",
    },
    "sugar-drinks-levy": {
        "tax_para": "A levy of 20 cents a litre will be charged on soft drinks containing more than 5 g of sugar per "
        "100 ml.",
        "tax_8g": "Soft drinks with over 8 grams of sugar per 100 millilitres will be taxed at 0.20 euros per litre.",
        "school_para": "Money raised by the sugar tax will fund school sports, according to the finance ministry.",
        "raise_180": "The finance ministry expects the new sugar tax to raise 180 million euros a year.",
        "regressive_edit": "The beverage industry association called the sugar tax regressive.",
    },
    "vikmor-apartment-explosion": {
        "blast_para": "Two residents were killed and nine injured when an explosion ripped through a Vikmor apartment "
        "block.",
        "blast_swapped": "A blast in an apartment building in Vikmor killed nine people and hurt two.",
        "nordgas_para": "According to gas company Nordgas, a technician who checked the Vikmor building's pipes last "
        "month found nothing wrong.",
        "investigating_edit": "Prosecutors are investigating the Vikmor blast but have not said what caused it.",
    },
    "sorrel-hill-landslide": {
        "buried_para": "After several days of heavy rain, a landslide buried six homes in the village of Sorrel Hill.",
        "residents_para": "Residents of Sorrel Hill say they alerted officials to cracks in the slope back in March.",
        "no_record_edit": "The district office said it had no record of any complaints about cracks in the slope "
        "above Sorrel Hill.",
        "three_dead": "Three people were confirmed dead after the Sorrel Hill landslide.",
        "officials_warned": "Officials were warned in March about cracks in the slope above Sorrel Hill.",
    },
    "hollander-kessington-deal": {
        "brand_para": "Lotte Brand, Kessington Savings' chief executive, is to leave once Hollander completes its "
        "takeover.",
        "not_approved": "The competition authority has not yet approved Hollander Bank's purchase of Kessington "
        "Savings.",
        "agreed_6_2": "Hollander Bank agreed to buy Kessington Savings for 6.2 billion euros in cash.",
    },
    "maro-cholera": {
        "cases_para": "In the past two weeks, 145 suspected cases of cholera and four deaths have been recorded in "
        "Maro district.",
        "cases_14_deaths": "Maro district has reported 145 suspected cholera cases and fourteen deaths in two weeks.",
        "tablets_para": "Authorities in Maro are distributing water purification tablets to combat the cholera "
        "outbreak.",
        "ministry_wells_edit": "The health ministry said contaminated wells were the probable source of the Maro "
        "cholera outbreak.",
        "ministry_145": "The health ministry said 145 suspected cholera cases had been reported in Maro.",
    },
    "brennhall-tram-derailment": {
        "twelve_para": "A tram derailment in central Brennhall left twelve people injured.",
        "recorder_para": "Pointing to data from the tram's recorder, Brennhall's transport company said the vehicle "
        "had stayed within the 20 km/h speed limit.",
        "recorder_exceeded": "Citing its data recorder, Brennhall's transport company said the derailed tram had "
        "exceeded the 20 km/h limit.",
        "company_19_edit": "Brennhall's transport company said the derailed tram had been going at 19 kilometres per "
        "hour.",
        "too_fast": "The Brennhall tram had been going far too fast.",
        "evening": "A tram derailed in central Brennhall on Friday evening.",
        "one_serious": "One passenger was seriously injured in the Brennhall tram derailment.",
    },
    "diesel-subsidy-tractor-protest": {
        "police_1400_para": "According to police, around 1,400 tractors drove into the capital for the farmers' "
        "protest.",
        "union_4000_para": "The farmers' union put the number of tractors at the diesel subsidy protest at 4,000.",
        "met_edit": "Agriculture Minister Nils Haugen met leaders of the farmers' union on the afternoon of the "
        "tractor protest.",
        "diesel": "Farmers drove tractors into the capital to protest against cuts to diesel subsidies.",
    },
    "orland-census": {
        "grew_para": "Over the past decade the population of the Orland region rose 4.2 percent, reaching 1.38 "
        "million.",
        "grew_2_4": "Orland's population grew by 2.4 percent in ten years to 1.38 million.",
        "ferro_para": "According to regional governor Ana Ferro, the census figures show young people are moving "
        "back to Orland.",
        "office_65_edit": "The statistics office said people over 65 moving in from other regions mainly drove "
        "Orland's growth.",
        "ferro_young": "Governor Ana Ferro said young people returning to Orland drove the region's population growth.",
        "rose": "The latest census showed Orland's population rose over the past decade.",
    },
}

# (kind, key, key): the label follows from the kind (LABEL_OF_KIND).
NEWS_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "kestrel-gorge-dam-release": [
        ("paraphrase", "homes", "homes_para"),
        ("paraphrase", "said_warned", "said_warned_para"),
        ("light_edit", "warned", "warned_edit"),
        ("attribution", "said_warned", "warned"),
        ("attribution", "said_warned_para", "warned"),
        ("number", "homes", "homes_1200"),
        ("number", "warned", "warned_2h"),
        ("negation", "said_warned", "not_warned"),
        ("entity", "said_warned", "government_warned"),
        ("related", "said_warned", "no_warning"),
    ],
    "eastfield-st-agnes-merger": [
        ("paraphrase", "trust", "trust_para"),
        ("paraphrase", "nair", "nair_para"),
        ("light_edit", "no_jobs", "no_jobs_edit"),
        ("attribution", "nair", "no_jobs"),
        ("entity", "nair", "campaigners_jobs"),
        ("number", "trust", "trust_8900"),
        ("entity", "maternity_right", "maternity_wrong"),
        ("related", "fight", "maternity_right"),
    ],
    "harwick-airport-drone": [
        ("paraphrase", "halted", "halted_para"),
        ("paraphrase", "police_none", "police_none_para"),
        ("light_edit", "diverted_11", "diverted_11_edit"),
        ("attribution", "pilots", "drone"),
        ("number", "diverted_11", "diverted_31"),
        ("number", "halted", "halted_2h30"),
        ("negation", "police_none", "police_found"),
    ],
    "dunmore-north-recount": [
        ("paraphrase", "won_37", "won_37_para"),
        ("paraphrase", "sato_said", "sato_said_para"),
        ("light_edit", "falk_alleged", "falk_alleged_edit"),
        ("attribution", "falk_alleged", "counted_twice"),
        ("number", "won_37", "won_73"),
        ("entity", "won_37", "falk_won_37"),
        ("entity", "sato_said", "board_said"),
        ("negation", "counted_twice", "not_counted_twice"),
    ],
    "voigt-fuel-subsidy-screenshot": [
        ("paraphrase", "office_no_plans", "office_denied"),
        ("paraphrase", "checkpoint", "checkpoint_para"),
        ("light_edit", "archives", "archives_edit"),
        ("entity", "checkpoint", "ministry_fake"),
        ("attribution", "office_end", "plans_end"),
        ("negation", "office_no_plans", "office_end"),
        ("number", "posted", "posted_june"),
    ],
    "sugar-drinks-levy": [
        ("paraphrase", "tax", "tax_para"),
        ("paraphrase", "school", "school_para"),
        ("light_edit", "regressive", "regressive_edit"),
        ("number", "raise_810", "raise_180"),
        ("entity", "raise_180", "health_180"),
        ("number", "tax", "tax_8g"),
        ("negation", "regressive", "welcomed"),
    ],
    "vikmor-apartment-explosion": [
        ("paraphrase", "blast", "blast_para"),
        ("paraphrase", "nordgas", "nordgas_para"),
        ("light_edit", "investigating", "investigating_edit"),
        ("attribution", "prosecutors_gas", "gas_leak"),
        ("number", "blast", "blast_swapped"),
        ("negation", "investigating", "prosecutors_gas"),
        ("related", "nordgas", "brigade"),
    ],
    "sorrel-hill-landslide": [
        ("paraphrase", "buried", "buried_para"),
        ("paraphrase", "residents_march", "residents_para"),
        ("light_edit", "no_record", "no_record_edit"),
        ("number", "residents_march", "residents_june"),
        ("number", "three_dead", "five_dead"),
        ("attribution", "residents_march", "officials_warned"),
        ("negation", "no_record", "office_confirmed"),
    ],
    "hollander-kessington-deal": [
        ("paraphrase", "acquiring", "agreed"),
        ("paraphrase", "brand", "brand_para"),
        ("light_edit", "union_900", "union_900_short"),
        ("entity", "agreed", "kessington_buys"),
        ("entity", "union_900", "hollander_900"),
        ("number", "branches_40", "branches_400"),
        ("number", "agreed", "agreed_6_2"),
        ("negation", "approved", "not_approved"),
    ],
    "maro-cholera": [
        ("paraphrase", "cases", "cases_para"),
        ("paraphrase", "tablets", "tablets_para"),
        ("light_edit", "ministry_wells", "ministry_wells_edit"),
        ("attribution", "ministry_wells", "wells"),
        ("number", "lab_31", "lab_13"),
        ("number", "cases", "cases_14_deaths"),
        ("entity", "who_145", "ministry_145"),
    ],
    "brennhall-tram-derailment": [
        ("paraphrase", "twelve", "twelve_para"),
        ("paraphrase", "recorder", "recorder_para"),
        ("light_edit", "company_19", "company_19_edit"),
        ("attribution", "group_fast", "too_fast"),
        ("number", "company_19", "company_29"),
        ("number", "morning", "evening"),
        ("number", "one_serious", "several_serious"),
        ("negation", "recorder", "recorder_exceeded"),
    ],
    "diesel-subsidy-tractor-protest": [
        ("paraphrase", "police_1400", "police_1400_para"),
        ("paraphrase", "union_4000", "union_4000_para"),
        ("light_edit", "met", "met_edit"),
        ("entity", "police_1400", "union_1400"),
        ("number", "police_1400", "police_4000"),
        ("number", "haugen_weeks", "haugen_months"),
        ("entity", "diesel", "fertiliser"),
    ],
    "orland-census": [
        ("paraphrase", "grew", "grew_para"),
        ("paraphrase", "ferro", "ferro_para"),
        ("light_edit", "office_65", "office_65_edit"),
        ("number", "grew", "grew_2_4"),
        ("attribution", "office_young", "young_drove"),
        ("entity", "office_young", "ferro_young"),
        ("related", "office_young", "office_65"),
        ("negation", "fell", "rose"),
    ],
}


def build(scifact_path: Path, news_path: Path) -> list[dict[str, object]]:
    texts = read_scifact_texts(scifact_path)
    different = SCIFACT_SIBLINGS + SCIFACT_EXTRA_DIFFERENT
    referenced = {c for p in different + SCIFACT_SAME + sorted(SCIFACT_SKIP) for c in p}
    referenced |= set(SCIFACT_PARAPHRASES) | set(SCIFACT_LIGHT_EDITS)
    missing = sorted(referenced - set(texts))
    if missing:
        raise SystemExit(f"{scifact_path}: SciFact claim ids not found: {missing}")
    reviewed = set(SCIFACT_SIBLINGS) | SCIFACT_SKIP | set(SCIFACT_SAME)
    candidates = id_gap_candidates(texts, MAX_ID_GAP, MIN_JACCARD)
    if candidates - reviewed:
        raise SystemExit(
            f"unreviewed SciFact candidate pairs (label them or skip them): {sorted(candidates - reviewed)}"
        )
    if set(SCIFACT_SIBLINGS) - candidates:
        raise SystemExit(
            f"listed SciFact siblings are no longer candidates: {sorted(set(SCIFACT_SIBLINGS) - candidates)}"
        )

    group_of = clusters(different + SCIFACT_SAME, "scifact-test-")
    hand = ((SCIFACT_PARAPHRASES, "paraphrase"), (SCIFACT_LIGHT_EDITS, "light_edit"))
    rows = scifact_rows(texts, group_of, different, SCIFACT_SAME, hand)

    rows += news_rows(news_path, NEWS_CLAIMS, NEWS_HAND, NEWS_PAIRS, LABEL_OF_KIND, all_used=False)

    check_distinct_pairs(rows)
    return finish(rows, "ct", "test")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact claims_test.jsonl")
    p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs_val.jsonl")
    p.add_argument("--out", type=Path, default=HERE / "pairs_test.jsonl")
    args = p.parse_args()
    rows = build(args.scifact, args.news)
    write_rows(rows, args.out)
    print(summary(rows, args.out))


if __name__ == "__main__":
    main()
