"""Build pairs_test7.jsonl: a seventh fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the SciFact training claims (``../shared/datasets/scifact/claims_train.jsonl``, or --scifact; and BEIR's
``qrels/test.tsv`` beside it, for the abstracts the dev claims cite); every other text is written by hand below, as
stories in domains no earlier split used (insurance, container shipping, fisheries, universities, a space agency,
mining, retail, house prices, museum restitution, vineyards, arts funding, a book prize, a tourist tax, ...). The
verifier's news and WiCE files (``workbench/verifier/data``, or --news and --wice) are read only to check that no hand
text is one of their claims. No text of it is in pairs.jsonl or pairs_test.jsonl ... pairs_test6.jsonl, no story of
it is a group there or worded like one of their texts, and no SciFact claim of it (nor an abstract such a claim cites)
is used by any of them: the script checks, and stops if one is. README.md beside this file describes the rows, the
sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test7_pairs.py

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
EARLIER_SPLITS = earlier_splits(7)
OTHER_SCIFACT_GROUPS = other_scifact_groups(7)
# In SCIFACT_PAIRS this key stands for the claim quoted from the SciFact file.
ORIGINAL = "claim"

# Stories written by hand for this split (invented places, people and companies). STORY_HAND holds each story's texts
# under short keys; STORY_PAIRS pairs them, with the kind of the pair. Each story is the group 'story7-<topic>'.
STORY_HAND: dict[str, dict[str, str]] = {
    "harlowe-mutual-flood-claims": {
        "premiums": "Harlowe Mutual will raise home insurance premiums by an average of 18 percent from March after a "
        "year of record flood claims.",
        "premiums_para": "After a record year for flood claims, Harlowe Mutual is putting its home insurance premiums "
        "up from March, by 18% on average.",
        "premiums_8": "After a record year for flood claims, Harlowe Mutual is putting its home insurance premiums up "
        "from March, by 8% on average.",
        "premiums_motor": "Harlowe Mutual will raise motor insurance premiums by an average of 18 percent from March "
        "after a year of record flood claims.",
        "paid": "Harlowe Mutual paid out 310 million pounds in flood claims last year, more than in any previous year.",
        "paid_para": "Flood claims cost Harlowe Mutual £310m last year, a record for the insurer.",
        "paid_3y": "Harlowe Mutual paid out 310 million pounds in flood claims over the past three years.",
        "exclude": "Harlowe Mutual said it would stop offering flood cover to homes built on flood plains after 2009.",
        "exclude_para": "Flood cover will no longer be offered by Harlowe Mutual to homes built on flood plains after "
        "2009, the insurer said.",
        "exclude_before": "Harlowe Mutual said it would stop offering flood cover to homes built on flood plains "
        "before 2009.",
        "exclude_fact": "Harlowe Mutual will stop offering flood cover to homes built on flood plains after 2009.",
        "review": "The insurance regulator said it would review how Harlowe Mutual had handled flood claims.",
        "fined": "The insurance regulator fined Harlowe Mutual over how it had handled flood claims.",
    },
    "meridane-container-shipping": {
        "divert": "Meridane Lines said it would divert its Asia-Europe container ships around the Cape of Good Hope "
        "instead of through the Suez Canal.",
        "divert_para": "Rather than use the Suez Canal, Meridane Lines' container ships between Asia and Europe will "
        "sail round the Cape of Good Hope, the company said.",
        "divert_fact": "Meridane Lines will divert its Asia-Europe container ships around the Cape of Good Hope "
        "instead of through the Suez Canal.",
        "divert_considering": "Meridane Lines said it was considering diverting its Asia-Europe container ships "
        "around the Cape of Good Hope instead of through the Suez Canal.",
        "days": "The longer route around the Cape adds about ten days to each voyage between Shanghai and Rotterdam.",
        "days_para": "Each Shanghai-Rotterdam voyage will take roughly ten days more on the new route round the Cape.",
        "days_14": "The longer route around the Cape adds about 14 days to each voyage between Shanghai and Rotterdam.",
        "rates": "Spot freight rates for a 40-foot container from Asia to northern Europe have tripled since December.",
        "rates_para": "Shipping a 40ft container from Asia to northern Europe on the spot market now costs three "
        "times what it did in December.",
        "rates_doubled": "Spot freight rates for a 40-foot container from Asia to northern Europe have doubled since "
        "December.",
        "rates_fell": "Spot freight rates for a 40-foot container from Asia to northern Europe have fallen by two "
        "thirds since December.",
        "charter": "Meridane Lines has chartered four extra ships from Castor Shipping to keep its weekly schedule.",
        "charter_swapped": "Castor Shipping has chartered four extra ships from Meridane Lines to keep its weekly "
        "schedule.",
        "surcharge": "Meridane Lines said it would not add a fuel surcharge to cover the longer route.",
        "surcharge_added": "Meridane Lines said it would add a fuel surcharge to cover the longer route.",
    },
    "skellan-cod-quota": {
        "cut": "Fisheries ministers cut the cod quota for the Skellan Bank by 35 percent for next year.",
        "cut_para": "Next year's cod catch limit on the Skellan Bank will be 35% lower after fisheries ministers "
        "reduced it.",
        "cut_53": "Fisheries ministers cut the cod quota for the Skellan Bank by 53 percent for next year.",
        "cut_haddock": "Next year's haddock catch limit on the Skellan Bank will be 35% lower after fisheries "
        "ministers reduced it.",
        "advice": "Scientists had advised a complete closure of the Skellan Bank cod fishery.",
        "advice_para": "The scientific advice had been to shut the Skellan Bank cod fishery entirely.",
        "advice_partial": "Scientists had advised a partial closure of the Skellan Bank cod fishery.",
        "boats": "The Skellan Fishermen's Association said the cut would force up to 40 boats out of business.",
        "boats_para": "As many as 40 boats could be driven out of business by the cut, according to the Skellan "
        "Fishermen's Association.",
        "boats_fact": "The quota cut will force up to 40 boats out of business.",
        "boats_at_least": "The Skellan Fishermen's Association said the cut would force at least 40 boats out of "
        "business.",
        "stocks": "Cod stocks on the Skellan Bank have fallen to their lowest level since records began in 1971.",
        "stocks_1991": "Cod stocks on the Skellan Bank have fallen to their lowest level since records began in 1991.",
        "stocks_highest": "Cod stocks on the Skellan Bank have risen to their highest level since records began in "
        "1971.",
    },
    "carrowmore-university-cuts": {
        "intl": "Applications from international students to the University of Carrowmore fell by 22 percent this "
        "year.",
        "intl_para": "This year the University of Carrowmore received 22% fewer applications from overseas students.",
        "intl_rose": "Applications from international students to the University of Carrowmore rose by 22 percent "
        "this year.",
        "intl_domestic": "This year the University of Carrowmore received 22% fewer applications from domestic "
        "students.",
        "close": "The University of Carrowmore will close its music and modern languages departments by 2027.",
        "close_para": "By 2027, the University of Carrowmore's departments of music and modern languages will have "
        "closed.",
        "close_proposed": "The University of Carrowmore has proposed closing its music and modern languages "
        "departments by 2027.",
        "close_philosophy": "By 2027, the University of Carrowmore's departments of music and philosophy will have "
        "closed.",
        "jobs": "About 180 academic jobs will go under the University of Carrowmore's savings plan, the lecturers' "
        "union said.",
        "jobs_edit": "Around 180 academic jobs will go under the University of Carrowmore's savings plan, the "
        "lecturers' union said.",
        "jobs_university": "About 180 academic jobs will go under the University of Carrowmore's savings plan, the "
        "university said.",
        "jobs_18": "Around 18 academic jobs will go under the University of Carrowmore's savings plan, the lecturers' "
        "union said.",
        "deficit": "The University of Carrowmore expects a deficit of 24 million pounds this academic year.",
        "surplus": "The University of Carrowmore expects a surplus of 24 million pounds this academic year.",
    },
    "caldesian-lunar-lander": {
        "delay": "The Caldesian Space Agency has delayed the launch of its Selene-2 lunar lander to next March "
        "because of a fault in the landing radar.",
        "delay_para": "A fault in the landing radar has pushed the launch of the Caldesian Space Agency's Selene-2 "
        "moon lander back to March next year.",
        "delay_may": "The Caldesian Space Agency has delayed the launch of its Selene-2 lunar lander to next May "
        "because of a fault in the landing radar.",
        "delay_engine": "A fault in the main engine has pushed the launch of the Caldesian Space Agency's Selene-2 "
        "moon lander back to March next year.",
        "delay_could": "The Caldesian Space Agency may have to delay the launch of its Selene-2 lunar lander to next "
        "March because of a fault in the landing radar.",
        "pole": "Selene-2 is designed to land near the moon's south pole and search for water ice.",
        "pole_para": "The Selene-2 lander is meant to touch down close to the lunar south pole and look for water ice.",
        "pole_north": "Selene-2 is designed to land near the moon's north pole and search for water ice.",
        "budget": "The Selene-2 mission's budget has risen to 640 million euros, up from an original estimate of 410 "
        "million euros.",
        "budget_para": "Originally put at €410m, the budget for the Selene-2 mission now stands at €640m.",
        "budget_swapped": "The Selene-2 mission's budget has fallen to 410 million euros, down from an original "
        "estimate of 640 million euros.",
        "crewed": "Agency director Mara Lindqvist said the delay would not affect the agency's plans for a crewed "
        "landing in 2031.",
        "crewed_affect": "Agency director Mara Lindqvist said the delay would push back the agency's plans for a "
        "crewed landing in 2031.",
        "rover": "The Caldesian Space Agency's lander will carry a small rover built by the Tessaly Space Institute.",
        "rover_swapped": "The Tessaly Space Institute's lander will carry a small rover built by the Caldesian Space "
        "Agency.",
    },
    "quelra-lithium-mine": {
        "approved": "The regional government approved the Quelra lithium mine on Tuesday, subject to 42 environmental "
        "conditions.",
        "approved_para": "On Tuesday the Quelra lithium mine was given the go-ahead by the regional government, with "
        "42 environmental conditions attached.",
        "approved_24": "The regional government approved the Quelra lithium mine on Tuesday, subject to 24 "
        "environmental conditions.",
        "output": "The Quelra mine is expected to produce 25,000 tonnes of lithium carbonate a year from 2028.",
        "output_para": "From 2028, the Quelra mine is forecast to turn out 25,000 tonnes of lithium carbonate "
        "annually.",
        "output_month": "The Quelra mine is expected to produce 25,000 tonnes of lithium carbonate a month from 2028.",
        "output_hydroxide": "From 2028, the Quelra mine is forecast to turn out 25,000 tonnes of lithium hydroxide "
        "annually.",
        "aquifer": "Farmers in the Quelra valley say the mine will drain the aquifer they rely on for irrigation.",
        "aquifer_may": "Farmers in the Quelra valley say the mine may drain the aquifer they rely on for irrigation.",
        "aquifer_fact": "The Quelra mine will drain the aquifer that farmers in the valley rely on for irrigation.",
        "jobs": "Corvel Minerals, which will run the mine, says the project will create 900 permanent jobs.",
        "jobs_para": "The project will bring 900 permanent jobs, according to Corvel Minerals, the mine's operator.",
        "jobs_temporary": "Corvel Minerals, which will run the mine, says the project will create 900 temporary jobs.",
        "licence": "Corvel Minerals bought the Quelra mining licence from Tarrant Resources in 2021.",
        "licence_swapped": "Tarrant Resources bought the Quelra mining licence from Corvel Minerals in 2021.",
    },
    "brandlings-administration": {
        "admin": "Department store chain Brandling's has gone into administration, putting 3,400 jobs at risk.",
        "admin_para": "Some 3,400 jobs are in jeopardy after the department store group Brandling's collapsed into "
        "administration.",
        "admin_4300": "Some 4,300 jobs are in jeopardy after the department store group Brandling's collapsed into "
        "administration.",
        "admin_preparing": "Department store chain Brandling's is preparing to go into administration, putting 3,400 "
        "jobs at risk.",
        "stores": "The administrators said all 27 Brandling's stores would keep trading for now.",
        "stores_para": "For the time being every one of Brandling's 27 stores will stay open, according to the "
        "administrators.",
        "stores_most": "The administrators said most of the 27 Brandling's stores would keep trading for now.",
        "stores_fact": "All 27 Brandling's stores will keep trading for now.",
        "gift": "Brandling's gift cards will be honoured until the end of the month.",
        "gift_edit": "Brandling's gift cards will be honored until the end of the month.",
        "gift_not": "Brandling's gift cards will no longer be honoured.",
        "gift_week": "Brandling's gift cards will be honoured until the end of the week.",
        "overtaken": "Brandling's was overtaken by Hessop & Grey as the country's biggest department store chain in "
        "2019.",
        "overtaken_swapped": "Hessop & Grey was overtaken by Brandling's as the country's biggest department store "
        "chain in 2019.",
    },
    "northgate-house-prices": {
        "prices": "Average house prices fell 2.4 percent in the year to September, according to the Northgate "
        "Building Society.",
        "prices_para": "House prices were down 2.4% on average over the twelve months to September, the Northgate "
        "Building Society said.",
        "prices_42": "Average house prices fell 4.2 percent in the year to September, according to the Northgate "
        "Building Society.",
        "prices_month": "House prices were down 2.4% on average in September, the Northgate Building Society said.",
        "prices_rose": "Average house prices rose 2.4 percent in the year to September, according to the Northgate "
        "Building Society.",
        "deposit": "First-time buyers now need an average deposit of 61,000 pounds.",
        "deposit_para": "On average a first-time buyer now has to put down £61,000 as a deposit.",
        "deposit_16": "First-time buyers now need an average deposit of 16,000 pounds.",
        "deposit_movers": "On average a home mover now has to put down £61,000 as a deposit.",
        "rates": "Northgate said mortgage rates were likely to stay above 5 percent until next summer.",
        "rates_edit": "Northgate said mortgage rates were likely to remain above 5 percent until next summer.",
        "rates_would": "Northgate said mortgage rates would stay above 5 percent until next summer.",
        "rates_below": "Northgate said mortgage rates were likely to stay below 5 percent until next summer.",
    },
    "aldersea-bronzes-return": {
        "return": "The Aldersea Museum will return 31 bronze sculptures to Kemara, 120 years after they were taken by "
        "colonial troops.",
        "return_para": "Thirty-one bronzes seized by colonial soldiers 120 years ago are to be handed back to Kemara "
        "by the Aldersea Museum.",
        "return_13": "Thirteen bronzes seized by colonial soldiers 120 years ago are to be handed back to Kemara by "
        "the Aldersea Museum.",
        "return_lend": "The Aldersea Museum will lend 31 bronze sculptures to Kemara, 120 years after they were taken "
        "by colonial troops.",
        "trustees": "The Aldersea Museum's trustees voted unanimously to return the bronzes.",
        "trustees_para": "Every one of the Aldersea Museum's trustees voted in favour of handing the bronzes back.",
        "trustees_majority": "A majority of the Aldersea Museum's trustees voted to return the bronzes.",
        "trustees_against": "The Aldersea Museum's trustees voted unanimously against returning the bronzes.",
        "display": "Kemara's culture minister said the bronzes would be shown in a new national museum in Tamaru.",
        "display_para": "The bronzes will go on display at a new national museum in Tamaru, Kemara's culture minister "
        "said.",
        "display_fact": "The bronzes will be shown in a new national museum in Tamaru.",
        "loan": "Kemara will lend two of the bronzes back to the Aldersea Museum for an exhibition next year.",
        "loan_swapped": "The Aldersea Museum will lend two of the bronzes to Kemara for an exhibition next year.",
        "law": "The return of the bronzes was made possible by a law passed last year that lets national museums give "
        "up objects in their collections.",
        "law_proposed": "The return of the bronzes would be made possible by a proposed law that would let national "
        "museums give up objects in their collections.",
    },
    "varenne-frost-vineyards": {
        "frost": "A late frost in April destroyed about 40 percent of the grape crop in the Varenne valley.",
        "frost_para": "Around two fifths of the Varenne valley's grape harvest was wiped out by a late frost in April.",
        "frost_may": "A late frost in May destroyed about 40 percent of the grape crop in the Varenne valley.",
        "frost_hail": "Around two fifths of the Varenne valley's grape harvest was wiped out by a hailstorm in April.",
        "aid": "The agriculture ministry will give Varenne growers emergency aid of 1,500 euros per hectare of "
        "damaged vines.",
        "aid_para": "Growers in the Varenne valley will receive €1,500 in emergency aid from the agriculture ministry "
        "for each hectare of vines damaged.",
        "aid_grower": "Growers in the Varenne valley whose vines were damaged will each receive €1,500 in emergency "
        "aid from the agriculture ministry.",
        "aid_considering": "The agriculture ministry is considering emergency aid of 1,500 euros per hectare of "
        "damaged vines for Varenne growers.",
        "prices": "The Varenne Winegrowers' Union said wine prices from the valley were likely to rise next year.",
        "prices_edit": "The Varenne Winegrowers' Union said wine prices from the valley were likely to go up next "
        "year.",
        "prices_fact": "Wine prices from the Varenne valley are likely to rise next year.",
        "prices_fall": "The Varenne Winegrowers' Union said wine prices from the valley were likely to fall next year.",
        "quality": "Growers said the quality of this year's wine would not be affected by the frost.",
        "quality_affected": "Growers said the quality of this year's wine would be affected by the frost.",
    },
    "corrigan-opera-funding": {
        "grant": "The Wellmark Arts Council has cut its annual grant to Corrigan Opera by half, to 2.1 million pounds.",
        "grant_para": "Corrigan Opera's yearly grant from the Wellmark Arts Council has been halved to £2.1m.",
        "grant_third": "The Wellmark Arts Council has cut its annual grant to Corrigan Opera by a third, to 2.1 "
        "million pounds.",
        "grant_ballet": "Corrigan Ballet's yearly grant from the Wellmark Arts Council has been halved to £2.1m.",
        "tour": "Corrigan Opera said it would cancel its autumn tour and cut its chorus from 36 to 20 singers.",
        "tour_para": "Its autumn tour will be called off and its chorus reduced from 36 singers to 20, Corrigan Opera "
        "said.",
        "tour_postpone": "Corrigan Opera said it would postpone its autumn tour and cut its chorus from 36 to 20 "
        "singers.",
        "tour_26": "Its autumn tour will be called off and its chorus reduced from 36 singers to 26, Corrigan Opera "
        "said.",
        "chair": "Council chair Diane Royce said the opera company had failed to reach new audiences.",
        "chair_para": "Corrigan Opera had not managed to attract new audiences, according to council chair Diane "
        "Royce.",
        "chair_fact": "Corrigan Opera had failed to reach new audiences.",
        "chair_director": "Corrigan Opera's director Paolo Serra said the opera company had failed to reach new "
        "audiences.",
        "appeal": "Corrigan Opera said it would not appeal against the council's decision.",
        "appeal_would": "Corrigan Opera said it would appeal against the council's decision.",
    },
    "halloway-prize": {
        "won": "Imogen Farrant won the Halloway Prize for fiction with her debut novel, The Salt Orchard.",
        "won_para": "The Salt Orchard, Imogen Farrant's first novel, has taken the Halloway Prize for fiction.",
        "won_second": "The Salt Orchard, Imogen Farrant's second novel, has taken the Halloway Prize for fiction.",
        "shortlisted": "Imogen Farrant was shortlisted for the Halloway Prize for fiction with her debut novel, The "
        "Salt Orchard.",
        "beat": "Imogen Farrant beat the favourite, Oliver Nkemelu, to the Halloway Prize.",
        "beat_swapped": "Oliver Nkemelu beat the favourite, Imogen Farrant, to the Halloway Prize.",
        "money": "The Halloway Prize is worth 50,000 pounds, up from 30,000 pounds last year.",
        "money_para": "Last year the Halloway Prize carried £30,000; this year it is worth £50,000.",
        "money_swapped": "The Halloway Prize is worth 30,000 pounds, down from 50,000 pounds last year.",
        "judges": "The five Halloway Prize judges chose the novel from 162 submissions.",
        "judges_edit": "The five Halloway Prize judges picked the novel from 162 submissions.",
        "judges_126": "The five Halloway Prize judges chose the novel from 126 submissions.",
        "unanimous": "The judges' decision to give Farrant the prize was unanimous.",
        "not_unanimous": "The judges' decision to give Farrant the prize was not unanimous.",
        "reprint": "Imogen Farrant's publisher, Thistle Books, said it had ordered a reprint of 40,000 copies.",
        "reprint_planned": "Imogen Farrant's publisher, Thistle Books, said it planned to order a reprint of 40,000 "
        "copies.",
        "reprint_sold": "Imogen Farrant's publisher, Thistle Books, said it had sold 40,000 copies.",
    },
    "castel-brina-tourist-tax": {
        "tax": "Castel Brina will charge overnight visitors a tourist tax of 4 euros a night from 1 April.",
        "tax_para": "From 1 April, anyone staying overnight in Castel Brina will pay a tourist tax of €4 per night.",
        "tax_day": "Castel Brina will charge day visitors a tourist tax of 4 euros from 1 April.",
        "tax_june": "From 1 June, anyone staying overnight in Castel Brina will pay a tourist tax of €4 per night.",
        "cruise": "Cruise ship passengers visiting Castel Brina will pay a separate landing fee of 10 euros each.",
        "cruise_para": "A separate landing fee of €10 will be charged to every cruise passenger visiting Castel Brina.",
        "cruise_ship": "Each cruise ship visiting Castel Brina will pay a separate landing fee of 10 euros.",
        "revenue": "Mayor Lucia Ferrante said the tourist tax would raise 9 million euros a year for street cleaning "
        "and housing.",
        "revenue_para": "Castel Brina's tourist tax will bring in €9m annually to pay for street cleaning and "
        "housing, Mayor Lucia Ferrante said.",
        "revenue_3y": "Mayor Lucia Ferrante said the tourist tax would raise 9 million euros over three years for "
        "street cleaning and housing.",
        "revenue_fact": "Castel Brina's tourist tax will raise 9 million euros a year for street cleaning and housing.",
        "residents": "Residents of Castel Brina will be exempt from the tourist tax.",
        "residents_not": "Residents of Castel Brina will not be exempt from the tourist tax.",
        "vallera": "Castel Brina's tourist tax will be double the one charged by neighbouring Vallera.",
        "vallera_swapped": "Vallera's tourist tax will be double the one charged by neighbouring Castel Brina.",
    },
    "alder-water-sewage-fine": {
        "fine": "Alder Water was fined 7.5 million pounds for illegally releasing sewage into the River Wend.",
        "fine_para": "A £7.5m fine was imposed on Alder Water over illegal sewage discharges into the River Wend.",
        "fine_57": "A £5.7m fine was imposed on Alder Water over illegal sewage discharges into the River Wend.",
        "fine_tamble": "Alder Water was fined 7.5 million pounds for illegally releasing sewage into the River Tamble.",
        "spills": "Alder Water admitted 140 illegal sewage spills between 2019 and 2022.",
        "spills_para": "Alder Water pleaded guilty to 140 unlawful sewage spills from 2019 to 2022.",
        "spills_denied": "Alder Water denied 140 illegal sewage spills between 2019 and 2022.",
        "spills_2012": "Alder Water pleaded guilty to 140 unlawful sewage spills from 2012 to 2022.",
        "bills": "Alder Water said the fine would not be passed on to customers' bills.",
        "bills_edit": "Alder Water said the fine won't be passed on to customers' bills.",
        "bills_would": "Alder Water said the fine would be passed on to customers' bills.",
        "deliberate": "The judge said Alder Water's failures had been deliberate.",
        "deliberate_may": "The judge said Alder Water's failures may have been deliberate.",
    },
    "vostra-pellworth-plant": {
        "ev": "Vostra Motors will convert its Pellworth car plant to build only electric vehicles from 2027.",
        "ev_para": "From 2027, Vostra Motors' factory in Pellworth will make nothing but electric cars.",
        "ev_hybrid": "Vostra Motors will convert its Pellworth car plant to build only hybrid vehicles from 2027.",
        "ev_2029": "From 2029, Vostra Motors' factory in Pellworth will make nothing but electric cars.",
        "ev_mostly": "Vostra Motors will convert its Pellworth car plant to build mostly electric vehicles from 2027.",
        "invest": "Vostra Motors is investing 1.2 billion euros in its Pellworth plant, with 300 million euros of "
        "support from the government.",
        "invest_para": "Vostra Motors is putting €1.2bn into the Pellworth plant, backed by €300m of government "
        "support.",
        "invest_swapped": "Vostra Motors is investing 300 million euros in its Pellworth plant, with 1.2 billion "
        "euros of support from the government.",
        "jobs": "Vostra Motors said all 4,100 jobs at its Pellworth plant would be kept.",
        "jobs_para": "None of the 4,100 jobs at the Pellworth plant will be lost, Vostra Motors said.",
        "jobs_union": "The union said all 4,100 jobs at Vostra Motors' Pellworth plant would be kept.",
        "battery": "A battery factory will be built next to the Pellworth plant.",
        "battery_could": "A battery factory could be built next to the Pellworth plant.",
    },
    "gannet-sound-shipwreck": {
        "wreck": "Divers have found the wreck of the merchant ship Hesper, which sank in Gannet Sound in 1784.",
        "wreck_para": "The Hesper, a merchant vessel lost in Gannet Sound in 1784, has been located by divers.",
        "wreck_1748": "The Hesper, a merchant vessel lost in Gannet Sound in 1748, has been located by divers.",
        "wreck_warship": "Divers have found the wreck of the warship Hesper, which sank in Gannet Sound in 1784.",
        "cargo": "The Hesper was carrying porcelain and tea from Canton when it sank.",
        "cargo_para": "When it went down, the Hesper had a cargo of tea and porcelain from Canton.",
        "cargo_silk": "The Hesper was carrying porcelain and silk from Canton when it sank.",
        "depth": "The wreck of the Hesper lies at a depth of 38 metres.",
        "depth_edit": "The wreck of the Hesper lies at a depth of 38m.",
        "depth_83": "The wreck of the Hesper lies at a depth of 83 metres.",
        "protected": "The government has given the wreck of the Hesper protected status, making it illegal to dive on "
        "it without a licence.",
        "protected_plans": "The government plans to give the wreck of the Hesper protected status, making it illegal "
        "to dive on it without a licence.",
        "crew": "All 46 crew members of the Hesper survived the sinking, according to records of the time.",
        "crew_most": "Most of the 46 crew members of the Hesper survived the sinking, according to records of the "
        "time.",
        "crew_died": "All 46 crew members of the Hesper died in the sinking, according to records of the time.",
    },
    "kildarra-lynx-release": {
        "release": "Six Eurasian lynx were released into Kildarra Forest on Wednesday, the first wild lynx in the "
        "region for 400 years.",
        "release_para": "Wild lynx are back in the Kildarra region for the first time in four centuries after six "
        "Eurasian lynx were set free in Kildarra Forest on Wednesday.",
        "release_four": "Four Eurasian lynx were released into Kildarra Forest on Wednesday, the first wild lynx in "
        "the region for 400 years.",
        "release_200": "Wild lynx are back in the Kildarra region for the first time in two centuries after six "
        "Eurasian lynx were set free in Kildarra Forest on Wednesday.",
        "collars": "Each lynx has been fitted with a GPS collar so that its movements can be tracked.",
        "collars_para": "GPS collars have been put on every one of the lynx to track where they go.",
        "collars_some": "Some of the lynx have been fitted with a GPS collar so that their movements can be tracked.",
        "farmers": "Sheep farmers near Kildarra Forest said the lynx would kill livestock.",
        "farmers_could": "Sheep farmers near Kildarra Forest said the lynx could kill livestock.",
        "comp": "The Kildarra Wildlife Trust will compensate farmers for any sheep killed by the lynx.",
        "comp_edit": "The Kildarra Wildlife Trust will compensate farmers for any sheep that are killed by the lynx.",
        "comp_government": "The government will compensate farmers for any sheep killed by the lynx.",
    },
    "drummock-nuclear-extension": {
        "extend": "The nuclear regulator has allowed the Drummock power station to keep operating until 2034, ten "
        "years beyond its planned closure.",
        "extend_para": "Drummock power station can now run until 2034, a decade longer than planned, after the "
        "nuclear regulator gave its permission.",
        "extend_2043": "The nuclear regulator has allowed the Drummock power station to keep operating until 2043, "
        "ten years beyond its planned closure.",
        "extend_asked": "The operator of the Drummock power station has asked the nuclear regulator to let it keep "
        "operating until 2034, ten years beyond its planned closure.",
        "share": "Drummock's two reactors supply about 10 percent of the country's electricity.",
        "share_para": "Roughly a tenth of the nation's electricity comes from the two reactors at Drummock.",
        "share_20": "Drummock's two reactors supply about 20 percent of the country's electricity.",
        "cracks": "Inspectors found cracks in the graphite core of one Drummock reactor but said they did not affect "
        "safety.",
        "cracks_para": "Cracks were found by inspectors in the graphite core of one Drummock reactor, which they said "
        "posed no risk to safety.",
        "cracks_both": "Inspectors found cracks in the graphite cores of both Drummock reactors but said they did not "
        "affect safety.",
        "cracks_unsafe": "Inspectors found cracks in the graphite core of one Drummock reactor and said they affected "
        "safety.",
        "court": "Anti-nuclear campaigners said they would challenge the decision on Drummock in court.",
        "court_done": "Anti-nuclear campaigners have challenged the decision on Drummock in court.",
    },
    "harbridge-courier-print": {
        "print": "The Harbridge Courier will stop printing its daily edition at the end of June after 152 years and "
        "move online.",
        "print_para": "After 152 years in print, the Harbridge Courier will end its daily paper edition at the end of "
        "June and carry on online.",
        "print_weekly": "The Harbridge Courier will stop printing its weekly edition at the end of June after 152 "
        "years and move online.",
        "print_125": "After 125 years in print, the Harbridge Courier will end its daily paper edition at the end of "
        "June and carry on online.",
        "staff": "Owner Tidewell Media said 35 of the Harbridge Courier's 80 staff would lose their jobs.",
        "staff_para": "Thirty-five of the Courier's 80 employees will be made redundant, owner Tidewell Media said.",
        "staff_53": "Owner Tidewell Media said 35 of the Harbridge Courier's 53 staff would lose their jobs.",
        "staff_union": "Thirty-five of the Courier's 80 employees will be made redundant, the journalists' union said.",
        "circulation": "The Courier's print circulation has fallen from 41,000 copies a day in 2010 to under 9,000.",
        "circulation_edit": "The Courier's print circulation has dropped from 41,000 copies a day in 2010 to under "
        "9,000.",
        "circulation_over": "The Courier's print circulation has fallen from 41,000 copies a day in 2010 to just over "
        "9,000.",
        "weekend": "The Courier's printed weekend edition will continue.",
        "weekend_end": "The Courier's printed weekend edition will also end.",
    },
    "velpost-delivery-days": {
        "days": "Velpost will deliver second-class letters on alternate weekdays from next April instead of six days "
        "a week.",
        "days_para": "Starting next April, second-class letters will be delivered by Velpost every other weekday "
        "rather than six days a week.",
        "days_first": "Velpost will deliver first-class letters on alternate weekdays from next April instead of six "
        "days a week.",
        "days_wants": "Velpost wants to deliver second-class letters on alternate weekdays from next April instead of "
        "six days a week.",
        "stamp": "The price of a first-class Velpost stamp will rise by 10 pence to 1.45 pounds.",
        "stamp_para": "A first-class Velpost stamp will go up in price by 10p, to £1.45.",
        "stamp_15p": "A first-class Velpost stamp will go up in price by 15p, to £1.45.",
        "savings": "Velpost said the delivery changes would save up to 300 million pounds a year.",
        "savings_fact": "The delivery changes will save Velpost up to 300 million pounds a year.",
        "savings_at_least": "Velpost said the delivery changes would save at least 300 million pounds a year.",
        "complaints": "Complaints about late Velpost deliveries rose 30 percent last year.",
        "complaints_para": "Last year there were 30% more complaints about late post from Velpost.",
        "complaints_fell": "Complaints about late Velpost deliveries fell 30 percent last year.",
        "parcels": "Velpost said parcel deliveries would not be affected.",
        "parcels_cut": "Velpost said parcel deliveries would also be cut to alternate weekdays.",
    },
    "marrowby-bike-share": {
        "launch": "Marrowby's bike-share scheme launched on Monday with 1,200 bicycles at 90 docking stations.",
        "launch_para": "On Monday Marrowby launched its bike-share scheme, with 1,200 bikes spread across 90 docking "
        "stations.",
        "launch_190": "Marrowby's bike-share scheme launched on Monday with 1,200 bicycles at 190 docking stations.",
        "price": "Rides on Marrowby's shared bikes cost 1 pound for the first 30 minutes.",
        "price_edit": "Rides on Marrowby's shared bikes cost £1 for the first 30 minutes.",
        "price_hour": "Rides on Marrowby's shared bikes cost 1 pound for the first hour.",
        "operator": "Marrowby's bike-share scheme is run by Cyclo Urban under a five-year contract with the city "
        "council.",
        "operator_para": "Cyclo Urban operates Marrowby's bike-share scheme on a five-year contract with the city "
        "council.",
        "operator_3": "Marrowby's bike-share scheme is run by Cyclo Urban under a three-year contract with the city "
        "council.",
        "cars": "Council transport chief Amira Sethi said the bike-share scheme would take 2,000 car journeys a day "
        "off the roads.",
        "cars_para": "The bike-share scheme will take 2,000 car journeys a day off the roads, council transport chief "
        "Amira Sethi said.",
        "cars_could": "Council transport chief Amira Sethi said the bike-share scheme could take 2,000 car journeys a "
        "day off the roads.",
        "cars_week": "The bike-share scheme will take 2,000 car journeys a week off the roads, council transport "
        "chief Amira Sethi said.",
    },
    "saltry-concert-hall": {
        "cost": "The new Saltry concert hall opened three years late and cost 186 million pounds, more than double "
        "its original budget of 79 million pounds.",
        "cost_para": "Saltry's new concert hall finally opened three years behind schedule at a cost of £186m, more "
        "than twice the £79m first budgeted.",
        "cost_two": "Saltry's new concert hall finally opened two years behind schedule at a cost of £186m, more than "
        "twice the £79m first budgeted.",
        "inquiry": "An independent inquiry found that Saltry city council had ignored warnings about the concert "
        "hall's rising costs.",
        "inquiry_para": "Warnings of the concert hall's rising costs were ignored by Saltry city council, an "
        "independent inquiry concluded.",
        "inquiry_contractor": "An independent inquiry found that the main contractor had ignored warnings about the "
        "concert hall's rising costs.",
        "inquiry_no": "An independent inquiry found no evidence that Saltry city council had ignored warnings about "
        "the concert hall's rising costs.",
        "seats": "The Saltry concert hall's main auditorium seats 1,900 people.",
        "seats_edit": "The Saltry concert hall's main auditorium has seats for 1,900 people.",
        "seats_1600": "The Saltry concert hall's main auditorium seats 1,600 people.",
        "resign": "Saltry council's chief executive, Graham Oyelaran, resigned after the inquiry's report was "
        "published.",
        "resign_before": "Saltry council's chief executive, Graham Oyelaran, resigned before the inquiry's report was "
        "published.",
        "resign_called": "Councillors called on Saltry council's chief executive, Graham Oyelaran, to resign after "
        "the inquiry's report was published.",
    },
    "brackenridge-ash-dieback": {
        "fell": "Foresters will fell about 20,000 ash trees in Brackenridge Forest this winter because of ash dieback.",
        "fell_para": "Some 20,000 ash trees in Brackenridge Forest are to be cut down this winter as a result of ash "
        "dieback.",
        "fell_hollins": "Foresters will fell about 20,000 ash trees in Hollins Wood this winter because of ash "
        "dieback.",
        "fell_winters": "Some 20,000 ash trees in Brackenridge Forest are to be cut down over the next three winters "
        "as a result of ash dieback.",
        "infected": "Surveys found that 85 percent of Brackenridge Forest's ash trees were infected.",
        "infected_para": "Infection was found in 85% of the ash trees in Brackenridge Forest, according to surveys.",
        "infected_58": "Surveys found that 58 percent of Brackenridge Forest's ash trees were infected.",
        "replant": "The Forestry Service will plant 30,000 native saplings in Brackenridge Forest to replace the "
        "felled trees, a spokesperson said.",
        "replant_para": "To replace the felled ash, 30,000 native saplings will be planted in Brackenridge Forest by "
        "the Forestry Service, according to a spokesperson.",
        "replant_hopes": "The Forestry Service hopes to plant 30,000 native saplings in Brackenridge Forest to "
        "replace the felled trees, a spokesperson said.",
        "replant_fact": "The Forestry Service will plant 30,000 native saplings in Brackenridge Forest to replace the "
        "felled trees.",
        "paths": "Some paths through Brackenridge Forest will be closed while the felling takes place.",
        "paths_all": "All paths through Brackenridge Forest will be closed while the felling takes place.",
    },
    "caldora-chocolate-prices": {
        "price": "Caldora will raise the price of its chocolate bars by 9 percent from next month because of record "
        "cocoa prices.",
        "price_para": "Citing record cocoa prices, Caldora is putting the cost of its chocolate bars up by 9% from "
        "next month.",
        "price_sugar": "Caldora will raise the price of its chocolate bars by 9 percent from next month because of "
        "record sugar prices.",
        "price_19": "Citing record cocoa prices, Caldora is putting the cost of its chocolate bars up by 19% from "
        "next month.",
        "shrink": "Caldora has also reduced the size of its Velvet bar from 110 grams to 95 grams.",
        "shrink_para": "Caldora's Velvet bar has also shrunk, from 110g to 95g.",
        "shrink_swapped": "Caldora has also increased the size of its Velvet bar from 95 grams to 110 grams.",
        "cocoa": "Cocoa prices have quadrupled over the past two years after poor harvests in West Africa.",
        "cocoa_edit": "Cocoa prices have quadrupled in the past two years after poor harvests in West Africa.",
        "cocoa_doubled": "Cocoa prices have doubled over the past two years after poor harvests in West Africa.",
        "cocoa_year": "Cocoa prices have quadrupled in the past year after poor harvests in West Africa.",
        "factory": "Caldora said it had no plans to close its Wenlow chocolate factory.",
        "factory_close": "Caldora said it planned to close its Wenlow chocolate factory.",
    },
}

STORY_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "harlowe-mutual-flood-claims": [
        ("paraphrase", "premiums", "premiums_para"),
        ("paraphrase", "paid", "paid_para"),
        ("paraphrase", "exclude", "exclude_para"),
        ("number", "premiums_para", "premiums_8"),
        ("entity", "premiums", "premiums_motor"),
        ("time_span", "paid", "paid_3y"),
        ("negation", "exclude", "exclude_before"),
        ("attribution", "exclude_para", "exclude_fact"),
        ("related", "review", "fined"),
    ],
    "meridane-container-shipping": [
        ("paraphrase", "divert", "divert_para"),
        ("paraphrase", "days", "days_para"),
        ("paraphrase", "rates", "rates_para"),
        ("attribution", "divert_para", "divert_fact"),
        ("modality", "divert", "divert_considering"),
        ("number", "days", "days_14"),
        ("number", "rates_para", "rates_doubled"),
        ("direction", "rates", "rates_fell"),
        ("roles", "charter", "charter_swapped"),
        ("negation", "surcharge", "surcharge_added"),
    ],
    "skellan-cod-quota": [
        ("paraphrase", "cut", "cut_para"),
        ("paraphrase", "advice", "advice_para"),
        ("paraphrase", "boats", "boats_para"),
        ("number", "cut", "cut_53"),
        ("entity", "cut_para", "cut_haddock"),
        ("quantifier", "advice", "advice_partial"),
        ("attribution", "boats", "boats_fact"),
        ("quantifier", "boats_para", "boats_at_least"),
        ("number", "stocks", "stocks_1991"),
        ("direction", "stocks", "stocks_highest"),
    ],
    "carrowmore-university-cuts": [
        ("paraphrase", "intl", "intl_para"),
        ("paraphrase", "close", "close_para"),
        ("light_edit", "jobs", "jobs_edit"),
        ("direction", "intl_para", "intl_rose"),
        ("entity", "intl", "intl_domestic"),
        ("modality", "close", "close_proposed"),
        ("entity", "close_para", "close_philosophy"),
        ("entity", "jobs", "jobs_university"),
        ("number", "jobs_edit", "jobs_18"),
        ("negation", "deficit", "surplus"),
    ],
    "caldesian-lunar-lander": [
        ("paraphrase", "delay", "delay_para"),
        ("paraphrase", "pole", "pole_para"),
        ("paraphrase", "budget", "budget_para"),
        ("number", "delay", "delay_may"),
        ("entity", "delay_para", "delay_engine"),
        ("modality", "delay", "delay_could"),
        ("entity", "pole", "pole_north"),
        ("direction", "budget", "budget_swapped"),
        ("negation", "crewed", "crewed_affect"),
        ("roles", "rover", "rover_swapped"),
    ],
    "quelra-lithium-mine": [
        ("paraphrase", "approved", "approved_para"),
        ("paraphrase", "output", "output_para"),
        ("paraphrase", "jobs", "jobs_para"),
        ("number", "approved_para", "approved_24"),
        ("time_span", "output", "output_month"),
        ("entity", "output_para", "output_hydroxide"),
        ("hedge", "aquifer", "aquifer_may"),
        ("attribution", "aquifer", "aquifer_fact"),
        ("negation", "jobs", "jobs_temporary"),
        ("roles", "licence", "licence_swapped"),
    ],
    "brandlings-administration": [
        ("paraphrase", "admin", "admin_para"),
        ("paraphrase", "stores", "stores_para"),
        ("light_edit", "gift", "gift_edit"),
        ("number", "admin_para", "admin_4300"),
        ("modality", "admin", "admin_preparing"),
        ("quantifier", "stores", "stores_most"),
        ("attribution", "stores_para", "stores_fact"),
        ("negation", "gift", "gift_not"),
        ("time_span", "gift_edit", "gift_week"),
        ("roles", "overtaken", "overtaken_swapped"),
    ],
    "northgate-house-prices": [
        ("paraphrase", "prices", "prices_para"),
        ("paraphrase", "deposit", "deposit_para"),
        ("light_edit", "rates", "rates_edit"),
        ("number", "prices", "prices_42"),
        ("time_span", "prices_para", "prices_month"),
        ("direction", "prices", "prices_rose"),
        ("number", "deposit", "deposit_16"),
        ("entity", "deposit_para", "deposit_movers"),
        ("hedge", "rates", "rates_would"),
        ("negation", "rates_edit", "rates_below"),
    ],
    "aldersea-bronzes-return": [
        ("paraphrase", "return", "return_para"),
        ("paraphrase", "trustees", "trustees_para"),
        ("paraphrase", "display", "display_para"),
        ("number", "return_para", "return_13"),
        ("related", "return", "return_lend"),
        ("quantifier", "trustees", "trustees_majority"),
        ("negation", "trustees_para", "trustees_against"),
        ("attribution", "display_para", "display_fact"),
        ("roles", "loan", "loan_swapped"),
        ("modality", "law", "law_proposed"),
    ],
    "varenne-frost-vineyards": [
        ("paraphrase", "frost", "frost_para"),
        ("paraphrase", "aid", "aid_para"),
        ("light_edit", "prices", "prices_edit"),
        ("number", "frost", "frost_may"),
        ("entity", "frost_para", "frost_hail"),
        ("quantifier", "aid_para", "aid_grower"),
        ("modality", "aid", "aid_considering"),
        ("attribution", "prices_edit", "prices_fact"),
        ("direction", "prices", "prices_fall"),
        ("negation", "quality", "quality_affected"),
    ],
    "corrigan-opera-funding": [
        ("paraphrase", "grant", "grant_para"),
        ("paraphrase", "tour", "tour_para"),
        ("paraphrase", "chair", "chair_para"),
        ("number", "grant", "grant_third"),
        ("entity", "grant_para", "grant_ballet"),
        ("related", "tour", "tour_postpone"),
        ("number", "tour_para", "tour_26"),
        ("attribution", "chair", "chair_fact"),
        ("entity", "chair_para", "chair_director"),
        ("negation", "appeal", "appeal_would"),
    ],
    "halloway-prize": [
        ("paraphrase", "won", "won_para"),
        ("paraphrase", "money", "money_para"),
        ("light_edit", "judges", "judges_edit"),
        ("number", "won_para", "won_second"),
        ("related", "won", "shortlisted"),
        ("roles", "beat", "beat_swapped"),
        ("direction", "money", "money_swapped"),
        ("number", "judges", "judges_126"),
        ("negation", "unanimous", "not_unanimous"),
        ("modality", "reprint", "reprint_planned"),
        ("related", "reprint", "reprint_sold"),
    ],
    "castel-brina-tourist-tax": [
        ("paraphrase", "tax", "tax_para"),
        ("paraphrase", "cruise", "cruise_para"),
        ("paraphrase", "revenue", "revenue_para"),
        ("entity", "tax", "tax_day"),
        ("number", "tax_para", "tax_june"),
        ("quantifier", "cruise", "cruise_ship"),
        ("time_span", "revenue", "revenue_3y"),
        ("attribution", "revenue_para", "revenue_fact"),
        ("negation", "residents", "residents_not"),
        ("roles", "vallera", "vallera_swapped"),
    ],
    "alder-water-sewage-fine": [
        ("paraphrase", "fine", "fine_para"),
        ("paraphrase", "spills", "spills_para"),
        ("light_edit", "bills", "bills_edit"),
        ("number", "fine_para", "fine_57"),
        ("entity", "fine", "fine_tamble"),
        ("negation", "spills", "spills_denied"),
        ("time_span", "spills_para", "spills_2012"),
        ("negation", "bills_edit", "bills_would"),
        ("hedge", "deliberate", "deliberate_may"),
    ],
    "vostra-pellworth-plant": [
        ("paraphrase", "ev", "ev_para"),
        ("paraphrase", "invest", "invest_para"),
        ("paraphrase", "jobs", "jobs_para"),
        ("entity", "ev", "ev_hybrid"),
        ("number", "ev_para", "ev_2029"),
        ("quantifier", "ev", "ev_mostly"),
        ("number", "invest", "invest_swapped"),
        ("entity", "jobs", "jobs_union"),
        ("modality", "battery", "battery_could"),
    ],
    "gannet-sound-shipwreck": [
        ("paraphrase", "wreck", "wreck_para"),
        ("paraphrase", "cargo", "cargo_para"),
        ("light_edit", "depth", "depth_edit"),
        ("number", "wreck_para", "wreck_1748"),
        ("entity", "wreck", "wreck_warship"),
        ("entity", "cargo", "cargo_silk"),
        ("number", "depth", "depth_83"),
        ("modality", "protected", "protected_plans"),
        ("quantifier", "crew", "crew_most"),
        ("negation", "crew", "crew_died"),
    ],
    "kildarra-lynx-release": [
        ("paraphrase", "release", "release_para"),
        ("paraphrase", "collars", "collars_para"),
        ("light_edit", "comp", "comp_edit"),
        ("number", "release", "release_four"),
        ("number", "release_para", "release_200"),
        ("quantifier", "collars", "collars_some"),
        ("hedge", "farmers", "farmers_could"),
        ("entity", "comp", "comp_government"),
    ],
    "drummock-nuclear-extension": [
        ("paraphrase", "extend", "extend_para"),
        ("paraphrase", "share", "share_para"),
        ("paraphrase", "cracks", "cracks_para"),
        ("number", "extend", "extend_2043"),
        ("modality", "extend", "extend_asked"),
        ("number", "share", "share_20"),
        ("quantifier", "cracks", "cracks_both"),
        ("negation", "cracks_para", "cracks_unsafe"),
        ("modality", "court", "court_done"),
    ],
    "harbridge-courier-print": [
        ("paraphrase", "print", "print_para"),
        ("paraphrase", "staff", "staff_para"),
        ("light_edit", "circulation", "circulation_edit"),
        ("entity", "print", "print_weekly"),
        ("number", "print_para", "print_125"),
        ("number", "staff", "staff_53"),
        ("entity", "staff_para", "staff_union"),
        ("quantifier", "circulation", "circulation_over"),
        ("negation", "weekend", "weekend_end"),
    ],
    "velpost-delivery-days": [
        ("paraphrase", "days", "days_para"),
        ("paraphrase", "stamp", "stamp_para"),
        ("paraphrase", "complaints", "complaints_para"),
        ("entity", "days", "days_first"),
        ("modality", "days_para", "days_wants"),
        ("number", "stamp", "stamp_15p"),
        ("attribution", "savings", "savings_fact"),
        ("quantifier", "savings", "savings_at_least"),
        ("direction", "complaints", "complaints_fell"),
        ("negation", "parcels", "parcels_cut"),
    ],
    "marrowby-bike-share": [
        ("paraphrase", "launch", "launch_para"),
        ("light_edit", "price", "price_edit"),
        ("paraphrase", "operator", "operator_para"),
        ("paraphrase", "cars", "cars_para"),
        ("number", "launch", "launch_190"),
        ("time_span", "price", "price_hour"),
        ("number", "operator", "operator_3"),
        ("hedge", "cars", "cars_could"),
        ("time_span", "cars_para", "cars_week"),
    ],
    "saltry-concert-hall": [
        ("paraphrase", "cost", "cost_para"),
        ("paraphrase", "inquiry", "inquiry_para"),
        ("light_edit", "seats", "seats_edit"),
        ("number", "cost_para", "cost_two"),
        ("entity", "inquiry", "inquiry_contractor"),
        ("negation", "inquiry_para", "inquiry_no"),
        ("number", "seats", "seats_1600"),
        ("negation", "resign", "resign_before"),
        ("related", "resign", "resign_called"),
    ],
    "brackenridge-ash-dieback": [
        ("paraphrase", "fell", "fell_para"),
        ("paraphrase", "infected", "infected_para"),
        ("paraphrase", "replant", "replant_para"),
        ("entity", "fell", "fell_hollins"),
        ("time_span", "fell_para", "fell_winters"),
        ("number", "infected", "infected_58"),
        ("modality", "replant", "replant_hopes"),
        ("attribution", "replant_para", "replant_fact"),
        ("quantifier", "paths", "paths_all"),
    ],
    "caldora-chocolate-prices": [
        ("paraphrase", "price", "price_para"),
        ("paraphrase", "shrink", "shrink_para"),
        ("light_edit", "cocoa", "cocoa_edit"),
        ("entity", "price", "price_sugar"),
        ("number", "price_para", "price_19"),
        ("direction", "shrink", "shrink_swapped"),
        ("number", "cocoa", "cocoa_doubled"),
        ("time_span", "cocoa_edit", "cocoa_year"),
        ("negation", "factory", "factory_close"),
    ],
}

# SciFact training claims (no earlier split used them or an abstract they cite), quoted under the key ORIGINAL; the
# texts written by hand from each, and the pairs.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    69: {
        "para": "p53 function is boosted when PPM1D is activated.",
        "suppresses": "Activation of PPM1D suppresses p53 function.",
        "ppm1a": "Activation of PPM1A enhances p53 function.",
        "p63": "p63 function is boosted when PPM1D is activated.",
    },
    189: {
        "para": "The broadly neutralizing HIV-1 antibody 10EB does not bind to phospholipids.",
        "high": "Broadly HIV-1 Neutralizing Antibodies (bnAb) 10EB have high affinity for phospholipids.",
        "cholesterol": "The broadly neutralizing HIV-1 antibody 10EB does not bind to cholesterol.",
    },
    265: {
        "para": "During mitosis, the spindle fibre apparatus is stabilised by clathrin.",
        "edit": "Clathrin stabilises the spindle fibre apparatus during mitosis.",
        "destabilizes": "Clathrin destabilizes the spindle fiber apparatus during mitosis.",
        "meiosis": "During meiosis, the spindle fibre apparatus is stabilised by clathrin.",
        "dynamin": "Dynamin stabilizes the spindle fiber apparatus during mitosis.",
    },
    285: {
        "para": "Urogenital contact may account for the ongoing spread of HHV-8 among men who have sex with men in "
        "San Francisco.",
        "is": "Continued HHV-8 transmission among MSM in San Francisco is explained by urogenital contact.",
        "oral": "Oral contact may account for the ongoing spread of HHV-8 among men who have sex with men in San "
        "Francisco.",
        "new_york": "Continued HHV-8 transmission among MSM in New York may be explained by urogenital contact.",
    },
    299: {
        "para": "During apoptosis, cytochrome c moves out of the cytosol into the space between the inner and outer "
        "mitochondrial membranes.",
        "reverse": "Cytochrome c is transferred from the mitochondrial intermembrane space to the cytosol during "
        "apoptosis.",
        "necroptosis": "During necroptosis, cytochrome c moves out of the cytosol into the space between the inner "
        "and outer mitochondrial membranes.",
        "matrix": "Cytochrome c is transferred from cytosol to the mitochondrial matrix during apoptosis.",
    },
    430: {
        "para": "Reactive oxygen species block the activation of FoxO3a during neuronal death.",
        "promoted": "FoxO3a activation in neuronal death is promoted by reactive oxygen species (ROS).",
        "foxo1": "Reactive oxygen species block the activation of FoxO1 during neuronal death.",
        "not_affected": "FoxO3a activation in neuronal death is not affected by reactive oxygen species (ROS).",
    },
    494: {
        "para": "If symptoms begin under 3 hours before AMI, HSCT-T dosage might not be diagnostic.",
        "six": "HSCT-T dosage may not be diagnostic if the onset of symptoms occurs less than 6 hours before AMI.",
        "is_not": "HSCT-T dosage is not diagnostic if the onset of symptoms occurs less than 3 hours before AMI.",
        "more_than": "If symptoms begin over 3 hours before AMI, HSCT-T dosage might not be diagnostic.",
    },
    545: {
        "para": "By letting mis-capped viral RNAs proliferate, IFIT1 accelerates the replication of viruses.",
        "slows": "IFIT1 slows viral replication by preventing the proliferation of mis-capped viral RNAs.",
        "ifit3": "IFIT3 speeds viral replication by allowing for the proliferation of mis-capped viral RNAs.",
        "host": "By letting mis-capped host RNAs proliferate, IFIT1 accelerates the replication of viruses.",
    },
    620: {
        "para": "Chemotherapy works better when vessel density rises and fibrosis is reduced.",
        "edit": "Increased vessel density together with a reduction in fibrosis improves the efficacy of chemotherapy "
        "treatments.",
        "radiotherapy": "Increased vessel density along with a reduction in fibrosis improves the efficacy of "
        "radiotherapy treatments.",
        "reduced_density": "Reduced vessel density along with a reduction in fibrosis improves the efficacy of "
        "chemotherapy treatments.",
        "not": "Chemotherapy does not work better when vessel density rises and fibrosis is reduced.",
    },
    640: {
        "para": "Within the host's body, falciparum parasites multiply asexually.",
        "sexually": "Inside the body, falciparum parasites reproduce sexually.",
        "vivax": "Within the host's body, vivax parasites multiply asexually.",
        "mosquito": "Inside the mosquito, falciparum parasites reproduce asexually.",
    },
    643: {
        "para": "Insulin acts on appetite through neurons in the ventral tegmental area.",
        "edit": "Insulin affects appetite via ventral tegmental neurons.",
        "leptin": "Leptin affects appetite via ventral tegmental neurons.",
        "hypothalamus": "Insulin acts on appetite through neurons in the hypothalamus.",
    },
    730: {
        "para": "JIB 04, an inhibitor of lysine histone demethylases, has no activity against KDM5A.",
        "active": "Lysine histone demethylase inhibitor JIB 04 is active against KDM5A.",
        "kdm4a": "JIB 04, an inhibitor of lysine histone demethylases, has no activity against KDM4A.",
    },
    734: {
        "para": "In mouse models of RAS-driven cancer, treatment with MEK inhibitors works.",
        "edit": "MEK inhibitors are effective treatments in Ras-driven mouse models of cancer.",
        "ineffective": "MEK inhibitors are ineffective treatments in RAS-driven mouse models of cancer.",
        "braf": "MEK inhibitors are effective treatments in BRAF-driven mouse models of cancer.",
        "erk": "In mouse models of RAS-driven cancer, treatment with ERK inhibitors works.",
    },
    758: {
        "para": "A homologue of Broca's area exists in the brains of marmosets.",
        "lack": "Marmosets lack a brain region homologous to Broca's area.",
        "wernicke": "Marmosets have a brain region homologous to Wernicke's area.",
        "tamarins": "A homologue of Broca's area exists in the brains of tamarins.",
    },
    893: {
        "para": "G-CSF-induced mobilisation of HSPCs depends on osteocytes.",
        "dispensable": "Osteocytes are dispensable for G-CSF induced HSPC mobilization.",
        "osteoblasts": "Osteoblasts have an essential role in G-CSF induced HSPC mobilization.",
        "plerixafor": "Plerixafor-induced mobilisation of HSPCs depends on osteocytes.",
    },
    988: {
        "para": "In most eukaryotes, pseudoknots have not been conserved through evolution.",
        "edit": "Pseudoknots aren't evolutionarily conserved in most eukaryotes.",
        "conserved": "Pseudoknots are evolutionarily conserved in most eukaryotes.",
        "prokaryotes": "In most prokaryotes, pseudoknots have not been conserved through evolution.",
        "any": "Pseudoknots are not evolutionarily conserved in any eukaryotes.",
    },
    1023: {
        "para": "The translation initiation factor IF3 is needed for start codons to be recognised.",
        "if2": "Recognition of start codons depends on the translation initiation factor IF2.",
        "stop": "The translation initiation factor IF3 is needed for stop codons to be recognised.",
        "independent": "Recognition of start codons does not depend on the translation initiation factor IF3.",
    },
    1040: {
        "para": "In yeast, swapping histone H2A for H2A.Z speeds up gene activation because it destabilises the +1 "
        "nucleosome.",
        "slows": "Replacement of histone H2A with H2A.Z slows gene activation in yeasts by destabilizing +1 "
        "nucleosomes.",
        "stabilises": "In yeast, swapping histone H2A for H2A.Z speeds up gene activation because it stabilises the "
        "+1 nucleosome.",
        "swapped": "Replacement of histone H2A.Z with H2A accelerates gene activation in yeasts by destabilizing +1 "
        "nucleosomes.",
    },
    1186: {
        "para": "Because larger outbreaks are selected unequally, the WHO's data collection is biased downwards.",
        "upward": "The World Health Organization's (WHO) data collection process is biased upward by unequal "
        "selection of larger outbreaks.",
        "smaller": "Because smaller outbreaks are selected unequally, the WHO's data collection is biased downwards.",
        "unbiased": "The World Health Organization's (WHO) data collection process is not biased by unequal selection "
        "of larger outbreaks.",
    },
    1206: {
        "para": "During hematopoietic differentiation, myosin-II shifts from its A isoform to its B isoform.",
        "b_to_a": "The composition of myosin-II isoform switches from the B isoform to the A isoform during "
        "hematopoietic differentiation.",
        "neuronal": "During neuronal differentiation, myosin-II shifts from its A isoform to its B isoform.",
        "unchanged": "The composition of myosin-II isoforms does not change during hematopoietic differentiation.",
    },
    1239: {
        "para": "The myocardial lineage first arises from cardiac progenitors that come solely from the endoderm.",
        "mesodermal": "The myocardial cell lineage originally develops from cardiac progenitors of exclusively "
        "mesodermal origin.",
        "partly": "The myocardial lineage first arises from cardiac progenitors that come partly from the endoderm.",
    },
    1247: {
        "para": "The CRF01_1b2k protein originated at some point from 1923 to 1956.",
        "edit": "The CRF01_1b2k protein's origin occurred between 1923 and 1956.",
        "n1933": "The origin of the CRF01_1b2k protein occurred between 1933 and 1966.",
        "n1965": "The CRF01_1b2k protein originated at some point from 1923 to 1965.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    69: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "suppresses"),
        ("entity", ORIGINAL, "ppm1a"),
        ("entity", "para", "p63"),
    ],
    189: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "high"),
        ("entity", "para", "cholesterol"),
    ],
    265: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "destabilizes"),
        ("entity", "para", "meiosis"),
        ("entity", ORIGINAL, "dynamin"),
    ],
    285: [
        ("paraphrase", ORIGINAL, "para"),
        ("hedge", ORIGINAL, "is"),
        ("entity", "para", "oral"),
        ("entity", ORIGINAL, "new_york"),
    ],
    299: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "reverse"),
        ("entity", "para", "necroptosis"),
        ("entity", ORIGINAL, "matrix"),
    ],
    430: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "promoted"),
        ("entity", "para", "foxo1"),
        ("negation", ORIGINAL, "not_affected"),
    ],
    494: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "six"),
        ("hedge", ORIGINAL, "is_not"),
        ("quantifier", "para", "more_than"),
    ],
    545: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "slows"),
        ("entity", ORIGINAL, "ifit3"),
        ("entity", "para", "host"),
    ],
    620: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "radiotherapy"),
        ("direction", ORIGINAL, "reduced_density"),
        ("negation", "para", "not"),
    ],
    640: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "sexually"),
        ("entity", "para", "vivax"),
        ("entity", ORIGINAL, "mosquito"),
    ],
    643: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", "edit", "leptin"),
        ("entity", "para", "hypothalamus"),
    ],
    730: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "active"),
        ("entity", "para", "kdm4a"),
    ],
    734: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "ineffective"),
        ("entity", ORIGINAL, "braf"),
        ("entity", "para", "erk"),
    ],
    758: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "lack"),
        ("entity", ORIGINAL, "wernicke"),
        ("entity", "para", "tamarins"),
    ],
    893: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "dispensable"),
        ("entity", ORIGINAL, "osteoblasts"),
        ("entity", "para", "plerixafor"),
    ],
    988: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "conserved"),
        ("entity", "para", "prokaryotes"),
        ("quantifier", ORIGINAL, "any"),
    ],
    1023: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "if2"),
        ("entity", "para", "stop"),
        ("negation", ORIGINAL, "independent"),
    ],
    1040: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "slows"),
        ("direction", "para", "stabilises"),
        ("roles", ORIGINAL, "swapped"),
    ],
    1186: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "upward"),
        ("entity", "para", "smaller"),
        ("negation", ORIGINAL, "unbiased"),
    ],
    1206: [
        ("paraphrase", ORIGINAL, "para"),
        ("roles", ORIGINAL, "b_to_a"),
        ("entity", "para", "neuronal"),
        ("negation", ORIGINAL, "unchanged"),
    ],
    1239: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "mesodermal"),
        ("quantifier", "para", "partly"),
    ],
    1247: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("number", ORIGINAL, "n1933"),
        ("number", "para", "n1965"),
    ],
}


def build(news_path: Path, wice_path: Path, scifact_path: Path, dev_qrels_path: Path) -> list[dict[str, object]]:
    rows = build_families(
        read_earlier(EARLIER_SPLITS),
        # No news story and no WiCE claim is used: the files are read only to check that no hand text is one of theirs.
        NewsTables(news_path, {}, {}, {}, new_sources=True, hand_not_quoted=True),
        WiceTables(wice_path, {}, {}, {}, {}, "wice7-", new_sources=True, hand_not_quoted=True),
        SciFactTables(
            scifact_path,
            SCIFACT_HAND,
            SCIFACT_PAIRS,
            "scifact-train7-",
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
        hand_stories=StoryTables(STORY_HAND, STORY_PAIRS, "story7-", max_jaccard_earlier=MAX_JACCARD_EARLIER),
    )
    return finish(rows, "cz", "test7")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--news", type=Path, default=NEWS, help="the verifier's news_pairs.jsonl (read to check hand texts)")
    p.add_argument("--wice", type=Path, default=WICE, help="the verifier's wice_pairs.jsonl (read to check hand texts)")
    p.add_argument("--scifact", type=Path, default=SCIFACT, help="SciFact training claims (claims_train.jsonl)")
    p.add_argument("--scifact-dev-qrels", type=Path, default=SCIFACT_DEV_QRELS, help="BEIR SciFact qrels/test.tsv")
    p.add_argument("--out", type=Path, default=HERE / "pairs_test7.jsonl")
    args = p.parse_args()
    rows = build(args.news, args.wice, args.scifact, args.scifact_dev_qrels)
    write_rows(rows, args.out)
    print(summary(rows, args.out))


if __name__ == "__main__":
    main()
