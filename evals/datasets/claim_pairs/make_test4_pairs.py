"""Build pairs_test4.jsonl: a fourth fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the news claims of the verifier's training file (``workbench/verifier/data/news_pairs.jsonl``, or --news), the
WiCE claims of ``workbench/verifier/data/wice_pairs.jsonl`` (or --wice) and the SciFact training claims
(``../shared/datasets/scifact/claims_train.jsonl``, or --scifact); every other text is written by hand below. No text
of it is in pairs.jsonl, pairs_test.jsonl, pairs_test2.jsonl or pairs_test3.jsonl, and no news story, WiCE claim or
SciFact claim of it (nor an abstract such a SciFact claim cites) is a group of any of them: the script checks, and
stops if one is. README.md beside this file describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test4_pairs.py

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
# The splits already looked at: no text of this file may appear in them, and no story or claim of it may be a group.
EARLIER_SPLITS = [
    HERE / "pairs.jsonl",
    HERE / "pairs_test.jsonl",
    HERE / "pairs_test2.jsonl",
    HERE / "pairs_test3.jsonl",
]

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
    "port-esk-ferry-pier": {
        "steering_said": "Northlight Ferries said a steering fault caused its ferry to strike a pier in Port Esk.",
        "steering_fact": "A steering fault caused the Northlight ferry to crash into a pier in Port Esk.",
        "harbour_steering": "The Port Esk harbour authority said a steering fault caused the ferry collision.",
        "over_200": "More than 200 passengers were on board the ferry that hit a pier in Port Esk.",
        "halloran": "The ferry that struck the Port Esk pier had set off from Halloran Bay.",
        "morning": "A Northlight passenger ferry struck a pier in Port Esk on Saturday morning.",
        "carrow_14": "A Northlight Ferries vessel arriving from Carrow Island hit a pier in Port Esk, injuring 14 "
        "people.",
    },
    "halden-library-closures": {
        "approved": "Halden's city council approved shutting three of its seven library branches.",
        "every": "Halden city council voted to close every public library branch in the city.",
        "jessop_no_jobs": "Councillor Mara Jessop said the Halden library closures would not cause any job losses.",
        "union_18": "The librarians' union said at least 18 posts would be lost because of the Halden library "
        "closures.",
        "union_no_jobs": "The librarians' union said the Halden library closures would not lead to job losses.",
        "union_proposed": "The plan to close three Halden library branches was proposed by the librarians' union.",
        "save_11": "Halden's library cuts are expected to save the city roughly 1.1 million euros annually.",
    },
    "calder-bank-app-outage": {
        "nine_hours": "A Calder Bank outage on Monday left customers unable to use its mobile app for roughly nine "
        "hours.",
        "config": "Calder Bank said its outage was caused by a faulty configuration change during routine maintenance.",
        "denied_cyber": "Calder Bank denied that its nine-hour outage was caused by a cyberattack.",
        "nineteen": "Calder Bank's mobile app was down for about 19 hours on Monday.",
        "said_cyber": "Calder Bank said its Monday outage was the result of a cyberattack.",
        "regulator_not_cyber": "The financial regulator said Calder Bank's outage was not caused by a cyberattack.",
        "no_data": "Calder Bank said no customer data was compromised during its Monday outage.",
    },
    "velmar-pension-march": {
        "org_85": "Organisers said 85,000 people joined Saturday's pension protest in Velmar.",
        "police_22": "Velmar police estimated that 22,000 people took part in the march against pension reform.",
        "police_85": "Velmar police said 85,000 people marched against the pension reform.",
        "fed_22": "The Federation of Public Workers put the crowd at Velmar's pension march at 22,000.",
        "arrests": "Police in Velmar made several arrests during the pension reform march.",
        "tens": "Tens of thousands of people protested in Velmar against changes to pensions on Saturday.",
        "no_arrests": "Police reported no arrests at the pension reform march in Velmar, which ended peacefully.",
    },
    "kestrel-foods-q3": {
        "profit_rose": "Kestrel Foods' third-quarter net profit rose 18 percent to 214 million dollars.",
        "profit_fell": "Kestrel Foods' third-quarter net profit fell 18 percent from a year earlier.",
        "shares_3": "Kestrel Foods shares slipped about 3 percent after the company reported third-quarter results.",
        "raised_forecast": "Kestrel Foods raised its full-year forecast after a strong third quarter.",
        "ceo_prices": "Kestrel Foods' chief executive said higher frozen-meal prices lifted third-quarter profit.",
        "prices_helped": "Higher frozen-meal prices helped Kestrel Foods increase its third-quarter profit.",
        "unchanged": "Kestrel Foods left its full-year forecast unchanged after reporting third-quarter results.",
    },
    "skyvale-bordeaux-diversion": {
        "diverted": "A Skyvale Airways plane bound for Oslo diverted to Bordeaux after the crew reported smoke in the "
        "cabin.",
        "toulouse": "A Skyvale Airways flight made an emergency landing in Toulouse after smoke was reported in the "
        "cabin.",
        "slides": "Passengers on the diverted Skyvale Airways flight left the plane using the emergency slides.",
        "inquiry": "French aviation investigators said they had opened an inquiry into the Skyvale Airways emergency "
        "landing.",
        "pilot_smoke": "The pilot of the Skyvale Airways flight said smoke filled the cabin within minutes.",
        "everyone": "Everyone on board the Skyvale Airways flight, 164 passengers and six crew, got off safely in "
        "Bordeaux.",
    },
    "ardena-earthquake": {
        "inst_58": "The national seismological institute measured the Ardena earthquake at magnitude 5.8.",
        "revised_61": "The seismological institute's revised estimate put the Ardena earthquake at magnitude 6.1.",
        "initial_61": "The seismological institute initially estimated the Ardena earthquake at magnitude 6.1.",
        "killed": "Several people were killed in Sunday's earthquake near Ardena.",
        "local_32": "Local authorities said 32 people were treated for minor injuries after the Ardena earthquake.",
        "no_deaths": "No deaths were reported after the magnitude 5.8 earthquake near Ardena.",
    },
    "karsten-pass-bus-crash": {
        "nine_17": "A tourist bus crash on the Karsten Pass killed nine people and injured 17.",
        "union_14h": "The drivers' union said the driver in the Karsten Pass bus crash had worked 14 hours without a "
        "break.",
        "fact_14h": "The driver of the bus that crashed on the Karsten Pass had worked 14 hours without a break.",
        "police_fatigue": "Regional police said driver fatigue caused the Karsten Pass bus crash.",
        "nineteen": "Nineteen people were killed when a tourist bus left the road on the Karsten Pass.",
        "alpenroute_denied": "Alpenroute Tours denied that its driver had worked 14 hours without a break before the "
        "Karsten Pass crash.",
        "police_investigating": "Regional police said they were still investigating what caused the Karsten Pass bus "
        "crash.",
    },
    "calverton-hosepipe-ban": {
        "from_1july": "A hosepipe ban will take effect in the Calverton region from 1 July.",
        "august": "A hosepipe ban in the Calverton region will start on 1 August.",
        "res_84": "The Calverton water company said its reservoirs were at 84 percent of capacity.",
        "res_48": "The Calverton water company said reservoir levels had fallen to 48 percent of capacity.",
        "golf_covered": "Golf courses in the Calverton region are covered by the hosepipe ban.",
        "farmers_golf": "Farmers' groups said golf courses in the Calverton region should be included in the hosepipe "
        "ban.",
        "driest": "The Calverton region has just had its driest spring in six decades.",
    },
    "rail-drivers-strike": {
        "rwa_24h": "The Rail Workers' Alliance announced a 24-hour train drivers' strike on 12 March.",
        "march_21": "Rail Workers' Alliance train drivers will strike on 21 March after pay talks broke down.",
        "trelline_20": "Trelline said it expected to run about 20 percent of its normal services during the drivers' "
        "strike.",
        "trelline_half": "Trelline said it would run half of its usual services during the train drivers' strike.",
        "ministry_unjustified": "The transport ministry described the train drivers' strike as unjustified.",
        "ministry_backed": "The transport ministry said it backed the train drivers' decision to strike.",
        "ministry_urged": "The transport ministry urged both sides in the rail pay dispute to go back to the "
        "negotiating table.",
    },
    "st-brennans-ransomware": {
        "knocked_out": "A ransomware attack knocked out patient record systems at St. Brennan's Hospital in Larkfield.",
        "group_400k": "A criminal group claimed it had stolen data on 400,000 St. Brennan's Hospital patients.",
        "fact_400k": "Data on 400,000 patients was stolen in the ransomware attack on St. Brennan's Hospital.",
        "board_confirmed": "The regional health board confirmed that patient data had been stolen from St. Brennan's "
        "Hospital.",
        "kept_accepting": "St. Brennan's Hospital kept accepting ambulances after the ransomware attack.",
        "group_40k": "A criminal group claimed to have stolen data on 40,000 St. Brennan's Hospital patients.",
        "board_no_evidence": "The regional health board said it had so far found no evidence that patient data was "
        "taken from St. Brennan's Hospital.",
        "ambulances": "Ambulances have been sent to other hospitals since Saturday because of the ransomware attack on "
        "St. Brennan's.",
    },
    "dressel-diesel-spill": {
        "spilled_8000": "Around 8,000 litres of diesel spilled after a tanker overturned near Dressel.",
        "brenn_deer": "Brenn Logistics said its driver swerved to avoid a deer before the tanker overturned near "
        "Dressel.",
        "fact_deer": "The tanker that spilled diesel near Dressel overturned because its driver swerved to avoid a "
        "deer.",
        "anglers_15": "The environment agency told anglers to avoid a 15-kilometre stretch of the River Mire.",
        "petrol": "The tanker that overturned near Dressel spilled petrol into the River Mire.",
        "police_deer": "Police said the Brenn Logistics driver had swerved to avoid a deer near Dressel.",
        "none_reached": "None of the diesel spilled near Dressel reached the River Mire.",
        "booms": "The environment agency said it had put booms on the River Mire after the diesel spill near Dressel.",
    },
    "pension-age-bill": {
        "approved_67": "Parliament approved raising the state pension age to 67 by 2032.",
        "by_2035": "The pension bill passed by parliament raises the retirement age to 67 by 2035.",
        "pm_needed": "Prime Minister Elin Sorensen said raising the pension age was needed to keep the system solvent.",
        "pm_without": "Prime Minister Elin Sorensen said the pension system would stay solvent without raising the "
        "pension age.",
        "unions_67": "Union leaders said the state pension age would rise to 67 by 2032.",
        "general_strike": "Unions responded to the pension age bill by calling a general strike.",
    },
    "july-heatwave-deaths": {
        "inst_140": "The national statistics institute linked at least 140 deaths to the heatwave in early July.",
        "ministry_86": "The health ministry had earlier estimated the July heatwave death toll at 86.",
        "inst_86": "The national statistics institute put the death toll from the July heatwave at 86.",
        "under_40": "Most of the people who died in the July heatwave were under 40.",
        "temps_42": "Temperatures topped 42 degrees Celsius in the south of the country during the July heatwave.",
        "ministry_140": "The health ministry had initially estimated that 140 people died in the July heatwave.",
        "over_75": "The statistics institute said most of those who died during the July heatwave were older than 75.",
    },
    "hollis-air-cabin-strike": {
        "scrapped_340": "Hollis Air scrapped 340 flights because of a one-day cabin crew strike.",
        "pax_4500": "The Hollis Air cabin crew strike affected about 4,500 passengers.",
        "union_95": "The cabin crew union said 95 percent of its members joined the Hollis Air strike.",
        "hollis_95": "Hollis Air said 95 percent of its cabin crew had joined Friday's strike.",
        "no_refunds": "Hollis Air said passengers on cancelled flights would not be offered refunds.",
        "refund_or_rebook": "Hollis Air said passengers on cancelled flights could choose a refund or rebooking.",
        "pax_45000": "Around 45,000 passengers were affected by the Hollis Air cabin crew strike.",
    },
    "lunden-rent-cap": {
        "limit_3": "Lunden lawmakers voted to limit annual rent rises to 3 percent for five years.",
        "caps_5": "Lunden's new law caps annual rent increases at 5 percent.",
        "all_flats": "Lunden's rent cap applies to all flats, including newly built ones.",
        "landlords_complaint": "Lunden's landlords' federation said it would file a constitutional complaint against "
        "the rent cap.",
        "tenants_criticised": "Lunden's tenants' association criticised the new cap on rent increases.",
        "mayor_new": "Lunden's mayor said the rent cap would not apply to newly built flats.",
        "tenants_welcomed": "Lunden's tenants' association welcomed the new cap on rent increases.",
    },
}

NEWS_HAND: dict[str, dict[str, str]] = {
    "port-esk-ferry-pier": {
        "carrow_14_para": "Fourteen people were hurt when a Northlight Ferries boat coming in from Carrow Island "
        "collided with a pier at Port Esk.",
        "steering_said_para": "According to Northlight Ferries, its vessel hit the Port Esk pier because of a fault in "
        "the steering.",
        "over_200_para": "The ferry that struck a pier in Port Esk was carrying upwards of 200 passengers.",
        "carrow_set_off": "The ferry that struck the Port Esk pier had set off from Carrow Island.",
        "carrow_40": "A Northlight Ferries vessel arriving from Carrow Island hit a pier in Port Esk, injuring 40 "
        "people.",
        "evening": "A Northlight passenger ferry struck a pier in Port Esk on Saturday evening.",
        "not_determined": "The Port Esk harbour authority said it had not yet determined what caused the ferry "
        "collision.",
    },
    "halden-library-closures": {
        "approved_para": "Three of Halden's seven library branches are to shut after the city council voted for the "
        "closures.",
        "save_11_para": "The city of Halden expects its library cuts to save it around 1.1 million euros a year.",
        "union_18_para": "No fewer than eighteen posts will go as a result of the library closures in Halden, "
        "according to the librarians' union.",
        "jessop_edit": "Councillor Mara Jessop said the library closures in Halden would not cause any job losses.",
        "save_110k": "Halden's library cuts are expected to save the city roughly 110,000 euros annually.",
        "jessop_proposed": "The plan to close three Halden library branches was proposed by Councillor Mara Jessop.",
        "vote_for": "Halden city council voted 9-4 in favour of closing three of the city's seven library branches.",
        "vote_against": "Halden city council voted 9-4 against closing three of the city's seven library branches.",
        "no_jobs_fact": "The Halden library closures will not cause any job losses.",
    },
    "calder-bank-app-outage": {
        "nine_hours_para": "For about nine hours on Monday, Calder Bank customers could not use the bank's mobile app.",
        "config_para": "A faulty configuration change made during routine maintenance was behind its outage, Calder "
        "Bank said.",
        "denied_cyber_para": "Calder Bank rejected suggestions that a cyberattack had caused its nine-hour outage.",
        "no_data_edit": "Calder Bank said no customer data had been compromised during its Monday outage.",
        "some_data": "Calder Bank said some customer data was compromised during its Monday outage.",
        "bank_not_cyber": "Calder Bank said its outage was not caused by a cyberattack.",
        "tuesday": "A Calder Bank outage on Tuesday left customers unable to use its mobile app for roughly nine "
        "hours.",
    },
    "velmar-pension-march": {
        "org_85_para": "According to the organisers, 85,000 people took part in Saturday's march in Velmar against "
        "the pension reform.",
        "police_22_para": "Police in Velmar put the number of people at the march against the pension reform at "
        "22,000.",
        "no_arrests_para": "The Velmar march against the pension reform passed off peacefully and without arrests, "
        "police said.",
        "org_58": "Organisers said 58,000 people joined Saturday's pension protest in Velmar.",
        "fact_85": "Some 85,000 people joined Saturday's pension protest in Velmar.",
        "tens_para": "On Saturday, tens of thousands took to the streets of Velmar to oppose changes to pensions.",
    },
    "kestrel-foods-q3": {
        "profit_rose_para": "Net profit at Kestrel Foods climbed 18% to $214 million in the third quarter.",
        "shares_3_para": "After Kestrel Foods published its third-quarter results, its share price fell by around "
        "three per cent.",
        "unchanged_para": "Kestrel Foods kept its forecast for the full year as it was when it reported its "
        "third-quarter results.",
        "prices_helped_edit": "Higher prices for frozen meals helped Kestrel Foods increase its third-quarter profit.",
        "profit_rose_8": "Kestrel Foods' third-quarter net profit rose 8 percent to 214 million dollars.",
        "shares_rose": "Kestrel Foods shares rose about 3 percent after the company reported third-quarter results.",
        "second_quarter": "Kestrel Foods' second-quarter net profit rose 18 percent to 214 million dollars.",
    },
    "skyvale-bordeaux-diversion": {
        "diverted_para": "Smoke in the cabin, reported by the crew, forced an Oslo-bound Skyvale Airways aircraft to "
        "divert to Bordeaux.",
        "everyone_para": "All 164 passengers and the six crew members aboard the Skyvale Airways flight left the "
        "aircraft safely in Bordeaux.",
        "inquiry_para": "An inquiry into the emergency landing of the Skyvale Airways flight has been opened, French "
        "aviation investigators said.",
        "bordeaux_landing": "A Skyvale Airways flight made an emergency landing in Bordeaux after smoke was reported "
        "in the cabin.",
        "stairs": "Passengers on the diverted Skyvale Airways flight left the plane using the stairs.",
        "everyone_146": "Everyone on board the Skyvale Airways flight, 146 passengers and six crew, got off safely in "
        "Bordeaux.",
        "bound_lisbon": "A Skyvale Airways plane bound for Lisbon diverted to Bordeaux after the crew reported smoke "
        "in the cabin.",
        "portuguese_inquiry": "Portuguese aviation investigators said they had opened an inquiry into the Skyvale "
        "Airways emergency landing.",
    },
    "ardena-earthquake": {
        "inst_58_para": "According to the national seismological institute, the Ardena earthquake had a magnitude of "
        "5.8.",
        "initial_61_para": "The seismological institute's first estimate for the Ardena earthquake was magnitude 6.1.",
        "no_deaths_para": "Nobody was reported killed in the 5.8-magnitude quake near Ardena.",
        "local_23": "Local authorities said 23 people were treated for minor injuries after the Ardena earthquake.",
        "revised_58": "The seismological institute's revised estimate put the Ardena earthquake at magnitude 5.8.",
        "inst_68": "The national seismological institute measured the Ardena earthquake at magnitude 6.8.",
    },
    "karsten-pass-bus-crash": {
        "nine_17_para": "Nine people died and seventeen were hurt when a tourist coach crashed on the Karsten Pass.",
        "union_14h_para": "According to the drivers' union, the driver of the bus that crashed on the Karsten Pass had "
        "been at the wheel for 14 hours with no break.",
        "police_investigating_para": "The cause of the Karsten Pass bus crash is still under investigation, regional "
        "police said.",
        "seventeen_nine": "A tourist bus crash on the Karsten Pass killed seventeen people and injured nine.",
        "alpenroute_14h": "Alpenroute Tours said its driver had worked 14 hours without a break before the Karsten "
        "Pass crash.",
        "union_10h": "The drivers' union said the driver in the Karsten Pass bus crash had worked 10 hours without a "
        "break.",
    },
    "calverton-hosepipe-ban": {
        "from_1july_para": "From 1 July, the use of hosepipes will be banned in the Calverton region.",
        "res_48_para": "Reservoir levels have dropped to 48 per cent of capacity, according to the Calverton water "
        "company.",
        "driest_para": "Calverton has come through the driest spring the region has seen in 60 years.",
        "golf_exempt": "Golf courses in the Calverton region are exempt from the hosepipe ban.",
        "water_golf": "The Calverton water company said golf courses in the region should be included in the hosepipe "
        "ban.",
        "driest_autumn": "The Calverton region has just had its driest autumn in six decades.",
        "driest_16": "Calverton has come through the driest spring the region has seen in 16 years.",
    },
    "rail-drivers-strike": {
        "rwa_24h_para": "Train drivers in the Rail Workers' Alliance will walk out for 24 hours on 12 March, the union "
        "announced.",
        "trelline_20_para": "Trelline expects to operate roughly one in five of its usual services while the drivers "
        "are on strike, the operator said.",
        "ministry_unjustified_para": "The train drivers' strike is unjustified, according to the transport ministry.",
        "ministry_urged_edit": "The transport ministry urged both sides in the rail pay dispute to return to the "
        "negotiating table.",
        "march_12": "Rail Workers' Alliance train drivers will strike on 12 March after pay talks broke down.",
        "rwa_48h": "The Rail Workers' Alliance announced a 48-hour train drivers' strike on 12 March.",
        "trelline_unjustified": "Trelline described the train drivers' strike as unjustified.",
    },
    "st-brennans-ransomware": {
        "knocked_out_para": "St. Brennan's Hospital in Larkfield had its patient record systems disabled by a "
        "ransomware attack.",
        "group_400k_para": "Criminals claimed to have taken data on 400,000 patients of St. Brennan's Hospital.",
        "ambulances_para": "Because of the ransomware attack on St. Brennan's, ambulances have been diverted to other "
        "hospitals since Saturday.",
        "board_no_evidence_para": "So far, the regional health board said, it has found no evidence that data on "
        "patients was taken from St. Brennan's Hospital.",
        "sunday": "Ambulances have been sent to other hospitals since Sunday because of the ransomware attack on St. "
        "Brennan's.",
    },
    "dressel-diesel-spill": {
        "spilled_8000_para": "A tanker overturned near Dressel, spilling roughly 8,000 litres of diesel.",
        "brenn_deer_para": "The tanker overturned near Dressel after its driver swerved to avoid a deer, according to "
        "Brenn Logistics.",
        "booms_para": "According to the environment agency, it placed booms on the River Mire following the diesel "
        "spill near Dressel.",
        "anglers_5": "The environment agency told anglers to avoid a 5-kilometre stretch of the River Mire.",
        "diesel_river": "The tanker that overturned near Dressel spilled diesel into the River Mire.",
        "some_reached": "Some of the diesel spilled near Dressel reached the River Mire.",
        "spilled_800": "Around 800 litres of diesel spilled after a tanker overturned near Dressel.",
    },
    "pension-age-bill": {
        "approved_para": "Lawmakers voted to lift the state pension age to 67 by 2032.",
        "pm_needed_para": "According to Prime Minister Elin Sorensen, the pension age had to go up to keep the pension "
        "system solvent.",
        "general_strike_para": "In response to the bill raising the pension age, the unions called a general strike.",
        "by_2032": "The pension bill passed by parliament raises the retirement age to 67 by 2032.",
        "approved_68": "Parliament approved raising the state pension age to 68 by 2032.",
        "rejected": "Parliament rejected raising the state pension age to 67 by 2032.",
        "vote_178": "Parliament passed the pension age bill by 178 votes to 162.",
        "vote_187": "Parliament passed the pension age bill by 187 votes to 162.",
        "fact_67": "The state pension age will rise to 67 by 2032.",
    },
    "july-heatwave-deaths": {
        "inst_140_para": "At least 140 deaths in early July were attributed to the heatwave by the national statistics "
        "institute.",
        "temps_42_para": "During the July heatwave, the south of the country saw temperatures of more than 42°C.",
        "over_75_para": "Most of the July heatwave victims were over the age of 75, according to the statistics "
        "institute.",
        "ministry_86_edit": "The health ministry had earlier put the July heatwave death toll at 86.",
        "temps_north": "Temperatures topped 42 degrees Celsius in the north of the country during the July heatwave.",
        "fact_over_75": "Most of those who died during the July heatwave were older than 75.",
    },
    "hollis-air-cabin-strike": {
        "scrapped_para": "A one-day strike by cabin crew forced Hollis Air to cancel 340 flights.",
        "union_95_para": "Ninety-five per cent of the cabin crew union's members took part in the Hollis Air strike, "
        "the union said.",
        "pax_45000_para": "The cabin crew strike at Hollis Air hit some 45,000 passengers.",
        "refund_edit": "Hollis Air said passengers on cancelled flights could choose either a refund or rebooking.",
        "scrapped_430": "Hollis Air scrapped 430 flights because of a one-day cabin crew strike.",
        "two_day": "A two-day strike by cabin crew forced Hollis Air to cancel 340 flights.",
        "pilots": "Hollis Air scrapped 340 flights because of a one-day pilots' strike.",
    },
    "lunden-rent-cap": {
        "limit_3_para": "For the next five years, yearly rent increases in Lunden may not exceed 3%, under a law the "
        "city-state's lawmakers voted for.",
        "landlords_para": "The landlords' federation in Lunden said it would lodge a constitutional complaint over the "
        "cap on rents.",
        "tenants_welcomed_para": "The new limit on rent increases in Lunden was welcomed by the city's tenants' "
        "association.",
        "caps_3": "Lunden's new law caps annual rent increases at 3 percent.",
        "not_new": "Lunden's rent cap does not apply to newly built flats.",
        "tenants_complaint": "Lunden's tenants' association said it would file a constitutional complaint against the "
        "rent cap.",
        "limit_3_ten": "Lunden lawmakers voted to limit annual rent rises to 3 percent for ten years.",
    },
}

NEWS_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "port-esk-ferry-pier": [
        ("paraphrase", "carrow_14", "carrow_14_para"),
        ("paraphrase", "steering_said", "steering_said_para"),
        ("paraphrase", "over_200", "over_200_para"),
        ("attribution", "steering_said", "steering_fact"),
        ("entity", "steering_said", "harbour_steering"),
        ("entity", "halloran", "carrow_set_off"),
        ("number", "carrow_14", "carrow_40"),
        ("number", "morning", "evening"),
        ("related", "harbour_steering", "not_determined"),
    ],
    "halden-library-closures": [
        ("paraphrase", "approved", "approved_para"),
        ("paraphrase", "save_11", "save_11_para"),
        ("paraphrase", "union_18", "union_18_para"),
        ("light_edit", "jessop_no_jobs", "jessop_edit"),
        ("entity", "jessop_no_jobs", "union_no_jobs"),
        ("negation", "union_18", "union_no_jobs"),
        ("number", "save_11", "save_110k"),
        ("entity", "union_proposed", "jessop_proposed"),
        ("negation", "vote_for", "vote_against"),
        ("attribution", "jessop_no_jobs", "no_jobs_fact"),
        ("number", "approved", "every"),
        ("related", "jessop_no_jobs", "jessop_proposed"),
    ],
    "calder-bank-app-outage": [
        ("paraphrase", "nine_hours", "nine_hours_para"),
        ("paraphrase", "config", "config_para"),
        ("paraphrase", "denied_cyber", "denied_cyber_para"),
        ("light_edit", "no_data", "no_data_edit"),
        ("number", "nine_hours", "nineteen"),
        ("negation", "denied_cyber", "said_cyber"),
        ("entity", "regulator_not_cyber", "bank_not_cyber"),
        ("negation", "no_data", "some_data"),
        ("number", "nine_hours_para", "tuesday"),
    ],
    "velmar-pension-march": [
        ("paraphrase", "org_85", "org_85_para"),
        ("paraphrase", "police_22", "police_22_para"),
        ("paraphrase", "no_arrests", "no_arrests_para"),
        ("paraphrase", "tens", "tens_para"),
        ("entity", "police_22", "fed_22"),
        ("entity", "org_85", "police_85"),
        ("number", "police_22_para", "police_85"),
        ("negation", "no_arrests", "arrests"),
        ("number", "org_85", "org_58"),
        ("attribution", "org_85", "fact_85"),
        ("related", "arrests", "police_85"),
    ],
    "kestrel-foods-q3": [
        ("paraphrase", "profit_rose", "profit_rose_para"),
        ("paraphrase", "shares_3", "shares_3_para"),
        ("paraphrase", "unchanged", "unchanged_para"),
        ("light_edit", "prices_helped", "prices_helped_edit"),
        ("negation", "profit_rose", "profit_fell"),
        ("negation", "unchanged", "raised_forecast"),
        ("attribution", "ceo_prices", "prices_helped"),
        ("number", "profit_rose_para", "profit_rose_8"),
        ("negation", "shares_3", "shares_rose"),
        ("number", "profit_rose", "second_quarter"),
    ],
    "skyvale-bordeaux-diversion": [
        ("paraphrase", "diverted", "diverted_para"),
        ("paraphrase", "everyone", "everyone_para"),
        ("paraphrase", "inquiry", "inquiry_para"),
        ("entity", "toulouse", "bordeaux_landing"),
        ("entity", "slides", "stairs"),
        ("number", "everyone", "everyone_146"),
        ("entity", "diverted", "bound_lisbon"),
        ("entity", "inquiry", "portuguese_inquiry"),
        ("related", "pilot_smoke", "diverted"),
    ],
    "ardena-earthquake": [
        ("paraphrase", "inst_58", "inst_58_para"),
        ("paraphrase", "initial_61", "initial_61_para"),
        ("paraphrase", "no_deaths", "no_deaths_para"),
        ("negation", "no_deaths", "killed"),
        ("number", "local_32", "local_23"),
        ("number", "revised_61", "revised_58"),
        ("negation", "initial_61", "revised_61"),
        ("number", "inst_58_para", "inst_68"),
    ],
    "karsten-pass-bus-crash": [
        ("paraphrase", "nine_17", "nine_17_para"),
        ("paraphrase", "union_14h", "union_14h_para"),
        ("paraphrase", "police_investigating", "police_investigating_para"),
        ("attribution", "union_14h", "fact_14h"),
        ("number", "nine_17", "seventeen_nine"),
        ("negation", "alpenroute_denied", "alpenroute_14h"),
        ("number", "union_14h", "union_10h"),
        ("related", "police_investigating", "police_fatigue"),
        ("number", "nine_17", "nineteen"),
        ("related", "union_14h", "alpenroute_denied"),
    ],
    "calverton-hosepipe-ban": [
        ("paraphrase", "from_1july", "from_1july_para"),
        ("paraphrase", "res_48", "res_48_para"),
        ("paraphrase", "driest", "driest_para"),
        ("number", "from_1july", "august"),
        ("number", "res_48", "res_84"),
        ("negation", "golf_covered", "golf_exempt"),
        ("entity", "farmers_golf", "water_golf"),
        ("entity", "driest", "driest_autumn"),
        ("number", "driest_para", "driest_16"),
        ("related", "farmers_golf", "golf_covered"),
    ],
    "rail-drivers-strike": [
        ("paraphrase", "rwa_24h", "rwa_24h_para"),
        ("paraphrase", "trelline_20", "trelline_20_para"),
        ("paraphrase", "ministry_unjustified", "ministry_unjustified_para"),
        ("light_edit", "ministry_urged", "ministry_urged_edit"),
        ("number", "march_12", "march_21"),
        ("number", "trelline_20", "trelline_half"),
        ("negation", "ministry_unjustified", "ministry_backed"),
        ("number", "rwa_24h", "rwa_48h"),
        ("entity", "ministry_unjustified", "trelline_unjustified"),
        ("related", "ministry_urged", "ministry_unjustified"),
    ],
    "st-brennans-ransomware": [
        ("paraphrase", "knocked_out", "knocked_out_para"),
        ("paraphrase", "group_400k", "group_400k_para"),
        ("paraphrase", "ambulances", "ambulances_para"),
        ("paraphrase", "board_no_evidence", "board_no_evidence_para"),
        ("attribution", "group_400k", "fact_400k"),
        ("number", "group_400k", "group_40k"),
        ("negation", "board_no_evidence", "board_confirmed"),
        ("negation", "ambulances", "kept_accepting"),
        ("number", "ambulances_para", "sunday"),
    ],
    "dressel-diesel-spill": [
        ("paraphrase", "spilled_8000", "spilled_8000_para"),
        ("paraphrase", "brenn_deer", "brenn_deer_para"),
        ("paraphrase", "booms", "booms_para"),
        ("attribution", "brenn_deer", "fact_deer"),
        ("entity", "brenn_deer", "police_deer"),
        ("number", "anglers_15", "anglers_5"),
        ("entity", "petrol", "diesel_river"),
        ("negation", "none_reached", "some_reached"),
        ("number", "spilled_8000", "spilled_800"),
        ("related", "booms", "anglers_15"),
    ],
    "pension-age-bill": [
        ("paraphrase", "approved_67", "approved_para"),
        ("paraphrase", "pm_needed", "pm_needed_para"),
        ("paraphrase", "general_strike", "general_strike_para"),
        ("number", "by_2035", "by_2032"),
        ("number", "approved_67", "approved_68"),
        ("negation", "approved_para", "rejected"),
        ("negation", "pm_needed", "pm_without"),
        ("number", "vote_178", "vote_187"),
        ("attribution", "unions_67", "fact_67"),
    ],
    "july-heatwave-deaths": [
        ("paraphrase", "inst_140", "inst_140_para"),
        ("paraphrase", "temps_42", "temps_42_para"),
        ("paraphrase", "over_75", "over_75_para"),
        ("light_edit", "ministry_86", "ministry_86_edit"),
        ("number", "inst_140", "inst_86"),
        ("number", "ministry_86", "ministry_140"),
        ("number", "over_75", "under_40"),
        ("entity", "temps_42", "temps_north"),
        ("attribution", "over_75", "fact_over_75"),
    ],
    "hollis-air-cabin-strike": [
        ("paraphrase", "scrapped_340", "scrapped_para"),
        ("paraphrase", "union_95", "union_95_para"),
        ("paraphrase", "pax_45000", "pax_45000_para"),
        ("light_edit", "refund_or_rebook", "refund_edit"),
        ("number", "pax_45000", "pax_4500"),
        ("entity", "union_95", "hollis_95"),
        ("negation", "refund_or_rebook", "no_refunds"),
        ("number", "scrapped_340", "scrapped_430"),
        ("number", "scrapped_para", "two_day"),
        ("entity", "scrapped_340", "pilots"),
    ],
    "lunden-rent-cap": [
        ("paraphrase", "limit_3", "limit_3_para"),
        ("paraphrase", "landlords_complaint", "landlords_para"),
        ("paraphrase", "tenants_welcomed", "tenants_welcomed_para"),
        ("number", "caps_5", "caps_3"),
        ("negation", "all_flats", "not_new"),
        ("attribution", "mayor_new", "not_new"),
        ("negation", "tenants_welcomed", "tenants_criticised"),
        ("entity", "landlords_complaint", "tenants_complaint"),
        ("number", "limit_3", "limit_3_ten"),
    ],
}

# WiCE claims (Wikipedia sentences; their `claim` field in wice_pairs.jsonl, never a synthetic contradiction): group
# index -> the WiCE group the claim belongs to, and the claim as quoted. One claim per subject, none of the subjects
# of the third split.
WICE_GROUPS: dict[int, str] = {
    1: "wice-dev00956",
    2: "wice-dev01435",
    3: "wice-dev01524",
    4: "wice-dev01564",
    5: "wice-dev02203",
    6: "wice-dev02246",
    7: "wice-dev02875",
    8: "wice-dev03019",
    9: "wice-dev03784",
    10: "wice-test00330",
    11: "wice-test01979",
    12: "wice-test04310",
}
WICE_CLAIMS: dict[int, str] = {
    1: "He died after complications from a surgery at a hospital in Calgary, Alberta on May 7, 2018.",
    2: "Baldacci's novels have been published in over 45 languages and in more than 80 countries, with over 130 "
    "million worldwide sales as of 2018.",
    3: "She was elected to the Seattle City Council in 2017 to represent the at-large position 8.",
    4: "The series was renewed for a fifth season on July 28, 2018, just prior to the airing of the fourth season.",
    5: "He made his MLS debut on August 4, 2018, starting in a 2-1 loss to Real Salt Lake, making 8 saves and allowing "
    "2 goals.",
    6: "Williams then pulled away once again, winning the final three frames to take a 10–7 lead overnight.",
    7: "When the dynastic struggle known as the Wars of the Roses broke out in the later fifteenth century, the "
    "Beauforts were the chief supporters of Henry VI and the House of Lancaster.",
    8: "He was Chef de Mission of Team GB at the 2016 Olympics, being appointed on 29 April 2014.",
    9: 'In 1954, the United States Supreme Court ruled on the case "Brown v. Board of Education of Topeka, Kansas" and '
    "declared that all public schools in the country must desegregate.",
    10: "The ICC announced their team of the tournament on 15 July 2019 with Kane Williamson being named as player of "
    "the tournament and captain of the team.",
    11: "Hilton died in 2019 at the age of 75; he had dementia in his later years.",
    12: "Schumer performed as opening act for Madonna on three New York City dates of the singer's Rebel Heart Tour in "
    "September 2015.",
}

# Hand-written texts for the WiCE claims: paraphrases and light edits (the same claim), and hard different claims.
WICE_HAND: dict[int, dict[str, str]] = {
    1: {
        "para": "On 7 May 2018 he died in a hospital in Calgary, Alberta, following complications from surgery.",
        "edit": "He died after complications from surgery at a hospital in Calgary, Alberta on May 7, 2018.",
        "edmonton": "He died after complications from a surgery at a hospital in Edmonton, Alberta on May 7, 2018.",
        "may_17": "He died after complications from surgery at a hospital in Calgary, Alberta on May 17, 2018.",
    },
    2: {
        "para": "As of 2018, Baldacci's novels had sold upwards of 130 million copies worldwide and had been published "
        "in more than 80 countries and over 45 languages.",
        "languages_54": "Baldacci's novels have been published in over 54 languages and in more than 80 countries, "
        "with over 130 million worldwide sales as of 2018.",
        "swap": "Baldacci's novels have been published in over 80 languages and in more than 45 countries, with over "
        "130 million worldwide sales as of 2018.",
        "sales_13": "As of 2018, Baldacci's novels had sold upwards of 13 million copies worldwide and had been "
        "published in more than 80 countries and over 45 languages.",
    },
    3: {
        "para": "In 2017 she won election to Seattle's City Council for at-large position 8.",
        "edit": "She was elected to the Seattle City Council in 2017 to represent at-large position 8.",
        "position_9": "She was elected to the Seattle City Council in 2017 to represent the at-large position 9.",
        "defeated": "She was defeated in the 2017 election to the Seattle City Council for the at-large position 8.",
        "portland": "She was elected to the Portland City Council in 2017 to represent the at-large position 8.",
    },
    4: {
        "para": "On 28 July 2018, shortly before its fourth season aired, the series was renewed for a fifth.",
        "cancelled": "The series was cancelled on July 28, 2018, just prior to the airing of the fourth season.",
        "after": "The series was renewed for a fifth season on July 28, 2018, just after the airing of the fourth "
        "season.",
        "sixth": "The series was renewed for a sixth season on July 28, 2018, just prior to the airing of the fifth "
        "season.",
    },
    5: {
        "para": "His MLS debut came on 4 August 2018, when he started against Real Salt Lake and made eight saves, "
        "conceding twice in a 2-1 defeat.",
        "win": "He made his MLS debut on August 4, 2018, starting in a 2-1 win over Real Salt Lake, making 8 saves and "
        "allowing 1 goal.",
        "saves_3": "He made his MLS debut on August 4, 2018, starting in a 2-1 loss to Real Salt Lake, making 3 saves "
        "and allowing 2 goals.",
        "galaxy": "He made his MLS debut on August 4, 2018, starting in a 2-1 loss to LA Galaxy, making 8 saves and "
        "allowing 2 goals.",
    },
    6: {
        "para": "Williams again pulled clear, taking the last three frames to lead 10–7 overnight.",
        "edit": "Williams then pulled away once again, winning the last three frames to take a 10–7 lead overnight.",
        "trail": "Williams then fell behind once again, losing the final three frames to trail 7–10 overnight.",
        "lead_10_8": "Williams then pulled away once again, winning the final three frames to take a 10–8 lead "
        "overnight.",
    },
    7: {
        "para": "The Beauforts were the main backers of Henry VI and the House of Lancaster when the dynastic struggle "
        "called the Wars of the Roses broke out in the late 1400s.",
        "york": "When the dynastic struggle known as the Wars of the Roses broke out in the later fifteenth century, "
        "the Beauforts were the chief supporters of Henry VI and the House of York.",
        "opponents": "When the dynastic struggle known as the Wars of the Roses broke out in the later fifteenth "
        "century, the Beauforts were the chief opponents of Henry VI and the House of Lancaster.",
        "fourteenth": "When the dynastic struggle known as the Wars of the Roses broke out in the later fourteenth "
        "century, the Beauforts were the chief supporters of Henry VI and the House of Lancaster.",
    },
    8: {
        "para": "Appointed on 29 April 2014, he served as Team GB's Chef de Mission at the 2016 Olympic Games.",
        "edit": "He was Chef de Mission of Team GB at the 2016 Olympics, having been appointed on 29 April 2014.",
        "olympics_2012": "He was Chef de Mission of Team GB at the 2012 Olympics, being appointed on 29 April 2014.",
        "august": "He was Chef de Mission of Team GB at the 2016 Olympics, having been appointed on 29 August 2014.",
        "canada": "He was Chef de Mission of Team Canada at the 2016 Olympics, being appointed on 29 April 2014.",
    },
    9: {
        "para": 'The US Supreme Court\'s 1954 ruling in "Brown v. Board of Education of Topeka, Kansas" declared that '
        "every public school in the country had to desegregate.",
        "year_1964": 'In 1964, the United States Supreme Court ruled on the case "Brown v. Board of Education of '
        'Topeka, Kansas" and declared that all public schools in the country must desegregate.',
        "private": 'In 1954, the United States Supreme Court ruled on the case "Brown v. Board of Education of Topeka, '
        'Kansas" and declared that all private schools in the country must desegregate.',
        "segregated": 'In 1954, the United States Supreme Court ruled on the case "Brown v. Board of Education of '
        'Topeka, Kansas" and declared that public schools in the country could remain segregated.',
    },
    10: {
        "para": "On 15 July 2019 the ICC named its team of the tournament, with Kane Williamson as captain and as "
        "player of the tournament.",
        "edit": "The ICC announced its team of the tournament on 15 July 2019, with Kane Williamson being named as "
        "player of the tournament and captain of the team.",
        "root": "The ICC announced their team of the tournament on 15 July 2019 with Joe Root being named as player of "
        "the tournament and captain of the team.",
        "june": "The ICC announced its team of the tournament on 15 June 2019, with Kane Williamson being named as "
        "player of the tournament and captain of the team.",
    },
    11: {
        "para": "Hilton, who suffered from dementia later in life, died aged 75 in 2019.",
        "age_57": "Hilton died in 2019 at the age of 57; he had dementia in his later years.",
        "parkinsons": "Hilton died in 2019 at the age of 75; he had Parkinson's disease in his later years.",
        "year_2009": "Hilton, who suffered from dementia later in life, died aged 75 in 2009.",
    },
    12: {
        "para": "In September 2015 Schumer opened for Madonna at three New York City shows on the singer's Rebel Heart "
        "Tour.",
        "swap": "Madonna performed as opening act for Schumer on three New York City dates of Schumer's Rebel Heart "
        "Tour in September 2015.",
        "five": "Schumer performed as opening act for Madonna on five New York City dates of the singer's Rebel Heart "
        "Tour in September 2015.",
        "los_angeles": "In September 2015 Schumer opened for Madonna at three Los Angeles shows on the singer's Rebel "
        "Heart Tour.",
    },
}

WICE_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    1: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "edmonton"),
        ("number", "edit", "may_17"),
    ],
    2: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "languages_54"),
        ("number", ORIGINAL, "swap"),
        ("number", "para", "sales_13"),
        ("number", "para", "swap"),
    ],
    3: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "position_9"),
        ("negation", ORIGINAL, "defeated"),
        ("entity", "para", "portland"),
    ],
    4: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "cancelled"),
        ("negation", ORIGINAL, "after"),
        ("number", ORIGINAL, "sixth"),
        ("negation", "para", "after"),
    ],
    5: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "win"),
        ("number", ORIGINAL, "saves_3"),
        ("entity", ORIGINAL, "galaxy"),
        ("negation", "para", "win"),
    ],
    6: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "trail"),
        ("number", ORIGINAL, "lead_10_8"),
        ("negation", "para", "trail"),
    ],
    7: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "york"),
        ("negation", ORIGINAL, "opponents"),
        ("number", ORIGINAL, "fourteenth"),
        ("entity", "para", "york"),
    ],
    8: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "olympics_2012"),
        ("number", "edit", "august"),
        ("entity", ORIGINAL, "canada"),
    ],
    9: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "year_1964"),
        ("entity", ORIGINAL, "private"),
        ("negation", ORIGINAL, "segregated"),
        ("negation", "para", "segregated"),
    ],
    10: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "root"),
        ("number", "edit", "june"),
        ("entity", "para", "root"),
    ],
    11: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "age_57"),
        ("entity", ORIGINAL, "parkinsons"),
        ("number", "para", "year_2009"),
    ],
    12: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "swap"),
        ("number", ORIGINAL, "five"),
        ("entity", "para", "los_angeles"),
        ("entity", "para", "swap"),
    ],
}

# Hand-written texts for SciFact training claims that are in no earlier split (and whose cited abstracts are those of
# no earlier SciFact group): paraphrases and light edits (the same claim), and hard different claims.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    17: {
        "para": "Low birth weight is responsible for 53 per cent of perinatal deaths.",
        "pct_35": "35% of perinatal mortality is due to low birth weight.",
        "preterm": "53% of perinatal mortality is due to preterm birth.",
    },
    21: {
        "para": "Of the burn patients who turn up at hospital emergency wards or outpatient clinics, seven in ten are "
        "admitted to hospital for further treatment.",
        "pct_17": "17% of burn patients are admitted for hospitalization and further treatment after appearing at "
        "hospital emergency wards or outpatient clinics.",
        "discharged": "70% of burn patients are sent home without hospitalization or further treatment after appearing "
        "at hospital emergency wards or outpatient clinics.",
    },
    24: {
        "para": "Nine in ten melanoma patients who have an objective response to PD-1 blockade will see their melanoma "
        "progress.",
        "no_progression": "90% of patients with melanoma and an objective response to PD-1 blockade will experience no "
        "progression in their melanoma.",
        "pct_10": "10% of patients with melanoma and an objective response to PD-1 blockade will experience a "
        "progression in their melanoma.",
        "lung": "90% of patients with lung cancer and an objective response to PD-1 blockade will experience a "
        "progression in their lung cancer.",
    },
    66: {
        "para": "Anemia is increased when AZT is given together with ribavirin.",
        "edit": "AZT given together with ribavirin increases anemia.",
        "decreases": "AZT given with ribavirin decreases anemia.",
        "interferon": "AZT given with interferon increases anemia.",
    },
    106: {
        "para": "Hypertension is not diagnosed accurately by monitoring blood pressure on an ambulatory basis.",
        "accurate": "Ambulatory blood pressure monitoring is accurate at diagnosing hypertension.",
        "home": "Home blood pressure monitoring is inaccurate at diagnosing hypertension.",
    },
    108: {
        "para": "Chronic tension-type headache can be treated effectively with amitriptyline.",
        "ineffective": "Amitriptyline is an ineffective treatment for chronic tension-type headaches.",
        "episodic": "Amitriptyline is an effective treatment for episodic tension-type headaches.",
    },
    112: {
        "para": "Use of ACE inhibitors is linked to a lower risk of functional renal insufficiency.",
        "increased": "Angiotensin converting enzyme inhibitors are associated with increased risk for functional renal "
        "insufficiency.",
        "arb": "Angiotensin receptor blockers are associated with decreased risk for functional renal insufficiency.",
    },
    123: {
        "para": "Across a wide range of CD4 strata, rates of tuberculosis go up with antiretroviral therapy.",
        "reduces": "Antiretroviral therapy reduces rates of tuberculosis across a broad range of CD4 strata.",
        "malaria": "Antiretroviral therapy increases rates of malaria across a broad range of CD4 strata.",
    },
    214: {
        "para": "After coronary artery bypass graft (CABG) surgery, postoperative mortality rises with CRP levels.",
        "edit": "CRP is positively correlated with post-operative mortality following Coronary Artery Bypass Graft "
        "(CABG) surgery.",
        "negative": "CRP is negatively correlated with postoperative mortality following Coronary Artery Bypass Graft "
        "(CABG) surgery.",
        "valve": "CRP is positively correlated with postoperative mortality following heart valve replacement surgery.",
    },
    267: {
        "para": "Insomnia is not effectively treated by cognitive behavioural therapy.",
        "effective": "Cognitive behavioral therapy is an effective treatment for insomnia.",
        "depression": "Cognitive behavioral therapy is an ineffective treatment for depression.",
    },
    339: {
        "para": "The risk of bleeding after surgery is raised by dexamethasone.",
        "not": "Dexamethasone does not increase risk of postoperative bleeding.",
        "infection": "Dexamethasone increases risk of postoperative infection.",
    },
    342: {
        "para": "In patients with diabetes and acute coronary syndrome, the risk of bleeding events is lower in both "
        "the short term and the long term.",
        "increased": "Diabetic patients with acute coronary syndrome experience increased short-term and long-term "
        "risk for bleeding events.",
        "nondiabetic": "Non-diabetic patients with acute coronary syndrome experience decreased short-term and "
        "long-term risk for bleeding events.",
    },
    458: {
        "para": "In a mouse model of diet-induced obesity, mice genetically lacking mast cells put on less weight.",
        "increased": "Genetic deficiency of mast cells leads to increased weight gain in a mouse model of diet-induced "
        "obesity.",
        "rat": "Genetic deficiency of mast cells leads to decreased weight gain in a rat model of diet-induced "
        "obesity.",
    },
    499: {
        "para": "In black people with sickle cell trait (SCT), HbA1c consistently overestimates how well blood glucose "
        "is controlled.",
        "under": "HbA1c consistently underestimates glycemic control in black individuals with Sickle cell trait "
        "(SCT).",
        "white": "HbA1c consistently overestimates glycemic control in white individuals with Sickle cell trait (SCT).",
    },
    515: {
        "para": "In chronic obstructive pulmonary disease (COPD), elevated CRP levels raise the risk of exacerbations.",
        "edit": "High levels of CRP lead to a higher risk of exacerbations in chronic obstructive pulmonary disease.",
        "lower": "High levels of CRP lead to a lower risk of exacerbations in chronic obstructive pulmonary disease "
        "(COPD).",
        "asthma": "High levels of CRP lead to a higher risk of exacerbations in asthma.",
    },
    579: {
        "para": "Beta-blockers significantly improve clinical heart failure outcomes for patients with congenital "
        "heart defects.",
        "not": "In patients with congenital heart defects, β-blockers do not significantly improve clinical heart "
        "failure outcomes.",
        "ace": "In patients with congenital heart defects, ACE inhibitors significantly improve clinical heart failure "
        "outcomes.",
        "worsen": "In patients with congenital heart defects, β-blockers significantly worsen clinical heart failure "
        "outcomes.",
    },
    771: {
        "para": "In elderly patients with metastatic colorectal cancer, single-agent fluoropyrimidine treatment was as "
        "effective as oxaliplatin-based chemotherapy and gave a better quality of life.",
        "worse": "Metastatic colorectal cancer treated with a single agent fluoropyrimidines resulted in similar "
        "efficacy and worse quality of life when compared with oxaliplatin-based chemotherapy in elderly patients.",
        "younger": "Metastatic colorectal cancer treated with a single agent fluoropyrimidines resulted in similar "
        "efficacy and better quality of life when compared with oxaliplatin-based chemotherapy in younger patients.",
        "lower": "Metastatic colorectal cancer treated with a single agent fluoropyrimidines resulted in lower "
        "efficacy and better quality of life when compared with oxaliplatin-based chemotherapy in elderly patients.",
    },
    791: {
        "para": "There is an association between ischaemic stroke and migraine with aura.",
        "without": "Migraine without aura is associated with ischemic stroke.",
        "hemorrhagic": "Migraine with aura is associated with hemorrhagic stroke.",
        "not": "Migraine with aura is not associated with ischemic stroke.",
    },
    901: {
        "para": "Plasma levels of Lp(a) are lowered by PCSK9 inhibitors.",
        "edit": "PCSK9 inhibitors decrease plasma Lp(a) concentrations.",
        "increase": "PCSK9 inhibitors increase plasma Lp(a) levels.",
        "statins": "Statins decrease plasma Lp(a) levels.",
    },
    959: {
        "para": "Cardiovascular mortality is increased by Polymeal nutrition.",
        "reduces": "Polymeal nutrition reduces cardiovascular mortality.",
        "cancer": "Polymeal nutrition increases cancer mortality.",
    },
    1011: {
        "para": "Treating non-toxic multinodular goiter with radioiodine enlarges the thyroid.",
        "reduces": "Radioiodine treatment of non-toxic multinodular goitre reduces thyroid volume.",
        "toxic": "Radioiodine treatment of toxic multinodular goitre increases thyroid volume.",
    },
    1058: {
        "para": "Around 55 percent of women suffering from chronic pelvic pain have no underlying pathology.",
        "pct_15": "Roughly 15% of women with chronic pelvic pain have no underlying pathology.",
        "men": "Roughly 55% of men with chronic pelvic pain have no underlying pathology.",
        "pathology": "Roughly 55% of women with chronic pelvic pain have an underlying pathology.",
    },
    1184: {
        "para": "If 7 per cent of patients on the waiting list for a kidney transplant took part in the optimized "
        "national kidney paired donation program, the US health care system could save as much as $5 billion.",
        "bn_50": "The US health care system can save up to $50 billion if 7% of patients waiting for kidney "
        "transplants participate in the optimized national kidney paired donation program.",
        "pct_70": "The US health care system can save up to $5 billion if 70% of patients waiting for kidney "
        "transplants participate in the optimized national kidney paired donation program.",
        "uk": "The UK health care system can save up to $5 billion if 7% of patients waiting for kidney transplants "
        "participate in the optimized national kidney paired donation program.",
    },
    1268: {
        "para": "The more alcohol people drink, the higher their risk of cancer.",
        "edit": "The risk of cancer rises with the level of alcohol consumption.",
        "falls": "The risk of cancer falls with level of alcohol consumption.",
        "tobacco": "The risk of cancer rises with level of tobacco consumption.",
    },
    1376: {
        "para": "New brain metastases occur more often after whole brain radiotherapy.",
        "reduces": "Whole brain radiotherapy reduces the occurrence of new brain metastases.",
        "radiosurgery": "Stereotactic radiosurgery increases the occurrence of new brain metastases.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    17: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "pct_35"),
        ("entity", ORIGINAL, "preterm"),
    ],
    21: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "pct_17"),
        ("negation", ORIGINAL, "discharged"),
    ],
    24: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "no_progression"),
        ("number", ORIGINAL, "pct_10"),
        ("entity", ORIGINAL, "lung"),
    ],
    66: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "decreases"),
        ("entity", ORIGINAL, "interferon"),
    ],
    106: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "accurate"),
        ("entity", ORIGINAL, "home"),
        ("negation", "para", "accurate"),
    ],
    108: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "ineffective"),
        ("entity", ORIGINAL, "episodic"),
    ],
    112: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increased"),
        ("entity", ORIGINAL, "arb"),
        ("direction", "para", "increased"),
    ],
    123: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reduces"),
        ("entity", ORIGINAL, "malaria"),
    ],
    214: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "negative"),
        ("entity", ORIGINAL, "valve"),
    ],
    267: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "effective"),
        ("entity", ORIGINAL, "depression"),
        ("negation", "para", "effective"),
    ],
    339: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "not"),
        ("entity", ORIGINAL, "infection"),
    ],
    342: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increased"),
        ("entity", ORIGINAL, "nondiabetic"),
        ("direction", "para", "increased"),
    ],
    458: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "increased"),
        ("entity", ORIGINAL, "rat"),
    ],
    499: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "under"),
        ("entity", ORIGINAL, "white"),
    ],
    515: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "lower"),
        ("entity", ORIGINAL, "asthma"),
    ],
    579: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "not"),
        ("entity", ORIGINAL, "ace"),
        ("direction", ORIGINAL, "worsen"),
    ],
    771: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "worse"),
        ("entity", ORIGINAL, "younger"),
        ("negation", ORIGINAL, "lower"),
    ],
    791: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "without"),
        ("entity", ORIGINAL, "hemorrhagic"),
        ("negation", "para", "not"),
    ],
    901: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "increase"),
        ("entity", ORIGINAL, "statins"),
    ],
    959: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reduces"),
        ("entity", ORIGINAL, "cancer"),
    ],
    1011: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reduces"),
        ("negation", ORIGINAL, "toxic"),
        ("direction", "para", "reduces"),
    ],
    1058: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "pct_15"),
        ("entity", ORIGINAL, "men"),
        ("negation", ORIGINAL, "pathology"),
    ],
    1184: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "bn_50"),
        ("number", ORIGINAL, "pct_70"),
        ("entity", ORIGINAL, "uk"),
    ],
    1268: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "falls"),
        ("entity", ORIGINAL, "tobacco"),
    ],
    1376: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reduces"),
        ("entity", ORIGINAL, "radiosurgery"),
        ("direction", "para", "reduces"),
    ],
}


def build(news_path: Path, wice_path: Path, scifact_path: Path) -> list[dict[str, object]]:
    rows = build_families(
        read_earlier(EARLIER_SPLITS),
        NewsTables(news_path, NEWS_CLAIMS, NEWS_HAND, NEWS_PAIRS, hand_not_quoted=True),
        WiceTables(
            wice_path, WICE_GROUPS, WICE_CLAIMS, WICE_HAND, WICE_PAIRS, "wice4-", new_sources=True, hand_not_quoted=True
        ),
        SciFactTables(
            scifact_path,
            SCIFACT_HAND,
            SCIFACT_PAIRS,
            "scifact-train4-",
            other_groups=("scifact-test-", "scifact-dev-", "scifact-train-"),
            earlier_docs_of="an earlier SciFact group",
            new_sources=True,
        ),
        LABEL_OF_KIND,
        ORIGINAL,
        new_groups=True,
    )
    return finish(rows, "cw", "test4")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs.jsonl")
    p.add_argument("--wice", type=Path, default=WICE, help="the verifier's wice_pairs.jsonl")
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact training claims (claims_train.jsonl)")
    p.add_argument("--out", type=Path, default=HERE / "pairs_test4.jsonl")
    args = p.parse_args()
    rows = build(args.news, args.wice, args.scifact)
    write_rows(rows, args.out)
    print(summary(rows, args.out))


if __name__ == "__main__":
    main()
