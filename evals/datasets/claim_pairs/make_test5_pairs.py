"""Build pairs_test5.jsonl: a fifth fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the news claims of the verifier's training file (``workbench/verifier/data/news_pairs.jsonl``, or --news), the
WiCE claims of ``workbench/verifier/data/wice_pairs.jsonl`` (or --wice) and the SciFact training claims
(``../shared/datasets/scifact/claims_train.jsonl``, or --scifact; and BEIR's ``qrels/test.tsv`` beside it, for the
abstracts the dev claims cite); every other text is written by hand below. No text of it is in pairs.jsonl or
pairs_test.jsonl ... pairs_test4.jsonl, and no news story, WiCE claim or SciFact claim of it (nor an abstract such a
SciFact claim cites) is used by any of them: the script checks, and stops if one is. README.md beside this file
describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test5_pairs.py

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
# BEIR's SciFact test qrels: the abstracts the SciFact dev claims (BEIR test queries, used by pairs_test2.jsonl) cite.
SCIFACT_DEV_QRELS = SCIFACT.parent / "beir" / "qrels" / "test.tsv"
NEWS = VERIFIER_DATA / "news_pairs.jsonl"
WICE = VERIFIER_DATA / "wice_pairs.jsonl"
# The splits already looked at: no text of this file may appear in them, and no story or claim of it may be used there.
EARLIER_SPLITS = [
    HERE / "pairs.jsonl",
    HERE / "pairs_test.jsonl",
    HERE / "pairs_test2.jsonl",
    HERE / "pairs_test3.jsonl",
    HERE / "pairs_test4.jsonl",
]
# SciFact groups of the earlier splits that are not named after abstracts (pairs.jsonl's scifact-<doc id>-<doc id>...).
OTHER_SCIFACT_GROUPS = ("scifact-test-", "scifact-dev-", "scifact-train-", "scifact-train4-")
# A SciFact claim whose word Jaccard with an earlier text reaches this is taken to be of an earlier claim's family.
MAX_JACCARD_EARLIER = 0.5

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
    "arbel-tram-referendum": {
        "backed_58": "Arbel voters backed a new tram line with 58 percent of the vote.",
        "rejected": "Voters in the canton of Arbel rejected a plan to build a new tram line.",
        "turnout_59": "Turnout in the Arbel tram referendum was 59 percent.",
        "opp_accepted": "Opponents of the Arbel tram line said they accepted the referendum result.",
        "opp_court": "Opponents of the Arbel tram line said they would challenge the referendum result in court.",
        "start_2026": "Construction of the Arbel tram line is due to start in 2026.",
    },
    "berend-epo-case": {
        "uci_epo": "The international cycling union said Tomas Berend returned a positive test for EPO.",
        "suspended": "Kordaal Pro Cycling suspended Tomas Berend while his B sample is analysed.",
        "august": "Tomas Berend's positive EPO sample was taken in an out-of-competition test in August.",
        "nandrolone": "Tomas Berend's adverse doping finding was for the anabolic steroid nandrolone.",
        "denied": "Tomas Berend denied taking EPO after the cycling union announced his adverse finding.",
        "belgian_fed": "The Belgian cycling federation said Tomas Berend had tested positive for EPO.",
        "ban_4y": "Tomas Berend faces a four-year ban if his B sample confirms the EPO finding.",
        "may": "According to the cycling union, Tomas Berend's adverse EPO finding came from a test taken in May.",
    },
    "bitmora-withdrawal-freeze": {
        "suspended": "Bitmora suspended all customer withdrawals, citing extreme market conditions.",
        "only_10k": "Bitmora froze withdrawals only for customers holding more than 10,000 dollars.",
        "varga_safe": "Bitmora chief executive Leon Varga told customers their funds were safe.",
        "funds_safe": "Customer funds held by the Bitmora exchange are safe.",
        "reg_unlicensed": "The financial regulator said Bitmora was not licensed to operate in the country.",
        "reg_licensed": "The financial regulator said Bitmora held a valid licence to operate.",
        "deposits_800": "Bitmora held about 800 million dollars in customer deposits before freezing withdrawals.",
        "monday": "Cryptocurrency exchange Bitmora froze all customer withdrawals on Monday.",
        "advisers": "Bitmora said it had brought in advisers to review its finances after freezing withdrawals.",
    },
    "brenner-burglary-claim": {
        "brenner_halved": "Interior Minister Lukas Brenner told parliament that burglaries had halved since 2019.",
        "fact_halved": "Burglaries nationwide have fallen by half since 2019.",
        "stats_18": "Police statistics show burglaries nationwide fell by roughly 18 percent between 2019 and last "
        "year.",
        "stats_49200": "Police statistics recorded 49,200 burglaries nationwide in 2019.",
        "brenner_18": "Lukas Brenner told parliament that burglaries had fallen by 18 percent since 2019.",
        "spokes_capital": "A ministry spokesperson said Lukas Brenner had been referring only to burglaries in the "
        "capital.",
        "capital_halved": "Burglaries in the capital have fallen by half since 2019.",
        "police_3000": "Lukas Brenner plans to hire 3,000 additional police officers.",
    },
    "chemistry-exam-leak": {
        "retake_46k": "About 46,000 final-year students will have to retake the national chemistry exam after it "
        "leaked online.",
        "june_9": "Students will resit the cancelled national chemistry exam on 9 June.",
        "physics": "The education ministry cancelled the national physics exam after the paper was posted online.",
        "spokes_police": "An education ministry spokesperson said police were investigating the chemistry exam leak.",
        "arrested_two": "Police have arrested two printing-company employees over the chemistry exam leak.",
        "police_chief": "The national police chief said the chemistry exam paper had leaked from a printing company.",
        "went_ahead": "The national chemistry exam went ahead as planned despite the paper appearing online.",
        "called_off": "The national chemistry exam was called off after the paper appeared online the night before.",
    },
    "ember-river-deforestation": {
        "dropped_22": "Satellite data showed forest loss in the Ember River basin dropped 22 percent in the year to "
        "July.",
        "increased": "Deforestation in the Ember River basin increased in the 12 months to July.",
        "neves": "Environment Minister Clara Neves said the deforestation figures showed enforcement was working.",
        "shifted": "Forest clearing has shifted from the Ember River basin to neighbouring regions.",
        "groups_moved": "Conservation groups said forest clearing had moved to regions outside the Ember River basin.",
        "ministry_published": "The Ember River deforestation figures were published by the environment ministry.",
    },
    "fernhill-ashby-park-supermarket": {
        "delayed": "Fernhill's planning committee delayed its vote on an Ashby Park supermarket after more than 1,200 "
        "objections.",
        "approved": "Fernhill's planning committee approved the Ashby Park supermarket plan on Monday.",
        "objections_120": "Fernhill council received about 120 objections to the Ashby Park supermarket plan.",
        "crestline_150": "Crestline Retail said its planned Ashby Park supermarket would create 150 jobs.",
        "council_150": "Fernhill council said the Ashby Park supermarket would create 150 jobs.",
        "quarter": "The proposed supermarket would take up a quarter of Fernhill's Ashby Park.",
        "crestline_offices": "Fernhill residents protested outside Crestline Retail's offices against the Ashby Park "
        "supermarket.",
        "town_hall": "Residents of Fernhill demonstrated at the town hall against a supermarket planned for Ashby "
        "Park.",
    },
    "hollin-ridge-mine-rescue": {
        "all_11": "All 11 miners trapped by the roof collapse at Hollin Ridge were rescued alive.",
        "only_some": "Only some of the 11 miners trapped at the Hollin Ridge coal mine survived.",
        "reached_14": "Rescuers reached 14 miners trapped by a roof collapse at the Hollin Ridge mine.",
        "inspectorate": "The labour inspectorate said it was investigating the roof collapse at the Hollin Ridge mine.",
        "fined": "The Hollin Ridge mine had been fined for safety violations last year.",
        "union_11": "The miners' union said 11 workers had been trapped at the Hollin Ridge mine.",
        "two_broken": "Two of the miners rescued from Hollin Ridge were hospitalised with broken bones.",
        "two_days": "The Hollin Ridge miners spent two days trapped underground before rescuers reached them.",
    },
    "kallby-tuition-protest": {
        "thousands": "Thousands of students protested in Kallby against plans to double university tuition fees.",
        "fees_4200": "The government plan would raise annual university tuition fees to 4,200 euros.",
        "police_11": "Police said 11 people were detained during the student protest in Kallby.",
        "dropped": "Education Minister Jorg Halvorsen said the tuition fee plan would be dropped.",
        "grants": "Jorg Halvorsen said grants for low-income students would increase.",
        "union_11": "Student union leaders said 11 protesters had been detained in Kallby.",
    },
    "kessbury-chlorine-claim": {
        "group_said": "Clean Air Kessbury said the Varnett Chemicals plant had released a cloud of chlorine gas "
        "overnight.",
        "fact_release": "The Varnett Chemicals plant released a cloud of chlorine gas over Kessbury overnight.",
        "dozens_hospital": "Dozens of Kessbury residents were taken to hospital after a chlorine release at the "
        "Varnett plant.",
        "agency_no_rise": "The regional environment agency said its monitors near the Varnett plant recorded no rise "
        "in chlorine levels.",
        "agency_elevated": "The regional environment agency said its monitors detected elevated chlorine near the "
        "Varnett plant.",
        "varnett_denied": "Varnett Chemicals denied that any chlorine had been released from its Kessbury plant.",
        "group_hundreds": "Clean Air Kessbury said the alleged chlorine release sent hundreds of people to hospital.",
    },
    "orrin-wedding-salmonella": {
        "over_60": "Over 60 people became sick with food poisoning after a wedding in Orrin.",
        "fourteen": "Fourteen guests from the Orrin wedding remain in hospital with food poisoning.",
        "office_salmonella": "The district health office said tests confirmed salmonella in chicken served by the "
        "Orrin wedding caterer.",
        "listeria": "Tests found listeria in leftover food from the wedding in Orrin.",
        "suspended": "Golden Table said it had suspended operations after the food poisoning at the Orrin wedding.",
        "not_cooperate": "Golden Table said it would not cooperate with the investigation into the Orrin wedding food "
        "poisoning.",
        "doctors_four": "Hospital doctors said four guests from the Orrin wedding were still being treated.",
    },
    "pira-x5-overheating": {
        "lumeo_14": "Lumeo said it had received 14 reports worldwide of Pira X5 phones overheating or catching fire.",
        "defect_found": "Lumeo said its tests had found a defect in the Pira X5 battery.",
        "recall": "Lumeo has announced a recall of its Pira X5 smartphone.",
        "no_defect": "Lumeo said its tests found no battery defect in the Pira X5.",
        "five_countries": "Consumer authorities in five countries are examining reports of Pira X5 phones catching "
        "fire.",
        "authorities_14": "Consumer authorities said Lumeo had received 14 reports of overheating Pira X5 phones.",
        "no_recall": "Lumeo said it had no plans to recall the Pira X5 despite reports of phones catching fire.",
    },
    "rhondale-teacher-strikes": {
        "three_october": "Rhondale secondary school teachers will stage three one-day strikes in October.",
        "pct_87": "Some 87 percent of Rhondale teachers' union members voted for strike action.",
        "november": "Rhondale secondary school teachers will strike in November over workload and pay.",
        "authority_open": "The Rhondale education authority said schools would try to stay open for exam-year pupils.",
        "pay_10": "Rhondale teachers are demanding a 10 percent pay rise.",
        "heads_78": "Rhondale's head teachers' association said 78 percent of union members backed strikes.",
    },
    "sandvik-refinery-fire": {
        "five_hours": "A fire at the Sandvik refinery was brought under control after roughly five hours.",
        "two_burns": "Nordra said two workers suffered minor burns in the Sandvik refinery fire.",
        "no_one_hurt": "Nordra said no one was hurt in the fire at its Sandvik refinery.",
        "not_affected": "Nordra said production at the Sandvik refinery would not be affected by the fire.",
        "storage_tank": "The fire at the Sandvik refinery started in a storage tank.",
        "morning": "The fire at the Sandvik oil refinery broke out on Wednesday morning.",
        "mayor_two": "The city's mayor said two Sandvik refinery workers suffered minor burns.",
        "reduced": "Nordra said production at the Sandvik refinery would be reduced for several days after the fire.",
    },
    "vessen-cocaine-seizure": {
        "found_18": "Customs officers at Vessen found 1.8 tonnes of cocaine in a banana shipment.",
        "seized_81": "Customs officers seized 8.1 tonnes of cocaine at the port of Vessen.",
        "pineapples": "The cocaine seized at the port of Vessen was hidden in a shipment of pineapples.",
        "largest": "The finance ministry called the Vessen cocaine seizure the largest single haul in the country's "
        "history.",
        "ecuador": "The banana shipment carrying cocaine to Vessen came from Ecuador.",
        "police_140": "Police said the cocaine seized at Vessen had a street value of 140 million euros.",
        "ministry_140": "The finance ministry estimated the street value of the Vessen cocaine haul at 140 million "
        "euros.",
    },
    "voltra-billing-error": {
        "error_85k": "An error in Voltra's billing software led to about 85,000 customers being overcharged.",
        "refund_46": "Voltra will refund an average of 46 euros to each overcharged customer.",
        "fixed": "Voltra said it had fixed its billing error and apologised to customers.",
        "may_august": "Voltra overcharged customers between May and August because of a billing error.",
        "undercharged": "Voltra undercharged about 85,000 customers because of a billing software error.",
        "magazine": "Voltra's billing error was first spotted by a consumer magazine.",
        "ceo_85k": "Voltra's chief executive said 85,000 customers had been overcharged.",
        "refunds_64": "Voltra customers who were overcharged will get refunds averaging 64 euros.",
    },
}

NEWS_HAND: dict[str, dict[str, str]] = {
    "arbel-tram-referendum": {
        "backed_58_para": "A new tram line won the support of 58 per cent of voters in Arbel.",
        "opp_accepted_para": "Those who campaigned against the Arbel tram line said they accepted the outcome of the "
        "referendum.",
        "start_2026_para": "Building work on Arbel's tram line is scheduled to begin in 2026.",
        "cost_para": "The 320-million-franc Arbel tram project was too expensive, its opponents had argued.",
        "cost_320": "Opponents of the Arbel tram line argued that the 320-million-franc project was too expensive.",
        "backed_85": "Arbel voters backed a new tram line with 85 percent of the vote.",
        "turnout_39": "Turnout in the Arbel tram referendum was 39 percent.",
        "supporters_court": "Supporters of the Arbel tram line said they would challenge the referendum result in "
        "court.",
        "court_fact": "The result of the Arbel tram referendum will be challenged in court by opponents of the tram "
        "line.",
        "start_2028": "Building work on Arbel's tram line is scheduled to begin in 2028.",
        "cost_230": "Opponents of the Arbel tram line argued that the 230-million-franc project was too expensive.",
    },
    "berend-epo-case": {
        "uci_epo_para": "Tomas Berend tested positive for EPO, according to the international cycling union.",
        "suspended_para": "Tomas Berend has been suspended by his team, Kordaal Pro Cycling, pending analysis of his "
        "B sample.",
        "ban_4y_para": "If the EPO finding is confirmed by his B sample, Tomas Berend could be banned for four years.",
        "may_edit": "According to the cycling union, Tomas Berend's adverse EPO finding came from a test carried out "
        "in May.",
        "fact_epo": "Tomas Berend returned a positive test for EPO.",
        "finding_epo": "Tomas Berend's adverse doping finding was for the blood booster EPO.",
        "admitted": "Tomas Berend admitted taking EPO after the cycling union announced his adverse finding.",
        "ban_2y": "Tomas Berend faces a two-year ban if his B sample confirms the EPO finding.",
    },
    "bitmora-withdrawal-freeze": {
        "suspended_para": "Citing extreme market conditions, Bitmora halted withdrawals for all of its customers.",
        "varga_safe_para": "Leon Varga, Bitmora's chief executive, assured customers that their funds were safe.",
        "reg_unlicensed_para": "Bitmora had no licence to operate in the country, the financial regulator said.",
        "deposits_para": "Before it froze withdrawals, Bitmora had roughly $800 million of customer deposits.",
        "advisers_edit": "Bitmora said it had hired advisers to review its finances after freezing withdrawals.",
        "friday": "Cryptocurrency exchange Bitmora froze all customer withdrawals on Friday.",
        "deposits_80": "Before it froze withdrawals, Bitmora had roughly $80 million of customer deposits.",
        "regulator_safe": "The financial regulator told Bitmora customers their funds were safe.",
    },
    "brenner-burglary-claim": {
        "brenner_halved_para": "Burglaries have dropped by 50 percent since 2019, Interior Minister Lukas Brenner "
        "told parliament.",
        "stats_18_para": "Nationwide, burglaries were down by about 18 per cent last year compared with 2019, "
        "according to police statistics.",
        "spokes_para": "Lukas Brenner was talking only about burglaries in the capital, a spokesperson for the "
        "ministry said.",
        "police_3000_para": "Lukas Brenner intends to recruit an extra 3,000 police officers.",
        "stats_41200": "Police statistics recorded 41,200 burglaries nationwide in 2019.",
        "opposition_capital": "An opposition spokesperson said Lukas Brenner had been referring only to burglaries in "
        "the capital.",
        "police_300": "Lukas Brenner plans to hire 300 additional police officers.",
    },
    "chemistry-exam-leak": {
        "retake_para": "Some 46,000 students in their final year must sit the national chemistry exam again after the "
        "paper leaked on the internet.",
        "called_off_para": "After the paper was posted online the evening before, the national chemistry exam was "
        "cancelled.",
        "spokes_police_para": "Police are investigating the leak of the chemistry exam, a spokesperson for the "
        "education ministry said.",
        "june_19": "Students will resit the cancelled national chemistry exam on 19 June.",
        "chemistry_cancelled": "The education ministry cancelled the national chemistry exam after the paper was "
        "posted online.",
        "questioned_two": "Police have questioned two printing-company employees over the chemistry exam leak.",
        "retake_64k": "Some 64,000 students in their final year must sit the national chemistry exam again after the "
        "paper leaked on the internet.",
        "ministry_printing": "An education ministry spokesperson said the chemistry exam paper had leaked from a "
        "printing company.",
    },
    "ember-river-deforestation": {
        "dropped_22_para": "In the 12 months to July, the loss of forest in the Ember River basin fell by 22 per "
        "cent, satellite data showed.",
        "neves_para": "The deforestation figures were evidence that enforcement was working, Environment Minister "
        "Clara Neves said.",
        "groups_moved_para": "Clearing of forest has moved to regions beyond the Ember River basin, conservation "
        "groups said.",
        "institute_published": "The Ember River deforestation figures were published by the national space research "
        "institute.",
        "dropped_12": "In the 12 months to July, the loss of forest in the Ember River basin fell by 12 per cent, "
        "satellite data showed.",
        "neves_not_working": "Environment Minister Clara Neves said the deforestation figures showed enforcement was "
        "not working.",
        "groups_working": "Conservation groups said the deforestation figures showed enforcement was working.",
        "year_to_june": "Satellite data showed forest loss in the Ember River basin dropped 22 percent in the year to "
        "June.",
    },
    "fernhill-ashby-park-supermarket": {
        "delayed_para": "After receiving upwards of 1,200 objections, the Fernhill planning committee put off its "
        "vote on a supermarket in Ashby Park.",
        "crestline_para": "The supermarket Crestline Retail plans to build in Ashby Park would bring 150 jobs, the "
        "developer said.",
        "town_hall_para": "People in Fernhill held a protest outside the town hall over plans for a supermarket in "
        "Ashby Park.",
        "jobs_50": "Crestline Retail said its planned Ashby Park supermarket would create 50 jobs.",
        "jobs_fact": "The planned Ashby Park supermarket would create 150 jobs.",
        "rejected": "Fernhill's planning committee rejected the Ashby Park supermarket plan on Monday.",
        "half": "The proposed supermarket would take up half of Fernhill's Ashby Park.",
    },
    "hollin-ridge-mine-rescue": {
        "all_11_para": "Every one of the 11 miners trapped when the roof collapsed at Hollin Ridge was brought out "
        "alive.",
        "two_broken_para": "Two Hollin Ridge miners were taken to hospital with broken bones after being rescued.",
        "two_days_para": "Rescuers got to the miners at Hollin Ridge after they had been trapped underground for 48 "
        "hours.",
        "inspectorate_edit": "The labour inspectorate said it was investigating the roof collapse at the Hollin Ridge "
        "coal mine.",
        "operator_11": "The mine's operator said 11 workers had been trapped at the Hollin Ridge mine.",
        "operator_investigating": "The mine's operator said it was investigating the roof collapse at the Hollin "
        "Ridge mine.",
        "three_days": "The Hollin Ridge miners spent three days trapped underground before rescuers reached them.",
        "five_broken": "Five of the miners rescued from Hollin Ridge were hospitalised with broken bones.",
        "never_fined": "The Hollin Ridge mine had never been fined for safety violations.",
    },
    "kallby-tuition-protest": {
        "thousands_para": "In Kallby, thousands of students marched in protest at plans to double the fees charged "
        "for university tuition.",
        "police_11_para": "Eleven people were detained during the students' protest in Kallby, police said.",
        "grants_para": "Grants for students from low-income families are going to rise, Jorg Halvorsen said.",
        "fees_2400": "The government plan would raise annual university tuition fees to 2,400 euros.",
        "go_ahead": "Education Minister Jorg Halvorsen said the tuition fee plan would go ahead.",
        "grants_cut": "Jorg Halvorsen said grants for low-income students would be cut.",
        "triple": "Thousands of students protested in Kallby against plans to triple university tuition fees.",
        "detained_fact": "Eleven people were detained during the students' protest in Kallby.",
    },
    "kessbury-chlorine-claim": {
        "group_said_para": "According to residents' group Clean Air Kessbury, a cloud of chlorine gas was released "
        "from the Varnett Chemicals plant overnight.",
        "agency_para": "Chlorine levels did not go up at the monitors the regional environment agency has near the "
        "Varnett plant, the agency said.",
        "varnett_denied_para": "Varnett Chemicals rejected claims that chlorine had been released from its plant in "
        "Kessbury.",
        "group_dozens": "Clean Air Kessbury said the alleged chlorine release sent dozens of people to hospital.",
        "varnett_said": "Varnett Chemicals said its plant had released a cloud of chlorine gas overnight.",
        "varnett_confirmed": "Varnett Chemicals confirmed that chlorine had been released from its Kessbury plant.",
    },
    "orrin-wedding-salmonella": {
        "over_60_para": "More than sixty people fell ill with food poisoning following a wedding in Orrin.",
        "office_para": "Salmonella was confirmed by tests in chicken that the Orrin wedding caterer had served, the "
        "district health office said.",
        "suspended_para": "Following the food poisoning at the Orrin wedding, Golden Table has halted its operations, "
        "the caterer said.",
        "four_hospital": "Four guests from the Orrin wedding remain in hospital with food poisoning.",
        "salmonella_leftovers": "Tests found salmonella in leftover food from the wedding in Orrin.",
        "cooperate": "Golden Table said it would cooperate fully with the investigation into the Orrin wedding food "
        "poisoning.",
        "office_beef": "The district health office said tests confirmed salmonella in beef served by the Orrin "
        "wedding caterer.",
        "office_four": "The district health office said four guests from the Orrin wedding were still being treated.",
        "over_160": "More than 160 people fell ill with food poisoning following a wedding in Orrin.",
    },
    "pira-x5-overheating": {
        "lumeo_14_para": "Lumeo has had fourteen reports from around the world of Pira X5 phones overheating or "
        "catching fire, the company said.",
        "no_defect_para": "The Pira X5's battery showed no defect in Lumeo's own tests, the company said.",
        "no_recall_para": "Despite reports of Pira X5 phones catching fire, Lumeo said it was not planning to recall "
        "the handset.",
        "three_countries": "Consumer authorities in three countries are examining reports of Pira X5 phones catching "
        "fire.",
        "lumeo_40": "Lumeo said it had received 40 reports worldwide of Pira X5 phones overheating or catching fire.",
        "authorities_no_defect": "Consumer authorities said their tests found no battery defect in the Pira X5.",
        "fact_no_defect": "There is no defect in the Pira X5 battery.",
    },
    "rhondale-teacher-strikes": {
        "three_october_para": "In October, secondary teachers in Rhondale will hold three strikes, each lasting one "
        "day.",
        "authority_para": "Schools will try to remain open for pupils in exam years, according to Rhondale's "
        "education authority.",
        "pay_10_para": "Teachers in Rhondale want a pay rise of 10 per cent.",
        "pct_78": "Some 78 percent of Rhondale teachers' union members voted for strike action.",
        "october_pay": "Rhondale secondary school teachers will strike in October over workload and pay.",
        "primary": "Rhondale primary school teachers will stage three one-day strikes in October.",
        "two_day": "In October, secondary teachers in Rhondale will hold three strikes, each lasting two days.",
        "union_78": "The Rhondale teachers' union said 78 percent of its members backed strikes.",
        "pay_15": "Teachers in Rhondale want a pay rise of 15 per cent.",
    },
    "sandvik-refinery-fire": {
        "five_hours_para": "The blaze at the Sandvik refinery was under control after about five hours.",
        "two_burns_para": "Two workers were slightly burned in the fire at the Sandvik refinery, Nordra said.",
        "reduced_para": "Output at the Sandvik refinery will be cut for several days following the fire, Nordra said.",
        "afternoon": "The fire at the Sandvik oil refinery broke out on Wednesday afternoon.",
        "fifteen_hours": "The blaze at the Sandvik refinery was under control after about fifteen hours.",
        "burns_fact": "Two workers suffered minor burns in the Sandvik refinery fire.",
        "pipeline": "The fire at the Sandvik refinery started in a pipeline.",
    },
    "vessen-cocaine-seizure": {
        "found_18_para": "A shipment of bananas at Vessen was found by customs officers to contain 1.8 tonnes of "
        "cocaine.",
        "largest_para": "The Vessen cocaine seizure was the biggest single haul in the country's history, according "
        "to the finance ministry.",
        "ministry_140_para": "The finance ministry put the street value of the cocaine seized in Vessen at an "
        "estimated €140 million.",
        "seized_18": "Customs officers seized 1.8 tonnes of cocaine at the port of Vessen.",
        "bananas": "The cocaine seized at the port of Vessen was hidden in a shipment of bananas.",
        "ministry_14": "The finance ministry estimated the street value of the Vessen cocaine haul at 14 million "
        "euros.",
        "second_largest": "The finance ministry called the Vessen cocaine seizure the second-largest single haul in "
        "the country's history.",
        "colombia": "The banana shipment carrying cocaine to Vessen came from Colombia.",
        "largest_fact": "The Vessen cocaine seizure was the biggest single haul in the country's history.",
    },
    "voltra-billing-error": {
        "error_85k_para": "Some 85,000 Voltra customers were overcharged because of a fault in the company's billing "
        "software.",
        "fixed_para": "Voltra said the billing error had been put right, and apologised to its customers.",
        "refunds_64_para": "On average, overcharged Voltra customers will be refunded 64 euros each.",
        "january_april": "Voltra overcharged customers between January and April because of a billing error.",
        "regulator_85k": "The energy regulator said 85,000 Voltra customers had been overcharged.",
        "regulator_spotted": "Voltra's billing error was first spotted by the energy regulator.",
        "error_58k": "Some 58,000 Voltra customers were overcharged because of a fault in the company's billing "
        "software.",
        "not_fixed": "Voltra said it had not yet fixed its billing error but apologised to customers.",
    },
}

NEWS_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "arbel-tram-referendum": [
        ("paraphrase", "backed_58", "backed_58_para"),
        ("paraphrase", "opp_accepted", "opp_accepted_para"),
        ("paraphrase", "start_2026", "start_2026_para"),
        ("paraphrase", "cost_320", "cost_para"),
        ("negation", "backed_58_para", "rejected"),
        ("number", "backed_58", "backed_85"),
        ("number", "turnout_59", "turnout_39"),
        ("related", "opp_accepted", "opp_court"),
        ("entity", "opp_court", "supporters_court"),
        ("attribution", "opp_court", "court_fact"),
        ("number", "start_2026_para", "start_2028"),
        ("number", "cost_para", "cost_230"),
    ],
    "berend-epo-case": [
        ("paraphrase", "uci_epo", "uci_epo_para"),
        ("paraphrase", "suspended", "suspended_para"),
        ("paraphrase", "ban_4y", "ban_4y_para"),
        ("light_edit", "may", "may_edit"),
        ("attribution", "uci_epo", "fact_epo"),
        ("entity", "uci_epo_para", "belgian_fed"),
        ("number", "may", "august"),
        ("entity", "nandrolone", "finding_epo"),
        ("negation", "denied", "admitted"),
        ("number", "ban_4y", "ban_2y"),
    ],
    "bitmora-withdrawal-freeze": [
        ("paraphrase", "suspended", "suspended_para"),
        ("paraphrase", "varga_safe", "varga_safe_para"),
        ("paraphrase", "reg_unlicensed", "reg_unlicensed_para"),
        ("paraphrase", "deposits_800", "deposits_para"),
        ("light_edit", "advisers", "advisers_edit"),
        ("attribution", "varga_safe", "funds_safe"),
        ("negation", "reg_unlicensed_para", "reg_licensed"),
        ("number", "suspended", "only_10k"),
        ("number", "monday", "friday"),
        ("number", "deposits_para", "deposits_80"),
        ("entity", "varga_safe", "regulator_safe"),
    ],
    "brenner-burglary-claim": [
        ("paraphrase", "brenner_halved", "brenner_halved_para"),
        ("paraphrase", "stats_18", "stats_18_para"),
        ("paraphrase", "spokes_capital", "spokes_para"),
        ("paraphrase", "police_3000", "police_3000_para"),
        ("attribution", "brenner_halved", "fact_halved"),
        ("number", "brenner_halved_para", "brenner_18"),
        ("number", "stats_49200", "stats_41200"),
        ("entity", "fact_halved", "capital_halved"),
        ("entity", "spokes_capital", "opposition_capital"),
        ("number", "police_3000", "police_300"),
    ],
    "chemistry-exam-leak": [
        ("paraphrase", "retake_46k", "retake_para"),
        ("paraphrase", "called_off", "called_off_para"),
        ("paraphrase", "spokes_police", "spokes_police_para"),
        ("negation", "called_off", "went_ahead"),
        ("number", "june_9", "june_19"),
        ("entity", "physics", "chemistry_cancelled"),
        ("related", "arrested_two", "questioned_two"),
        ("number", "retake_para", "retake_64k"),
        ("entity", "police_chief", "ministry_printing"),
    ],
    "ember-river-deforestation": [
        ("paraphrase", "dropped_22", "dropped_22_para"),
        ("paraphrase", "neves", "neves_para"),
        ("paraphrase", "groups_moved", "groups_moved_para"),
        ("negation", "dropped_22", "increased"),
        ("entity", "ministry_published", "institute_published"),
        ("number", "dropped_22_para", "dropped_12"),
        ("negation", "neves", "neves_not_working"),
        ("entity", "neves_para", "groups_working"),
        ("attribution", "groups_moved", "shifted"),
        ("number", "dropped_22", "year_to_june"),
    ],
    "fernhill-ashby-park-supermarket": [
        ("paraphrase", "delayed", "delayed_para"),
        ("paraphrase", "crestline_150", "crestline_para"),
        ("paraphrase", "town_hall", "town_hall_para"),
        ("number", "delayed", "objections_120"),
        ("entity", "crestline_150", "council_150"),
        ("entity", "town_hall", "crestline_offices"),
        ("number", "crestline_para", "jobs_50"),
        ("attribution", "crestline_150", "jobs_fact"),
        ("negation", "approved", "rejected"),
        ("number", "quarter", "half"),
    ],
    "hollin-ridge-mine-rescue": [
        ("paraphrase", "all_11", "all_11_para"),
        ("paraphrase", "two_broken", "two_broken_para"),
        ("paraphrase", "two_days", "two_days_para"),
        ("light_edit", "inspectorate", "inspectorate_edit"),
        ("negation", "all_11_para", "only_some"),
        ("number", "all_11", "reached_14"),
        ("entity", "union_11", "operator_11"),
        ("entity", "inspectorate", "operator_investigating"),
        ("number", "two_days", "three_days"),
        ("number", "two_broken", "five_broken"),
        ("negation", "fined", "never_fined"),
    ],
    "kallby-tuition-protest": [
        ("paraphrase", "thousands", "thousands_para"),
        ("paraphrase", "police_11", "police_11_para"),
        ("paraphrase", "grants", "grants_para"),
        ("number", "fees_4200", "fees_2400"),
        ("negation", "dropped", "go_ahead"),
        ("negation", "grants_para", "grants_cut"),
        ("entity", "police_11", "union_11"),
        ("number", "thousands", "triple"),
        ("attribution", "police_11_para", "detained_fact"),
    ],
    "kessbury-chlorine-claim": [
        ("paraphrase", "group_said", "group_said_para"),
        ("paraphrase", "agency_no_rise", "agency_para"),
        ("paraphrase", "varnett_denied", "varnett_denied_para"),
        ("attribution", "group_said", "fact_release"),
        ("negation", "agency_no_rise", "agency_elevated"),
        ("number", "group_hundreds", "group_dozens"),
        ("entity", "group_said", "varnett_said"),
        ("negation", "varnett_denied_para", "varnett_confirmed"),
        ("related", "fact_release", "dozens_hospital"),
    ],
    "orrin-wedding-salmonella": [
        ("paraphrase", "over_60", "over_60_para"),
        ("paraphrase", "office_salmonella", "office_para"),
        ("paraphrase", "suspended", "suspended_para"),
        ("number", "fourteen", "four_hospital"),
        ("entity", "listeria", "salmonella_leftovers"),
        ("negation", "not_cooperate", "cooperate"),
        ("entity", "office_salmonella", "office_beef"),
        ("entity", "doctors_four", "office_four"),
        ("number", "over_60_para", "over_160"),
    ],
    "pira-x5-overheating": [
        ("paraphrase", "lumeo_14", "lumeo_14_para"),
        ("paraphrase", "no_defect", "no_defect_para"),
        ("paraphrase", "no_recall", "no_recall_para"),
        ("number", "five_countries", "three_countries"),
        ("number", "lumeo_14", "lumeo_40"),
        ("negation", "no_defect", "defect_found"),
        ("negation", "no_recall_para", "recall"),
        ("entity", "lumeo_14", "authorities_14"),
        ("entity", "no_defect", "authorities_no_defect"),
        ("attribution", "no_defect", "fact_no_defect"),
    ],
    "rhondale-teacher-strikes": [
        ("paraphrase", "three_october", "three_october_para"),
        ("paraphrase", "authority_open", "authority_para"),
        ("paraphrase", "pay_10", "pay_10_para"),
        ("number", "pct_87", "pct_78"),
        ("number", "november", "october_pay"),
        ("entity", "three_october", "primary"),
        ("number", "three_october_para", "two_day"),
        ("entity", "heads_78", "union_78"),
        ("number", "pay_10_para", "pay_15"),
    ],
    "sandvik-refinery-fire": [
        ("paraphrase", "five_hours", "five_hours_para"),
        ("paraphrase", "two_burns", "two_burns_para"),
        ("paraphrase", "reduced", "reduced_para"),
        ("number", "morning", "afternoon"),
        ("number", "five_hours_para", "fifteen_hours"),
        ("negation", "two_burns_para", "no_one_hurt"),
        ("entity", "two_burns", "mayor_two"),
        ("negation", "reduced", "not_affected"),
        ("attribution", "two_burns", "burns_fact"),
        ("entity", "storage_tank", "pipeline"),
    ],
    "vessen-cocaine-seizure": [
        ("paraphrase", "found_18", "found_18_para"),
        ("paraphrase", "largest", "largest_para"),
        ("paraphrase", "ministry_140", "ministry_140_para"),
        ("number", "seized_81", "seized_18"),
        ("entity", "pineapples", "bananas"),
        ("number", "ministry_140", "ministry_14"),
        ("entity", "police_140", "ministry_140"),
        ("number", "largest", "second_largest"),
        ("entity", "ecuador", "colombia"),
        ("attribution", "largest_para", "largest_fact"),
    ],
    "voltra-billing-error": [
        ("paraphrase", "error_85k", "error_85k_para"),
        ("paraphrase", "fixed", "fixed_para"),
        ("paraphrase", "refunds_64", "refunds_64_para"),
        ("number", "may_august", "january_april"),
        ("negation", "error_85k", "undercharged"),
        ("number", "refund_46", "refunds_64_para"),
        ("entity", "ceo_85k", "regulator_85k"),
        ("entity", "magazine", "regulator_spotted"),
        ("number", "error_85k_para", "error_58k"),
        ("negation", "fixed", "not_fixed"),
    ],
}

# WiCE claims (Wikipedia sentences; their `claim` field in wice_pairs.jsonl, never a synthetic contradiction): group
# index -> the WiCE group the claim belongs to, and the claim as quoted. One claim per subject, none used by an earlier
# split.
WICE_GROUPS: dict[int, str] = {
    1: "wice-dev00028",
    2: "wice-dev00866",
    3: "wice-dev00877",
    4: "wice-dev01451",
    5: "wice-dev02638",
    6: "wice-dev03329",
    7: "wice-dev03716",
    8: "wice-dev04121",
    9: "wice-test00373",
    10: "wice-test01938",
    11: "wice-test02405",
    12: "wice-test02954",
}
WICE_CLAIMS: dict[int, str] = {
    1: "On December 20, 2018, Tom Perez, the chairman for the Democratic National Committee, announced the "
    "preliminary schedule for a series of official debates, set to begin in June 2019.",
    2: 'The band\'s third album, "Emotive", was released on November 2, 2004\u00a0\u2013 the actual U.S Presidential '
    "Election Day.",
    3: "In November 2015 he finished clear first in the 6th Iberoamerican championship in Bilbao, winning this "
    "tournament for the second time.",
    4: "On August 22, 2017, Richard Amardi was selected to play for the Canadian Senior Men's National Team to "
    "compete in the FIBA AmeriCup 2017 in Argentina.",
    5: "In November 2013, she was the only member of the Washington Health Benefit Exchange who voted against "
    "increasing the salary of the health exchange's CEO by 13%.",
    6: "Hetherington was killed while covering the front lines in the besieged city of Misrata, Libya, during the "
    "2011 Libyan civil war.",
    7: "Gill has won 21 awards from 44 nominations.",
    8: "A comprehensive 2016 report by the Chief Public Health Officer of Canada found that 88% of  Canadians; one of "
    'the highest proportions of the population among G7 countries, indicated that they "had good or very good health".',
    9: "By the late 1990s, the bridge was carrying twice as much traffic as it was designed to handle, and calls from "
    "Eastside cities and companies for a replacement bridge intensified.",
    10: "As of February 2019 the song has sold 132,000 units in the United Kingdom making it Marina's 4th best "
    "selling single in the United Kingdom as of February 2019.",
    11: "Gaskell was born Elizabeth Cleghorn Stevenson on 29 September 1810 in Lindsey Row, Chelsea, London, at the "
    "house that is now 93 Cheyne Walk.",
    12: "On May 1, 2019, Harris was named to the 23 player roster for the 2019 Women's World Cup.",
}

# Hand-written texts for the WiCE claims: paraphrases and light edits (the same claim), and hard different claims.
WICE_HAND: dict[int, dict[str, str]] = {
    1: {
        "para": "Democratic National Committee chairman Tom Perez announced on 20 December 2018 a preliminary "
        "schedule of official debates, which were to start in June 2019.",
        "edit": "On December 20, 2018, Tom Perez, the chairman of the Democratic National Committee, announced the "
        "preliminary schedule for a series of official debates, set to begin in June 2019.",
        "july": "On December 20, 2018, Tom Perez, the chairman for the Democratic National Committee, announced the "
        "preliminary schedule for a series of official debates, set to begin in July 2019.",
        "rnc": "On December 20, 2018, Ronna McDaniel, the chairwoman of the Republican National Committee, announced "
        "the preliminary schedule for a series of official debates, set to begin in June 2019.",
        "final": "Democratic National Committee chairman Tom Perez announced on 20 December 2018 the final schedule "
        "of official debates, which were to start in June 2019.",
    },
    2: {
        "para": '"Emotive", the band\'s third album, came out on 2 November 2004, the very day of the U.S. '
        "presidential election.",
        "edit": 'The band\'s third album, "Emotive", was released on November 2, 2004, the actual U.S. Presidential '
        "Election Day.",
        "second": 'The band\'s second album, "Emotive", was released on November 2, 2004\u00a0\u2013 the actual U.S '
        "Presidential Election Day.",
        "thirteenth_step": 'The band\'s third album, "Thirteenth Step", was released on November 2, 2004\u00a0\u2013 '
        "the actual U.S Presidential Election Day.",
    },
    3: {
        "para": "He won the 6th Iberoamerican championship in Bilbao outright in November 2015, taking the title for "
        "the second time.",
        "first_time": "In November 2015 he finished clear first in the 6th Iberoamerican championship in Bilbao, "
        "winning this tournament for the first time.",
        "madrid": "In November 2015 he finished clear first in the 6th Iberoamerican championship in Madrid, winning "
        "this tournament for the second time.",
        "shared": "In November 2015 he finished joint first in the 6th Iberoamerican championship in Bilbao, winning "
        "this tournament for the second time.",
        "year_2016": "He won the 6th Iberoamerican championship in Bilbao outright in November 2016, taking the title "
        "for the second time.",
    },
    4: {
        "para": "Richard Amardi was picked on 22 August 2017 for Canada's senior men's national team to play at the "
        "FIBA AmeriCup 2017 in Argentina.",
        "edit": "On August 22, 2017, Richard Amardi was selected to play for the Canadian senior men's national team "
        "to compete at the FIBA AmeriCup 2017 in Argentina.",
        "uruguay": "On August 22, 2017, Richard Amardi was selected to play for the Canadian Senior Men's National "
        "Team to compete in the FIBA AmeriCup 2017 in Uruguay.",
        "cut": "On August 22, 2017, Richard Amardi was cut from the Canadian Senior Men's National Team before the "
        "FIBA AmeriCup 2017 in Argentina.",
        "august_2": "Richard Amardi was picked on 2 August 2017 for Canada's senior men's national team to play at "
        "the FIBA AmeriCup 2017 in Argentina.",
    },
    5: {
        "para": "She was the sole member of the Washington Health Benefit Exchange to vote against a 13 per cent pay "
        "rise for the exchange's chief executive in November 2013.",
        "voted_for": "In November 2013, she was the only member of the Washington Health Benefit Exchange who voted "
        "for increasing the salary of the health exchange's CEO by 13%.",
        "pct_31": "In November 2013, she was the only member of the Washington Health Benefit Exchange who voted "
        "against increasing the salary of the health exchange's CEO by 31%.",
        "one_of_two": "In November 2013, she was one of two members of the Washington Health Benefit Exchange who "
        "voted against increasing the salary of the health exchange's CEO by 13%.",
        "cfo": "She was the sole member of the Washington Health Benefit Exchange to vote against a 13 per cent pay "
        "rise for the exchange's chief financial officer in November 2013.",
    },
    6: {
        "para": "Hetherington was killed reporting from the front lines in the besieged Libyan city of Misrata during "
        "Libya's 2011 civil war.",
        "benghazi": "Hetherington was killed while covering the front lines in the besieged city of Benghazi, Libya, "
        "during the 2011 Libyan civil war.",
        "wounded": "Hetherington was wounded while covering the front lines in the besieged city of Misrata, Libya, "
        "during the 2011 Libyan civil war.",
        "year_2014": "Hetherington was killed reporting from the front lines in the besieged Libyan city of Misrata "
        "during Libya's 2014 civil war.",
    },
    7: {
        "para": "Gill has received 44 nominations, 21 of which have resulted in awards.",
        "edit": "Gill has won 21 awards out of 44 nominations.",
        "awards_12": "Gill has won 12 awards from 44 nominations.",
        "nominations_41": "Gill has received 41 nominations, 21 of which have resulted in awards.",
    },
    8: {
        "para": "According to a comprehensive 2016 report by Canada's Chief Public Health Officer, 88 per cent of "
        "Canadians said they had good or very good health, one of the highest proportions of any G7 country.",
        "pct_68": "A comprehensive 2016 report by the Chief Public Health Officer of Canada found that 68% of "
        'Canadians; one of the highest proportions of the population among G7 countries, indicated that they "had '
        'good or very good health".',
        "lowest": "A comprehensive 2016 report by the Chief Public Health Officer of Canada found that 88% of "
        'Canadians; one of the lowest proportions of the population among G7 countries, indicated that they "had good '
        'or very good health".',
        "year_2006": "According to a comprehensive 2006 report by Canada's Chief Public Health Officer, 88 per cent "
        "of Canadians said they had good or very good health, one of the highest proportions of any G7 country.",
        "g20": "According to a comprehensive 2016 report by Canada's Chief Public Health Officer, 88 per cent of "
        "Canadians said they had good or very good health, one of the highest proportions of any G20 country.",
    },
    9: {
        "para": "Eastside cities and companies stepped up their calls for a replacement bridge as, by the late 1990s, "
        "the bridge carried double the traffic it had been designed for.",
        "three_times": "By the late 1990s, the bridge was carrying three times as much traffic as it was designed to "
        "handle, and calls from Eastside cities and companies for a replacement bridge intensified.",
        "late_1970s": "Eastside cities and companies stepped up their calls for a replacement bridge as, by the late "
        "1970s, the bridge carried double the traffic it had been designed for.",
        "died_down": "By the late 1990s, the bridge was carrying twice as much traffic as it was designed to handle, "
        "but calls from Eastside cities and companies for a replacement bridge died down.",
    },
    10: {
        "para": "By February 2019 the song had sold 132,000 units in the UK, which made it Marina's "
        "fourth-best-selling single there at that point.",
        "units_123k": "As of February 2019 the song has sold 123,000 units in the United Kingdom making it Marina's "
        "4th best selling single in the United Kingdom as of February 2019.",
        "second": "By February 2019 the song had sold 132,000 units in the UK, which made it Marina's "
        "second-best-selling single there at that point.",
        "us": "As of February 2019 the song has sold 132,000 units in the United States making it Marina's 4th best "
        "selling single in the United States as of February 2019.",
    },
    11: {
        "para": "Gaskell's birth name was Elizabeth Cleghorn Stevenson; she was born on 29 September 1810 in Lindsey "
        "Row, Chelsea, London, in the house now known as 93 Cheyne Walk.",
        "edit": "Gaskell was born Elizabeth Cleghorn Stevenson on September 29, 1810, in Lindsey Row, Chelsea, "
        "London, at the house that is now 93 Cheyne Walk.",
        "year_1801": "Gaskell was born Elizabeth Cleghorn Stevenson on 29 September 1801 in Lindsey Row, Chelsea, "
        "London, at the house that is now 93 Cheyne Walk.",
        "kensington": "Gaskell was born Elizabeth Cleghorn Stevenson on 29 September 1810 in Lindsey Row, Kensington, "
        "London, at the house that is now 93 Cheyne Walk.",
        "november": "Gaskell's birth name was Elizabeth Cleghorn Stevenson; she was born on 29 November 1810 in "
        "Lindsey Row, Chelsea, London, in the house now known as 93 Cheyne Walk.",
    },
    12: {
        "para": "Harris was included in the 23-player squad for the 2019 Women's World Cup on 1 May 2019.",
        "left_off": "On May 1, 2019, Harris was left off the 23 player roster for the 2019 Women's World Cup.",
        "cup_2015": "On May 1, 2019, Harris was named to the 23 player roster for the 2015 Women's World Cup.",
        "june": "Harris was included in the 23-player squad for the 2019 Women's World Cup on 1 June 2019.",
    },
}

WICE_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    1: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "july"),
        ("entity", ORIGINAL, "rnc"),
        ("negation", "para", "final"),
    ],
    2: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "second"),
        ("entity", ORIGINAL, "thirteenth_step"),
    ],
    3: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "first_time"),
        ("entity", ORIGINAL, "madrid"),
        ("negation", ORIGINAL, "shared"),
        ("number", "para", "year_2016"),
    ],
    4: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "uruguay"),
        ("negation", ORIGINAL, "cut"),
        ("number", "para", "august_2"),
    ],
    5: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "voted_for"),
        ("number", ORIGINAL, "pct_31"),
        ("number", ORIGINAL, "one_of_two"),
        ("entity", "para", "cfo"),
    ],
    6: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "benghazi"),
        ("related", ORIGINAL, "wounded"),
        ("number", "para", "year_2014"),
    ],
    7: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "awards_12"),
        ("number", "para", "nominations_41"),
    ],
    8: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "pct_68"),
        ("negation", ORIGINAL, "lowest"),
        ("number", "para", "year_2006"),
        ("entity", "para", "g20"),
    ],
    9: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "three_times"),
        ("number", "para", "late_1970s"),
        ("negation", ORIGINAL, "died_down"),
    ],
    10: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "units_123k"),
        ("number", "para", "second"),
        ("entity", ORIGINAL, "us"),
    ],
    11: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "year_1801"),
        ("entity", ORIGINAL, "kensington"),
        ("number", "para", "november"),
    ],
    12: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "left_off"),
        ("number", ORIGINAL, "cup_2015"),
        ("number", "para", "june"),
    ],
}

# Hand-written texts for SciFact training claims that are in no earlier split (and whose cited abstracts are those of
# no earlier SciFact claim, nor of another claim here): paraphrases and light edits (the same claim), and hard different
# claims.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    12: {
        "para": "Chronic kidney disease (CKD) progression is not affected by taking 40 mg of folic acid and 2 mg of "
        "vitamin B12 a day.",
        "slows": "40mg/day dosage of folic acid and 2mg/day dosage of vitamin B12 slows chronic kidney disease (CKD) "
        "progression.",
        "folic_4": "4mg/day dosage of folic acid and 2mg/day dosage of vitamin B12 does not affect chronic kidney "
        "disease (CKD) progression.",
        "b6": "Chronic kidney disease (CKD) progression is not affected by taking 40 mg of folic acid and 2 mg of "
        "vitamin B6 a day.",
    },
    46: {
        "para": "A single-nucleotide variant in the DGKK gene is strongly linked to a higher risk of hypospadias.",
        "decreased": "A single nucleotide variant the gene DGKK is strongly associated with decreased risk of "
        "hypospadias.",
        "weakly": "A single nucleotide variant the gene DGKK is weakly associated with increased risk of hypospadias.",
        "cryptorchidism": "A single-nucleotide variant in the DGKK gene is strongly linked to a higher risk of "
        "cryptorchidism.",
    },
    55: {
        "para": "Activating AMP-activated protein kinase (AMPK) lessens inflammation-related fibrosis in the lung.",
        "increases": "AMP-activated protein kinase (AMPK) activation increases inflammation-related fibrosis in the "
        "lungs.",
        "liver": "AMP-activated protein kinase (AMPK) activation reduces inflammation-related fibrosis in the liver.",
        "inhibition": "Inhibiting AMP-activated protein kinase (AMPK) lessens inflammation-related fibrosis in the "
        "lung.",
    },
    104: {
        "para": "For treating acute myocardial infarction, autologous mechanical circulatory support is more "
        "effective than allogeneic mechanical circulatory support.",
        "swapped": "Autologous mechanical circulatory support is not as effective as allogeneic mechanical "
        "circulatory support for treating acute myocardial infarction.",
        "as_effective": "Allogeneic mechanical circulatory support is as effective as autologous mechanical "
        "circulatory support for treating acute myocardial infarction.",
        "heart_failure": "For treating chronic heart failure, autologous mechanical circulatory support is more "
        "effective than allogeneic mechanical circulatory support.",
    },
    138: {
        "para": "Screening elderly people who have no symptoms for visual impairment results in better vision.",
        "not_improved": "Asymptomatic visual impairment screening in elderly populations does not lead to improved "
        "vision.",
        "children": "Asymptomatic visual impairment screening in children leads to improved vision.",
    },
    149: {
        "para": "When autophagy is deficient in the liver, vulnerability to insulin resistance goes up.",
        "edit": "Autophagy deficiency in the liver increases the vulnerability to insulin resistance.",
        "decreases": "Autophagy deficiency in the liver decreases vulnerability to insulin resistance.",
        "muscle": "Autophagy deficiency in skeletal muscle increases vulnerability to insulin resistance.",
    },
    400: {
        "para": "Anxiety prevalence bears no relation to exposure to fine particulate air pollution.",
        "related": "Exposure to fine particulate air pollution is associated with higher anxiety prevalence.",
        "depression": "Exposure to fine particulate air pollution is unrelated to depression prevalence.",
        "coarse": "Anxiety prevalence bears no relation to exposure to coarse particulate air pollution.",
    },
    504: {
        "para": "After a bolus injection of fructose, cellular ATP in healthy volunteers rises rapidly and "
        "transiently.",
        "decrease": "Healthy volunteers exhibit rapid and transient decrease of cellular ATP after being "
        "bolus-injected with fructose.",
        "glucose": "Healthy volunteers exhibit rapid and transient increase of cellular ATP after being "
        "bolus-injected with glucose.",
        "sustained": "After a bolus injection of fructose, cellular ATP in healthy volunteers rises rapidly and stays "
        "high.",
    },
    509: {
        "para": "Purification of hematopoietic stem cells achieves purity of more than 90 per cent.",
        "above_99": "Hematopoietic Stem Cell purification reaches purity rates above 99%.",
        "below_90": "Hematopoietic Stem Cell purification reaches purity rates below 90%.",
        "mesenchymal": "Purification of mesenchymal stem cells achieves purity of more than 90 per cent.",
    },
    553: {
        "para": "When celiac disease is active, patients' duodenal mucosa contains few IgA plasma cells specific for "
        "transglutaminase 2.",
        "abundant": "IgA plasma cells that are specific for transglutaminase 2 are abundant in the duodenal mucosa of "
        "celiac disease patients when the disease is active.",
        "igg": "IgG plasma cells that are specific for transglutaminase 2 are scarce in the duodenal mucosa of celiac "
        "disease patients when the disease is active.",
    },
    580: {
        "para": "Most T cells found in children's tissues are naive T cells that have emigrated from the thymus.",
        "adult": "In adult tissue, most T cells are naive T cell emigrants from the thymus.",
        "memory": "In pediatric tissue, most T cells are memory T cells rather than naive T cell emigrants from the "
        "thymus.",
        "few": "Few of the T cells found in children's tissues are naive T cells that have emigrated from the thymus.",
    },
    631: {
        "para": "Mice with ARID1A-mutated tumours survive longer when HDAC6 is inhibited.",
        "edit": "Inhibiting HDAC6 increases the survival of mice with ARID1A-mutated tumors.",
        "decreases": "Inhibiting HDAC6 decreases survival of mice with ARID1A mutated tumors.",
        "hdac1": "Inhibiting HDAC1 increases survival of mice with ARID1A mutated tumors.",
    },
    673: {
        "para": "LDL cholesterol plays a causal part in the development of cardiovascular disease.",
        "hdl": "HDL cholesterol has a causal role in the development of cardiovascular disease.",
        "no_role": "LDL cholesterol has no causal role in the development of cardiovascular disease.",
    },
    812: {
        "para": "In mutant mice without SVCT2, ascorbic acid levels are severely reduced in the brain as well as in "
        "the adrenals.",
        "elevated": "Mutant mice lacking SVCT2 have severely elevated ascorbic acid levels in both brain and adrenals.",
        "svct1": "Mutant mice lacking SVCT1 have severely reduced ascorbic acid levels in both brain and adrenals.",
        "liver": "In mutant mice without SVCT2, ascorbic acid levels are severely reduced in the brain as well as in "
        "the liver.",
    },
    855: {
        "para": "Acute respiratory failure after solid organ transplantation cannot be predicted from noninvasive "
        "positive pressure ventilation.",
        "predictive": "Noninvasive positive pressure ventilation is predictive of acute respiratory failure after "
        "solid organ transplantation.",
        "bone_marrow": "Noninvasive positive pressure ventilation is not predictive of acute respiratory failure "
        "after bone marrow transplantation.",
    },
    895: {
        "para": "More than 50 per cent of Gabonese children with Schimmelpenning-Feuerstein-Mims syndrome (SFM) had "
        "plasma lactate above 5 mmol/L.",
        "under_half": "Under half of the gabonese children with Schimmelpenning-Feuerstein-Mims syndrome (SFM) had a "
        "plasma lactate of more than 5mmol/L.",
        "mmol_15": "Over half of the gabonese children with Schimmelpenning-Feuerstein-Mims syndrome (SFM) had a "
        "plasma lactate of more than 15mmol/L.",
        "kenyan": "More than 50 per cent of Kenyan children with Schimmelpenning-Feuerstein-Mims syndrome (SFM) had "
        "plasma lactate above 5 mmol/L.",
    },
    933: {
        "para": "After 4 hours of breathing 80 ppm inhaled nitric oxide (iNO), children with SCD in vaso-occlusive "
        "crisis use more morphine.",
        "decreased": "Pediatric SCD patients with vaso-occlusive crisis show decreased morphine use after breathing "
        "80 ppm iNO for 4 hours.",
        "ppm_40": "Pediatric SCD patients with vaso-occlusive crisis show increased morphine use after breathing 40 "
        "ppm iNO for 4 hours.",
        "adult": "After 4 hours of breathing 80 ppm inhaled nitric oxide (iNO), adults with SCD in vaso-occlusive "
        "crisis use more morphine.",
    },
    1115: {
        "para": "For adults with displaced proximal humerus fractures, surgery is no better than non-surgical "
        "treatment.",
        "edit": "Surgical treatment is not superior to non-surgical treatment in treating adults with displaced "
        "fractures of the proximal humerus.",
        "superior": "Surgical treatment is superior to non-surgical in treating adults with displaced fractures of "
        "the proximal humerus.",
        "femur": "Surgical treatment is not superior to non-surgical in treating adults with displaced fractures of "
        "the proximal femur.",
    },
    1118: {
        "para": "Glucose at concentrations between 1 and 10 mM deactivates the sweet taste receptors on the tongue.",
        "activated": "Sweet taste receptors on the tongue are activated by between 1 and 10 mM glucose.",
        "mm_100_300": "Sweet taste receptors on the tongue are deactivated by between 100 and 300 mM glucose.",
        "bitter": "Glucose at concentrations between 1 and 10 mM deactivates the bitter taste receptors on the tongue.",
    },
    1142: {
        "para": "In experimental animals, taking antidepressants is linked to lower levels of A\u03b2 in the brain.",
        "increase": "Taking anti-depresents is associated with an increase in the A\u03b2 level in the brain of "
        "experimental animals.",
        "antipsychotics": "Taking antipsychotics is associated with a decrease in the A\u03b2 level in the brain of "
        "experimental animals.",
    },
    1190: {
        "para": "Every ten months, the quantity of DNA data that is publicly available doubles.",
        "months_18": "The amount of publicly available DNA data doubles every 18 months.",
        "triples": "The amount of publicly available DNA data triples every 10 months.",
        "protein": "Every ten months, the quantity of protein structure data that is publicly available doubles.",
    },
    1193: {
        "para": "Brown-like or beige cells appear mainly in visceral fat rather than in subcutaneous fat.",
        "swapped": "The appearance of brown-like or beige cells primarily occurs in subcutaneous fat, not visceral "
        "fat.",
        "equally": "Brown-like or beige cells appear equally in visceral fat and in subcutaneous fat.",
    },
    1246: {
        "para": "Under the one-child policy, an environment hospitable to female infants has been created.",
        "hostile": "The one-child policy has created a hostile environment for female infants.",
        "male": "The one-child policy has created a hospitable environment for male infants.",
        "two_child": "Under the two-child policy, an environment hospitable to female infants has been created.",
    },
    1284: {
        "para": "Post-marketing safety events are less frequent for therapeutics that received accelerated approval.",
        "edit": "Therapeutics that receive accelerated approval encounter a lower frequency of post-marketing safety "
        "events.",
        "higher": "Therapeutics receiving accelerated approval encounter a higher frequency of post-marketing safety "
        "events",
        "standard": "Therapeutics receiving standard approval encounter a lower frequency of post-marketing safety "
        "events",
        "more_frequent": "Post-marketing safety events are more frequent for therapeutics that received accelerated "
        "approval.",
    },
    1401: {
        "para": "Among patients in the emergency department, length of stay is associated with qSOFA scores.",
        "edit": "qSOFA scores are associated with the length of stay in emergency department patients.",
        "not": "qSOFA scores are not associated with length of stay in emergency department patients.",
        "icu": "qSOFA scores are associated with length of stay in intensive care unit patients.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    12: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "slows"),
        ("number", ORIGINAL, "folic_4"),
        ("entity", "para", "b6"),
    ],
    46: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "decreased"),
        ("negation", ORIGINAL, "weakly"),
        ("entity", "para", "cryptorchidism"),
    ],
    55: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increases"),
        ("entity", ORIGINAL, "liver"),
        ("negation", "para", "inhibition"),
    ],
    104: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "swapped"),
        ("negation", ORIGINAL, "as_effective"),
        ("entity", "para", "heart_failure"),
    ],
    138: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "not_improved"),
        ("entity", ORIGINAL, "children"),
        ("negation", "para", "not_improved"),
    ],
    149: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "decreases"),
        ("entity", ORIGINAL, "muscle"),
    ],
    400: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "related"),
        ("entity", ORIGINAL, "depression"),
        ("entity", "para", "coarse"),
    ],
    504: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "decrease"),
        ("entity", ORIGINAL, "glucose"),
        ("negation", "para", "sustained"),
    ],
    509: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "above_99"),
        ("negation", ORIGINAL, "below_90"),
        ("entity", "para", "mesenchymal"),
    ],
    553: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "abundant"),
        ("entity", ORIGINAL, "igg"),
        ("negation", "para", "abundant"),
    ],
    580: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "adult"),
        ("entity", ORIGINAL, "memory"),
        ("negation", "para", "few"),
    ],
    631: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "decreases"),
        ("entity", ORIGINAL, "hdac1"),
    ],
    673: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "hdl"),
        ("negation", ORIGINAL, "no_role"),
        ("negation", "para", "no_role"),
    ],
    812: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "elevated"),
        ("entity", ORIGINAL, "svct1"),
        ("entity", "para", "liver"),
    ],
    855: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "predictive"),
        ("entity", ORIGINAL, "bone_marrow"),
    ],
    895: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "under_half"),
        ("number", ORIGINAL, "mmol_15"),
        ("entity", "para", "kenyan"),
    ],
    933: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "decreased"),
        ("number", ORIGINAL, "ppm_40"),
        ("entity", "para", "adult"),
    ],
    1115: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "superior"),
        ("entity", ORIGINAL, "femur"),
    ],
    1118: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "activated"),
        ("number", ORIGINAL, "mm_100_300"),
        ("entity", "para", "bitter"),
    ],
    1142: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increase"),
        ("entity", ORIGINAL, "antipsychotics"),
        ("direction", "para", "increase"),
    ],
    1190: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "months_18"),
        ("number", ORIGINAL, "triples"),
        ("entity", "para", "protein"),
    ],
    1193: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "swapped"),
        ("negation", ORIGINAL, "equally"),
        ("direction", "para", "swapped"),
    ],
    1246: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "hostile"),
        ("entity", ORIGINAL, "male"),
        ("number", "para", "two_child"),
    ],
    1284: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "higher"),
        ("entity", ORIGINAL, "standard"),
        ("direction", "para", "more_frequent"),
    ],
    1401: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "not"),
        ("entity", ORIGINAL, "icu"),
    ],
}


def build(news_path: Path, wice_path: Path, scifact_path: Path, dev_qrels_path: Path) -> list[dict[str, object]]:
    rows = build_families(
        read_earlier(EARLIER_SPLITS),
        NewsTables(news_path, NEWS_CLAIMS, NEWS_HAND, NEWS_PAIRS, new_sources=True, hand_not_quoted=True),
        WiceTables(
            wice_path, WICE_GROUPS, WICE_CLAIMS, WICE_HAND, WICE_PAIRS, "wice5-", new_sources=True, hand_not_quoted=True
        ),
        SciFactTables(
            scifact_path,
            SCIFACT_HAND,
            SCIFACT_PAIRS,
            "scifact-train5-",
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
    )
    return finish(rows, "cx", "test5")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs.jsonl")
    p.add_argument("--wice", type=Path, default=WICE, help="the verifier's wice_pairs.jsonl")
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact training claims (claims_train.jsonl)")
    p.add_argument("--scifact-dev-qrels", type=Path, default=SCIFACT_DEV_QRELS, help="BEIR SciFact qrels/test.tsv")
    p.add_argument("--out", type=Path, default=HERE / "pairs_test5.jsonl")
    args = p.parse_args()
    rows = build(args.news, args.wice, args.scifact, args.scifact_dev_qrels)
    write_rows(rows, args.out)
    print(summary(rows, args.out))


if __name__ == "__main__":
    main()
