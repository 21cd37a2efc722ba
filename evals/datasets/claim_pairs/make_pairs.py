"""Build pairs.jsonl: claim pairs labelled "the same claim" (1) or "a different claim" (0).

Reads the SciFact training claims (``../shared/datasets/scifact/claims_train.jsonl``, or --scifact)
and the demo gold claims (``evals/datasets/demo_claims.jsonl``); every other text is written by
hand below. README.md beside this file describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import re
from collections import defaultdict
from pathlib import Path

from pairs_common import HERE, REPO, SCIFACT_DIR, finish, jaccard, pair_row, read_jsonl, summary, write_rows

SCIFACT = SCIFACT_DIR / "claims_train.jsonl"
DEMO = REPO / "evals" / "datasets" / "demo_claims.jsonl"

# SciFact: claims citing the same abstracts form a group. The two most alike claims of a group
# (word Jaccard >= MIN_JACCARD) are usually an original claim and the negation, antonym, number
# or entity swap an annotator wrote from it: hard "different claim" pairs.
MIN_JACCARD = 0.35

# Pairs of SciFact claims (same abstracts) that state the same claim in other words.
SCIFACT_SAME = [(44, 45), (40, 349), (601, 941), (529, 531), (1134, 1136)]
# Other members of those groups that assert something else (negations mostly).
SCIFACT_EXTRA_DIFFERENT = [(44, 229), (45, 1291), (40, 39), (349, 39), (601, 600), (941, 940), (1134, 1135)]
# Most-alike pairs left out: identical texts, or a judgement call either way.
SCIFACT_SKIP = {(85, 86), (1044, 1045), (751, 752), (407, 1166), (335, 488), (632, 633)}

# Hand-written paraphrases of SciFact claims: the same claim as another article might word it.
SCIFACT_PARAPHRASES: dict[int, str] = {
    6: "One in ten SIDS deaths occurs in babies younger than six months.",
    18: "At diagnosis, 61 percent of people with colorectal cancer have disease that has spread regionally or further.",
    15: "Half of radiation-exposed patients show activated mesenchymal stem cell markers.",
    19: "C. elegans worms at seven days of adulthood show roughly 5 percent of the learning ability of one-day-old "
    "adults.",
    10: "Treating cells with 4-PBA lowers ER stress as measured by general ER stress markers.",
    26: "Taking a 100g chloroquine prophylaxis regimen weekly causes damage to the retina after one year.",
    30: "How well a woman with breast cancer metabolises tamoxifen affects how her treatment turns out.",
    35: "Lacking vitamin B12 lowers the amount of homocysteine in the blood.",
    929: "People with microcytosis and a raised red blood cell count were better protected against severe malarial "
    "anaemia during Plasmodium falciparum infection.",
    286: "Gene editing that turns apoE4 into apoE3 stops apoE4-related pathology in neurons derived from human iPSCs.",
    61: "Antiretroviral therapy greatly lowers how infectious people with HIV are.",
    326: "Deleting the ATM- and Rad3-related protein causes acute loss of tissue.",
    76: "Neutrophil polarization is triggered by active Ly49Q.",
    92: "Older patients are more vulnerable to ischemia-reperfusion injury.",
    848: "Among doctors in the US who trained in sub-Saharan Africa, those from Nigeria make up the biggest group.",
    120: "Migraines become less severe when patients take antidepressants.",
    121: "The pressure created by using antimicrobials makes antimicrobial drugs work less well.",
    134: "For clinical practice, evaluating whether patients adhere to treatment is more useful than tracking routine "
    "outcomes.",
    154: "By engaging the alternative KRAS-RalB signalling complex downstream of EGFR, B3-galectin makes cells more "
    "resistant to TKIs.",
    155: "Activating BCL-2 counteracts the apoptosis induced by c-Myc.",
    164: "Colorectal cancer becomes more common after bariatric surgery.",
    167: "Weight-loss surgery improves mental health outcomes.",
    175: "Visible stimuli produce stronger beta-band coherence than invisible ones.",
    186: "In the UK, female students suffer more bullying than male students.",
    222: "Calcium cycling generates heat through a mechanism that does not depend on UCP1.",
    226: "The formation and activation of cancer-associated fibroblasts is mediated by their interaction with cancer "
    "cells.",
    241: "In NIH 3T3 cells, the timing of mitosis is linked to the cellular clock.",
    246: "Activated charcoal does not help patients with acute paraquat poisoning.",
    251: "Treatment with CDCA boosts the activity of brown fat.",
    254: "In China, people homozygous for the MTHFR TT genotype are at greater risk of stroke when their folate intake "
    "is low.",
    256: "In the UK, chlamydia is most common in sexually active young people aged 16-24.",
    272: "After 12 weeks, combining nicotine replacement with varenicline or bupropion works better than varenicline "
    "alone.",
    309: "DUSP4 promotes apoptotic cell death.",
    607: "Higher diastolic blood pressure is linked to abdominal aortic aneurysms.",
    333: "Losing Th17 cells during SIV infection allows Salmonella Typhimurium to spread more from the gut.",
    340: "Laparoscopic adjustable gastric banding leads to diabetes remission more often than "
    "conventional therapy does.",
    347: "Suppressing insulin signalling skews progenitor differentiation towards myeloid cells.",
    1075: "How conserved a regulatory region's sequence is across species predicts its conserved function poorly.",
    371: "B and T cell homeostasis is controlled by Egr3.",
    367: "Screening early for patent ductus arteriosus reduces deaths in hospital.",
    1348: "When challenged with the virus, flu-specific memory CD4+ T cells strongly boost early "
    "inflammatory chemokine "
    "production in the lungs.",
    397: "Among people in China, physical activity lowers the death rate from cancer.",
    404: "Expressing antigens of oncolytic viruses as peptides gives extra protection from relapse.",
    416: "Women who carry APOE4 are exposed to estrogen for longer over their lives because their reproductive period "
    "is longer.",
    681: "Mice without FGF21 develop atherosclerotic plaques.",
    426: "FOXO transcription factors play a part in apoptosis.",
    435: "Foxp3 suppresses transcriptional regulators involved in the development of memory T cells.",
    448: "Being infected with H. pylori in the stomach raises a person's risk of stomach cancer.",
    1056: "For shoulder pain and function, targeted rotator cuff exercises work better than general exercise therapy.",
    610: "A greater flow of microbial products dampens immune responses.",
    480: "In mice with ischemic stroke, Gpr124 protects against breakdown of the blood-brain barrier.",
    495: "People with HIV who have a steady main partner fare better.",
    524: "In people, higher plasma L-carnitine together with TMAO goes along with more cardiovascular events.",
    564: "British men with haplogroup I have a 50 per cent higher risk of heart disease.",
    565: "Yeast lacking RNA surveillance pathways become sensitive to high iron.",
    570: "Losing myoepithelial cells helps ductal carcinoma in situ progress to invasive breast cancer.",
    573: "Segmental aneuploidy occurs frequently in domesticated strains of baker's yeast.",
    591: "More people are diagnosed with dementia under the 10/66 criteria than under DSM-IV.",
    1073: "Deaths from sepsis increased between 2009 and 2014.",
    614: "Raising microtubule acetylation rescues the axonal transport defects caused by mutations in "
    "the LRRK2 Roc-COR "
    "domain.",
    617: "When retrotransposons become more mobile, mutations and tumour formation rise.",
    944: "Exercise fails to improve cognition in people with Alzheimer's disease.",
    646: "Taking folic acid with vitamin B6 lowers homocysteine levels.",
    648: "Integrated care works well for patients with several coexisting conditions.",
    652: "In cortical neurons, the interferon-stimulated genes Irf1, Irg1, Ifi27 and Rsad2 restrict West Nile virus "
    "replication.",
    799: "Eating sweets and chocolate in moderation lowers the risk of heart disease.",
    668: "Myeloid cells need Klf4 to differentiate properly.",
    687: "In every cell, lamins sit in the inner nuclear membrane.",
    733: "Methanosphaera stadtmanae triggers the formation of ASC specks in BlaER1 monocytes.",
    766: "Anti-obesity drugs cause adverse side effects.",
    1378: "Pneumonia is more likely to kill women than men.",
    777: "Mice lacking polymerase mu are more sensitive to ionizing radiation.",
    779: "Deleting Sirt1 from SF1 neurons makes mice more prone to obesity and insulin resistance on a high-fat diet.",
    788: "NTP binding is blocked by microcin J25.",
    789: "Microglia are the resident innate immune cells of the brain and spinal cord.",
    803: "A monoclonal antibody against N-cadherin blocks castration resistance.",
    815: "RIM1 mutants have lower IME1 RNA levels.",
    822: "The N348I mutation makes HIV resistant to nevirapine.",
    841: "Natriuretic peptides lower the risk of developing diabetes.",
    860: "Zebrafish form normal granulomas even without TNF.",
    885: "20% of surgical RCTs are stopped early.",
    898: "STING signalling is switched on by oxidative damage to DNA.",
    926: "Cancer patients from deprived areas are more likely to first be admitted to hospital as an emergency.",
    954: "Taking pioglitazone is linked to a significantly higher risk of prostate cancer.",
    955: "OCT3/4, a pioneer factor, binds major chromatin remodellers.",
    964: "Pre-mRNAs bound to spliceosome components last longer than splicing substrates that are not bound.",
    999: "Pyridostatin slows the growth of cells deficient in homologous recombination.",
    1005: "Signalling through RANK and RANKL is involved in the development of Aire+ medullary thymic "
    "epithelial cells.",
    1053: "Global warming's higher temperatures reduce the risk that dengue spreads.",
    1102: "On stiff substrates, mesoderm differentiation is blocked because beta-catenin is degraded in an "
    "integrin-dependent way.",
    1105: "Medical students who do badly early in their studies are more likely to be disciplined for unprofessional "
    "conduct later on.",
    1119: "During a normal pregnancy, sympathetic nervous activity stays raised.",
    1125: "In patients with inflammatory eye disease, systemic immunosuppression does not raise the risk of dying from "
    "cancer.",
    1171: "NEMO protects the gut from inflammation by blocking epithelial cell death driven by RIPK1 kinase activity.",
    1210: "How far cytokines act depends on how dense the receptor-bearing cells are.",
    1220: "Activated oncogenes produce reactive oxygen species, which add to genomic instability in leukaemia cells.",
    1227: "Women are more likely to die by suicide after a miscarriage than after giving birth.",
    1238: "Gastrointestinal problems are the most common side effects of semaglutide.",
    1289: "Erythromycin use is linked to hypertrophic pyloric stenosis.",
    1314: "In budding yeast, transcription proceeds at between 0.7 and 2 kilobases per minute.",
    1324: "Fibronectin treatment brings back the regenerative capacity of old muscle.",
    1372: "For older adults in London, walks along busy roads brought no improvement in lung function.",
    1404: "In mouse xenografts, knocking down A20 with siRNA slowed tumour growth.",
}

# Hand-made light edits of SciFact claims: the claim repeated nearly verbatim, as one outlet copies
# another (a word swapped for a synonym, an article added, a phrase shortened).
SCIFACT_LIGHT_EDITS: dict[int, str] = {
    61: "ART substantially reduces the infectiousness of HIV-positive people.",
    120: "Antidepressants reduce migraine severity.",
    397: "Exercise reduces cancer mortality among Chinese citizens.",
    448: "Gastric infection with H. pylori increases the risk of gastric cancer in humans.",
    1289: "There is a relationship between erythromycin use and hypertrophic pyloric stenosis.",
    954: "Pioglitazone use is significantly associated with increased risk of prostate cancer.",
    1227: "The mean suicide rate in women is higher after a miscarriage than after a live birth.",
    167: "Bariatric surgery leads to positive mental health outcomes.",
    789: "Microglia are an innate immune cell type in the central nervous system.",
    246: "Charcoal shows no benefit in acute paraquat poisoning.",
    1119: "Sympathetic nerve activity is raised throughout normal pregnancy.",
    822: "N348I mutations confer resistance to nevirapine.",
}

# Demo claims (evals/datasets/demo_claims.jsonl) fall into four topics; a topic is a group.
DEMO_GROUPS = {
    "demo-announcement": ["c01", "c03", "c19", "c20"],
    "demo-incident": ["c02", "c04", "c05", "c06", "c07", "c15", "c16"],
    "demo-airspace": ["c08", "c09", "c12", "c13", "c14", "c17", "c18"],
    "demo-isis": ["c10", "c11", "c21"],
}

# Hand-written paraphrases of demo claims, as another outlet might report them.
DEMO_PARAPHRASES: dict[str, list[str]] = {
    "c01": [
        (
            "Russia's defence ministry announced on December 9, 2017 that American and Russian warplanes had an "
            "encounter over Syria on November 23."
        )
    ],
    "c02": [
        "American and Russian jets fought each other in the skies over Syria on November 23, 2017.",
        "Russian and American warplanes clashed over Syria in November 2017.",
    ],
    "c03": ["In December 2017, Maj. Gen. Igor Konashenkov served as spokesperson for Russia's Ministry of Defence."],
    "c04": [
        (
            "According to Moscow's defence ministry, an American F-22 stopped two Russian Su-25s from hitting an ISIS "
            "position near Mayadin on 23 November 2017."
        )
    ],
    "c05": [
        (
            "A US F-22 really did fly over the Euphrates' west bank on 23 November 2017 and got in the way of Russian "
            "Su-25s bombing Islamic State near Mayadin."
        )
    ],
    "c06": [
        (
            "Russia's MoD claimed the American F-22 released flares and air brakes and kept manoeuvring as "
            "if in a dogfight."
        )
    ],
    "c07": ["ISIS was still holding a stronghold on the edge of Mayadin, in eastern Syria, on 23 November 2017."],
    "c08": ["Moscow regards the US-led coalition's air forces operating in Syria as being there illegally."],
    "c09": ["US air power in Syria is there unlawfully under international law and United Nations resolutions."],
    "c10": [
        (
            "Russia's defence ministry claimed most near-misses between its jets and American aircraft stemmed from US "
            "efforts to disrupt strikes against ISIS."
        )
    ],
    "c11": [
        (
            "The majority of close calls between US and Russian planes over Syria happened because "
            "Washington was trying "
            "to save ISIS from defeat."
        ),
        "US interference caused most Russia-US air near-misses over Syria, as Washington tried to shield ISIS.",
    ],
    "c12": ["American military officials told Russia that part of the Syrian sky belongs to the US."],
    "c13": ["Konashenkov called US military claims that the United States owns part of Syria's airspace puzzling."],
    "c14": [
        (
            "Konashenkov argued that Syria, as a sovereign UN member state, has no airspace that belongs to the United "
            "States."
        )
    ],
    "c15": ["The American F-22 retreated towards Iraq when a Russian Su-35 fighter came near on 23 November 2017."],
    "c16": ["Russia's Su-35 is a capable multi-role combat aircraft."],
    "c17": ["According to Konashenkov, Washington has not explained this incident or others like it."],
    "c18": [
        (
            "Until 9 December 2017, the United States had given no answer to Russia's complaints about the incidents "
            "other than claims to 'own' airspace."
        )
    ],
    "c19": [
        "Russia's 9 December 2017 statement came a day after a New York Times story and seemed to be a reply to it."
    ],
    "c20": [
        (
            "US military commanders told the New York Times they were worried that American and Russian aircraft could "
            "clash over Syria."
        )
    ],
    "c21": [
        "In Syria, America is effectively serving as ISIS's air force.",
        "Washington is providing air cover for ISIS in Syria.",
    ],
}

# Hand-made light edits of demo claims.
DEMO_LIGHT_EDITS: dict[str, str] = {
    "c01": "On 9 December 2017 the Russian Defense Ministry publicly reported an air incident between American and "
    "Russian aircraft over Syria which it dated to 23 November 2017.",
    "c02": "US and Russian air forces engaged each other in combat over Syria on November 23, 2017.",
    "c03": "Maj. Gen. Igor Konashenkov was the official spokesman for the Russian Defence Ministry in December 2017.",
    "c04": "The Russian Defence Ministry stated that on November 23, 2017 a US F-22 actively prevented "
    "two Russian Su-25 "
    "attack jets from striking an Islamic State stronghold on the outskirts of Mayadin.",
    "c08": "Russia considers the presence of US and coalition air forces in Syria illegal.",
    "c10": "Russia's Defence Ministry said most close encounters between Russian and US aircraft were linked to US "
    "attempts to interfere with strikes on Islamic State.",
    "c11": "Most near misses between Russian and American aircraft in Syria were caused by Washington trying to help "
    "ISIS avoid defeat.",
    "c13": "Konashenkov said statements by US military representatives that part of Syria's airspace belongs to the US "
    "were puzzling.",
    "c16": "The Sukhoi Su-35 is a capable Russian multi-role fighter.",
    "c17": "Konashenkov said the US had given no explanation for this and similar incidents.",
    "c20": "The New York Times quoted US military leaders who expressed concern about a possible clash between US and "
    "Russian air forces over Syria.",
    "c21": "The US acts as an air force for the Islamic State in Syria.",
}

# Demo "different claim" pairs: (kind, claim id, claim id or hand-written text).
# "@cNN" means the first hand paraphrase of cNN, "%cNN" its light edit.
DEMO_DIFFERENT: list[tuple[str, str, str]] = [
    # an attribution ("X said Y") against Y itself: the corpus decides them differently
    ("attribution", "c04", "c05"),
    ("attribution", "c10", "c11"),
    ("attribution", "c08", "c09"),
    ("attribution", "c12", "c13"),
    ("attribution", "@c04", "c05"),
    ("attribution", "@c05", "c04"),
    ("attribution", "@c10", "c11"),
    ("attribution", "@c11", "c10"),
    ("attribution", "@c08", "c09"),
    ("attribution", "@c09", "c08"),
    ("attribution", "@c12", "c13"),
    ("attribution", "@c13", "c12"),
    ("attribution", "%c04", "c05"),
    ("attribution", "%c10", "c11"),
    ("attribution", "%c11", "c10"),
    (
        "attribution",
        "c06",
        (
            "The US F-22 fired heat flares and deployed its airbrakes while manoeuvring continuously, imitating an air "
            "battle."
        ),
    ),
    # the same topic, another assertion
    ("related", "c13", "c14"),
    ("related", "c02", "c15"),
    ("related", "c01", "c19"),
    ("related", "c11", "c21"),
    ("related", "c17", "c18"),
    ("related", "c15", "On 13 December 2017 two US F-22s intercepted two Russian Su-25s near Abu Kamal."),
    # a number or date changed
    ("number", "c02", "US and Russian air forces engaged each other in combat over Syria on 13 December 2017."),
    (
        "number",
        "c19",
        (
            "The Russian Defence Ministry's 9 December 2017 announcement followed a New York Times "
            "report published a week "
            "before."
        ),
    ),
    ("number", "c16", "The Su-25 is a capable Russian multirole fighter."),
    # a name or place changed
    (
        "entity",
        "c15",
        "When a Russian Su-35 approached on 23 November 2017, the US F-22 broke off and fled toward Turkish airspace.",
    ),
    (
        "entity",
        "c20",
        (
            "The Washington Post quoted US military leaders expressing concern about a possible clash between US and "
            "Russian air forces over Syria."
        ),
    ),
    (
        "entity",
        "c03",
        "Major General Igor Konashenkov was the official spokesman of the Russian Foreign Ministry in 2017.",
    ),
    (
        "entity",
        "c05",
        (
            "On 23 November 2017 a US F-22 flew over the western bank of the Euphrates and obstructed Russian Su-25s "
            "attacking IS near Abu Kamal."
        ),
    ),
    # negated or reversed
    ("negation", "c08", "Russia considers the presence of US and US-led coalition air forces in Syria to be legal."),
    ("negation", "c17", "Konashenkov said the US side had explained this and similar incidents."),
    (
        "negation",
        "c07",
        "As of 23 November 2017, Islamic State no longer held any stronghold near Mayadin in eastern Syria.",
    ),
    ("negation", "c21", "The United States does not act as an air force for Islamic State in Syria."),
    (
        "negation",
        "c20",
        (
            "The New York Times quoted US military leaders dismissing concern about a possible clash "
            "between US and Russian "
            "air forces over Syria."
        ),
    ),
]


def _scifact_groups(path: Path) -> tuple[dict[int, str], dict[int, str]]:
    """Claim id -> text, and claim id -> group name (claims citing the same abstracts)."""
    texts, group_of = {}, {}
    for row in read_jsonl(path):
        texts[row["id"]] = row["claim"].strip()
        group_of[row["id"]] = "scifact-" + "-".join(str(d) for d in sorted(row["cited_doc_ids"]))
    return texts, group_of


def _split(groups: list[str]) -> dict[str, str]:
    """Groups in a fixed pseudo-random order, alternately to 'tune' and 'heldout'."""
    ordered = sorted(groups, key=lambda g: hashlib.sha256(g.encode()).hexdigest())
    return {g: ("tune" if i % 2 == 0 else "heldout") for i, g in enumerate(ordered)}


def build(scifact_path: Path, demo_path: Path) -> list[dict[str, object]]:
    texts, group_of = _scifact_groups(scifact_path)
    members: dict[str, list[int]] = defaultdict(list)
    for cid in sorted(texts):
        members[group_of[cid]].append(cid)

    rows: list[dict[str, object]] = []

    def add(group: str, label: int, kind: str, a: str, b: str, a_source: str, b_source: str) -> None:
        rows.append(pair_row(group, label, kind, a, b, a_source, b_source))

    def sf(cid: int) -> str:
        return f"scifact:{cid}"

    same = {tuple(sorted(p)) for p in SCIFACT_SAME}
    sibling: dict[int, int] = {}  # claim -> the other member of its group's most-alike pair
    for group, ids in members.items():
        if len(ids) < 2:
            continue
        a, b = max(itertools.combinations(ids, 2), key=lambda p: (jaccard(texts[p[0]], texts[p[1]]), -p[0], -p[1]))
        if (a, b) in same or (a, b) in SCIFACT_SKIP or jaccard(texts[a], texts[b]) < MIN_JACCARD:
            continue
        sibling[a], sibling[b] = b, a
        add(group, 0, "scifact_sibling", texts[a], texts[b], sf(a), sf(b))
    for a, b in SCIFACT_SAME:
        add(group_of[a], 1, "scifact_same", texts[a], texts[b], sf(a), sf(b))
    for a, b in SCIFACT_EXTRA_DIFFERENT:
        add(group_of[a], 0, "scifact_sibling", texts[a], texts[b], sf(a), sf(b))
    for cid, para in SCIFACT_PARAPHRASES.items():
        if cid not in sibling:
            raise SystemExit(f"paraphrased SciFact claim {cid} has no sibling: check the selection")
        add(group_of[cid], 1, "paraphrase", texts[cid], para, sf(cid), "hand")
        other = sibling[cid]
        add(group_of[cid], 0, "paraphrase_vs_sibling", para, texts[other], "hand", sf(other))
    for cid, edit in SCIFACT_LIGHT_EDITS.items():
        add(group_of[cid], 1, "light_edit", texts[cid], edit, sf(cid), "hand")
        add(group_of[cid], 0, "light_edit_vs_sibling", edit, texts[sibling[cid]], "hand", sf(sibling[cid]))

    demo = {row["id"]: row["claim"].strip() for row in read_jsonl(demo_path)}
    demo_group = {cid: g for g, ids in DEMO_GROUPS.items() for cid in ids}
    for cid, paras in DEMO_PARAPHRASES.items():
        for para in paras:
            add(demo_group[cid], 1, "paraphrase", demo[cid], para, f"demo:{cid}", "hand")
    for cid, edit in DEMO_LIGHT_EDITS.items():
        add(demo_group[cid], 1, "light_edit", demo[cid], edit, f"demo:{cid}", "hand")

    def demo_member(ref: str) -> tuple[str, str]:
        if ref.startswith("@"):
            return DEMO_PARAPHRASES[ref[1:]][0], "hand"
        if ref.startswith("%"):
            return DEMO_LIGHT_EDITS[ref[1:]], "hand"
        if re.fullmatch(r"c\d\d", ref):
            return demo[ref], f"demo:{ref}"
        return ref, "hand"

    for kind, first, second in DEMO_DIFFERENT:
        a, a_source = demo_member(first)
        b, b_source = demo_member(second)
        add(demo_group[first.lstrip("@%")], 0, kind, a, b, a_source, b_source)

    return finish(rows, "cp", _split(sorted({str(r["group"]) for r in rows})))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact claims_train.jsonl")
    p.add_argument("--demo", type=Path, default=DEMO, help="the demo gold claims")
    p.add_argument("--out", type=Path, default=HERE / "pairs.jsonl")
    args = p.parse_args()
    rows = build(args.scifact, args.demo)
    write_rows(rows, args.out)
    print(summary(rows, args.out, by_split=True))


if __name__ == "__main__":
    main()
