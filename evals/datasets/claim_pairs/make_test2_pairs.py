"""Build pairs_test2.jsonl: a second fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the SciFact dev claims (BEIR's ``queries.test.jsonl``: ``../shared/datasets/scifact/beir/queries.test.jsonl``,
or --scifact) and the news claims of the verifier's training file (``workbench/verifier/data/news_pairs.jsonl``,
or --news); every other text is written by hand below. No text of it is in pairs.jsonl or pairs_test.jsonl (the
script checks, and stops if one is). README.md beside this file describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test2_pairs.py

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
    check_fresh,
    clusters,
    finish,
    id_gap_candidates,
    news_rows,
    read_earlier,
    read_scifact_texts,
    scifact_rows,
    summary,
    write_rows,
)

SCIFACT = SCIFACT_DIR / "beir" / "queries.test.jsonl"
NEWS = VERIFIER_DATA / "news_pairs.jsonl"
# The splits already looked at: no text of this file may appear in them.
EARLIER_SPLITS = [HERE / "pairs.jsonl", HERE / "pairs_test.jsonl"]

# SciFact dev claims carry no cited documents here, but an annotator's negation or antonym of a claim usually sits
# at an adjacent id. Candidates: claims whose ids differ by at most MAX_ID_GAP with word Jaccard >= MIN_JACCARD.
MAX_ID_GAP = 3
MIN_JACCARD = 0.35

# Every candidate that states a different claim (label 0), read and labelled by hand.
SCIFACT_SIBLINGS: list[tuple[int, int]] = [
    (51, 53),  # better outcomes / poorer prognosis
    (56, 57),  # causing / delaying GABA neuron degeneration
    (129, 130),  # less / more likely to be cited
    (142, 143),  # higher rate of / fewer opportunistic infections
    (143, 146),  # fewer infections / lower rejection
    (216, 217),  # impairs / promotes T cell survival
    (216, 218),  # impairs T cell survival / promotes airway inflammation
    (216, 219),  # impairs T cell survival / suppresses airway inflammation
    (217, 218),  # promotes T cell survival / promotes airway inflammation
    (217, 219),  # promotes T cell survival / suppresses airway inflammation
    (218, 219),  # promotes / suppresses airway inflammation
    (233, 236),  # does not occur in Galliformes / occurs in Passeriformes
    (248, 249),  # increases / reduces energy expenditure
    (268, 269),  # increases / reduces BAT recruitment
    (410, 411),  # increase / reduce the threshold
    (439, 440),  # neuroectoderm / notochord cells
    (532, 533),  # decreases / increases thrombosis
    (659, 660),  # lymphatic filariasis / onchocerciasis
    (700, 702),  # embryo / roots
    (715, 716),  # represses target genes in ovaries / a function in testis
    (742, 743),  # no protective effect / protect
    (820, 821),  # increases / reduces success
    (830, 831),  # causes / prevents phosphorylation
    (879, 880),  # do not make functional peptides / mirror 5'-UTRs
    (913, 914),  # inhibited / activated
    (1020, 1021),  # increase / reduce survival
    (1099, 1100),  # decrease / increase cholesterol
    (1196, 1197),  # effective / not effective
    (1278, 1279),  # no adverse autoimmune events / precipitates them
    (1335, 1336),  # maintain high / reduce TCR diversity
]
# Candidates left out: a judgement call either way.
SCIFACT_SKIP = {
    (692, 693),  # leuko-increased blood increases / leuko-reduced blood reduces complications: two claims, one verdict
}
# Candidates that state the same claim in other words (label 1).
SCIFACT_SAME = [(727, 728)]  # "compared to their Ly6C lo counterparts" / "than Ly6C lo monocytes"
# Pairs outside the candidate rule (ids further apart, or Jaccard below it), found by reading all 300 claims.
SCIFACT_EXTRA_SAME = [(179, 1379)]  # birth weight positively associated with / higher birth weight, more likely
SCIFACT_EXTRA_DIFFERENT = [
    (94, 659),  # albendazole / ivermectin treats lymphatic filariasis
    (128, 1362),  # arterioles / venules have the larger lumen (roles swapped)
    (1362, 1363),  # venules: larger lumen / thinner smooth layer
    (142, 146),  # more infections / less rejection
    (237, 684),  # lacking clpC: a sporulation defect / no effect
    (274, 1359),  # combination better at 52 weeks / varenicline alone better after 12 weeks
    (597, 598),  # cervical cancer incidence decreased / increased
    (1175, 1179),  # MDA5: two N-terminal CARD domains / a central helicase domain
    (1179, 1180),  # MDA5: a central helicase domain / a sensor of RNA virus infection
    (1368, 1370),  # vitamin D deficiency: affects the term of delivery / unrelated to birth weight
]
# Read and left out although outside the rule: documentation only.
SCIFACT_EXTRA_SKIP = {
    (781, 783),  # resistant to EAM / resistant to EAM induced with alpha-MyHC/CFA: one a special case of the other
}

# Hand-written paraphrases of SciFact claims that have a sibling: the same claim as another article might word it.
SCIFACT_PARAPHRASES: dict[int, str] = {
    51: "Better breast cancer outcomes are linked to expression of ALDH1.",
    56: "In neurons derived from iPSCs, expressing APOE4 raises amyloid-beta production and tau phosphorylation, which "
    "leads to the degeneration of GABA neurons.",
    94: "Lymphatic filariasis is treated with albendazole.",
    128: "The lumen of an arteriole is wider in diameter than that of a venule.",
    129: "Open access articles are cited less often than articles in traditional journals.",
    130: "Articles that are published open access have a better chance of being cited than those in traditional "
    "journals.",
    142: "Opportunistic infections are more frequent after autologous mesenchymal stem cell transplantation than after "
    "induction therapy with anti-IL-2 receptor antibodies.",
    146: "Rejection occurs less often with autologous mesenchymal stem cell transplants than with anti-interleukin-2 "
    "receptor antibody induction therapy.",
    216: "T cell survival is impaired by CX3CR1 on Th2 cells.",
    218: "Airway inflammation is promoted by the CX3CR1 found on Th2 cells.",
    233: "Galliform birds lack cell-autonomous sex determination in their somatic cells.",
    237: "In Bacillus subtilis, loss of clpC leaves cells less efficient at sporulating.",
    248: "Treatment with chenodeoxycholic acid raises energy expenditure across the whole body.",
    268: "Exposure to cold boosts the recruitment of brown adipose tissue.",
    274: "At 52 weeks, long-term abstinence is significantly higher with nicotine replacement therapy combined with "
    "varenicline or bupropion than with varenicline alone.",
    410: "The threshold for developing epilepsy is raised by febrile seizures.",
    411: "Seizures brought on by fever lower the threshold at which epilepsy develops.",
    440: "During zebrafish neurulation, Pk localises to the anterior membrane of notochord cells in an "
    "Fz/PCP-dependent way.",
    532: "Raised fibrinogen levels in the blood lower the rate of thrombosis in femoropopliteal bypasses.",
    598: "Nationwide screening programmes for uterine cervical cancer, based mainly on cytology, have caused cervical "
    "cancer incidence rates to rise.",
    659: "Ivermectin is a treatment used for lymphatic filariasis.",
    684: "Sporulation efficiency in Bacillus subtilis cells is unaffected by the absence of clpC.",
    702: "In the roots of Arabidopsis, PIN1 localises without needing VPS9a.",
    742: "Macrolide antibiotics offer no protection against heart attacks.",
    821: "Transcription start sites are identified less successfully when N-terminal cleavage is used.",
    830: "In Drosophila, Merlin (NF2) activates the LATS1/2 kinases and so causes YAP to be phosphorylated and then "
    "held in the cytoplasm.",
    1020: "Granule cell neurons infected with West Nile virus survive better because interferon-induced genes are "
    "rapidly up-regulated and more highly expressed at baseline.",
    1099: "Statins lower the level of cholesterol in the blood.",
    1175: "The pattern recognition receptor MDA5 carries two CARD domains at its N-terminus.",
    1180: "MDA5, a pattern recognition receptor, senses infection by RNA viruses.",
    1196: "Making safe places to study available effectively reduces homelessness.",
    1279: "Treating cancer patients with co-IR blockade triggers adverse autoimmune events.",
    1335: "After transplantation, umbilical cord blood T cells keep their TCR diversity high.",
    1359: "After twelve weeks of treatment, varenicline on its own works better than combining nicotine replacement "
    "therapy with varenicline or bupropion.",
    1362: "Compared with arterioles, venules have a wider lumen diameter.",
}

# Hand-made light edits of SciFact claims: a synonym, an article, a spelling, a word order.
SCIFACT_LIGHT_EDITS: dict[int, str] = {
    53: "ALDH1 expression is associated with a poorer prognosis in breast cancer.",
    143: "Autologous transplantation of mesenchymal stem cells causes fewer opportunistic infections than induction "
    "therapy with anti-IL-2 receptor antibodies.",
    219: "CX3CR1 on Th2 cells suppresses airway inflammation.",
    249: "Chenodeoxycholic acid treatment reduces whole-body energy expenditure.",
    439: "Fz/PCP-dependent Pk localizes to the anterior membrane of neuroectoderm cells during zebrafish neurulation.",
    820: "N-terminal cleavage increases the success of identifying transcription start sites.",
    1021: "Rapid upregulation and higher basal expression of interferon-induced genes reduce the survival of granule "
    "cell neurons infected by West Nile virus.",
    1368: "Vitamin D deficiency affects the term of delivery.",
}

# News stories (topics of news_pairs.jsonl). NEWS_CLAIMS quotes the file's claims under short keys; NEWS_HAND holds
# texts written by hand; NEWS_PAIRS pairs keys of either, with the kind of the pair.
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
    "marlow-creek-boil-notice": {
        "authority_ecoli": "The regional water authority said routine tests found E. coli at two sampling points in "
        "Marlow Creek.",
        "ecoli": "Routine tests found E. coli at two sampling points in Marlow Creek's water network.",
        "no_ecoli": "Routine tests on Marlow Creek's water network found no trace of E. coli.",
        "households_14000": "A boil-water notice issued in Marlow Creek covers about 14,000 households.",
        "western": "The Marlow Creek boil-water notice applies to households on the western side of the town.",
        "authority_72h": "According to the regional water authority, the Marlow Creek boil-water advisory will remain "
        "in place for at least three days.",
    },
    "norvena-calvaria-expulsion": {
        "gave_72h": "Norvena gave two Calvarian diplomats 72 hours to leave the country.",
        "accused": "Norvena's foreign ministry accused two Calvarian diplomats of activities incompatible with their "
        "status.",
        "rejected": "Calvaria's foreign ministry rejected Norvena's accusation against its two diplomats.",
        "calvaria_expelled": "Calvaria expelled two diplomats from Norvena's embassy on Tuesday.",
        "four": "Norvena expelled four diplomats from Calvaria's embassy on Tuesday.",
        "not_respond": "Calvaria's foreign ministry said it would not respond to the expulsion of its diplomats.",
        "engaged": "Two Calvarian diplomats engaged in activities incompatible with their diplomatic status in "
        "Norvena.",
    },
    "estmark-valdoria-mackerel": {
        "estmark_35": "Estmark's fisheries ministry said Valdoria had demanded 35 percent of the mackerel catch.",
        "marek_28": "Valdoria's negotiator Ivo Marek said his country had asked for 28 percent of the mackerel catch.",
        "marek_rejected": "Ivo Marek rejected Estmark's account of Valdoria's mackerel quota demand.",
        "agreement": "Estmark and Valdoria reached an agreement on mackerel quotas on Friday.",
    },
    "pravexin-approval": {
        "cleared": "The medicines regulator cleared Helixa Bio's Pravexin for adults whose migraines did not respond "
        "to at least two other treatments.",
        "nausea": "Nausea was the most frequently reported side effect of Pravexin.",
        "dizziness": "The most common side effect of Helixa Bio's migraine drug Pravexin was dizziness.",
        "rejected": "The national medicines regulator rejected Helixa Bio's application for Pravexin.",
        "ceo_41": "Helixa Bio's chief executive said Pravexin cut migraine days by 4.1 per month.",
        "placebo_23": "In Pravexin's main trial, patients given a placebo had 2.3 fewer migraine days a month.",
    },
    "may-inflation-figures": {
        "eased": "Inflation eased to 3.1 percent in May, the statistics office said.",
        "accelerated": "Annual inflation accelerated in May, according to the statistics office.",
        "brandt": "Opposition leader Tomas Brandt claimed real inflation was closer to 10 percent.",
        "real_10": "The real annual inflation rate in May was close to 10 percent.",
        "food_reason": "Lower food prices were the main reason inflation slowed in May.",
        "food_7": "Food prices in May were 7 percent higher than a year earlier even as overall inflation slowed.",
    },
    "typhoon-kessa": {
        "over_230": "Over 230,000 people were moved to shelters before Typhoon Kessa hit Binh Lam.",
        "more_230": "More than 230,000 people were moved to shelters before Typhoon Kessa made landfall in Binh Lam.",
        "winds_265": "Typhoon Kessa hit Binh Lam province with winds of up to 265 kilometres per hour.",
        "officials_four": "Provincial officials said four people died after Typhoon Kessa made landfall in Binh Lam.",
        "officials_four_hit": "Provincial officials said four people had died after Typhoon Kessa hit Binh Lam.",
        "agency_four": "The national weather agency said four people had died because of Typhoon Kessa.",
        "tourists": "Two tourists died when their boat capsized during Typhoon Kessa.",
    },
    "kessler-bribery-sentence": {
        "sixteen": "Anton Kessler was sentenced to 16 years in prison for accepting bribes.",
        "acquitted": "A court in Vellamo acquitted former public works director Anton Kessler of bribery.",
        "lawyer_appeal": "Anton Kessler's lawyer said his client would appeal the six-year sentence.",
        "judge_systematic": "Judge Marta Oyelaran described Anton Kessler's bribe-taking as systematic.",
        "council_review": "Vellamo's council will have an outside auditor review public works contracts signed from "
        "2014 to 2022.",
    },
    "torvik-airbag-recall": {
        "driver": "Torvik is recalling Sola hatchbacks because the driver's airbag may not deploy in a crash.",
        "no_accidents": "Torvik Motors said it was not aware of any accidents linked to the Sola airbag fault.",
        "north_america": "Torvik Motors is recalling 48,000 Sola hatchbacks sold in North America.",
        "built": "The Torvik recall affects Sola hatchbacks built from March 2021 to June 2022.",
    },
    "orbix-launch-failure": {
        "failed_three": "An Orbix Aerospace rocket failed shortly after launch, destroying three weather satellites.",
        "five": "The Orbix Aerospace rocket was carrying five satellites when it failed.",
        "orbix_second": "Orbix Aerospace said early data suggested a second-stage engine problem caused its launch "
        "failure.",
        "orbix_first": "Orbix Aerospace said a first-stage engine problem caused its rocket to fail.",
        "second_caused": "A problem with the second-stage engine caused the Orbix Aerospace rocket failure.",
        "land": "Debris from the failed Orbix rocket fell on land near the Tarrow Point spaceport.",
        "nobody": "Nobody was injured when the Orbix Aerospace rocket failed after lift-off from Tarrow Point.",
    },
    "brackwater-nurses-strike": {
        "union_200": "The nurses' union said more than 200 operations were postponed because of the Brackwater strike.",
        "mgmt_200": "Brackwater General Hospital management said more than 200 operations were postponed during the "
        "nurses' strike.",
        "mgmt_30": "Hospital management said 30 planned operations were postponed during the nurses' strike at "
        "Brackwater General.",
        "mgmt_30_had": "Hospital management said 30 planned operations had been postponed during the Brackwater "
        "nurses' strike.",
        "walkout": "Nurses at Brackwater General Hospital staged a two-day walkout over staffing.",
        "emergency_suspended": "Emergency care at Brackwater General Hospital was suspended during the nurses' strike.",
        "union_60": "The Brackwater nurses' union demanded that the hospital hire at least 60 more nurses.",
        "spokes_60": "A Brackwater General Hospital spokesperson said 60 new nurses would start in the spring.",
    },
    "maren-gallery-theft": {
        "stolen": "A 17th-century still life by Pieter van Loon was stolen from the Maren City Gallery.",
        "century_18": "The Pieter van Loon painting stolen from the Maren City Gallery dates from the 18th century.",
        "eight_million": "The painting stolen from the Maren City Gallery was insured for 8 million euros.",
        "union_alarm": "A staff union claimed the Maren City Gallery's alarm had been switched off for repairs.",
        "overnight": "The Pieter van Loon painting was stolen overnight while the Maren City Gallery was closed.",
        "gallery_denied": "The Maren City Gallery denied that its alarm system was switched off when the painting was "
        "stolen.",
        "police_alarm": "Police said the Maren City Gallery's alarm system had been working normally.",
        "open": "The painting stolen from the Maren City Gallery was taken while the gallery was open to visitors.",
    },
    "santana-extradition": {
        "cleared": "A Lisbon court cleared the way for businessman Rui Santana to be extradited to Brazil on fraud "
        "charges.",
        "refused": "A Lisbon court refused to extradite businessman Rui Santana to Brazil.",
        "denies": "Rui Santana denies the fraud charges he faces in Brazil, according to his lawyer.",
        "defrauded": "Rui Santana defrauded investors of about 40 million reais.",
        "prosecutors_40": "Brazilian prosecutors accuse Rui Santana of defrauding investors of about 40 million reais.",
        "prosecutors_400": "Brazilian prosecutors accuse Rui Santana of defrauding investors of about 400 million "
        "reais.",
        "arrested_january": "Rui Santana was arrested in Lisbon in January at the request of Brazilian authorities.",
    },
    "central-bank-hold": {
        "unchanged": "The central bank left its key interest rate unchanged at 4.25 percent.",
        "cut": "The central bank cut its main interest rate on Thursday.",
        "marsh_unlikely": "Governor Helena Marsh said an interest rate cut before the summer was unlikely.",
        "marsh_probably": "Governor Helena Marsh said the central bank would probably cut rates before the summer.",
        "unanimous": "The central bank's rate-setting committee voted unanimously to keep rates on hold.",
        "third": "It was the third meeting in a row at which the central bank kept rates unchanged.",
    },
    "halvard-marathon-record": {
        "by_14": "Faith Jelagat broke the Halvard Marathon course record by 14 seconds.",
        "alemu_won": "Ethiopia's Meseret Alemu won the Halvard Marathon on Sunday.",
        "jelagat_injury": "Faith Jelagat said she ran the last 10 kilometres of the Halvard Marathon with a hamstring "
        "injury.",
        "alemu_second": "Meseret Alemu of Ethiopia came second at the Halvard Marathon.",
        "no_pain": "Faith Jelagat said she had felt no pain at any point in the Halvard Marathon.",
    },
    "wessing-bird-flu": {
        "culled": "Some 90,000 hens are to be culled after bird flu was found at a farm near Wessing.",
        "zone_10": "A 10-kilometre protection zone was set up around the poultry farm near Wessing.",
        "ministry_high": "The agriculture ministry said bird flu near Wessing posed a high risk to the public.",
        "ministry_low": "The agriculture ministry said the public risk from the Wessing bird flu outbreak was very "
        "low.",
        "ducks": "Bird flu was confirmed at a duck farm near Wessing where 90,000 ducks will be culled.",
        "vets_low": "Local veterinarians said the risk to the public from the Wessing outbreak was very low.",
        "zone_3": "A 3-kilometre protection zone surrounds the poultry farm near Wessing where bird flu was confirmed.",
    },
}

NEWS_HAND: dict[str, dict[str, str]] = {
    "marlow-creek-boil-notice": {
        "authority_ecoli_para": "E. coli was detected at two sampling points during routine testing in Marlow "
        "Creek, according to the regional water authority.",
        "authority_72h_para": "The regional water authority said Marlow Creek's boil-water advisory would stay in "
        "force for no less than 72 hours.",
        "ecoli_edit": "Routine tests found E. coli at two sampling points in the Marlow Creek water network.",
        "households_4200": "A boil-water notice issued in Marlow Creek covers about 4,200 households.",
        "eastern": "The Marlow Creek boil-water notice applies to households on the eastern side of the town.",
    },
    "norvena-calvaria-expulsion": {
        "gave_72h_para": "Two diplomats from Calvaria were given three days by Norvena to get out of the country.",
        "accused_para": "Two Calvarian diplomats were accused by Norvena's foreign ministry of activities "
        "incompatible with their status.",
        "rejected_edit": "Calvaria's foreign ministry rejected Norvena's accusations against its two diplomats.",
        "expelled": "Norvena expelled two diplomats from Calvaria's embassy on Tuesday.",
        "respond": "Calvaria's foreign ministry said it would respond proportionately to the expulsion of its "
        "diplomats.",
    },
    "estmark-valdoria-mackerel": {
        "estmark_35_para": "According to Estmark's fisheries ministry, Valdoria's demand was for 35% of the mackerel "
        "catch.",
        "marek_28_para": "Ivo Marek, who negotiates for Valdoria, said his side had requested twenty-eight per cent "
        "of the mackerel catch.",
        "marek_rejected_edit": "Ivo Marek rejected Estmark's version of Valdoria's mackerel quota demand.",
        "demanded_35": "Valdoria demanded 35 percent of the mackerel catch.",
        "marek_22": "Valdoria's negotiator Ivo Marek said his country had asked for 22 percent of the mackerel catch.",
        "valdoria_said_estmark": "Valdoria's fisheries ministry said Estmark had demanded 35 percent of the mackerel "
        "catch.",
        "no_agreement": "Estmark and Valdoria failed to reach an agreement on mackerel quotas on Friday.",
    },
    "pravexin-approval": {
        "cleared_para": "Helixa Bio's Pravexin was approved by the medicines regulator for adult migraine patients "
        "who had failed to respond to at least two other treatments.",
        "placebo_para": "In the main trial of Pravexin, those receiving placebo saw their migraine days fall by 2.3 a "
        "month.",
        "nausea_edit": "Nausea was the side effect most frequently reported with Pravexin.",
        "approved": "The national medicines regulator approved Helixa Bio's application for Pravexin.",
        "placebo_32": "In Pravexin's main trial, patients given a placebo had 3.2 fewer migraine days a month.",
        "regulator_41": "The medicines regulator said Pravexin cut migraine days by 4.1 per month.",
    },
    "may-inflation-figures": {
        "eased_para": "According to the statistics office, the rate of inflation came down to 3.1 per cent in May.",
        "brandt_para": "Tomas Brandt, the opposition leader, asserted that the real rate of inflation was nearer to "
        "10 percent.",
        "food_7_edit": "Food prices in May were 7 percent higher than a year before, even as overall inflation slowed.",
        "eased_april": "Inflation eased to 3.1 percent in April, the statistics office said.",
        "slowed": "Annual inflation slowed in May, according to the statistics office.",
        "fuel_reason": "Lower fuel prices were the main reason inflation slowed in May.",
        "food_rose": "Food prices rose in May compared with a year earlier.",
        "food_fell": "Food prices fell in May compared with a year earlier.",
    },
    "typhoon-kessa": {
        "winds_165": "Typhoon Kessa hit Binh Lam province with winds of up to 165 kilometres per hour.",
        "winds_165_para": "Packing winds as strong as 165 km/h, Typhoon Kessa struck the province of Binh Lam.",
        "fishermen": "Two fishermen died when their boat capsized during Typhoon Kessa.",
    },
    "kessler-bribery-sentence": {
        "judge_systematic_para": "Anton Kessler's taking of bribes was systematic, according to Judge Marta Oyelaran.",
        "council_review_para": "Vellamo city council is to have public works contracts signed between 2014 and 2022 "
        "checked by an external auditor.",
        "lawyer_appeal_edit": "Anton Kessler's lawyer said his client would appeal against the six-year sentence.",
        "six_years": "Anton Kessler was sentenced to six years in prison for accepting bribes.",
        "convicted": "A court in Vellamo convicted former public works director Anton Kessler of bribery.",
        "prosecutors_systematic": "Prosecutors described Anton Kessler's bribe-taking as systematic.",
    },
    "torvik-airbag-recall": {
        "built_para": "Sola hatchbacks manufactured between March 2021 and June 2022 are covered by Torvik's recall.",
        "europe": "Torvik Motors is recalling 48,000 Sola hatchbacks sold in Europe.",
        "europe_para": "Forty-eight thousand Sola hatchbacks sold in Europe are being recalled by Torvik Motors.",
        "no_accidents_edit": "Torvik Motors said it was not aware of any accidents linked to the airbag fault in the "
        "Sola.",
        "built_may": "The Torvik recall affects Sola hatchbacks built from May 2021 to June 2022.",
        "passenger": "Torvik is recalling Sola hatchbacks because the passenger airbag may not deploy in a crash.",
        "safe": "Torvik Motors said the Sola hatchback was safe to drive despite the airbag fault.",
        "unsafe": "Torvik Motors said the Sola hatchback was unsafe to drive because of the airbag fault.",
    },
    "orbix-launch-failure": {
        "failed_three_para": "Three weather satellites were destroyed when a rocket from Orbix Aerospace failed soon "
        "after launch.",
        "orbix_second_para": "According to Orbix Aerospace, initial data indicated that a fault in the second-stage "
        "engine was behind the launch failure.",
        "nobody_edit": "No one was injured when the Orbix Aerospace rocket failed after lift-off from Tarrow Point.",
        "sea": "Debris from the failed Orbix rocket fell into the sea near the Tarrow Point spaceport.",
    },
    "brackwater-nurses-strike": {
        "walkout_para": "A 48-hour strike over staffing levels was held by nurses at Brackwater General Hospital.",
        "union_60_para": "The nurses' union at Brackwater insisted that the hospital take on a minimum of sixty extra "
        "nurses.",
        "emergency_normal": "Emergency care at Brackwater General Hospital continued as normal during the nurses' "
        "strike.",
        "spokes_25": "A Brackwater General Hospital spokesperson said 25 new nurses would start in the spring.",
    },
    "maren-gallery-theft": {
        "stolen_para": "Thieves took a still life painted by Pieter van Loon in the 1600s from the Maren City Gallery.",
        "open_para": "The painting was taken from the Maren City Gallery during the gallery's opening hours.",
        "union_alarm_edit": "A staff union claimed that the Maren City Gallery's alarm had been turned off for "
        "repairs.",
        "insured_800000": "The painting stolen from the Maren City Gallery was insured for 800,000 euros.",
        "alarm_off": "The Maren City Gallery's alarm had been switched off for repairs.",
        "gallery_alarm": "The Maren City Gallery said its alarm system had been working normally.",
    },
    "santana-extradition": {
        "cleared_para": "After a ruling by a court in Lisbon, businessman Rui Santana can be extradited to Brazil to "
        "face fraud charges.",
        "prosecutors_40_para": "Prosecutors in Brazil allege that Rui Santana cheated investors out of some 40 "
        "million reais.",
        "denies_edit": "Rui Santana denies the fraud charges he faces in Brazil, his lawyer said.",
        "approved": "A Lisbon court approved the extradition of businessman Rui Santana to Brazil.",
        "brazil_court": "A court in Brazil approved the extradition of businessman Rui Santana to Portugal.",
        "arrested_march": "Rui Santana was arrested in Lisbon in March at the request of Brazilian authorities.",
    },
    "central-bank-hold": {
        "unchanged_para": "The central bank held its main interest rate at four and a quarter per cent.",
        "marsh_para": "An interest rate cut before the summer is unlikely, according to Governor Helena Marsh.",
        "third_edit": "It was the third meeting in a row at which the central bank left rates unchanged.",
        "unchanged_45": "The central bank left its key interest rate unchanged at 4.5 percent.",
        "held": "The central bank held its main interest rate on Thursday.",
        "cut_unlikely": "An interest rate cut before the summer is unlikely.",
        "two_voted": "Two members of the central bank's rate-setting committee voted for a quarter-point cut.",
    },
    "halvard-marathon-record": {
        "by_41": "Faith Jelagat broke the Halvard Marathon course record by 41 seconds.",
        "by_41_para": "Faith Jelagat ran the Halvard Marathon 41 seconds faster than the old course record.",
        "jelagat_injury_para": "Faith Jelagat says she was running with an injured hamstring over the final 10 km of "
        "the Halvard Marathon.",
        "alemu_second_edit": "Ethiopia's Meseret Alemu came second at the Halvard Marathon.",
        "jelagat_won": "Kenya's Faith Jelagat won the Halvard Marathon on Sunday.",
        "jelagat_ahead": "Faith Jelagat finished ahead of Meseret Alemu at the Halvard Marathon.",
        "alemu_ahead": "Meseret Alemu finished ahead of Faith Jelagat at the Halvard Marathon.",
        "ran_injured": "Faith Jelagat ran the last 10 kilometres of the Halvard Marathon with a hamstring injury.",
    },
    "wessing-bird-flu": {
        "culled_para": "About ninety thousand hens will be killed following the confirmation of bird flu on a farm "
        "close to Wessing.",
        "ministry_low_para": "According to the agriculture ministry, the Wessing bird flu outbreak poses only a very "
        "low risk to the public.",
        "zone_3_edit": "A three-kilometre protection zone surrounds the poultry farm near Wessing where bird flu was "
        "confirmed.",
        "zone_3_set": "A 3-kilometre protection zone was set up around the poultry farm near Wessing.",
        "culled_9000": "Some 9,000 hens are to be culled after bird flu was found at a farm near Wessing.",
    },
}

# (kind, key, key): the label follows from the kind (LABEL_OF_KIND).
NEWS_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "marlow-creek-boil-notice": [
        ("paraphrase", "authority_ecoli", "authority_ecoli_para"),
        ("paraphrase", "authority_72h", "authority_72h_para"),
        ("light_edit", "ecoli", "ecoli_edit"),
        ("attribution", "authority_ecoli", "ecoli"),
        ("negation", "ecoli", "no_ecoli"),
        ("number", "households_4200", "households_14000"),
        ("entity", "eastern", "western"),
    ],
    "norvena-calvaria-expulsion": [
        ("paraphrase", "gave_72h", "gave_72h_para"),
        ("paraphrase", "accused", "accused_para"),
        ("light_edit", "rejected", "rejected_edit"),
        ("entity", "expelled", "calvaria_expelled"),
        ("number", "expelled", "four"),
        ("attribution", "accused", "engaged"),
        ("negation", "respond", "not_respond"),
    ],
    "estmark-valdoria-mackerel": [
        ("paraphrase", "estmark_35", "estmark_35_para"),
        ("paraphrase", "marek_28", "marek_28_para"),
        ("light_edit", "marek_rejected", "marek_rejected_edit"),
        ("attribution", "estmark_35", "demanded_35"),
        ("number", "marek_28", "marek_22"),
        ("entity", "estmark_35", "valdoria_said_estmark"),
        ("negation", "agreement", "no_agreement"),
    ],
    "pravexin-approval": [
        ("paraphrase", "cleared", "cleared_para"),
        ("paraphrase", "placebo_23", "placebo_para"),
        ("light_edit", "nausea", "nausea_edit"),
        ("negation", "rejected", "approved"),
        ("entity", "nausea", "dizziness"),
        ("number", "placebo_23", "placebo_32"),
        ("entity", "ceo_41", "regulator_41"),
    ],
    "may-inflation-figures": [
        ("paraphrase", "eased", "eased_para"),
        ("paraphrase", "brandt", "brandt_para"),
        ("light_edit", "food_7", "food_7_edit"),
        ("attribution", "brandt", "real_10"),
        ("number", "eased", "eased_april"),
        ("negation", "accelerated", "slowed"),
        ("entity", "food_reason", "fuel_reason"),
        ("negation", "food_rose", "food_fell"),
    ],
    "typhoon-kessa": [
        ("paraphrase", "over_230", "more_230"),
        ("paraphrase", "winds_165", "winds_165_para"),
        ("light_edit", "officials_four", "officials_four_hit"),
        ("number", "winds_165", "winds_265"),
        ("entity", "officials_four_hit", "agency_four"),
        ("entity", "fishermen", "tourists"),
    ],
    "kessler-bribery-sentence": [
        ("paraphrase", "judge_systematic", "judge_systematic_para"),
        ("paraphrase", "council_review", "council_review_para"),
        ("light_edit", "lawyer_appeal", "lawyer_appeal_edit"),
        ("number", "six_years", "sixteen"),
        ("negation", "acquitted", "convicted"),
        ("entity", "judge_systematic", "prosecutors_systematic"),
    ],
    "torvik-airbag-recall": [
        ("paraphrase", "built", "built_para"),
        ("paraphrase", "europe", "europe_para"),
        ("light_edit", "no_accidents", "no_accidents_edit"),
        ("number", "built", "built_may"),
        ("entity", "europe", "north_america"),
        ("entity", "passenger", "driver"),
        ("negation", "safe", "unsafe"),
    ],
    "orbix-launch-failure": [
        ("paraphrase", "failed_three", "failed_three_para"),
        ("paraphrase", "orbix_second", "orbix_second_para"),
        ("light_edit", "nobody", "nobody_edit"),
        ("attribution", "orbix_second", "second_caused"),
        ("entity", "orbix_second", "orbix_first"),
        ("number", "failed_three", "five"),
        ("entity", "land", "sea"),
    ],
    "brackwater-nurses-strike": [
        ("light_edit", "mgmt_30", "mgmt_30_had"),
        ("paraphrase", "walkout", "walkout_para"),
        ("paraphrase", "union_60", "union_60_para"),
        ("entity", "union_200", "mgmt_200"),
        ("negation", "emergency_suspended", "emergency_normal"),
        ("number", "spokes_60", "spokes_25"),
        ("related", "union_60", "spokes_60"),
    ],
    "maren-gallery-theft": [
        ("paraphrase", "stolen", "stolen_para"),
        ("paraphrase", "open", "open_para"),
        ("light_edit", "union_alarm", "union_alarm_edit"),
        ("number", "stolen", "century_18"),
        ("number", "insured_800000", "eight_million"),
        ("attribution", "union_alarm", "alarm_off"),
        ("entity", "police_alarm", "gallery_alarm"),
        ("negation", "open", "overnight"),
        ("related", "union_alarm", "gallery_denied"),
    ],
    "santana-extradition": [
        ("paraphrase", "cleared", "cleared_para"),
        ("paraphrase", "prosecutors_40", "prosecutors_40_para"),
        ("light_edit", "denies", "denies_edit"),
        ("attribution", "prosecutors_40", "defrauded"),
        ("number", "prosecutors_40", "prosecutors_400"),
        ("number", "arrested_january", "arrested_march"),
        ("negation", "refused", "approved"),
        ("entity", "approved", "brazil_court"),
    ],
    "central-bank-hold": [
        ("paraphrase", "unchanged", "unchanged_para"),
        ("paraphrase", "marsh_unlikely", "marsh_para"),
        ("light_edit", "third", "third_edit"),
        ("number", "unchanged", "unchanged_45"),
        ("negation", "cut", "held"),
        ("negation", "marsh_unlikely", "marsh_probably"),
        ("attribution", "marsh_unlikely", "cut_unlikely"),
        ("related", "unanimous", "two_voted"),
    ],
    "halvard-marathon-record": [
        ("paraphrase", "by_41", "by_41_para"),
        ("paraphrase", "jelagat_injury", "jelagat_injury_para"),
        ("light_edit", "alemu_second", "alemu_second_edit"),
        ("number", "by_41", "by_14"),
        ("entity", "jelagat_won", "alemu_won"),
        ("entity", "jelagat_ahead", "alemu_ahead"),
        ("attribution", "jelagat_injury", "ran_injured"),
        ("related", "jelagat_injury", "no_pain"),
    ],
    "wessing-bird-flu": [
        ("paraphrase", "culled", "culled_para"),
        ("paraphrase", "ministry_low", "ministry_low_para"),
        ("light_edit", "zone_3", "zone_3_edit"),
        ("number", "zone_3_set", "zone_10"),
        ("negation", "ministry_high", "ministry_low"),
        ("entity", "ministry_low", "vets_low"),
        ("entity", "culled", "ducks"),
        ("number", "culled", "culled_9000"),
    ],
}


def build(scifact_path: Path, news_path: Path) -> list[dict[str, object]]:
    texts = read_scifact_texts(scifact_path, id_key="_id", text_key="text")
    different = SCIFACT_SIBLINGS + SCIFACT_EXTRA_DIFFERENT
    same = SCIFACT_SAME + SCIFACT_EXTRA_SAME
    referenced = {c for p in different + same + sorted(SCIFACT_SKIP) for c in p}
    referenced |= set(SCIFACT_PARAPHRASES) | set(SCIFACT_LIGHT_EDITS)
    missing = sorted(referenced - set(texts))
    if missing:
        raise SystemExit(f"{scifact_path}: SciFact claim ids not found: {missing}")
    listed = set(SCIFACT_SIBLINGS) | SCIFACT_SKIP | set(SCIFACT_SAME)
    candidates = id_gap_candidates(texts, MAX_ID_GAP, MIN_JACCARD)
    if candidates != listed:
        raise SystemExit(
            "the SciFact candidate pairs changed: "
            f"unreviewed {sorted(candidates - listed)}, no longer candidates {sorted(listed - candidates)}"
        )
    extras = set(SCIFACT_EXTRA_DIFFERENT) | set(SCIFACT_EXTRA_SAME) | SCIFACT_EXTRA_SKIP
    if extras & candidates:
        raise SystemExit(f"extra SciFact pairs are candidates, list them as such: {sorted(extras & candidates)}")

    group_of = clusters(different + same, "scifact-dev-")
    hand = ((SCIFACT_PARAPHRASES, "paraphrase"), (SCIFACT_LIGHT_EDITS, "light_edit"))
    rows = scifact_rows(texts, group_of, different, same, hand)

    rows += news_rows(news_path, NEWS_CLAIMS, NEWS_HAND, NEWS_PAIRS, LABEL_OF_KIND, all_used=True)

    check_distinct_pairs(rows)
    check_fresh(rows, read_earlier(EARLIER_SPLITS))
    return finish(rows, "cu", "test2")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact dev claims (BEIR queries.test.jsonl)")
    p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs.jsonl")
    p.add_argument("--out", type=Path, default=HERE / "pairs_test2.jsonl")
    args = p.parse_args()
    rows = build(args.scifact, args.news)
    write_rows(rows, args.out)
    print(summary(rows, args.out))


if __name__ == "__main__":
    main()
