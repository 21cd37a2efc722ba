"""Build pairs_test10.jsonl: a tenth fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the SciFact training claims (``../shared/datasets/scifact/claims_train.jsonl``, or --scifact; and BEIR's
``qrels/test.tsv`` beside it, for the abstracts the dev claims cite); every other text is written by hand below, as
stories in domains no earlier split used (an allotment waiting list, a hailstorm, a jellyfish bloom, bats in a barn, a
rowing regatta, a spelling bee, a misprinted banknote, a school phone ban, pothole compensation, a pigeon-feeding ban,
an open-water swim, an organ donation opt-out law, a smog alert, bin collections, a phone mast, a time zone change, a
volcanic eruption, public toilets, a sinkhole, a swimming pool closure, hospital parking, a street renaming, Japanese
knotweed and a village shop). The verifier's news and WiCE files (``workbench/verifier/data``, or --news,
--news-val and --wice) are read only to check that no hand text is one of their claims and no story has one of their
topics. No text of it is in pairs.jsonl or pairs_test.jsonl ... pairs_test9.jsonl, no story of it is a group there,
has the topic of a story there or is worded like one of their texts, and no SciFact claim of it (nor an abstract such a
claim cites) is used by any of them: the script checks, and stops if one is. README.md beside this file describes the
rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test10_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

from pairs_common import HandSplit

# The splits already looked at (pairs_common.earlier_splits): no text of this file may appear in them, and no story
# or claim of it may be used there; HandSplit below checks.
# In SCIFACT_PAIRS this key stands for the claim quoted from the SciFact file.
ORIGINAL = "claim"
# The rows are numbered eb0001, eb0002, ...: a prefix no earlier split's ids start with (the script checks).
ID_PREFIX = "eb"

# Stories written by hand for this split (invented places, people and companies). STORY_HAND holds each story's texts
# under short keys; STORY_PAIRS pairs them, with the kind of the pair. Each story is the group 'story10-<topic>'.

STORY_HAND: dict[str, dict[str, str]] = {
    "quillmoor-allotment-waiting-list": {
        "wait": "The average wait for an allotment in Quillmoor is now seven years, the town council said.",
        "wait_para": "People who apply for an allotment in Quillmoor now wait seven years on average, according to the "
        "town council.",
        "wait_longest": "The longest wait for an allotment in Quillmoor is now seven years, the town council said.",
        "wait_fact": "The average wait for an allotment in Quillmoor is now seven years.",
        "list": "The waiting list has grown from 900 names in 2019 to more than 2,300.",
        "list_para": "Over 2,300 names are now on the waiting list, up from 900 in 2019.",
        "list_shrunk": "The waiting list has shrunk from more than 2,300 names in 2019 to 900.",
        "plots": "The council will split 120 full-size plots into half plots to shorten the queue.",
        "plots_para": "To shorten the queue, 120 full-size plots are to be divided into halves by the council.",
        "plots_considering": "The council is considering splitting 120 full-size plots into half plots to shorten the "
        "queue.",
        "rent": "Annual rent for a full plot will rise from £45 to £60 in October.",
        "rent_april": "Annual rent for a full plot will rise from £45 to £60 in April.",
        "land": "The council has bought a four-acre field beside the railway line for new allotments.",
        "land_leased": "The council has leased a four-acre field beside the railway line for new allotments.",
        "hens": "Plot holders will be allowed to keep hens on full-size plots.",
        "hens_barred": "Plot holders will be barred from keeping hens on full-size plots.",
    },
    "dunsford-hailstorm": {
        "hail": "Hailstones as large as golf balls fell on Dunsford on Tuesday evening, damaging about 4,000 cars.",
        "hail_para": "About 4,000 cars were damaged on Tuesday evening when hail the size of golf balls hit Dunsford.",
        "hail_tennis": "Hailstones as large as tennis balls fell on Dunsford on Tuesday evening, damaging about 4,000 "
        "cars.",
        "hail_400": "About 400 cars were damaged on Tuesday evening when hail the size of golf balls hit Dunsford.",
        "glass": "The storm smashed the glass roofs of 30 greenhouses at the Marrick nursery, the owner said.",
        "glass_para": "According to the owner of the Marrick nursery, 30 of its greenhouses had their glass roofs "
        "shattered by the storm.",
        "glass_all": "The storm smashed the glass roofs of all 30 greenhouses at the Marrick nursery, the owner said.",
        "claims": "Insurers expect claims from the storm to exceed 25 million euros.",
        "claims_para": "Claims arising from the storm are expected by insurers to top €25 million.",
        "claims_paid": "Insurers have paid out more than 25 million euros in claims from the storm.",
        "warning": "The weather service had issued a yellow warning for thunderstorms but not for hail.",
        "warning_orange": "The weather service had issued an orange warning for thunderstorms but not for hail.",
        "warning_hail": "The weather service had issued a yellow warning for hail but not for thunderstorms.",
        "hurt": "Two people were slightly hurt by falling hail, police said.",
        "hurt_fact": "Two people were slightly hurt by falling hail.",
        "premiums": "Insurers expect car insurance premiums in the region to rise after the storm.",
        "premiums_fall": "Insurers expect car insurance premiums in the region to fall after the storm.",
    },
    "pelwick-bay-jellyfish": {
        "closed": "Three beaches in Pelwick Bay were closed to swimmers on Sunday after a bloom of compass jellyfish "
        "drifted ashore.",
        "closed_para": "A bloom of compass jellyfish washed up in Pelwick Bay on Sunday, and swimmers were kept off "
        "three of its beaches.",
        "closed_lion": "Three beaches in Pelwick Bay were closed to swimmers on Sunday after a bloom of lion's mane "
        "jellyfish drifted ashore.",
        "stung": "More than 60 people were treated for stings, the first-aid post said.",
        "stung_para": "The first-aid post said it had treated over 60 people who had been stung.",
        "stung_fact": "More than 60 people were treated for stings.",
        "stung_16": "More than 16 people were treated for stings, the first-aid post said.",
        "warm": "Marine biologists at Pelwick University say the bloom is linked to the unusually warm sea.",
        "warm_para": "The bloom is connected to the sea being unusually warm, according to marine biologists at "
        "Pelwick University.",
        "warm_caused": "Marine biologists at Pelwick University say the unusually warm sea caused the bloom.",
        "rinse": "Lifeguards advise rinsing stings with sea water, not fresh water.",
        "rinse_edit": "Lifeguards recommend rinsing stings with sea water, not fresh water.",
        "rinse_swapped": "Lifeguards advise rinsing stings with fresh water, not sea water.",
        "reopen": "The beaches are expected to reopen on Wednesday if the wind turns offshore.",
        "reopen_done": "The beaches reopened on Wednesday after the wind turned offshore.",
    },
    "holmbury-barn-bats": {
        "halt": "Work to turn a barn at Holmbury into holiday flats has been halted after a colony of rare horseshoe "
        "bats was found roosting in it.",
        "halt_para": "The discovery of a colony of rare horseshoe bats roosting in a Holmbury barn has stopped work to "
        "convert it into holiday flats.",
        "halt_longeared": "Work to turn a barn at Holmbury into holiday flats has been halted after a colony of rare "
        "long-eared bats was found roosting in it.",
        "halt_resumed": "Work to turn a barn at Holmbury into holiday flats has resumed although a colony of rare "
        "horseshoe bats was found roosting in it.",
        "count": "An ecologist counted 84 bats leaving the barn at dusk.",
        "count_para": "At dusk, 84 bats were counted flying out of the barn by an ecologist.",
        "count_48": "An ecologist counted 48 bats leaving the barn at dusk.",
        "licence": "The developer, Ferrand Homes, needs a licence from the wildlife agency before any work can "
        "continue.",
        "licence_para": "No work can continue until Ferrand Homes, the developer, obtains a licence from the wildlife "
        "agency.",
        "licence_refused": "The wildlife agency has refused the developer, Ferrand Homes, a licence to continue work.",
        "fine": "Disturbing a bat roost can carry a fine of up to £5,000 per bat.",
        "fine_edit": "Disturbing a bat roost can carry a fine of up to £5,000 for each bat.",
        "fine_roost": "Disturbing a bat roost can carry a fine of up to £5,000 per roost.",
        "house": "Ferrand Homes said it would build a separate bat house on the site so the colony could stay.",
        "house_fact": "Ferrand Homes will build a separate bat house on the site so the colony can stay.",
        "house_council": "The council said it would build a separate bat house on the site so the colony could stay.",
        "largest": "The colony is believed to be the largest of its kind in the county.",
        "largest_is": "The colony is the largest of its kind in the county.",
    },
    "tessbury-regatta": {
        "won": "Ashgrove College beat Linford College by three-quarters of a length in the eights final of the "
        "Tessbury regatta.",
        "won_para": "In the Tessbury regatta's eights final, Linford College lost to Ashgrove College by "
        "three-quarters of a length.",
        "won_swapped": "Linford College beat Ashgrove College by three-quarters of a length in the eights final of the "
        "Tessbury regatta.",
        "won_fours": "Ashgrove College beat Linford College by three-quarters of a length in the fours final of the "
        "Tessbury regatta.",
        "won_quarter": "Ashgrove College beat Linford College by a quarter of a length in the eights final of the "
        "Tessbury regatta.",
        "streak": "It was Ashgrove's first win in the final since 2014.",
        "streak_para": "Ashgrove had last won the final in 2014.",
        "streak_ever": "It was Ashgrove's first ever win in the final.",
        "record": "Ashgrove's crew set a course record of 5 minutes 41 seconds in the heats.",
        "record_para": "In the heats, the Ashgrove crew covered the course in 5:41, a record.",
        "record_final": "Ashgrove's crew set a course record of 5 minutes 41 seconds in the final.",
        "capsized": "A women's pair capsized in the first race but both rowers were pulled out unhurt.",
        "capsized_hospital": "A women's pair capsized in the first race and one of the rowers was taken to hospital.",
        "sponsor": "The regatta could lose its main sponsor, the Harwell Building Society, after next year, organisers "
        "warned.",
        "sponsor_will": "The regatta will lose its main sponsor, the Harwell Building Society, after next year, "
        "organisers said.",
        "wind": "The eights final went ahead despite strong crosswinds.",
        "wind_off": "The eights final was called off because of strong crosswinds.",
    },
    "national-spelling-bee-final": {
        "win": "Eleven-year-old Amara Nwosu won the national spelling bee after correctly spelling 'sesquipedalian' in "
        "the 19th round.",
        "win_para": "In round 19, Amara Nwosu, aged 11, spelled 'sesquipedalian' correctly to take the national "
        "spelling bee title.",
        "win_ninth": "Eleven-year-old Amara Nwosu won the national spelling bee after correctly spelling "
        "'sesquipedalian' in the ninth round.",
        "youngest": "She is the youngest winner in the contest's 32-year history.",
        "youngest_para": "No younger speller has won the contest in its 32 years.",
        "youngest_one": "She is one of the youngest winners in the contest's 32-year history.",
        "youngest_girl": "She is the first girl to win in the contest's 32-year history.",
        "prize": "The prize is a £5,000 scholarship and a trophy.",
        "prize_edit": "The prize is a £5,000 scholarship along with a trophy.",
        "prize_cash": "The prize is £5,000 in cash and a trophy.",
        "runner": "The runner-up, Felix Oduya, was knocked out on the word 'chiaroscuro', the organisers said.",
        "runner_para": "According to the organisers, the word that knocked out runner-up Felix Oduya was "
        "'chiaroscuro'.",
        "runner_fact": "The runner-up, Felix Oduya, was knocked out on the word 'chiaroscuro'.",
        "watches": "Organisers are considering banning contestants from wearing smartwatches after a complaint.",
        "watches_banned": "Organisers have banned contestants from wearing smartwatches after a complaint.",
    },
    "brevia-banknote-misprint": {
        "recall": "Brevia's central bank is recalling 1.2 million new 50-crown notes because the word 'fifty' was "
        "misspelled on them.",
        "recall_para": "Brevia's central bank is withdrawing 1.2m new 50-crown notes that carry a misspelling of the "
        "word 'fifty'.",
        "recall_12m": "Brevia's central bank is recalling 12 million new 50-crown notes because the word 'fifty' was "
        "misspelled on them.",
        "valid": "The notes remain legal tender and can be spent as normal, the bank said.",
        "valid_para": "According to the bank, the notes are still legal tender and may be used as usual.",
        "valid_not": "The notes are no longer legal tender and cannot be spent, the bank said.",
        "valid_fact": "The notes remain legal tender and can be spent as normal.",
        "printer": "The notes were printed by Kvistad Security Print, which will pay for the reprint.",
        "printer_para": "Kvistad Security Print, which printed the notes, is to cover the cost of reprinting them.",
        "printer_bank": "The notes were printed by Kvistad Security Print, but the bank will pay for the reprint.",
        "collectors": "Collectors are already offering up to 400 crowns for one of the misprinted notes.",
        "collectors_least": "Collectors are already offering at least 400 crowns for one of the misprinted notes.",
        "corrected": "Corrected notes will be issued within three months.",
        "corrected_weeks": "Corrected notes will be issued within three weeks.",
        "spotted": "The mistake was spotted by a schoolboy in Karvik and reported to the bank by his teacher.",
        "spotted_swapped": "The mistake was spotted by a teacher in Karvik and reported to the bank by one of his "
        "pupils.",
    },
    "ferncastle-school-phone-ban": {
        "ban": "From September, pupils at all 14 state secondary schools in Ferncastle must hand in their mobile "
        "phones at the start of the school day.",
        "ban_para": "Mobile phones will have to be handed in at the start of each school day by pupils at every one of "
        "Ferncastle's 14 state secondary schools from September.",
        "ban_primary": "From September, pupils at all 14 state primary schools in Ferncastle must hand in their mobile "
        "phones at the start of the school day.",
        "ban_four": "From September, pupils at four of the 14 state secondary schools in Ferncastle must hand in their "
        "mobile phones at the start of the school day.",
        "ban_encouraged": "From September, pupils at all 14 state secondary schools in Ferncastle are encouraged to "
        "hand in their mobile phones at the start of the school day.",
        "trial": "A trial at one school found that detentions fell by a third in the first term, the education "
        "authority said.",
        "trial_para": "According to the education authority, detentions at a school that trialled the rule dropped by "
        "a third during its first term.",
        "trial_rose": "A trial at one school found that detentions rose by a third in the first term, the education "
        "authority said.",
        "trial_fact": "A trial at one school found that detentions fell by a third in the first term.",
        "parents": "A survey of 1,500 parents found that 71 percent supported the ban.",
        "parents_para": "Of 1,500 parents surveyed, just over seven in ten backed the ban.",
        "parents_pupils": "A survey of 1,500 pupils found that 71 percent supported the ban.",
        "pouch": "The council will spend £210,000 in all on lockable pouches for the schools.",
        "pouch_edit": "The council will spend £210,000 altogether on lockable pouches for the schools.",
        "pouch_each": "The council will spend £210,000 per school on lockable pouches.",
    },
    "gorsebrook-pothole-compensation": {
        "claims": "Gorsebrook council paid out £412,000 in compensation last year to drivers whose cars were damaged "
        "by potholes.",
        "claims_para": "Drivers whose cars were damaged by potholes received £412,000 in compensation from Gorsebrook "
        "council last year.",
        "claims_142": "Gorsebrook council paid out £142,000 in compensation last year to drivers whose cars were "
        "damaged by potholes.",
        "rejected": "The council rejected nearly two thirds of the 3,100 claims it received.",
        "rejected_para": "Of the 3,100 claims the council received, it turned down almost two in three.",
        "rejected_accepted": "The council accepted nearly two thirds of the 3,100 claims it received.",
        "repair": "The council repaired 18,000 potholes last year, up from 11,000 the year before.",
        "repair_para": "Last year the council fixed 18,000 potholes, compared with 11,000 a year earlier.",
        "repair_down": "The council repaired 11,000 potholes last year, down from 18,000 the year before.",
        "backlog": "Engineers estimate it would cost £60 million to clear the backlog of road repairs.",
        "backlog_year": "Engineers estimate it would cost £60 million a year to clear the backlog of road repairs.",
        "backlog_fact": "It would cost £60 million to clear the backlog of road repairs.",
        "machine": "The council will trial a machine that fills a pothole in eight minutes, the roads chief said.",
        "machine_bought": "The council has bought a machine that fills a pothole in eight minutes, the roads chief "
        "said.",
        "roads": "The county pays for repairs on main roads and the town council for those on side streets.",
        "roads_swapped": "The town council pays for repairs on main roads and the county for those on side streets.",
    },
    "aldmouth-pigeon-feeding": {
        "ban": "Feeding pigeons in Aldmouth's town centre will be punishable by a fine of up to £150 from 1 June.",
        "ban_para": "From 1 June, anyone who feeds pigeons in the centre of Aldmouth can be fined as much as £150.",
        "ban_gulls": "Feeding gulls in Aldmouth's town centre will be punishable by a fine of up to £150 from 1 June.",
        "ban_july": "Feeding pigeons in Aldmouth's town centre will be punishable by a fine of up to £150 from 1 July.",
        "ban_fixed": "Feeding pigeons in Aldmouth's town centre will be punishable by a fixed fine of £150 from 1 "
        "June.",
        "count": "The council estimates there are 6,000 pigeons in the town centre, twice as many as ten years ago.",
        "count_para": "The pigeon population of the town centre has doubled in ten years to about 6,000, according to "
        "council estimates.",
        "count_half": "The council estimates there are 6,000 pigeons in the town centre, half as many as ten years "
        "ago.",
        "hawk": "The council has hired a falconer to fly a Harris hawk over the market square twice a week.",
        "hawk_para": "Twice a week, a Harris hawk will be flown over the market square by a falconer the council has "
        "taken on.",
        "hawk_daily": "The council has hired a falconer to fly a Harris hawk over the market square twice a day.",
        "disease": "Pigeon droppings can spread disease, the council's health officer said.",
        "disease_edit": "Pigeon droppings are able to spread disease, the council's health officer said.",
        "disease_caused": "Pigeon droppings have caused an outbreak of disease in the town, the council's health "
        "officer said.",
        "protest": "An animal welfare group, Wingwatch, has called the ban cruel and says it will challenge it in "
        "court.",
        "protest_filed": "An animal welfare group, Wingwatch, has called the ban cruel and has challenged it in court.",
    },
    "kelda-strait-swim": {
        "swim": "Riina Ilves, 58, became the oldest person to swim across the Kelda Strait, completing the "
        "34-kilometre crossing in 11 hours 20 minutes.",
        "swim_para": "It took Riina Ilves 11 hours and 20 minutes to swim the 34 km of the Kelda Strait; at 58, no "
        "older swimmer has made the crossing.",
        "swim_woman": "Riina Ilves, 58, became the first woman to swim across the Kelda Strait, completing the "
        "34-kilometre crossing in 11 hours 20 minutes.",
        "swim_time": "Riina Ilves, 58, became the oldest person to swim across the Kelda Strait, completing the "
        "34-kilometre crossing in 11 hours 2 minutes.",
        "wetsuit": "She swam without a wetsuit, as the rules of the crossing require.",
        "wetsuit_para": "In line with the crossing's rules, she did not wear a wetsuit.",
        "wetsuit_allowed": "She swam without a wetsuit, although the rules of the crossing allow one.",
        "fed": "She was handed food and drink from her support boat every 45 minutes.",
        "fed_edit": "She was passed food and drink from her support boat every 45 minutes.",
        "previous": "The previous record was set in 2011 by Henrik Moll, who was 55.",
        "previous_para": "Henrik Moll had held the record since 2011, when he made the crossing aged 55.",
        "previous_65": "The previous record was set in 2011 by Henrik Moll, who was 65.",
        "charity": "She said she swam to raise money for a hospice that cared for her husband.",
        "charity_fact": "She swam to raise money for a hospice that cared for her husband.",
        "again": "She plans to attempt a two-way crossing next summer.",
        "again_winter": "She plans to attempt a two-way crossing next winter.",
    },
    "dravia-organ-donation-opt-out": {
        "law": "Dravia's parliament has passed a law making every adult an organ donor unless they opt out.",
        "law_para": "Under a law passed by Dravia's parliament, all adults will be organ donors unless they choose not "
        "to be.",
        "law_debating": "Dravia's parliament is debating a law making every adult an organ donor unless they opt out.",
        "law_opt_in": "Dravia's parliament has passed a law making every adult an organ donor only if they opt in.",
        "votes": "The bill was approved by 212 votes to 87.",
        "votes_para": "There were 212 votes in favour of the bill and 87 against.",
        "votes_78": "The bill was approved by 212 votes to 78.",
        "family": "Families will still be able to refuse donation, the health minister said.",
        "family_para": "According to the health minister, families will keep the right to refuse donation.",
        "die": "Around 90 people die each year while waiting for a transplant, the transplant agency says.",
        "die_month": "Around 90 people die each month while waiting for a transplant, the transplant agency says.",
        "die_fact": "Around 90 people die each year while waiting for a transplant.",
        "effect": "Studies in other countries suggest opt-out laws may raise donation rates modestly.",
        "effect_show": "Studies in other countries show that opt-out laws raise donation rates modestly.",
        "start": "The law will take effect eighteen months after it is signed.",
        "start_para": "The law will come into force a year and a half after being signed.",
        "bill": "The bill was introduced by the opposition and backed by the government.",
        "bill_swapped": "The bill was introduced by the government and backed by the opposition.",
    },
    "grevenburg-smog-alert": {
        "alert": "Grevenburg declared a smog alert on Thursday after fine-particle levels reached three times the safe "
        "limit.",
        "alert_para": "Fine-particle levels in Grevenburg hit triple the safe limit, and the city declared a smog "
        "alert on Thursday.",
        "alert_third": "Grevenburg declared a smog alert on Thursday after fine-particle levels reached a third of the "
        "safe limit.",
        "cars": "Cars with odd-numbered plates are banned from the city centre on odd dates until the alert ends.",
        "cars_para": "Until the alert is over, cars whose number plates end in an odd digit may not enter the city "
        "centre on odd-numbered days.",
        "cars_even": "Cars with even-numbered plates are banned from the city centre on odd dates until the alert "
        "ends.",
        "cars_week": "Cars with odd-numbered plates are banned from the city centre on odd dates for a week.",
        "transit": "Public transport is free for the duration of the alert.",
        "transit_edit": "Public transport is free of charge for the duration of the alert.",
        "transit_half": "Public transport is half price for the duration of the alert.",
        "cause": "Environmental scientists at the city's university blame wood-burning stoves for most of the "
        "pollution.",
        "cause_para": "Most of the pollution comes from wood-burning stoves, according to environmental scientists at "
        "the city's university.",
        "cause_traffic": "Environmental scientists at the city's university blame traffic for most of the pollution.",
        "cause_some": "Environmental scientists at the city's university blame wood-burning stoves for some of the "
        "pollution.",
        "deaths": "The city's health board estimates that air pollution causes about 300 early deaths a year.",
        "deaths_linked": "The city's health board estimates that air pollution is linked to about 300 early deaths a "
        "year.",
    },
    "thornwick-bin-collections": {
        "bins": "Thornwick council will collect general rubbish every three weeks instead of every two from October.",
        "bins_para": "From October, general waste in Thornwick will be picked up once every three weeks rather than "
        "fortnightly.",
        "bins_four": "Thornwick council will collect general rubbish every four weeks instead of every two from "
        "October.",
        "bins_vote": "Thornwick councillors will vote next month on collecting general rubbish every three weeks "
        "instead of every two from October.",
        "food": "Food waste will still be collected every week.",
        "food_para": "Weekly collections of food waste will continue.",
        "food_no_longer": "Food waste will no longer be collected every week.",
        "save": "The council says the new timetable will save £1.4 million a year.",
        "save_fact": "The new timetable will save £1.4 million a year.",
        "save_cost": "The council says the new timetable will cost £1.4 million a year.",
        "trial": "In a trial covering 8,000 homes, the amount of rubbish thrown away fell by 19 percent.",
        "trial_para": "Households in a trial of 8,000 homes threw away 19% less rubbish.",
        "trial_recycled": "In a trial covering 8,000 homes, the amount of rubbish recycled rose by 19 percent.",
        "bigger": "Households with five or more people can ask for a bigger bin free of charge.",
        "bigger_all": "Households can ask for a bigger bin free of charge.",
        "easby": "Thornwick will take over bin collections from its smaller neighbour, Easby.",
        "easby_swapped": "Easby will take over bin collections from its larger neighbour, Thornwick.",
    },
    "glenrith-phone-mast": {
        "mast": "A 25-metre phone mast built on Cairn Hill has brought mobile signal to the village of Glenrith for "
        "the first time.",
        "mast_para": "For the first time, Glenrith has mobile signal, thanks to a 25-metre mast put up on Cairn Hill.",
        "mast_improved": "A 25-metre phone mast built on Cairn Hill has improved mobile signal in the village of "
        "Glenrith.",
        "mast_planned": "A 25-metre phone mast planned for Cairn Hill would bring mobile signal to the village of "
        "Glenrith for the first time.",
        "cost": "The government's rural coverage scheme paid 90 percent of the mast's £380,000 cost and the operator, "
        "Tellan, the rest.",
        "cost_para": "Of the £380,000 the mast cost, nine-tenths came from the government's rural coverage scheme and "
        "the remainder from the operator, Tellan.",
        "cost_swapped": "Tellan, the operator, paid 90 percent of the mast's £380,000 cost and the government's rural "
        "coverage scheme the rest.",
        "objection": "Residents objected to the mast for two years, saying it would spoil the view.",
        "objection_edit": "Residents objected to the mast for two years, saying that it would spoil the view.",
        "objection_months": "Residents objected to the mast for two months, saying it would spoil the view.",
        "ambulance": "Last year an ambulance was delayed because a caller could not get a signal, the parish council "
        "said.",
        "ambulance_fact": "Last year an ambulance was delayed because a caller could not get a signal.",
        "coverage": "The operator says 97 percent of homes in the valley now have 4G coverage.",
        "coverage_para": "According to the operator, 4G now reaches 97% of the valley's homes.",
        "coverage_5g": "The operator says 97 percent of homes in the valley now have 5G coverage.",
        "coverage_area": "The operator says 97 percent of the valley now has 4G coverage.",
    },
    "lorvania-time-zone": {
        "zone": "Lorvania will permanently move its clocks one hour forward next March, the government announced.",
        "zone_para": "The government has announced that from next March Lorvania's clocks will be set an hour ahead "
        "for good.",
        "zone_back": "Lorvania will permanently move its clocks one hour back next March, the government announced.",
        "zone_fact": "Lorvania will permanently move its clocks one hour forward next March.",
        "twice": "The country will stop changing its clocks twice a year.",
        "twice_para": "The twice-yearly clock change will be scrapped.",
        "twice_once": "The country will change its clocks once a year instead of twice.",
        "survey": "In a public consultation, 84 percent of the 210,000 respondents backed permanent summer time.",
        "survey_para": "Permanent summer time was supported by 84% of the 210,000 people who responded to a public "
        "consultation.",
        "survey_winter": "In a public consultation, 84 percent of the 210,000 respondents backed permanent winter "
        "time.",
        "survey_population": "In a public consultation, 84 percent of the population backed permanent summer time.",
        "farmers": "Farmers' groups opposed the change because it will mean darker winter mornings.",
        "farmers_edit": "Farmers' groups were against the change because it will mean darker winter mornings.",
        "farmers_supported": "Farmers' groups welcomed the change even though it will mean darker winter mornings.",
        "neighbour": "Neighbouring Estavia has not said whether it will follow.",
        "neighbour_will": "Neighbouring Estavia has said it will follow.",
    },
    "mount-salvar-eruption": {
        "erupt": "Mount Salvar erupted on Saturday for the first time in 47 years, sending an ash column eight "
        "kilometres into the sky.",
        "erupt_para": "An ash column rose 8 km into the sky on Saturday as Mount Salvar erupted, its first eruption in "
        "47 years.",
        "erupt_74": "Mount Salvar erupted on Saturday for the first time in 74 years, sending an ash column eight "
        "kilometres into the sky.",
        "evac": "About 3,500 people were evacuated from villages within ten kilometres of the crater.",
        "evac_para": "Villages within a 10 km radius of the crater were cleared, with some 3,500 residents moved out.",
        "evac_advised": "About 3,500 people were advised to leave villages within ten kilometres of the crater.",
        "flights": "The ash cloud forced the cancellation of 140 flights at the regional airport of Pontera.",
        "flights_delayed": "The ash cloud caused 140 flights to be delayed at the regional airport of Pontera.",
        "lava": "Volcanologists say lava is unlikely to reach any of the villages.",
        "lava_para": "Lava probably won't get as far as any of the villages, according to volcanologists.",
        "lava_cannot": "Volcanologists say lava cannot reach any of the villages.",
        "hurt": "No one has been hurt, the civil protection agency said.",
        "hurt_fact": "No one has been hurt.",
        "quakes": "More than 200 small earthquakes were recorded in the week before the eruption.",
        "quakes_after": "More than 200 small earthquakes were recorded in the week after the eruption.",
        "column": "The ash column rose higher than in the volcano's previous eruption.",
        "column_lower": "The ash column did not rise as high as in the volcano's previous eruption.",
    },
    "hallowmere-public-toilets": {
        "close": "Hallowmere council will close 11 of its 15 public toilets next April to save money.",
        "close_para": "To cut costs, 11 of the 15 public toilets run by Hallowmere council are to shut next April.",
        "close_keep": "To save money, Hallowmere council will keep only four of its 15 public toilets open after next "
        "April.",
        "close_all": "Hallowmere council will close all 15 of its public toilets next April to save money.",
        "close_four": "Hallowmere council will close four of its 15 public toilets next April to save money.",
        "scheme": "Cafes and shops that let the public use their toilets will be paid £600 a year each.",
        "scheme_para": "Each cafe or shop that opens its toilets to the public will receive £600 annually.",
        "scheme_month": "Cafes and shops that let the public use their toilets will be paid £600 a month each.",
        "charity": "A bladder and bowel charity said the closures would stop some older people from going out.",
        "charity_fact": "The closures will stop some older people from going out.",
        "charity_most": "A bladder and bowel charity said the closures would stop most older people from going out.",
        "seafront": "The toilets on the seafront will stay open in summer only.",
        "seafront_bus": "The toilets at the bus station will stay open in summer only.",
        "fouling": "Council officers say the closures will probably lead to more fouling in the streets.",
        "fouling_will": "Council officers say the closures will lead to more fouling in the streets.",
    },
    "corbel-street-sinkhole": {
        "hole": "A sinkhole six metres wide and four metres deep opened in Corbel Street early on Monday, swallowing a "
        "parked van.",
        "hole_para": "Early on Monday a parked van was swallowed by a sinkhole, four metres deep and six wide, that "
        "opened in Corbel Street.",
        "hole_swapped": "A sinkhole four metres wide and six metres deep opened in Corbel Street early on Monday, "
        "swallowing a parked van.",
        "pipe": "Engineers from the water company believe a burst water main washed away the soil beneath the road.",
        "pipe_para": "A burst water main is thought by the water company's engineers to have washed away the soil "
        "under the road.",
        "pipe_confirmed": "Engineers from the water company have confirmed that a burst water main washed away the "
        "soil beneath the road.",
        "pipe_sewer": "Engineers from the water company believe a collapsed sewer washed away the soil beneath the "
        "road.",
        "homes": "Residents of 14 homes were moved out overnight as a precaution.",
        "homes_edit": "The residents of 14 homes were moved out overnight as a precaution.",
        "homes_damaged": "Residents of 14 homes were moved out overnight after their houses were damaged.",
        "mines": "The street lies above old chalk mines, the council said, but they are not thought to be the cause.",
        "mines_cause": "The street lies above old chalk mines, which the council said are thought to be the cause.",
        "road": "The road will stay closed for at least six weeks.",
        "road_para": "The road will not reopen for six weeks at the earliest.",
        "road_most": "The road will stay closed for at most six weeks.",
    },
    "penmore-swimming-pool": {
        "shut": "Penmore's only public swimming pool will close at the end of the month because the council can no "
        "longer afford its energy bills.",
        "shut_para": "Unable to pay its energy bills any longer, the council will shut Penmore's only public swimming "
        "pool when the month ends.",
        "shut_one": "One of Penmore's public swimming pools will close at the end of the month because the council can "
        "no longer afford its energy bills.",
        "shut_staff": "Penmore's only public swimming pool will close at the end of the month because the council can "
        "no longer find enough lifeguards.",
        "bills": "The pool's gas bill rose from £80,000 to £310,000 in two years.",
        "bills_para": "In two years, the gas bill for the pool went up from £80,000 to £310,000.",
        "bills_by": "The pool's gas bill rose by £310,000 in two years.",
        "lessons": "About 1,900 schoolchildren take swimming lessons at the pool each year.",
        "lessons_week": "About 1,900 schoolchildren take swimming lessons at the pool each week.",
        "trust": "A community trust has offered to take over the pool and run it with volunteers.",
        "trust_agreed": "The council has agreed to let a community trust take over the pool and run it with "
        "volunteers.",
        "solar": "The council rejected a plan to fit solar panels to the roof, saying it would take 20 years to pay "
        "back.",
        "solar_para": "Saying solar panels on the roof would need 20 years to pay for themselves, the council turned "
        "the plan down.",
        "solar_fact": "Fitting solar panels to the roof would take 20 years to pay back.",
        "visits": "Visits to the pool had risen by a quarter since 2019.",
        "visits_fallen": "Visits to the pool had fallen by a quarter since 2019.",
    },
    "kingsmere-hospital-parking": {
        "free": "Parking at Kingsmere General Hospital will be free for patients and visitors from 1 May, the hospital "
        "trust said.",
        "free_para": "Patients and visitors will no longer pay to park at Kingsmere General Hospital from 1 May, "
        "according to the hospital trust.",
        "free_staff": "Parking at Kingsmere General Hospital will be free for staff from 1 May, the hospital trust "
        "said.",
        "free_fact": "Parking at Kingsmere General Hospital will be free for patients and visitors from 1 May.",
        "free_hour": "The first hour of parking at Kingsmere General Hospital will be free for patients and visitors "
        "from 1 May, the hospital trust said.",
        "income": "Parking charges brought the trust £2.1 million last year.",
        "income_para": "Last year the trust took in £2.1m from parking charges.",
        "income_profit": "Parking charges brought the trust a profit of £2.1 million last year.",
        "spaces": "The hospital has 1,150 parking spaces, 300 fewer than before building work began.",
        "spaces_para": "The hospital has 300 fewer parking spaces than before building work began, leaving it with "
        "1,150.",
        "spaces_more": "The hospital has 1,150 parking spaces, 300 more than before building work began.",
        "campaign": "The change follows a four-year campaign by a patients' group, Fair Park.",
        "campaign_edit": "The change follows a four-year campaign by the patients' group Fair Park.",
        "campaign_month": "The change follows a four-month campaign by a patients' group, Fair Park.",
        "government": "The government will pay the trust to make up for the lost income.",
        "government_asked": "The trust has asked the government to make up for the lost income.",
    },
    "whitlaw-street-renaming": {
        "rename": "Whitlaw city council voted 31 to 12 to rename Colonel Harker Street after the suffragist Ada "
        "Penrose.",
        "rename_para": "By 31 votes to 12, councillors in Whitlaw decided that Colonel Harker Street will be renamed "
        "after suffragist Ada Penrose.",
        "rename_21": "Whitlaw city council voted 31 to 21 to rename Colonel Harker Street after the suffragist Ada "
        "Penrose.",
        "rename_novelist": "Whitlaw city council voted 31 to 12 to rename Colonel Harker Street after the novelist Ada "
        "Penrose.",
        "rename_proposed": "A Whitlaw councillor has proposed renaming Colonel Harker Street after the suffragist Ada "
        "Penrose.",
        "harker": "Colonel Harker led the troops who fired on striking dockworkers in 1889, historians say.",
        "harker_para": "According to historians, the troops who opened fire on striking dockworkers in 1889 were led "
        "by Colonel Harker.",
        "harker_fact": "Colonel Harker led the troops who fired on striking dockworkers in 1889.",
        "harker_refused": "Colonel Harker refused to lead the troops who fired on striking dockworkers in 1889, "
        "historians say.",
        "address": "Residents and businesses on the street will get £100 each to cover the cost of changing their "
        "addresses.",
        "address_edit": "Residents and businesses on the street will receive £100 each to cover the cost of changing "
        "their addresses.",
        "address_businesses": "Businesses on the street will get £100 each to cover the cost of changing their "
        "addresses.",
        "petition": "A petition against the change has 4,200 signatures, more than half of them from people who live "
        "outside the city.",
        "petition_para": "Of the 4,200 people who have signed a petition against the change, more than half live "
        "outside the city.",
        "petition_inside": "A petition against the change has 4,200 signatures, more than half of them from people who "
        "live in the city.",
    },
    "brindle-park-knotweed": {
        "found": "Japanese knotweed has been found in the gardens of 40 homes on the Brindle Park estate, the housing "
        "association said.",
        "found_para": "According to the housing association, Japanese knotweed is growing in the gardens of 40 homes "
        "on the Brindle Park estate.",
        "found_fact": "Japanese knotweed has been found in the gardens of 40 homes on the Brindle Park estate.",
        "found_balsam": "Himalayan balsam has been found in the gardens of 40 homes on the Brindle Park estate, the "
        "housing association said.",
        "found_14": "Japanese knotweed has been found in the gardens of 14 homes on the Brindle Park estate, the "
        "housing association said.",
        "treat": "The housing association will pay for the knotweed to be treated with herbicide over three years.",
        "treat_para": "Herbicide treatment of the knotweed, spread over three years, will be paid for by the housing "
        "association.",
        "treat_dug": "The housing association will pay for the knotweed to be dug out over three years.",
        "sales": "Two families say their house sales fell through because buyers' lenders refused mortgages.",
        "sales_para": "Two families say buyers' lenders refusing mortgages caused their house sales to collapse.",
        "sales_fear": "Two families fear their house sales could fall through because buyers' lenders might refuse "
        "mortgages.",
        "foundations": "Knotweed rarely damages sound foundations, a plant scientist said.",
        "foundations_often": "Knotweed often damages sound foundations, a plant scientist said.",
        "origin": "The plant is thought to have spread from a railway embankment to the estate.",
        "origin_swapped": "The plant is thought to have spread from the estate to a railway embankment.",
        "spread": "The knotweed on the estate has spread further since last year.",
        "spread_shrunk": "The knotweed on the estate has shrunk back since last year.",
    },
    "nether-coombe-village-shop": {
        "bought": "Villagers in Nether Coombe have bought their village shop, which had been due to close in June.",
        "bought_para": "The Nether Coombe village shop, which was set to shut in June, has been bought by the people "
        "who live in the village.",
        "bought_hope": "Villagers in Nether Coombe hope to buy their village shop, which had been due to close in "
        "June.",
        "bought_pub": "Villagers in Nether Coombe have bought their village pub, which had been due to close in June.",
        "shares": "The £190,000 was raised by selling shares to 260 residents.",
        "shares_para": "Two hundred and sixty residents bought shares, raising the £190,000.",
        "shares_620": "The £190,000 was raised by selling shares to 620 residents.",
        "post": "The shop will also house a post office counter, open three mornings a week.",
        "post_edit": "The shop will also contain a post office counter, open three mornings a week.",
        "post_days": "The shop will also house a post office counter, open three days a week.",
        "staff": "Eighteen volunteers will work alongside one paid manager.",
        "staff_para": "A single paid manager will be helped by 18 volunteers.",
        "staff_swapped": "One volunteer will work alongside eighteen paid staff.",
        "owners": "The previous owners, Ray and Joan Pell, said they were retiring after 31 years.",
        "owners_fact": "The previous owners, Ray and Joan Pell, are retiring after 31 years.",
    },
}

STORY_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "quillmoor-allotment-waiting-list": [
        ("paraphrase", "wait", "wait_para"),
        ("paraphrase", "list", "list_para"),
        ("paraphrase", "plots", "plots_para"),
        ("quantifier", "wait", "wait_longest"),
        ("attribution", "wait", "wait_fact"),
        ("direction", "list", "list_shrunk"),
        ("modality", "plots", "plots_considering"),
        ("number", "rent", "rent_april"),
        ("related", "land", "land_leased"),
        ("negation", "hens", "hens_barred"),
    ],
    "dunsford-hailstorm": [
        ("paraphrase", "hail", "hail_para"),
        ("paraphrase", "glass", "glass_para"),
        ("paraphrase", "claims", "claims_para"),
        ("entity", "hail", "hail_tennis"),
        ("number", "hail_para", "hail_400"),
        ("quantifier", "glass", "glass_all"),
        ("modality", "claims", "claims_paid"),
        ("entity", "warning", "warning_orange"),
        ("roles", "warning", "warning_hail"),
        ("attribution", "hurt", "hurt_fact"),
        ("direction", "premiums", "premiums_fall"),
    ],
    "pelwick-bay-jellyfish": [
        ("paraphrase", "closed", "closed_para"),
        ("paraphrase", "stung", "stung_para"),
        ("paraphrase", "warm", "warm_para"),
        ("light_edit", "rinse", "rinse_edit"),
        ("entity", "closed", "closed_lion"),
        ("attribution", "stung", "stung_fact"),
        ("number", "stung", "stung_16"),
        ("hedge", "warm", "warm_caused"),
        ("negation", "rinse", "rinse_swapped"),
        ("modality", "reopen", "reopen_done"),
    ],
    "holmbury-barn-bats": [
        ("paraphrase", "halt", "halt_para"),
        ("paraphrase", "count", "count_para"),
        ("paraphrase", "licence", "licence_para"),
        ("light_edit", "fine", "fine_edit"),
        ("entity", "halt", "halt_longeared"),
        ("negation", "halt", "halt_resumed"),
        ("number", "count", "count_48"),
        ("related", "licence", "licence_refused"),
        ("quantifier", "fine", "fine_roost"),
        ("attribution", "house", "house_fact"),
        ("entity", "house", "house_council"),
        ("hedge", "largest", "largest_is"),
    ],
    "tessbury-regatta": [
        ("paraphrase", "won", "won_para"),
        ("paraphrase", "streak", "streak_para"),
        ("paraphrase", "record", "record_para"),
        ("roles", "won", "won_swapped"),
        ("entity", "won", "won_fours"),
        ("number", "won", "won_quarter"),
        ("time_span", "streak", "streak_ever"),
        ("entity", "record", "record_final"),
        ("related", "capsized", "capsized_hospital"),
        ("hedge", "sponsor", "sponsor_will"),
        ("negation", "wind", "wind_off"),
    ],
    "national-spelling-bee-final": [
        ("paraphrase", "win", "win_para"),
        ("paraphrase", "youngest", "youngest_para"),
        ("paraphrase", "runner", "runner_para"),
        ("light_edit", "prize", "prize_edit"),
        ("number", "win", "win_ninth"),
        ("quantifier", "youngest", "youngest_one"),
        ("related", "youngest", "youngest_girl"),
        ("entity", "prize", "prize_cash"),
        ("attribution", "runner", "runner_fact"),
        ("modality", "watches", "watches_banned"),
    ],
    "brevia-banknote-misprint": [
        ("paraphrase", "recall", "recall_para"),
        ("paraphrase", "valid", "valid_para"),
        ("paraphrase", "printer", "printer_para"),
        ("number", "recall", "recall_12m"),
        ("negation", "valid", "valid_not"),
        ("attribution", "valid", "valid_fact"),
        ("entity", "printer", "printer_bank"),
        ("quantifier", "collectors", "collectors_least"),
        ("time_span", "corrected", "corrected_weeks"),
        ("roles", "spotted", "spotted_swapped"),
    ],
    "ferncastle-school-phone-ban": [
        ("paraphrase", "ban", "ban_para"),
        ("paraphrase", "trial", "trial_para"),
        ("paraphrase", "parents", "parents_para"),
        ("light_edit", "pouch", "pouch_edit"),
        ("entity", "ban", "ban_primary"),
        ("quantifier", "ban", "ban_four"),
        ("modality", "ban", "ban_encouraged"),
        ("direction", "trial", "trial_rose"),
        ("attribution", "trial", "trial_fact"),
        ("entity", "parents", "parents_pupils"),
        ("quantifier", "pouch", "pouch_each"),
    ],
    "gorsebrook-pothole-compensation": [
        ("paraphrase", "claims", "claims_para"),
        ("paraphrase", "rejected", "rejected_para"),
        ("paraphrase", "repair", "repair_para"),
        ("number", "claims", "claims_142"),
        ("negation", "rejected", "rejected_accepted"),
        ("direction", "repair", "repair_down"),
        ("time_span", "backlog", "backlog_year"),
        ("attribution", "backlog", "backlog_fact"),
        ("modality", "machine", "machine_bought"),
        ("roles", "roads", "roads_swapped"),
    ],
    "aldmouth-pigeon-feeding": [
        ("paraphrase", "ban", "ban_para"),
        ("paraphrase", "count", "count_para"),
        ("paraphrase", "hawk", "hawk_para"),
        ("light_edit", "disease", "disease_edit"),
        ("entity", "ban", "ban_gulls"),
        ("number", "ban", "ban_july"),
        ("quantifier", "ban", "ban_fixed"),
        ("direction", "count", "count_half"),
        ("time_span", "hawk", "hawk_daily"),
        ("hedge", "disease", "disease_caused"),
        ("modality", "protest", "protest_filed"),
    ],
    "kelda-strait-swim": [
        ("paraphrase", "swim", "swim_para"),
        ("paraphrase", "wetsuit", "wetsuit_para"),
        ("paraphrase", "previous", "previous_para"),
        ("light_edit", "fed", "fed_edit"),
        ("related", "swim", "swim_woman"),
        ("number", "swim", "swim_time"),
        ("negation", "wetsuit", "wetsuit_allowed"),
        ("number", "previous", "previous_65"),
        ("attribution", "charity", "charity_fact"),
        ("time_span", "again", "again_winter"),
    ],
    "dravia-organ-donation-opt-out": [
        ("paraphrase", "law", "law_para"),
        ("paraphrase", "votes", "votes_para"),
        ("paraphrase", "family", "family_para"),
        ("paraphrase", "start", "start_para"),
        ("modality", "law", "law_debating"),
        ("negation", "law", "law_opt_in"),
        ("number", "votes", "votes_78"),
        ("time_span", "die", "die_month"),
        ("attribution", "die", "die_fact"),
        ("hedge", "effect", "effect_show"),
        ("roles", "bill", "bill_swapped"),
    ],
    "grevenburg-smog-alert": [
        ("paraphrase", "alert", "alert_para"),
        ("paraphrase", "cars", "cars_para"),
        ("paraphrase", "cause", "cause_para"),
        ("light_edit", "transit", "transit_edit"),
        ("direction", "alert", "alert_third"),
        ("entity", "cars", "cars_even"),
        ("time_span", "cars", "cars_week"),
        ("number", "transit", "transit_half"),
        ("entity", "cause", "cause_traffic"),
        ("quantifier", "cause", "cause_some"),
        ("hedge", "deaths", "deaths_linked"),
    ],
    "thornwick-bin-collections": [
        ("paraphrase", "bins", "bins_para"),
        ("paraphrase", "food", "food_para"),
        ("paraphrase", "trial", "trial_para"),
        ("number", "bins", "bins_four"),
        ("modality", "bins", "bins_vote"),
        ("negation", "food", "food_no_longer"),
        ("attribution", "save", "save_fact"),
        ("direction", "save", "save_cost"),
        ("related", "trial", "trial_recycled"),
        ("quantifier", "bigger", "bigger_all"),
        ("roles", "easby", "easby_swapped"),
    ],
    "glenrith-phone-mast": [
        ("paraphrase", "mast", "mast_para"),
        ("paraphrase", "cost", "cost_para"),
        ("paraphrase", "coverage", "coverage_para"),
        ("light_edit", "objection", "objection_edit"),
        ("related", "mast", "mast_improved"),
        ("modality", "mast", "mast_planned"),
        ("roles", "cost", "cost_swapped"),
        ("time_span", "objection", "objection_months"),
        ("attribution", "ambulance", "ambulance_fact"),
        ("entity", "coverage", "coverage_5g"),
        ("quantifier", "coverage", "coverage_area"),
    ],
    "lorvania-time-zone": [
        ("paraphrase", "zone", "zone_para"),
        ("paraphrase", "twice", "twice_para"),
        ("paraphrase", "survey", "survey_para"),
        ("light_edit", "farmers", "farmers_edit"),
        ("direction", "zone", "zone_back"),
        ("attribution", "zone", "zone_fact"),
        ("number", "twice", "twice_once"),
        ("entity", "survey", "survey_winter"),
        ("quantifier", "survey", "survey_population"),
        ("negation", "farmers", "farmers_supported"),
        ("negation", "neighbour", "neighbour_will"),
    ],
    "mount-salvar-eruption": [
        ("paraphrase", "erupt", "erupt_para"),
        ("paraphrase", "evac", "evac_para"),
        ("paraphrase", "lava", "lava_para"),
        ("number", "erupt", "erupt_74"),
        ("modality", "evac", "evac_advised"),
        ("related", "flights", "flights_delayed"),
        ("hedge", "lava", "lava_cannot"),
        ("attribution", "hurt", "hurt_fact"),
        ("direction", "quakes", "quakes_after"),
        ("direction", "column", "column_lower"),
    ],
    "hallowmere-public-toilets": [
        ("paraphrase", "close", "close_para"),
        ("paraphrase", "close", "close_keep"),
        ("paraphrase", "scheme", "scheme_para"),
        ("quantifier", "close", "close_all"),
        ("number", "close", "close_four"),
        ("time_span", "scheme", "scheme_month"),
        ("attribution", "charity", "charity_fact"),
        ("quantifier", "charity", "charity_most"),
        ("entity", "seafront", "seafront_bus"),
        ("hedge", "fouling", "fouling_will"),
    ],
    "corbel-street-sinkhole": [
        ("paraphrase", "hole", "hole_para"),
        ("paraphrase", "pipe", "pipe_para"),
        ("paraphrase", "road", "road_para"),
        ("light_edit", "homes", "homes_edit"),
        ("number", "hole", "hole_swapped"),
        ("hedge", "pipe", "pipe_confirmed"),
        ("entity", "pipe", "pipe_sewer"),
        ("related", "homes", "homes_damaged"),
        ("negation", "mines", "mines_cause"),
        ("quantifier", "road", "road_most"),
    ],
    "penmore-swimming-pool": [
        ("paraphrase", "shut", "shut_para"),
        ("paraphrase", "bills", "bills_para"),
        ("paraphrase", "solar", "solar_para"),
        ("quantifier", "shut", "shut_one"),
        ("entity", "shut", "shut_staff"),
        ("number", "bills", "bills_by"),
        ("time_span", "lessons", "lessons_week"),
        ("modality", "trust", "trust_agreed"),
        ("attribution", "solar", "solar_fact"),
        ("direction", "visits", "visits_fallen"),
    ],
    "kingsmere-hospital-parking": [
        ("paraphrase", "free", "free_para"),
        ("paraphrase", "income", "income_para"),
        ("paraphrase", "spaces", "spaces_para"),
        ("light_edit", "campaign", "campaign_edit"),
        ("entity", "free", "free_staff"),
        ("attribution", "free", "free_fact"),
        ("quantifier", "free", "free_hour"),
        ("related", "income", "income_profit"),
        ("direction", "spaces", "spaces_more"),
        ("time_span", "campaign", "campaign_month"),
        ("modality", "government", "government_asked"),
    ],
    "whitlaw-street-renaming": [
        ("paraphrase", "rename", "rename_para"),
        ("paraphrase", "harker", "harker_para"),
        ("paraphrase", "petition", "petition_para"),
        ("light_edit", "address", "address_edit"),
        ("number", "rename", "rename_21"),
        ("entity", "rename", "rename_novelist"),
        ("modality", "rename", "rename_proposed"),
        ("attribution", "harker", "harker_fact"),
        ("negation", "harker", "harker_refused"),
        ("quantifier", "address", "address_businesses"),
        ("entity", "petition", "petition_inside"),
    ],
    "brindle-park-knotweed": [
        ("paraphrase", "found", "found_para"),
        ("paraphrase", "treat", "treat_para"),
        ("paraphrase", "sales", "sales_para"),
        ("attribution", "found", "found_fact"),
        ("entity", "found", "found_balsam"),
        ("number", "found", "found_14"),
        ("entity", "treat", "treat_dug"),
        ("hedge", "sales", "sales_fear"),
        ("quantifier", "foundations", "foundations_often"),
        ("roles", "origin", "origin_swapped"),
        ("direction", "spread", "spread_shrunk"),
    ],
    "nether-coombe-village-shop": [
        ("paraphrase", "bought", "bought_para"),
        ("paraphrase", "shares", "shares_para"),
        ("paraphrase", "staff", "staff_para"),
        ("light_edit", "post", "post_edit"),
        ("modality", "bought", "bought_hope"),
        ("entity", "bought", "bought_pub"),
        ("number", "shares", "shares_620"),
        ("time_span", "post", "post_days"),
        ("roles", "staff", "staff_swapped"),
        ("attribution", "owners", "owners_fact"),
    ],
}

# SciFact training claims (no earlier split used them or an abstract they cite), quoted under the key ORIGINAL; the
# texts written by hand from each, and the pairs.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    93: {
        "para": "Activation of the NLRP3 inflammasome is needed for inflammation to become aggravated.",
        "nlrc4": "Aggravated inflammation is dependent on NLRC4 inflammasome activation.",
        "independent": "Inflammation is aggravated independently of NLRP3 inflammasome activation.",
    },
    111: {
        "para": "In vitro, haploid embryonic stem cells of androgenetic origin can be derived from mice and "
        "genetically modified.",
        "parthenogenetic": "Parthenogenetic haploid mouse embryonic stem cells (ESCs) can be derived and genetically "
        "manipulated in vitro.",
        "unmodifiable": "Androgenetic haploid mouse embryonic stem cells can be derived in vitro but cannot be "
        "genetically manipulated.",
    },
    157: {
        "para": "A DNA helicase of the RecQ class is encoded by the BLM gene.",
        "edit": "The BLM gene encodes a RecQ-class DNA helicase.",
        "wrn": "WRN gene encodes RecQ-class DNA helicase.",
        "rna": "The BLM gene encodes a RecQ-class RNA helicase.",
    },
    182: {
        "para": "Transplants of bone marrow are used in the treatment of acute myeloid leukaemia (AML).",
        "cml": "Bone marrow transplantation is used to treat chronic myeloid leukemia (CML).",
        "causes": "Bone marrow transplantation can cause acute myeloid leukemia (AML).",
    },
    259: {
        "para": "B cells that are chronically stimulated by HIV become exhausted prematurely.",
        "t_cells": "Chronic HIV stimulation of T cells leads to the premature exhaustion of T cells.",
        "acute": "Acute HIV stimulation of B cells leads to the premature exhaustion of B cells.",
        "protects": "Chronic HIV stimulation of B cells protects them against premature exhaustion.",
    },
    376: {
        "para": "Getting rid of the final sporadic malaria cases takes a lot of money.",
        "little": "Eliminating the last sporadic cases of malaria requires little funding.",
        "dengue": "Eliminating the last sporadic cases of dengue requires considerable funding.",
    },
    418: {
        "para": "FGF acts as a ligand that signals via receptor tyrosine kinases.",
        "gpcr": "Fibroblast Growth Factor is a ligand which signals through G protein-coupled receptors.",
        "swapped": "Fibroblast Growth Factor is a receptor tyrosine kinase which signals through ligands.",
    },
    423: {
        "para": "The link between homocysteine and preeclampsia is modified by levels of folate and vitamin B12.",
        "vitamin_d": "Vitamin D levels influence the association between homocysteine and preeclampsia.",
        "no_effect": "The association between homocysteine and preeclampsia is not affected by folate and vitamin B12 "
        "levels.",
        "causes": "Folate and vitamin B12 levels influence whether homocysteine causes preeclampsia.",
    },
    653: {
        "para": "IL-18 is important in how atherosclerosis develops.",
        "edit": "Interleukin 18 plays an important role in the pathogenesis of atherosclerosis.",
        "il10": "Interleukin-10 plays an important role in the pathogenesis of atherosclerosis.",
        "minor": "Interleukin-18 plays only a minor role in the pathogenesis of atherosclerosis.",
    },
    736: {
        "para": "By binding αvβ3 and αvβ5 integrins, MFGE8 controls how fat is absorbed.",
        "only_b5": "MFGE8 regulates fat absorption by binding to av-Beta5 integrins but not to av-Beta3 integrins.",
        "glucose": "MFGE8 regulates glucose absorption by binding to av-Beta3 and av-Beta5 integrins.",
    },
    838: {
        "para": "In humans, NR5A2 has an important role in reverse cholesterol transport.",
        "mice": "NR5A2 is important in reverse cholesterol transport in mice.",
        "no_part": "NR5A2 plays no important part in reverse cholesterol transport in humans.",
    },
    866: {
        "para": "Blastocysts with expandable pluripotent cells can be produced by transferring nuclei from adult human "
        "fibroblasts into human oocytes.",
        "fetal": "Nuclear transfer from fetal human fibroblasts to human oocytes can give rise to blastocysts "
        "containing expandable pluripotent cells.",
        "swapped": "Nuclear transfer from human oocytes to adult human fibroblasts can give rise to blastocysts "
        "containing expandable pluripotent cells.",
        "always": "Nuclear transfer from adult human fibroblasts to human oocytes always gives rise to blastocysts "
        "containing expandable pluripotent cells.",
    },
    935: {
        "para": "T cell tolerance cannot be induced without peroxynitrite.",
        "edit": "Peroxynitrite is needed for induction of T cell tolerance.",
        "breaking": "Peroxynitrite is required for breaking T cell tolerance.",
        "b_cell": "Peroxynitrite is required for induction of B cell tolerance.",
    },
    976: {
        "para": "Secondary pro- and anti-inflammatory mediators are suppressed by primary pro-inflammatory cytokines.",
        "induce": "Primary pro-inflammatory cytokines induce secondary pro- and anti-inflammatory mediators.",
        "swapped": "Secondary pro- and anti-inflammatory mediators suppress primary pro-inflammatory cytokines.",
        "only_anti": "Primary pro-inflammatory cytokines suppress only secondary anti-inflammatory mediators.",
    },
    1006: {
        "para": "A C4C4 motif mediates the interaction between RTEL1 and TRF2.",
        "trf1": "RTEL1 interacts with TRF1 through a C4C4 motif.",
        "independent": "RTEL1 interacts with TRF2 independently of its C4C4 motif.",
    },
    1018: {
        "para": "There is a correlation between rapid rates of phosphotransfer and histidine kinase regulator "
        "specificity.",
        "determine": "Rapid phosphotransfer rates determine histidine kinase regulator specificity.",
        "slow": "Slow phosphotransfer rates are correlated with histidine kinase regulator specificity.",
    },
    1028: {
        "para": "Autoimmune diseases like type 1 diabetes are associated with regulatory T cells responding less to "
        "interleukin-2.",
        "causes": "Reduced responsiveness to interleukin-2 in regulatory T cells causes autoimmune diseases such as "
        "Type 1 Diabetes.",
        "increased": "Increased responsiveness to interleukin-2 in regulatory T cells is associated with autoimmune "
        "diseases such as Type 1 Diabetes.",
        "effector": "Reduced responsiveness to interleukin-2 in effector T cells is associated with autoimmune "
        "diseases such as Type 1 Diabetes.",
    },
    1168: {
        "para": "Infection with HSV-2 usually causes no symptoms.",
        "edit": "HSV-2 infection is typically asymptomatic.",
        "rarely": "The HSV-2 infection is rarely asymptomatic.",
        "hsv1": "The HSV-1 infection is typically asymptomatic.",
    },
    1209: {
        "para": "Converting cytidine to uridine by deamination on the minus strand of viral DNA can knock out the "
        "viral genome through G-to-A mutations.",
        "plus": "The deamination of cytidine to uridine on the plus strand of viral DNA can inactivate the viral "
        "genome by inducing G-to-A mutations.",
        "a_to_g": "The deamination of cytidine to uridine on the minus strand of viral DNA can inactivate the viral "
        "genome by inducing A-to-G mutations.",
    },
    1300: {
        "para": "Dephosphorylating thioguanine nucleotides is one route by which active thiopurine metabolites can be "
        "broken down.",
        "phosphorylation": "Thiopurine active metabolites can be catabolized through phosphorylation of thioguanine "
        "nucleotides.",
        "thioinosine": "Thiopurine active metabolites can be catabolized through dephosphorylation of thioinosine "
        "nucleotides.",
    },
    1345: {
        "para": "Cancer progresses faster when the p53 pathway and related molecular events are up-regulated.",
        "slows": "Up-regulation of the p53 pathway and related molecular events slows cancer progression.",
        "rb": "Up-regulation of the Rb pathway and related molecular events speeds cancer progression.",
    },
    1386: {
        "para": "Signalling by weak ligands is repressed when the cSMAC forms.",
        "enhances": "cSMAC formation enhances weak ligand signalling.",
        "strong": "cSMAC formation represses strong ligand signalling.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    93: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "nlrc4"),
        ("negation", "para", "independent"),
    ],
    111: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "parthenogenetic"),
        ("negation", "para", "unmodifiable"),
    ],
    157: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "wrn"),
        ("entity", "para", "rna"),
    ],
    182: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "cml"),
        ("related", ORIGINAL, "causes"),
    ],
    259: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "t_cells"),
        ("time_span", ORIGINAL, "acute"),
        ("direction", "para", "protects"),
    ],
    376: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "little"),
        ("entity", ORIGINAL, "dengue"),
    ],
    418: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "gpcr"),
        ("roles", ORIGINAL, "swapped"),
    ],
    423: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "vitamin_d"),
        ("negation", "para", "no_effect"),
        ("hedge", ORIGINAL, "causes"),
    ],
    653: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "il10"),
        ("quantifier", ORIGINAL, "minor"),
    ],
    736: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "only_b5"),
        ("entity", ORIGINAL, "glucose"),
    ],
    838: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "mice"),
        ("negation", "para", "no_part"),
    ],
    866: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "fetal"),
        ("roles", ORIGINAL, "swapped"),
        ("hedge", ORIGINAL, "always"),
    ],
    935: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "breaking"),
        ("entity", ORIGINAL, "b_cell"),
    ],
    976: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "induce"),
        ("roles", ORIGINAL, "swapped"),
        ("quantifier", ORIGINAL, "only_anti"),
    ],
    1006: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "trf1"),
        ("negation", ORIGINAL, "independent"),
    ],
    1018: [
        ("paraphrase", ORIGINAL, "para"),
        ("hedge", ORIGINAL, "determine"),
        ("direction", ORIGINAL, "slow"),
    ],
    1028: [
        ("paraphrase", ORIGINAL, "para"),
        ("hedge", ORIGINAL, "causes"),
        ("direction", ORIGINAL, "increased"),
        ("entity", ORIGINAL, "effector"),
    ],
    1168: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("quantifier", ORIGINAL, "rarely"),
        ("entity", ORIGINAL, "hsv1"),
    ],
    1209: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "plus"),
        ("direction", ORIGINAL, "a_to_g"),
    ],
    1300: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "phosphorylation"),
        ("entity", ORIGINAL, "thioinosine"),
    ],
    1345: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "slows"),
        ("entity", ORIGINAL, "rb"),
    ],
    1386: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "enhances"),
        ("entity", ORIGINAL, "strong"),
    ],
}


SPLIT = HandSplit(10, ID_PREFIX, STORY_HAND, STORY_PAIRS, SCIFACT_HAND, SCIFACT_PAIRS, ORIGINAL)


if __name__ == "__main__":
    SPLIT.main(__doc__)
