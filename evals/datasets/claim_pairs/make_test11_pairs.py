"""Build pairs_test11.jsonl: an eleventh fresh test split of claim pairs, "the same claim" (1) or "a different one" (0).

Reads the SciFact training claims (``../shared/datasets/scifact/claims_train.jsonl``, or --scifact; and BEIR's
``qrels/test.tsv`` beside it, for the abstracts the dev claims cite); every other text is written by hand below, as
stories in domains no earlier split used (toad tunnels, ice cream van chimes, a food bank, a darts final, New Year
fireworks, wild boar, seal pups, a record-long scarf, rats, radon, a fairground ride accident, safe standing at a
football ground, glass eel smuggling, beach huts, a four-day school week, a puppy farm, taxi fares, Lyme disease, oak
processionary moths, graffiti, a jet-ski ban, a deer cull, Christmas lights and wild camping). The verifier's news and
WiCE files (``workbench/verifier/data``, or --news, --news-val and --wice) are read only to check that no hand text is
one of their claims and no story has one of their topics. No text of it is in pairs.jsonl or pairs_test.jsonl ...
pairs_test10.jsonl, no story of it is a group there, has the topic of a story there or is worded like one of their
texts, and no SciFact claim of it (nor an abstract such a claim cites) is used by any of them: the script checks, and
stops if one is. README.md beside this file describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test11_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

from pairs_common import HandSplit

# The splits already looked at (pairs_common.earlier_splits): no text of this file may appear in them, and no story
# or claim of it may be used there; HandSplit below checks.
# In SCIFACT_PAIRS this key stands for the claim quoted from the SciFact file.
ORIGINAL = "claim"
# The rows are numbered ec0001, ec0002, ...: a prefix no earlier split's ids start with (the script checks).
ID_PREFIX = "ec"

# Stories written by hand for this split (invented places, people and companies). STORY_HAND holds each story's texts
# under short keys; STORY_PAIRS pairs them, with the kind of the pair. Each story is the group 'story11-<topic>'.

STORY_HAND: dict[str, dict[str, str]] = {
    "larchford-toad-tunnels": {
        "tunnels": "Two tunnels have been built under Cressy Lane in Larchford so that toads can reach their breeding "
        "pond without crossing the road.",
        "tunnels_para": "So that toads no longer have to cross Cressy Lane in Larchford to get to their breeding pond, "
        "two tunnels have been put in beneath the road.",
        "tunnels_newts": "Two tunnels have been built under Cressy Lane in Larchford so that newts can reach their "
        "breeding pond without crossing the road.",
        "killed": "Volunteers counted 1,100 toads killed on the lane last spring, the wildlife trust said.",
        "killed_para": "According to the wildlife trust, last spring volunteers counted 1,100 toads that had been "
        "killed on the lane.",
        "killed_fact": "Volunteers counted 1,100 toads killed on the lane last spring.",
        "killed_110": "Volunteers counted 110 toads killed on the lane last spring, the wildlife trust said.",
        "cost": "The tunnels cost £46,000, paid for by the county council and a water company.",
        "cost_edit": "The tunnels cost £46,000, which was paid for by the county council and a water company.",
        "cost_each": "Each tunnel cost £46,000, paid for by the county council and a water company.",
        "closed": "The lane will still be closed to traffic for three weeks each March while the toads migrate.",
        "closed_no_longer": "The lane will no longer be closed to traffic for three weeks each March while the toads "
        "migrate.",
        "closed_days": "The lane will still be closed to traffic for three days each March while the toads migrate.",
        "decline": "Toad numbers in the county have fallen by two thirds since 1990, ecologists say.",
        "decline_para": "According to ecologists, the county's toad population has dropped by two-thirds since 1990.",
        "decline_risen": "Toad numbers in the county have risen by two thirds since 1990, ecologists say.",
        "hope": "The trust hopes the tunnels will cut deaths on the lane by at least half.",
        "hope_done": "The trust says the tunnels have cut deaths on the lane by at least half.",
    },
    "penhallow-ice-cream-vans": {
        "chimes": "Ice cream vans in Penhallow may play their chimes for no more than 12 seconds at a time under new "
        "council rules.",
        "chimes_para": "Under new council rules, ice cream vans in Penhallow can sound their chimes for at most 12 "
        "seconds at a time.",
        "chimes_20": "Ice cream vans in Penhallow may play their chimes for no more than 20 seconds at a time under "
        "new council rules.",
        "hours": "Chimes will be banned before noon and after 7 p.m.",
        "hours_para": "Vans will only be allowed to play chimes between noon and 7 p.m.",
        "hours_weekdays": "Chimes will be banned before noon and after 7 p.m. on weekdays.",
        "complaints": "The council received 230 complaints about chimes last summer, most of them from the Harbour "
        "Road area.",
        "complaints_para": "Last summer 230 complaints about chimes reached the council, the majority from around "
        "Harbour Road.",
        "complaints_all": "The council received 230 complaints about chimes last summer, all of them from the Harbour "
        "Road area.",
        "trade": "Van owners say the rules could cost them a third of their trade.",
        "trade_fact": "The rules could cost van owners a third of their trade.",
        "trade_will": "Van owners say the rules will cost them a third of their trade.",
        "schools": "Vans will be barred from parking within 100 metres of a school.",
        "schools_edit": "Vans will be banned from parking within 100 metres of a school.",
        "schools_playground": "Vans will be barred from parking within 100 metres of a playground.",
        "licence": "Traders who break the rules could lose their street trading licence.",
        "licence_lost": "Two traders have lost their street trading licence for breaking the rules.",
    },
    "kelbridge-food-bank": {
        "parcels": "The Kelbridge food bank handed out 14,600 emergency food parcels last year, a 40 percent rise on "
        "the year before.",
        "parcels_para": "Emergency food parcels given out by the Kelbridge food bank rose by 40% last year, to 14,600.",
        "parcels_fall": "The Kelbridge food bank handed out 14,600 emergency food parcels last year, a 40 percent fall "
        "on the year before.",
        "children": "More than a third of the parcels went to families with children, the charity said.",
        "children_para": "According to the charity, families with children received over a third of the parcels.",
        "children_fact": "More than a third of the parcels went to families with children.",
        "children_most": "Most of the parcels went to families with children, the charity said.",
        "work": "One in five people referred to the food bank was in work.",
        "work_para": "Twenty percent of the people referred to the food bank had a job.",
        "work_out": "One in five people referred to the food bank was out of work.",
        "donations": "Donations from supermarket collection points fell by a quarter.",
        "donations_edit": "Donations from supermarket collection points dropped by a quarter.",
        "donations_churches": "Donations from churches fell by a quarter.",
        "warehouse": "The food bank will move to a larger warehouse on Tanner Street in the spring.",
        "warehouse_hopes": "The food bank hopes to move to a larger warehouse on Tanner Street in the spring.",
        "staff": "The food bank is run by 90 volunteers and two paid staff.",
        "staff_swapped": "The food bank is run by two volunteers and 90 paid staff.",
    },
    "harlan-darts-masters": {
        "final": "Kieran Vasse won the Harlan Darts Masters, beating the defending champion Otto Brael 7 sets to 4 in "
        "the final.",
        "final_para": "The defending champion, Otto Brael, lost the final of the Harlan Darts Masters 7 sets to 4 to "
        "Kieran Vasse, who took the title.",
        "final_swapped": "Otto Brael won the Harlan Darts Masters, beating the defending champion Kieran Vasse 7 sets "
        "to 4 in the final.",
        "final_5": "Kieran Vasse won the Harlan Darts Masters, beating the defending champion Otto Brael 7 sets to 5 "
        "in the final.",
        "nine": "Vasse threw a nine-dart finish in the semi-final, the first in the tournament's history.",
        "nine_para": "Nobody had thrown a nine-dart finish in the tournament's history until Vasse did so in the "
        "semi-final.",
        "nine_final": "Vasse threw a nine-dart finish in the final, the first in the tournament's history.",
        "prize": "The winner takes home £250,000, twice as much as last year.",
        "prize_para": "The winner's prize of £250,000 is double last year's.",
        "prize_half": "The winner takes home £250,000, half as much as last year.",
        "age": "At 19, Vasse is the youngest winner of the event.",
        "age_believed": "At 19, Vasse is believed to be the youngest winner of the event.",
        "crowd": "Organisers said 3,000 fans watched the final at the Meldrum Hall.",
        "crowd_fact": "3,000 fans watched the final at the Meldrum Hall.",
        "retire": "Brael said he would retire at the end of the season.",
        "retire_edit": "Brael said that he would retire at the end of the season.",
        "retire_denied": "Brael denied that he would retire at the end of the season.",
    },
    "strandholm-new-year-fireworks": {
        "cancelled": "Strandholm's New Year fireworks display has been cancelled for the first time in 25 years "
        "because of the cost of security.",
        "cancelled_para": "For the first time in 25 years, Strandholm will have no New Year fireworks display, because "
        "security has become too expensive.",
        "cancelled_wind": "Strandholm's New Year fireworks display has been cancelled for the first time in 25 years "
        "because of the risk of high winds.",
        "cancelled_15": "Strandholm's New Year fireworks display has been cancelled for the first time in 15 years "
        "because of the cost of security.",
        "crowd": "Last year's display drew about 60,000 people to the harbour.",
        "crowd_para": "Some 60,000 people came to the harbour for the display last year.",
        "security": "Security costs rose from £90,000 to £240,000 after new safety rules for large events.",
        "security_para": "After new safety rules for large events, the cost of security went up from £90,000 to "
        "£240,000.",
        "security_fell": "Security costs fell from £240,000 to £90,000 after new safety rules for large events.",
        "drones": "The city will hold a drone light show instead, the mayor announced.",
        "drones_fact": "The city will hold a drone light show instead.",
        "drones_could": "The city could hold a drone light show instead, the mayor said.",
        "sales": "Shops will be allowed to sell fireworks only in the five days before New Year's Eve.",
        "sales_edit": "Shops will be permitted to sell fireworks only in the five days before New Year's Eve.",
        "sales_banned": "Shops will be banned from selling fireworks in the five days before New Year's Eve.",
        "pets": "An animal charity welcomed the cancellation, saying fireworks frighten many pets.",
        "pets_most": "An animal charity welcomed the cancellation, saying fireworks frighten most pets.",
    },
    "vornholt-wild-boar": {
        "seen": "Wild boar have been seen in the Vornholt forest for the first time in more than 300 years, the "
        "forestry agency confirmed.",
        "seen_para": "The forestry agency has confirmed sightings of wild boar in the Vornholt forest, the first for "
        "more than 300 years.",
        "seen_fact": "Wild boar have been seen in the Vornholt forest for the first time in more than 300 years.",
        "seen_30": "Wild boar have been seen in the Vornholt forest for the first time in more than 30 years, the "
        "forestry agency confirmed.",
        "origin": "The animals are thought to have escaped from a farm that bred them for meat.",
        "origin_released": "The animals are thought to have been released on purpose by hunters.",
        "damage": "Farmers say boar have dug up about 40 hectares of maize and potatoes this summer.",
        "damage_para": "About 40 hectares of maize and potato fields have been rooted up by boar this summer, farmers "
        "say.",
        "damage_acres": "Farmers say boar have dug up about 40 acres of maize and potatoes this summer.",
        "count": "The agency estimates that between 50 and 70 boar now live in the forest.",
        "count_para": "According to the agency's estimates, the forest is now home to 50 to 70 boar.",
        "count_least": "The agency estimates that at least 70 boar now live in the forest.",
        "cull": "Hunters will be licensed to shoot up to 30 boar this winter.",
        "cull_proposed": "The agency has proposed licensing hunters to shoot up to 30 boar this winter.",
        "dogs": "Walkers are advised to keep dogs on leads in the forest.",
        "dogs_para": "In the forest, walkers are advised to keep their dogs on a lead.",
        "attack": "No one has been attacked by the boar, police said.",
        "attack_bitten": "A walker has been bitten by one of the boar, police said.",
    },
    "ormsay-seal-pups": {
        "count": "Rangers counted a record 2,140 grey seal pups on the Ormsay islands this winter.",
        "count_para": "This winter's count of grey seal pups on the Ormsay islands, 2,140, is the highest rangers have "
        "recorded.",
        "count_common": "Rangers counted a record 2,140 common seal pups on the Ormsay islands this winter.",
        "count_1240": "Rangers counted a record 1,240 grey seal pups on the Ormsay islands this winter.",
        "rise": "The count is about 15 percent higher than last winter's.",
        "rise_lower": "The count is about 15 percent lower than last winter's.",
        "storms": "Storms in November washed dozens of young pups off the beaches, the rangers said.",
        "storms_para": "According to the rangers, dozens of young pups were swept off the beaches by storms in "
        "November.",
        "storms_fact": "Storms in November washed dozens of young pups off the beaches.",
        "storms_hundreds": "Storms in November washed hundreds of young pups off the beaches, the rangers said.",
        "beaches": "Two beaches on the main island are closed to visitors until the end of January to protect the "
        "colony.",
        "beaches_para": "To protect the colony, two beaches on the main island will stay shut to visitors until "
        "January is over.",
        "beaches_dogs": "Two beaches on the main island are closed to dogs until the end of January to protect the "
        "colony.",
        "drones": "Flying drones over the colony is banned because they panic the seals.",
        "drones_edit": "Flying drones above the colony is banned because they panic the seals.",
        "drones_allowed": "Flying drones over the colony is not banned, although they panic the seals.",
        "wardens": "The trust that manages the islands will hire two extra wardens next year.",
        "wardens_hired": "The trust that manages the islands has hired two extra wardens.",
    },
    "bellhaven-longest-scarf": {
        "scarf": "Knitters in Bellhaven have made a scarf 4.2 kilometres long, which they say is a world record.",
        "scarf_para": "A scarf measuring 4.2 km has been knitted in Bellhaven, and its makers say it is a world "
        "record.",
        "scarf_confirmed": "Knitters in Bellhaven have made a scarf 4.2 kilometres long, which record keepers have "
        "confirmed is a world record.",
        "scarf_national": "Knitters in Bellhaven have made a scarf 4.2 kilometres long, which they say is a national "
        "record.",
        "scarf_48": "Knitters in Bellhaven have made a scarf 4.8 kilometres long, which they say is a world record.",
        "knitters": "More than 800 people knitted sections of the scarf over three years.",
        "knitters_para": "Over three years, upwards of 800 people each knitted part of the scarf.",
        "knitters_months": "More than 800 people knitted sections of the scarf over three months.",
        "wool": "The wool was donated by local sheep farmers.",
        "wool_bought": "The wool was bought from local sheep farmers.",
        "blankets": "After the record attempt the scarf will be cut up and made into blankets for a homeless shelter.",
        "blankets_edit": "After the record attempt the scarf will be cut up and turned into blankets for a homeless "
        "shelter.",
        "blankets_hospital": "After the record attempt the scarf will be cut up and made into blankets for a "
        "children's hospital.",
        "previous": "The previous record, 3.5 kilometres, was set in Dallbergen in 2016.",
        "previous_para": "The record it beats was set in Dallbergen in 2016 and stood at 3.5 kilometres.",
        "previous_2006": "The previous record, 3.5 kilometres, was set in Dallbergen in 2006.",
        "founder": "The project was started by a retired teacher, Morag Lunt, to raise awareness of loneliness.",
        "founder_nurse": "The project was started by a retired nurse, Morag Lunt, to raise awareness of loneliness.",
    },
    "calderwick-rats": {
        "reports": "Reports of rats in Calderwick rose by 70 percent last year, the council's pest control service "
        "said.",
        "reports_para": "According to the council's pest control service, Calderwick saw a 70% rise in reports of rats "
        "last year.",
        "reports_fact": "Reports of rats in Calderwick rose by 70 percent last year.",
        "reports_fell": "Reports of rats in Calderwick fell by 70 percent last year, the council's pest control "
        "service said.",
        "bins": "The service blames the rise on overflowing communal bins in the town centre.",
        "bins_para": "The service says overflowing communal bins in the town centre are to blame for the rise.",
        "bins_sewers": "The service blames the rise on broken sewers in the town centre.",
        "charge": "Residents will now pay £60 for a pest control visit, which used to be free.",
        "charge_para": "A pest control visit, previously free, will now cost residents £60.",
        "charge_40": "Residents will now pay £40 for a pest control visit, which used to be free.",
        "school": "A primary school closed for two days after rats were found in its kitchen.",
        "school_weeks": "A primary school closed for two weeks after rats were found in its kitchen.",
        "poison": "The council will stop using poison bait in parks because it kills owls and other birds of prey.",
        "poison_para": "Because poison bait kills owls and other birds of prey, the council will no longer use it in "
        "parks.",
        "poison_continue": "The council will keep using poison bait in parks although it kills owls and other birds of "
        "prey.",
        "poison_may": "The council will stop using poison bait in parks because it may kill owls and other birds of "
        "prey.",
    },
    "grenlow-radon": {
        "homes": "One in eight homes tested in the Grenlow district had radon levels above the safe limit, a "
        "government survey found.",
        "homes_para": "A government survey found radon above the safe limit in one in eight of the Grenlow district "
        "homes it tested.",
        "homes_fact": "One in eight homes tested in the Grenlow district had radon levels above the safe limit.",
        "homes_eighty": "One in eighty homes tested in the Grenlow district had radon levels above the safe limit, a "
        "government survey found.",
        "homes_all": "One in eight homes in the Grenlow district has radon levels above the safe limit, a government "
        "survey found.",
        "rock": "The gas seeps up from the granite beneath the district.",
        "rock_limestone": "The gas seeps up from the limestone beneath the district.",
        "cancer": "Radon is the second most common cause of lung cancer after smoking, health officials said.",
        "cancer_para": "According to health officials, only smoking causes more lung cancer than radon.",
        "cancer_first": "Radon is the most common cause of lung cancer, ahead of smoking, health officials said.",
        "grants": "Homeowners can apply for grants of up to £1,500 to fit radon sumps.",
        "grants_edit": "Home owners can apply for grants of up to £1,500 to fit radon sumps.",
        "grants_if": "Homeowners will be able to apply for grants of up to £1,500 to fit radon sumps if parliament "
        "approves the scheme.",
        "kits": "Free test kits will be posted to 20,000 households this spring.",
        "kits_para": "This spring, 20,000 households will receive free test kits by post.",
        "kits_yearly": "Free test kits will be posted to 20,000 households every spring.",
    },
    "marlstone-fairground-ride": {
        "ride": "Eleven people were hurt when a carriage came loose from the Twister ride at the Marlstone fair on "
        "Saturday night.",
        "ride_para": "A carriage broke away from the Twister ride at Marlstone's fair on Saturday night, injuring "
        "eleven people.",
        "ride_friday": "Eleven people were hurt when a carriage came loose from the Twister ride at the Marlstone fair "
        "on Friday night.",
        "ride_killed": "Eleven people were killed when a carriage came loose from the Twister ride at the Marlstone "
        "fair on Saturday night.",
        "hospital": "Three of the injured were taken to hospital, one with serious injuries.",
        "hospital_para": "One of the three injured people taken to hospital was seriously hurt.",
        "hospital_all": "Three of the injured were taken to hospital, all with serious injuries.",
        "inspection": "The ride's operator, Falbright Amusements, said a safety inspection had been carried out on "
        "Friday.",
        "inspection_para": "According to the ride's operator, Falbright Amusements, a safety inspection had been done "
        "on Friday.",
        "inspection_fact": "A safety inspection had been carried out on Friday.",
        "inspection_none": "The ride's operator, Falbright Amusements, said no safety inspection had been carried out "
        "on Friday.",
        "rides": "All rides at the fair were shut down for the rest of the weekend.",
        "rides_edit": "All rides at the fair were closed down for the rest of the weekend.",
        "rides_twister": "Only the Twister ride was shut down for the rest of the weekend.",
        "investigation": "The safety regulator has opened an investigation into the accident.",
        "investigation_police": "Police have opened an investigation into the accident.",
        "crack": "Investigators believe a crack in one of the ride's arms caused the carriage to come loose.",
        "crack_confirmed": "Investigators have confirmed that a crack in one of the ride's arms caused the carriage to "
        "come loose.",
    },
    "ravensworth-safe-standing": {
        "seats": "Ravensworth Athletic has been given permission to install 3,600 rail seats for safe standing at its "
        "Gorse Lane stadium.",
        "seats_para": "Permission has been granted for Ravensworth Athletic to fit 3,600 rail seats at its Gorse Lane "
        "ground so that fans can stand safely.",
        "seats_applied": "Ravensworth Athletic has applied for permission to install 3,600 rail seats for safe "
        "standing at its Gorse Lane stadium.",
        "seats_6300": "Ravensworth Athletic has been given permission to install 6,300 rail seats for safe standing at "
        "its Gorse Lane stadium.",
        "cost": "The club will pay the £1.1 million cost itself, the chairman said.",
        "cost_para": "According to the chairman, the club will meet the £1.1 million cost itself.",
        "cost_fact": "The club will pay the £1.1 million cost itself.",
        "cost_league": "The league will pay the £1.1 million cost, the chairman said.",
        "season": "The rail seats will be in place for the start of next season.",
        "season_para": "The rail seats will be ready when next season starts.",
        "season_end": "The rail seats will be in place by the end of next season.",
        "survey": "In a survey of season ticket holders, 82 percent said they wanted to stand.",
        "survey_para": "Of the season ticket holders surveyed, 82% said they wanted to stand.",
        "survey_fans": "In a survey of fans, 82 percent said they wanted to stand.",
        "police": "Police had opposed the plan, saying standing areas are harder to steward.",
        "police_backed": "Police had backed the plan, although standing areas are harder to steward.",
        "end": "The standing area will be in the home end, not the away end.",
        "end_swapped": "The standing area will be in the away end, not the home end.",
    },
    "port-vellan-glass-eels": {
        "seized": "Customs officers at Port Vellan airport seized 180 kilograms of live glass eels hidden in suitcases "
        "bound for Asia.",
        "seized_para": "Live glass eels weighing 180 kg, hidden in suitcases heading for Asia, were seized by customs "
        "officers at Port Vellan airport.",
        "seized_18": "Customs officers at Port Vellan airport seized 18 kilograms of live glass eels hidden in "
        "suitcases bound for Asia.",
        "seized_frozen": "Customs officers at Port Vellan airport seized 180 kilograms of frozen glass eels hidden in "
        "suitcases bound for Asia.",
        "worth": "The eels could have sold for about 1.5 million euros in Asia, customs said.",
        "worth_para": "According to customs, the eels might have fetched around €1.5 million in Asia.",
        "worth_fact": "The eels could have sold for about 1.5 million euros in Asia.",
        "arrested": "Two men were arrested and charged with smuggling.",
        "arrested_edit": "Two men have been arrested and charged with smuggling.",
        "arrested_released": "Two men were arrested and released without charge.",
        "endangered": "The European eel is critically endangered, and exporting it from Europe is banned.",
        "endangered_edit": "The European eel is critically endangered, and exporting it from Europe is forbidden.",
        "released": "The eels were released into the River Vell the next day.",
        "released_farm": "The eels were handed to a fish farm the next day.",
        "released_some": "Some of the eels were released into the River Vell the next day.",
        "fifth": "It is the fifth seizure of glass eels at the airport this year.",
        "fifth_first": "It is the first seizure of glass eels at the airport this year.",
    },
    "wrayford-beach-huts": {
        "sold": "A beach hut in Wrayford has sold for £285,000, a record for the town.",
        "sold_para": "No beach hut in Wrayford had ever sold for as much as this one, which went for £285,000.",
        "sold_258": "A beach hut in Wrayford has sold for £258,000, a record for the town.",
        "sold_country": "A beach hut in Wrayford has sold for £285,000, a record for the country.",
        "hut": "The hut measures three metres by two and has no electricity or running water.",
        "hut_edit": "The hut measures 3 metres by 2 and has no electricity or running water.",
        "hut_electric": "The hut measures three metres by two and has electricity but no running water.",
        "overnight": "Owners are not allowed to sleep in the huts overnight.",
        "overnight_para": "Sleeping overnight in the huts is forbidden for owners.",
        "overnight_summer": "Owners are not allowed to sleep in the huts overnight in summer.",
        "fee": "The council charges owners an annual site fee of £1,100.",
        "fee_month": "The council charges owners a monthly site fee of £1,100.",
        "sellers": "The hut was sold by a retired couple who bought it for £6,000 in 1987.",
        "sellers_para": "A retired couple, who paid £6,000 for the hut in 1987, sold it.",
        "sellers_1978": "The hut was sold by a retired couple who bought it for £6,000 in 1978.",
        "prices": "The estate agent said prices of beach huts in the town had doubled in five years.",
        "prices_fact": "Prices of beach huts in the town had doubled in five years.",
        "prices_halved": "The estate agent said prices of beach huts in the town had halved in five years.",
    },
    "tarnbeck-four-day-school-week": {
        "week": "Schools in the Tarnbeck district will move to a four-day week from next January to cut costs.",
        "week_para": "To save money, schools in the Tarnbeck district will teach pupils four days a week from next "
        "January.",
        "week_vote": "The Tarnbeck district's school board will vote next month on moving schools to a four-day week "
        "from next January to cut costs.",
        "week_teachers": "Schools in the Tarnbeck district will move to a four-day week from next January to attract "
        "teachers.",
        "fridays": "Pupils will stay at home on Fridays, and the other four days will be 40 minutes longer.",
        "fridays_para": "The school day will be 40 minutes longer from Monday to Thursday, with pupils at home on "
        "Fridays.",
        "fridays_alternate": "Pupils will stay at home on alternate Fridays, and the other days will be 40 minutes "
        "longer.",
        "fridays_shorter": "Pupils will stay at home on Fridays, and the other four days will be 40 minutes shorter.",
        "savings": "The district expects to save about £900,000 a year, mostly on transport and heating.",
        "savings_edit": "The district expects to save around £900,000 a year, mostly on transport and heating.",
        "savings_pay": "The district expects to save about £900,000 a year, mostly on teachers' pay.",
        "childcare": "Parents' groups warn that many families will struggle to pay for childcare on Fridays.",
        "childcare_fact": "Many families will struggle to pay for childcare on Fridays.",
        "study": "A study of four-day weeks elsewhere found no change in test scores, the board said.",
        "study_para": "According to the board, a study of four-day weeks elsewhere found that test scores were "
        "unaffected.",
        "study_fell": "A study of four-day weeks elsewhere found that test scores fell, the board said.",
    },
    "tethersby-puppy-farm": {
        "raid": "Police and animal welfare officers removed 93 dogs from an unlicensed puppy farm near Tethersby on "
        "Wednesday.",
        "raid_para": "On Wednesday, 93 dogs were taken from an unlicensed puppy farm near Tethersby by police and "
        "animal welfare officers.",
        "raid_39": "Police and animal welfare officers removed 39 dogs from an unlicensed puppy farm near Tethersby on "
        "Wednesday.",
        "raid_licensed": "Police and animal welfare officers removed 93 dogs from a licensed puppy farm near Tethersby "
        "on Wednesday.",
        "crates": "Many of the dogs were kept in stacked crates in a windowless barn, the charity Pawsafe said.",
        "crates_fact": "Many of the dogs were kept in stacked crates in a windowless barn.",
        "crates_all": "All of the dogs were kept in stacked crates in a windowless barn, the charity Pawsafe said.",
        "sales": "The farm is believed to have sold about 1,000 puppies a year online.",
        "sales_para": "About 1,000 puppies a year are thought to have been sold online by the farm.",
        "sales_month": "The farm is believed to have sold about 1,000 puppies a month online.",
        "charged": "A 52-year-old man has been charged with animal cruelty.",
        "charged_arrested": "A 52-year-old man has been arrested on suspicion of animal cruelty.",
        "adoption": "The dogs will be put up for adoption once they have been treated by vets.",
        "adoption_para": "Once vets have treated them, the dogs will be offered for adoption.",
        "adoption_before": "The dogs will be put up for adoption before they have been treated by vets.",
        "law": "Under a law passed last year, puppies may only be sold by the breeder who bred them.",
        "law_para": "A law passed last year allows puppies to be sold only by their breeder.",
        "law_proposed": "Under a law proposed last year, puppies may only be sold by the breeder who bred them.",
    },
    "stanbridge-taxi-fares": {
        "fares": "Taxi fares in Stanbridge will rise by 12 percent from 1 March, the first increase in six years.",
        "fares_para": "From 1 March, Stanbridge's taxi fares will go up 12%, the first rise for six years.",
        "fares_21": "Taxi fares in Stanbridge will rise by 21 percent from 1 March, the first increase in six years.",
        "fares_fall": "Taxi fares in Stanbridge will fall by 12 percent from 1 March, the first cut in six years.",
        "night": "Fares between midnight and 6 a.m. will be charged at one and a half times the daytime rate.",
        "night_para": "Between midnight and 6 a.m., taxis will charge 50 percent more than the daytime rate.",
        "night_double": "Fares between midnight and 6 a.m. will be charged at twice the daytime rate.",
        "drivers": "Drivers had asked the council for a 20 percent rise to cover fuel and insurance costs.",
        "drivers_granted": "The council had granted drivers a 20 percent rise to cover fuel and insurance costs.",
        "soiling": "A £50 charge for soiling a taxi will be added to the fares table.",
        "soiling_edit": "A £50 charge for soiling a taxi is to be added to the fares table.",
        "soiling_removed": "A £50 charge for soiling a taxi will be removed from the fares table.",
        "cards": "All licensed taxis must accept card payments from April.",
        "cards_most": "Most licensed taxis must accept card payments from April.",
        "licences": "The number of licensed taxis in the city has fallen from 640 to 410 since 2019, council figures "
        "show.",
        "licences_para": "Council figures show the city had 640 licensed taxis in 2019 and has 410 now.",
        "licences_fact": "The number of licensed taxis in the city has fallen from 640 to 410 since 2019.",
    },
    "fellmoor-lyme-disease": {
        "cases": "Confirmed cases of Lyme disease in the Fellmoor region doubled last year to 340, health officials "
        "said.",
        "cases_para": "Health officials said the Fellmoor region recorded 340 confirmed cases of Lyme disease last "
        "year, twice as many as the year before.",
        "cases_fact": "Confirmed cases of Lyme disease in the Fellmoor region doubled last year to 340.",
        "cases_halved": "Confirmed cases of Lyme disease in the Fellmoor region halved last year to 340, health "
        "officials said.",
        "cases_suspected": "Suspected cases of Lyme disease in the Fellmoor region doubled last year to 340, health "
        "officials said.",
        "ticks": "Researchers found that one in six ticks collected in the national park carried the bacteria that "
        "cause the disease.",
        "ticks_para": "Of the ticks researchers collected in the national park, one in six carried the bacteria that "
        "cause the disease.",
        "ticks_sixteen": "Researchers found that one in sixteen ticks collected in the national park carried the "
        "bacteria that cause the disease.",
        "ticks_encephalitis": "Researchers found that one in six ticks collected in the national park carried the "
        "virus that causes tick-borne encephalitis.",
        "deer": "Ecologists link the rise to a growing deer population, which carries adult ticks.",
        "deer_edit": "Ecologists link the increase to a growing deer population, which carries adult ticks.",
        "deer_caused": "Ecologists say the rise was caused by a growing deer population, which carries adult ticks.",
        "signs": "New signs at the park's 14 car parks will warn walkers to check themselves for ticks.",
        "signs_up": "New signs at the park's 14 car parks now warn walkers to check themselves for ticks.",
        "vaccine": "There is no licensed vaccine against Lyme disease for humans.",
        "vaccine_dogs": "There is no licensed vaccine against Lyme disease for dogs.",
    },
    "breckenford-processionary-moth": {
        "nests": "Nests of oak processionary moth caterpillars have been found on 260 oak trees in Breckenford's "
        "parks.",
        "nests_para": "In Breckenford's parks, 260 oak trees have been found with nests of oak processionary moth "
        "caterpillars.",
        "nests_beech": "Nests of oak processionary moth caterpillars have been found on 260 beech trees in "
        "Breckenford's parks.",
        "nests_620": "Nests of oak processionary moth caterpillars have been found on 620 oak trees in Breckenford's "
        "parks.",
        "hairs": "The caterpillars' hairs can cause rashes, eye irritation and breathing problems, the council warned.",
        "hairs_para": "The council warned that the hairs of the caterpillars can bring on rashes, irritated eyes and "
        "breathing difficulties.",
        "hairs_fact": "The caterpillars' hairs can cause rashes, eye irritation and breathing problems.",
        "spray": "Contractors will spray the trees with a bacterial insecticide in May, when the caterpillars are "
        "small.",
        "spray_edit": "Contractors will spray the trees with a bacterial insecticide in May, while the caterpillars "
        "are small.",
        "spray_chemical": "Contractors will spray the trees with a chemical insecticide in May, when the caterpillars "
        "are small.",
        "spray_july": "Contractors will spray the trees with a bacterial insecticide in July, when the caterpillars "
        "are small.",
        "removal": "Nests that cannot be sprayed will be removed by hand by specialists wearing protective suits.",
        "removal_para": "Specialists in protective suits will remove by hand any nests that cannot be sprayed.",
        "spread": "The moth was first recorded in the town in 2021 and has spread every year since.",
        "spread_not": "The moth was first recorded in the town in 2021 and has not spread since.",
        "dogs": "Dog owners are urged to keep their pets away from fallen nests.",
        "dogs_must": "Dog owners must keep their pets away from fallen nests.",
    },
    "orchardgate-graffiti": {
        "cost": "Orchardgate council spent £320,000 removing graffiti last year, almost double the figure for 2020.",
        "cost_para": "Removing graffiti cost Orchardgate council £320,000 last year, nearly twice what it spent in "
        "2020.",
        "cost_half": "Orchardgate council spent £320,000 removing graffiti last year, almost half the figure for 2020.",
        "wall": "A legal graffiti wall will open under the Ferry Road flyover in the summer.",
        "wall_para": "In the summer, a wall where graffiti is allowed will open under the Ferry Road flyover.",
        "wall_close": "A legal graffiti wall under the Ferry Road flyover will close in the summer.",
        "wall_considering": "The council is considering opening a legal graffiti wall under the Ferry Road flyover in "
        "the summer.",
        "mural": "A mural that council workers painted over on the old bus depot was by the artist Juno Ashdown, the "
        "council admitted.",
        "mural_fact": "A mural that council workers painted over on the old bus depot was by the artist Juno Ashdown.",
        "fines": "The fine for spraying graffiti will rise from £150 to £500.",
        "fines_para": "The fine for spraying graffiti will go up to £500, from £150.",
        "fines_1500": "The fine for spraying graffiti will rise from £150 to £1,500.",
        "cameras": "Twelve hidden cameras have been installed at the worst-hit sites.",
        "cameras_para": "At the worst-hit sites, twelve hidden cameras have been put in.",
        "cameras_all": "Twelve hidden cameras have been installed at every site hit by graffiti.",
        "prosecuted": "Only four people were prosecuted for graffiti last year.",
        "prosecuted_convicted": "Only four people were convicted for graffiti last year.",
    },
    "lake-menvar-jet-skis": {
        "ban": "Jet skis will be banned on Lake Menvar from next summer after a swimmer was seriously injured.",
        "ban_para": "After a swimmer suffered serious injuries, jet skis will not be allowed on Lake Menvar from next "
        "summer.",
        "ban_motorboats": "Motorboats will be banned on Lake Menvar from next summer after a swimmer was seriously "
        "injured.",
        "ban_weekends": "Jet skis will be banned on Lake Menvar at weekends from next summer after a swimmer was "
        "seriously injured.",
        "ban_killed": "Jet skis will be banned on Lake Menvar from next summer after a swimmer was killed.",
        "zone": "Until then, jet skis must stay at least 200 metres from the shore.",
        "zone_para": "Until the ban begins, jet skis may come no closer than 200 metres to the shore.",
        "zone_20": "Until then, jet skis must stay at least 20 metres from the shore.",
        "petition": "A petition for the ban was signed by 5,800 people, most of them residents of the lakeside "
        "villages.",
        "petition_para": "5,800 people, mostly residents of the lakeside villages, signed a petition calling for the "
        "ban.",
        "petition_against": "A petition against the ban was signed by 5,800 people, most of them residents of the "
        "lakeside villages.",
        "hire": "Two jet ski hire firms say they will have to close.",
        "hire_fact": "Two jet ski hire firms will have to close.",
        "hire_may": "Two jet ski hire firms say they may have to close.",
        "wardens": "Lake wardens will be given powers to seize jet skis.",
        "wardens_para": "Powers to seize jet skis will be given to lake wardens.",
    },
    "thrushwood-deer-cull": {
        "cull": "Marksmen will shoot 400 fallow deer in Thrushwood Park this winter to protect young trees.",
        "cull_para": "To protect young trees, 400 fallow deer in Thrushwood Park are to be shot by marksmen this "
        "winter.",
        "cull_red": "Marksmen will shoot 400 red deer in Thrushwood Park this winter to protect young trees.",
        "cull_40": "Marksmen will shoot 40 fallow deer in Thrushwood Park this winter to protect young trees.",
        "herd": "The park's herd has grown to about 1,600, four times what the woodland can support, rangers say.",
        "herd_para": "Rangers say the park's herd has increased to about 1,600, four times as many as the woodland can "
        "sustain.",
        "herd_fact": "The park's herd has grown to about 1,600, four times what the woodland can support.",
        "herd_quarter": "The park's herd has grown to about 1,600, a quarter of what the woodland can support, rangers "
        "say.",
        "meat": "The meat will be sold to local butchers, and the money will go towards tree planting.",
        "meat_edit": "The meat will be sold to local butchers, and the proceeds will go towards tree planting.",
        "meat_fencing": "The meat will be sold to local butchers, and the money will go towards deer fencing.",
        "closures": "Parts of the park will be closed at dawn and dusk while the cull takes place.",
        "closures_all": "The whole park will be closed at dawn and dusk while the cull takes place.",
        "contraception": "An animal rights group, Hartwatch, has asked the council to use contraception instead.",
        "contraception_agreed": "The council has agreed to use contraception instead, as the animal rights group "
        "Hartwatch asked.",
        "crashes": "Deer caused 35 road accidents around the park last year, police said.",
        "crashes_para": "According to police, 35 road accidents around the park last year were caused by deer.",
        "crashes_month": "Deer caused 35 road accidents around the park last month, police said.",
    },
    "quenby-christmas-lights": {
        "lights": "Quenby's Christmas lights will be switched on by the town's oldest resident, 104-year-old Edith "
        "Marl, on 28 November.",
        "lights_para": "Edith Marl, who at 104 is Quenby's oldest resident, will turn on the town's Christmas lights "
        "on 28 November.",
        "lights_18": "Quenby's Christmas lights will be switched on by the town's oldest resident, 104-year-old Edith "
        "Marl, on 18 November.",
        "lights_mayor": "Quenby's Christmas lights will be switched on by the mayor on 28 November.",
        "cost": "The lights cost £38,000 this year, paid for by local businesses after the council withdrew its "
        "funding.",
        "cost_para": "After the council withdrew its funding, local businesses paid the £38,000 the lights cost this "
        "year.",
        "cost_swapped": "The lights cost £38,000 this year, paid for by the council after local businesses withdrew "
        "their funding.",
        "bulbs": "The new LED bulbs use 80 percent less electricity than the old ones.",
        "bulbs_edit": "The new LED bulbs use 80% less electricity than the old ones.",
        "bulbs_more": "The new LED bulbs use 80 percent more electricity than the old ones.",
        "tree": "The 12-metre Christmas tree in the market square was donated by a local farm.",
        "tree_forestry": "The 12-metre Christmas tree in the market square was donated by the forestry agency.",
        "market": "The Christmas market will run for five weekends, one more than last year.",
        "market_para": "There will be five weekends of Christmas market, one weekend more than last year.",
        "market_weeks": "The Christmas market will run for five weeks, one more than last year.",
        "off": "The lights will be switched off at 11 p.m. each night to save energy.",
        "off_could": "The lights could be switched off at 11 p.m. each night to save energy.",
    },
    "scarrow-fells-wild-camping": {
        "permit": "Wild camping in the Scarrow Fells national park will need a £15 permit from April, the park "
        "authority said.",
        "permit_para": "According to the park authority, from April anyone wild camping in the Scarrow Fells national "
        "park will have to buy a £15 permit.",
        "permit_fact": "Wild camping in the Scarrow Fells national park will need a £15 permit from April.",
        "permit_50": "Wild camping in the Scarrow Fells national park will need a £50 permit from April, the park "
        "authority said.",
        "permits": "Only 60 permits will be issued each night.",
        "permits_week": "Only 60 permits will be issued each week.",
        "tents": "Rangers removed 300 abandoned tents from the park last summer.",
        "tents_para": "Last summer, rangers cleared 300 tents that had been left behind in the park.",
        "tents_barbecues": "Rangers removed 300 abandoned barbecues from the park last summer.",
        "fires": "Campfires will remain banned, after a fire burned 20 hectares of moorland in June.",
        "fires_para": "After a fire burned 20 hectares of moorland in June, the ban on campfires will stay in place.",
        "fires_allowed": "Campfires will be allowed again, although a fire burned 20 hectares of moorland in June.",
        "landowners": "Landowners had asked the park to ban wild camping altogether.",
        "landowners_swapped": "The park had asked landowners to ban wild camping altogether.",
        "groups": "Walkers' groups say the permit will put young people off camping.",
        "groups_edit": "Walkers' groups say that the permit will put young people off camping.",
        "groups_has": "Walkers' groups say the permit has put young people off camping.",
    },
}

STORY_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "larchford-toad-tunnels": [
        ("paraphrase", "tunnels", "tunnels_para"),
        ("paraphrase", "killed", "killed_para"),
        ("paraphrase", "decline", "decline_para"),
        ("light_edit", "cost", "cost_edit"),
        ("entity", "tunnels", "tunnels_newts"),
        ("attribution", "killed", "killed_fact"),
        ("number", "killed", "killed_110"),
        ("quantifier", "cost", "cost_each"),
        ("negation", "closed", "closed_no_longer"),
        ("time_span", "closed", "closed_days"),
        ("direction", "decline", "decline_risen"),
        ("modality", "hope", "hope_done"),
    ],
    "penhallow-ice-cream-vans": [
        ("paraphrase", "chimes", "chimes_para"),
        ("paraphrase", "hours", "hours_para"),
        ("paraphrase", "complaints", "complaints_para"),
        ("light_edit", "schools", "schools_edit"),
        ("number", "chimes", "chimes_20"),
        ("quantifier", "hours", "hours_weekdays"),
        ("quantifier", "complaints", "complaints_all"),
        ("attribution", "trade", "trade_fact"),
        ("hedge", "trade", "trade_will"),
        ("entity", "schools", "schools_playground"),
        ("modality", "licence", "licence_lost"),
    ],
    "kelbridge-food-bank": [
        ("paraphrase", "parcels", "parcels_para"),
        ("paraphrase", "children", "children_para"),
        ("paraphrase", "work", "work_para"),
        ("light_edit", "donations", "donations_edit"),
        ("direction", "parcels", "parcels_fall"),
        ("attribution", "children", "children_fact"),
        ("quantifier", "children", "children_most"),
        ("negation", "work", "work_out"),
        ("entity", "donations", "donations_churches"),
        ("modality", "warehouse", "warehouse_hopes"),
        ("roles", "staff", "staff_swapped"),
    ],
    "harlan-darts-masters": [
        ("paraphrase", "final", "final_para"),
        ("paraphrase", "nine", "nine_para"),
        ("paraphrase", "prize", "prize_para"),
        ("light_edit", "retire", "retire_edit"),
        ("roles", "final", "final_swapped"),
        ("number", "final", "final_5"),
        ("entity", "nine", "nine_final"),
        ("direction", "prize", "prize_half"),
        ("hedge", "age", "age_believed"),
        ("attribution", "crowd", "crowd_fact"),
        ("negation", "retire", "retire_denied"),
    ],
    "strandholm-new-year-fireworks": [
        ("paraphrase", "cancelled", "cancelled_para"),
        ("paraphrase", "crowd", "crowd_para"),
        ("paraphrase", "security", "security_para"),
        ("light_edit", "sales", "sales_edit"),
        ("entity", "cancelled", "cancelled_wind"),
        ("number", "cancelled", "cancelled_15"),
        ("direction", "security", "security_fell"),
        ("attribution", "drones", "drones_fact"),
        ("hedge", "drones", "drones_could"),
        ("negation", "sales", "sales_banned"),
        ("quantifier", "pets", "pets_most"),
    ],
    "vornholt-wild-boar": [
        ("paraphrase", "seen", "seen_para"),
        ("paraphrase", "damage", "damage_para"),
        ("paraphrase", "count", "count_para"),
        ("paraphrase", "dogs", "dogs_para"),
        ("attribution", "seen", "seen_fact"),
        ("number", "seen", "seen_30"),
        ("entity", "origin", "origin_released"),
        ("number", "damage", "damage_acres"),
        ("quantifier", "count", "count_least"),
        ("modality", "cull", "cull_proposed"),
        ("negation", "attack", "attack_bitten"),
    ],
    "ormsay-seal-pups": [
        ("paraphrase", "count", "count_para"),
        ("paraphrase", "storms", "storms_para"),
        ("paraphrase", "beaches", "beaches_para"),
        ("light_edit", "drones", "drones_edit"),
        ("entity", "count", "count_common"),
        ("number", "count", "count_1240"),
        ("direction", "rise", "rise_lower"),
        ("attribution", "storms", "storms_fact"),
        ("number", "storms", "storms_hundreds"),
        ("entity", "beaches", "beaches_dogs"),
        ("negation", "drones", "drones_allowed"),
        ("modality", "wardens", "wardens_hired"),
    ],
    "bellhaven-longest-scarf": [
        ("paraphrase", "scarf", "scarf_para"),
        ("paraphrase", "knitters", "knitters_para"),
        ("paraphrase", "previous", "previous_para"),
        ("light_edit", "blankets", "blankets_edit"),
        ("hedge", "scarf", "scarf_confirmed"),
        ("quantifier", "scarf", "scarf_national"),
        ("number", "scarf", "scarf_48"),
        ("time_span", "knitters", "knitters_months"),
        ("related", "wool", "wool_bought"),
        ("entity", "blankets", "blankets_hospital"),
        ("number", "previous", "previous_2006"),
        ("entity", "founder", "founder_nurse"),
    ],
    "calderwick-rats": [
        ("paraphrase", "reports", "reports_para"),
        ("paraphrase", "bins", "bins_para"),
        ("paraphrase", "charge", "charge_para"),
        ("paraphrase", "poison", "poison_para"),
        ("attribution", "reports", "reports_fact"),
        ("direction", "reports", "reports_fell"),
        ("entity", "bins", "bins_sewers"),
        ("number", "charge", "charge_40"),
        ("time_span", "school", "school_weeks"),
        ("negation", "poison", "poison_continue"),
        ("hedge", "poison", "poison_may"),
    ],
    "grenlow-radon": [
        ("paraphrase", "homes", "homes_para"),
        ("paraphrase", "cancer", "cancer_para"),
        ("paraphrase", "kits", "kits_para"),
        ("light_edit", "grants", "grants_edit"),
        ("attribution", "homes", "homes_fact"),
        ("number", "homes", "homes_eighty"),
        ("quantifier", "homes", "homes_all"),
        ("entity", "rock", "rock_limestone"),
        ("number", "cancer", "cancer_first"),
        ("modality", "grants", "grants_if"),
        ("time_span", "kits", "kits_yearly"),
    ],
    "marlstone-fairground-ride": [
        ("paraphrase", "ride", "ride_para"),
        ("paraphrase", "hospital", "hospital_para"),
        ("paraphrase", "inspection", "inspection_para"),
        ("light_edit", "rides", "rides_edit"),
        ("number", "ride", "ride_friday"),
        ("related", "ride", "ride_killed"),
        ("quantifier", "hospital", "hospital_all"),
        ("attribution", "inspection", "inspection_fact"),
        ("negation", "inspection", "inspection_none"),
        ("quantifier", "rides", "rides_twister"),
        ("entity", "investigation", "investigation_police"),
        ("hedge", "crack", "crack_confirmed"),
    ],
    "ravensworth-safe-standing": [
        ("paraphrase", "seats", "seats_para"),
        ("paraphrase", "cost", "cost_para"),
        ("paraphrase", "season", "season_para"),
        ("paraphrase", "survey", "survey_para"),
        ("modality", "seats", "seats_applied"),
        ("number", "seats", "seats_6300"),
        ("attribution", "cost", "cost_fact"),
        ("entity", "cost", "cost_league"),
        ("time_span", "season", "season_end"),
        ("quantifier", "survey", "survey_fans"),
        ("negation", "police", "police_backed"),
        ("entity", "end", "end_swapped"),
    ],
    "port-vellan-glass-eels": [
        ("paraphrase", "seized", "seized_para"),
        ("paraphrase", "worth", "worth_para"),
        ("light_edit", "arrested", "arrested_edit"),
        ("light_edit", "endangered", "endangered_edit"),
        ("number", "seized", "seized_18"),
        ("entity", "seized", "seized_frozen"),
        ("attribution", "worth", "worth_fact"),
        ("negation", "arrested", "arrested_released"),
        ("entity", "released", "released_farm"),
        ("quantifier", "released", "released_some"),
        ("number", "fifth", "fifth_first"),
    ],
    "wrayford-beach-huts": [
        ("paraphrase", "sold", "sold_para"),
        ("paraphrase", "overnight", "overnight_para"),
        ("paraphrase", "sellers", "sellers_para"),
        ("light_edit", "hut", "hut_edit"),
        ("number", "sold", "sold_258"),
        ("quantifier", "sold", "sold_country"),
        ("negation", "hut", "hut_electric"),
        ("quantifier", "overnight", "overnight_summer"),
        ("time_span", "fee", "fee_month"),
        ("number", "sellers", "sellers_1978"),
        ("attribution", "prices", "prices_fact"),
        ("direction", "prices", "prices_halved"),
    ],
    "tarnbeck-four-day-school-week": [
        ("paraphrase", "week", "week_para"),
        ("paraphrase", "fridays", "fridays_para"),
        ("paraphrase", "study", "study_para"),
        ("light_edit", "savings", "savings_edit"),
        ("modality", "week", "week_vote"),
        ("entity", "week", "week_teachers"),
        ("quantifier", "fridays", "fridays_alternate"),
        ("direction", "fridays", "fridays_shorter"),
        ("entity", "savings", "savings_pay"),
        ("attribution", "childcare", "childcare_fact"),
        ("negation", "study", "study_fell"),
    ],
    "tethersby-puppy-farm": [
        ("paraphrase", "raid", "raid_para"),
        ("paraphrase", "sales", "sales_para"),
        ("paraphrase", "adoption", "adoption_para"),
        ("paraphrase", "law", "law_para"),
        ("number", "raid", "raid_39"),
        ("negation", "raid", "raid_licensed"),
        ("attribution", "crates", "crates_fact"),
        ("quantifier", "crates", "crates_all"),
        ("time_span", "sales", "sales_month"),
        ("related", "charged", "charged_arrested"),
        ("direction", "adoption", "adoption_before"),
        ("modality", "law", "law_proposed"),
    ],
    "stanbridge-taxi-fares": [
        ("paraphrase", "fares", "fares_para"),
        ("paraphrase", "night", "night_para"),
        ("paraphrase", "licences", "licences_para"),
        ("light_edit", "soiling", "soiling_edit"),
        ("number", "fares", "fares_21"),
        ("direction", "fares", "fares_fall"),
        ("number", "night", "night_double"),
        ("modality", "drivers", "drivers_granted"),
        ("negation", "soiling", "soiling_removed"),
        ("quantifier", "cards", "cards_most"),
        ("attribution", "licences", "licences_fact"),
    ],
    "fellmoor-lyme-disease": [
        ("paraphrase", "cases", "cases_para"),
        ("paraphrase", "ticks", "ticks_para"),
        ("light_edit", "deer", "deer_edit"),
        ("attribution", "cases", "cases_fact"),
        ("direction", "cases", "cases_halved"),
        ("quantifier", "cases", "cases_suspected"),
        ("number", "ticks", "ticks_sixteen"),
        ("entity", "ticks", "ticks_encephalitis"),
        ("hedge", "deer", "deer_caused"),
        ("modality", "signs", "signs_up"),
        ("entity", "vaccine", "vaccine_dogs"),
    ],
    "breckenford-processionary-moth": [
        ("paraphrase", "nests", "nests_para"),
        ("paraphrase", "hairs", "hairs_para"),
        ("paraphrase", "removal", "removal_para"),
        ("light_edit", "spray", "spray_edit"),
        ("entity", "nests", "nests_beech"),
        ("number", "nests", "nests_620"),
        ("attribution", "hairs", "hairs_fact"),
        ("entity", "spray", "spray_chemical"),
        ("number", "spray", "spray_july"),
        ("negation", "spread", "spread_not"),
        ("modality", "dogs", "dogs_must"),
    ],
    "orchardgate-graffiti": [
        ("paraphrase", "cost", "cost_para"),
        ("paraphrase", "wall", "wall_para"),
        ("paraphrase", "fines", "fines_para"),
        ("paraphrase", "cameras", "cameras_para"),
        ("direction", "cost", "cost_half"),
        ("negation", "wall", "wall_close"),
        ("modality", "wall", "wall_considering"),
        ("attribution", "mural", "mural_fact"),
        ("number", "fines", "fines_1500"),
        ("quantifier", "cameras", "cameras_all"),
        ("related", "prosecuted", "prosecuted_convicted"),
    ],
    "lake-menvar-jet-skis": [
        ("paraphrase", "ban", "ban_para"),
        ("paraphrase", "zone", "zone_para"),
        ("paraphrase", "petition", "petition_para"),
        ("paraphrase", "wardens", "wardens_para"),
        ("entity", "ban", "ban_motorboats"),
        ("quantifier", "ban", "ban_weekends"),
        ("related", "ban", "ban_killed"),
        ("number", "zone", "zone_20"),
        ("negation", "petition", "petition_against"),
        ("attribution", "hire", "hire_fact"),
        ("hedge", "hire", "hire_may"),
    ],
    "thrushwood-deer-cull": [
        ("paraphrase", "cull", "cull_para"),
        ("paraphrase", "herd", "herd_para"),
        ("paraphrase", "crashes", "crashes_para"),
        ("light_edit", "meat", "meat_edit"),
        ("entity", "cull", "cull_red"),
        ("number", "cull", "cull_40"),
        ("attribution", "herd", "herd_fact"),
        ("direction", "herd", "herd_quarter"),
        ("entity", "meat", "meat_fencing"),
        ("quantifier", "closures", "closures_all"),
        ("modality", "contraception", "contraception_agreed"),
        ("time_span", "crashes", "crashes_month"),
    ],
    "quenby-christmas-lights": [
        ("paraphrase", "lights", "lights_para"),
        ("paraphrase", "cost", "cost_para"),
        ("paraphrase", "market", "market_para"),
        ("light_edit", "bulbs", "bulbs_edit"),
        ("number", "lights", "lights_18"),
        ("entity", "lights", "lights_mayor"),
        ("roles", "cost", "cost_swapped"),
        ("direction", "bulbs", "bulbs_more"),
        ("entity", "tree", "tree_forestry"),
        ("time_span", "market", "market_weeks"),
        ("hedge", "off", "off_could"),
    ],
    "scarrow-fells-wild-camping": [
        ("paraphrase", "permit", "permit_para"),
        ("paraphrase", "tents", "tents_para"),
        ("paraphrase", "fires", "fires_para"),
        ("light_edit", "groups", "groups_edit"),
        ("attribution", "permit", "permit_fact"),
        ("number", "permit", "permit_50"),
        ("time_span", "permits", "permits_week"),
        ("entity", "tents", "tents_barbecues"),
        ("negation", "fires", "fires_allowed"),
        ("roles", "landowners", "landowners_swapped"),
        ("modality", "groups", "groups_has"),
    ],
}

# SciFact training claims (no earlier split used them or an abstract they cite), quoted under the key ORIGINAL; the
# texts written by hand from each, and the pairs.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    0: {
        "para": "Biomaterials that are zero-dimensional do not have inductive properties.",
        "three_d": "3-dimensional biomaterials lack inductive properties.",
        "have": "0-dimensional biomaterials have inductive properties.",
    },
    81: {
        "para": "Removing Snail acutely from the embryonic cortex alters how embryonic cortical precursors proliferate "
        "and how many of them there are.",
        "chronic": "Chronic ablation of Snail in the embryonic cortex affects the proliferation and number of "
        "embryonic cortical precursors.",
        "adult": "Acute ablation of Snail in the adult cortex affects the proliferation and number of adult cortical "
        "precursors.",
    },
    196: {
        "para": "C2 and A-769662 act synergistically to activate AMPK that has been dephosphorylated.",
        "phosphorylated": "C2 works synergistically with A-769662 to activate phosphorylated AMPK.",
        "inhibit": "C2 works synergistically with A-769662 to inhibit dephosphorylated AMPK.",
    },
    203: {
        "para": "CD44v6 has no association with the constitutive and reprogrammed cancer stem cells that drive the "
        "metastasis of cancer.",
        "associated": "CD44v6 is associated with constitutive and reprogrammed cancer stem cells driving cancer "
        "metastasis.",
        "cd133": "CD133 is not associated with constitutive and reprogrammed cancer stem cells driving cancer "
        "metastasis.",
    },
    227: {
        "para": "Tumours that at first respond to therapies targeting the epidermal growth factor receptor later "
        "become resistant through several mechanisms.",
        "single": "Cancers that initially benefit from epidermal growth factor receptor targeted therapies later "
        "become refractory through a single mechanism.",
        "her2": "Cancers that initially benefit from HER2-targeted therapies later become refractory through several "
        "mechanisms.",
    },
    296: {
        "para": "Switching from unstable to stable kt-mt attachments in mitosis requires cyclin A2 to be destroyed.",
        "edit": "Destruction of Cyclin A2 is necessary to switch from unstable to stable kt-mt attachments in mitosis.",
        "reversed": "Cyclin A2 destruction is necessary to switch from stable to unstable kt-mt attachments in "
        "mitosis.",
        "b1": "Cyclin B1 destruction is necessary to switch from unstable to stable kt-mt attachments in mitosis.",
    },
    345: {
        "para": "In the intestine, differentiated cells with a triple knockout of E2f-1, -2 and -3 show no apoptosis.",
        "exhibit": "Differentiated E2f-1, -2, -3 TKO cells in the intestine exhibit apoptosis.",
        "liver": "Differentiated E2f-1, -2, -3 TKO cells in the liver do not exhibit apoptosis.",
    },
    369: {
        "para": "Ectopically expressing Sall4, Nanog, Esrrb and Lin28 turns mouse embryonic fibroblasts into induced "
        "pluripotent stem cells more efficiently than other combinations of factors do.",
        "less": "Ectopic expression of Sall4, Nanog, Esrrb, and Lin28 generates induced pluripotent stem cells from "
        "mouse embryonic fibroblasts less efficiently than other factor combinations.",
        "human": "Ectopic expression of Sall4, Nanog, Esrrb, and Lin28 generates induced pluripotent stem cells from "
        "human embryonic fibroblasts more efficiently than other factor combinations.",
    },
    422: {
        "para": "In the tumour microenvironment, rigid molecules meet more steric hindrance than flexible molecules "
        "do.",
        "swapped": "Rigid molecules experience less steric hindrance in the tumor microenviroment than flexible "
        "molecules.",
        "healthy": "Flexible molecules experience less steric hindrance in healthy tissue than rigid molecules.",
    },
    455: {
        "para": "Genome stability is significantly affected by genes that take part in pre-mRNA splicing.",
        "little": "Genes involved in pre-mRNA splicing have little impact on genome stability.",
        "trna": "Genes involved in tRNA splicing have a significant impact on genome stability.",
    },
    469: {
        "para": "Seizures are influenced by calcium waves in glial cells.",
        "neuronal": "Neuronal calcium waves influence seizures.",
        "trigger": "Glial calcium waves trigger seizures.",
    },
    753: {
        "para": "The vectorial capacity of malaria is high.",
        "low": "Malaria has a low vectorial capacity.",
        "dengue": "Dengue has a high vectorial capacity.",
    },
    755: {
        "para": "Many of the cytokines that cancer cells produce also play a part in carcinogenesis.",
        "few": "Few cytokines that are produced by cancer cells contribute to carcinogenesis.",
        "immune": "Many cytokines that are produced by immune cells also contribute to carcinogenesis.",
    },
    1008: {
        "para": "Skin tissue does not express RUNX.",
        "expressed": "RUNX is expressed in skin tissue.",
        "bone": "RUNX is not expressed in bone tissue.",
    },
    1065: {
        "para": "A key factor in how sarcopenia develops is the dysfunction of satellite cells.",
        "edit": "Satellite cell dysfunction is a key factor in the development of sarcopenia.",
        "minor": "Satellite cell dysfunction is a minor factor in sarcopenia development.",
        "osteoporosis": "Satellite cell dysfunction is a key factor in osteoporosis development.",
    },
    1182: {
        "para": "In baker's yeast (Saccharomyces cerevisiae), carbon and energy metabolism is regulated by the Snf1 "
        "complex.",
        "nitrogen": "The Snf1 complex regulates nitrogen and energy metabolism in baker's yeast (Saccharomyces "
        "cerevisiae).",
        "fission": "The Snf1 complex regulates carbon and energy metabolism in fission yeast (Schizosaccharomyces "
        "pombe).",
    },
    1205: {
        "para": "Adding C-reactive protein values to physical examinations does not make predictions of "
        "radiographically verified pneumonia more accurate.",
        "improves": "The combination of physical examinations with C-reactive protein values improves the accuracy of "
        "radiographic verified pneumonia predictions.",
        "procalcitonin": "The combination of physical examinations with procalcitonin values does not improve the "
        "accuracy of radiographic verified pneumonia predictions.",
    },
    1219: {
        "para": "All the phenotypes linked to reduced insulin/insulin-like growth factor (Igf) signaling require "
        "daf-16, the gene that encodes forkhead Box O (FOXO).",
        "some": "The gene daf-16, which encodes forkhead Box O (FOXO), is required for some phenotypes associated with "
        "reduced insulin/insulin-like growth factor (Igf) signaling.",
        "increased": "The gene daf-16, which encodes forkhead Box O (FOXO), is required for all phenotypes associated "
        "with increased insulin/insulin-like growth factor (Igf) signaling.",
    },
    1229: {
        "para": "Adhesion sites are disassembled partly because matrix metalloproteases (MMPs) are delivered and "
        "secreted in a microtubule-dependent way.",
        "fully": "The microtubule-dependent delivery and secretion of matrix metalloproteases (MMPs) is fully "
        "responsible for the disassembly of adhesion sites.",
        "assembly": "The microtubule-dependent delivery and secretion of matrix metalloproteases (MMPs) is partially "
        "responsible for the assembly of adhesion sites.",
    },
    1310: {
        "para": "The interpretations made in traditional reviews are biased.",
        "systematic": "Systematic reviews are biased in their interpretations.",
        "unbiased": "Traditional reviews are unbiased in their interpretations.",
    },
    1312: {
        "para": "In macrophages infected with Staphylococcus aureus, transcription factor EB switches on the "
        "transcription of pro-inflammatory cytokines.",
        "edit": "Transcription factor EB (TFEB) induces transcription of pro-inflammatory cytokines in macrophages "
        "infected with Staphylococcus aureus.",
        "represses": "Transcription factor EB represses transcription of pro-inflammatory cytokines in macrophages "
        "infected with Staphylococcus aureus.",
        "anti": "Transcription factor EB induces transcription of anti-inflammatory cytokines in macrophages infected "
        "with Staphylococcus aureus.",
    },
    1328: {
        "para": "Granulomas induced by tuberculosis have immune system protein signatures that differ from those of "
        "the tissue around them.",
        "same": "Tuberculosis-induced granulomas express the same immune system protein signatures as the surrounding "
        "tissue.",
        "sarcoidosis": "Sarcoidosis-induced granulomas express different immune system protein signatures than the "
        "surrounding tissue.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    0: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "three_d"),
        ("negation", "para", "have"),
    ],
    81: [
        ("paraphrase", ORIGINAL, "para"),
        ("time_span", ORIGINAL, "chronic"),
        ("entity", ORIGINAL, "adult"),
    ],
    196: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "phosphorylated"),
        ("direction", ORIGINAL, "inhibit"),
    ],
    203: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "associated"),
        ("entity", ORIGINAL, "cd133"),
    ],
    227: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "single"),
        ("entity", ORIGINAL, "her2"),
    ],
    296: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "reversed"),
        ("entity", ORIGINAL, "b1"),
    ],
    345: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "exhibit"),
        ("entity", ORIGINAL, "liver"),
    ],
    369: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "less"),
        ("entity", ORIGINAL, "human"),
    ],
    422: [
        ("paraphrase", ORIGINAL, "para"),
        ("roles", ORIGINAL, "swapped"),
        ("entity", ORIGINAL, "healthy"),
    ],
    455: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "little"),
        ("entity", ORIGINAL, "trna"),
    ],
    469: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "neuronal"),
        ("hedge", ORIGINAL, "trigger"),
    ],
    753: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "low"),
        ("entity", ORIGINAL, "dengue"),
    ],
    755: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "few"),
        ("entity", ORIGINAL, "immune"),
    ],
    1008: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "expressed"),
        ("entity", ORIGINAL, "bone"),
    ],
    1065: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("quantifier", ORIGINAL, "minor"),
        ("entity", ORIGINAL, "osteoporosis"),
    ],
    1182: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "nitrogen"),
        ("entity", ORIGINAL, "fission"),
    ],
    1205: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "improves"),
        ("entity", ORIGINAL, "procalcitonin"),
    ],
    1219: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "some"),
        ("direction", ORIGINAL, "increased"),
    ],
    1229: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "fully"),
        ("direction", ORIGINAL, "assembly"),
    ],
    1310: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "systematic"),
        ("negation", ORIGINAL, "unbiased"),
    ],
    1312: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "represses"),
        ("entity", ORIGINAL, "anti"),
    ],
    1328: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "same"),
        ("entity", ORIGINAL, "sarcoidosis"),
    ],
}


SPLIT = HandSplit(11, ID_PREFIX, STORY_HAND, STORY_PAIRS, SCIFACT_HAND, SCIFACT_PAIRS, ORIGINAL)


if __name__ == "__main__":
    SPLIT.main(__doc__)
