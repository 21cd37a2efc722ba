"""Build pairs_test9.jsonl: a ninth fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the SciFact training claims (``../shared/datasets/scifact/claims_train.jsonl``, or --scifact; and BEIR's
``qrels/test.tsv`` beside it, for the abstracts the dev claims cite); every other text is written by hand below, as
stories in domains no earlier split used (a medicine shortage, a mushroom poisoning, a nightclub's noise ruling, postal
deliveries, a schools robotics contest, a balloon festival, potato blight, a tiger mosquito, a driving test backlog, a
dog vaccine, a dark-sky reserve, sheepdog trials, a giant pumpkin, tattoo inks, a tower block's lifts, a circus, a
cemetery running out of space, truffles, oysters and norovirus, a dinosaur fossil, a composer's lost score, a film
festival, a meteorite and lifeguard cuts). The verifier's news and WiCE files (``workbench/verifier/data``, or --news,
--news-val and --wice) are read only to check that no hand text is one of their claims and no story has one of their
topics. No text of it is in pairs.jsonl or pairs_test.jsonl ... pairs_test8.jsonl, no story of it is a group there,
has the topic of a story there or is worded like one of their texts, and no SciFact claim of it (nor an abstract such a
claim cites) is used by any of them: the script checks, and stops if one is. README.md beside this file describes the
rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test9_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

from pairs_common import HandSplit

# The splits already looked at (pairs_common.earlier_splits): no text of this file may appear in them, and no story
# or claim of it may be used there; HandSplit below checks.
# In SCIFACT_PAIRS this key stands for the claim quoted from the SciFact file.
ORIGINAL = "claim"
# The rows are numbered ea0001, ea0002, ...: a prefix no earlier split's ids start with (the script checks).
ID_PREFIX = "ea"

# Stories written by hand for this split (invented places, people and companies). STORY_HAND holds each story's texts
# under short keys; STORY_PAIRS pairs them, with the kind of the pair. Each story is the group 'story9-<topic>'.
STORY_HAND: dict[str, dict[str, str]] = {
    "castelmar-amoxicillin-shortage": {
        "out": "Nearly 40 percent of pharmacies in the Castelmar region ran out of children's amoxicillin syrup in "
        "January, the pharmacists' association said.",
        "out_para": "According to the pharmacists' association, close to two in five Castelmar pharmacies had no "
        "amoxicillin syrup for children left at some point in January.",
        "out_fact": "Nearly 40 percent of pharmacies in the Castelmar region ran out of children's amoxicillin syrup "
        "in January.",
        "out_tablets": "Nearly 40 percent of pharmacies in the Castelmar region ran out of children's amoxicillin "
        "tablets in January, the pharmacists' association said.",
        "out_more": "According to the pharmacists' association, more than two in five Castelmar pharmacies had no "
        "amoxicillin syrup for children left at some point in January.",
        "import": "The health ministry has allowed pharmacists to import the syrup from abroad for six months to ease "
        "the shortage.",
        "import_para": "To ease the shortage, pharmacists may bring the syrup in from other countries for half a year "
        "under an exemption granted by the health ministry.",
        "import_weeks": "The health ministry has allowed pharmacists to import the syrup from abroad for six weeks to "
        "ease the shortage.",
        "import_considering": "The health ministry is considering allowing pharmacists to import the syrup from abroad "
        "for six months to ease the shortage.",
        "blame": "The manufacturer, Pellant Pharma, blamed the shortage on a surge in demand during a winter wave of "
        "scarlet fever.",
        "blame_ministry": "The health ministry blamed the shortage on a surge in demand during a winter wave of "
        "scarlet fever.",
        "swap": "Pharmacists can now give a different antibiotic without going back to the doctor if the prescribed "
        "one is out of stock.",
        "swap_edit": "Pharmacists can now hand out a different antibiotic without going back to the doctor if the "
        "prescribed one is out of stock.",
        "swap_cannot": "Pharmacists still cannot give a different antibiotic without going back to the doctor if the "
        "prescribed one is out of stock.",
        "price": "The price the state pays for a bottle of the syrup will rise from 3.20 to 4.10 euros.",
        "price_para": "Instead of €3.20, the state will pay €4.10 for each bottle of the syrup.",
        "price_fall": "The price the state pays for a bottle of the syrup will fall from 4.10 to 3.20 euros.",
    },
    "brannock-mushroom-poisoning": {
        "ill": "Eleven people were treated in hospital in Brannock last week after eating wild mushrooms, three of "
        "them in intensive care.",
        "ill_para": "Wild mushrooms put 11 people in hospital in Brannock last week; three needed intensive care.",
        "ill_all": "Eleven people were treated in hospital in Brannock last week after eating wild mushrooms, all of "
        "them in intensive care.",
        "ill_died": "Wild mushrooms put 11 people in hospital in Brannock last week; three died.",
        "cap": "Doctors said most of the patients had eaten death cap mushrooms that they mistook for field mushrooms.",
        "cap_para": "Most of the patients had mistaken death caps for field mushrooms and eaten them, according to "
        "doctors.",
        "cap_swapped": "Doctors said most of the patients had eaten field mushrooms that they mistook for death cap "
        "mushrooms.",
        "app": "Several of the patients had used a phone app to identify the mushrooms, the poison centre said.",
        "app_fact": "Several of the patients had used a phone app to identify the mushrooms.",
        "app_blamed": "The poison centre said a phone app had led several of the patients to misidentify the "
        "mushrooms.",
        "advice": "The poison centre advises foragers not to eat any wild mushroom unless an expert has checked it.",
        "advice_edit": "The poison centre advises foragers not to eat any wild mushroom unless it has been checked by "
        "an expert.",
        "season": "This is the worst season for mushroom poisonings in the region since 2016.",
        "season_para": "Not since 2016 has the region had a season with as many mushroom poisonings as this one.",
        "season_2006": "This is the worst season for mushroom poisonings in the region since 2006.",
    },
    "lantern-rooms-noise-ruling": {
        "order": "A court has ordered the Lantern Rooms nightclub in Sallow Quay to close at midnight instead of 3 "
        "a.m. after neighbours complained about noise.",
        "order_para": "Following noise complaints from neighbours, a judge ruled that Sallow Quay's Lantern Rooms "
        "nightclub must shut at midnight rather than at three in the morning.",
        "order_1am": "A court has ordered the Lantern Rooms nightclub in Sallow Quay to close at 1 a.m. instead of 3 "
        "a.m. after neighbours complained about noise.",
        "order_refused": "A court has refused to order the Lantern Rooms nightclub in Sallow Quay to close at midnight "
        "instead of 3 a.m. after neighbours complained about noise.",
        "order_sundays": "Following noise complaints from neighbours, a judge ruled that Sallow Quay's Lantern Rooms "
        "nightclub must shut at midnight on Sundays rather than at three in the morning.",
        "db": "The council's measurements found noise of 62 decibels in the nearest flat, above the legal limit of 45.",
        "db_para": "Noise in the closest flat reached 62 dB against a legal maximum of 45 dB, according to readings "
        "taken by the council.",
        "db_swapped": "The council's measurements found noise of 45 decibels in the nearest flat, below the legal "
        "limit of 62.",
        "db_club": "The club's own measurements found noise of 62 decibels in the nearest flat, above the legal limit "
        "of 45.",
        "appeal": "The club's owner, Mirela Dancu, said she would appeal and that 30 jobs were at risk.",
        "appeal_fact": "Thirty jobs at the Lantern Rooms are at risk.",
        "appeal_lodged": "The club's owner, Mirela Dancu, has appealed and said that 30 jobs were at risk.",
        "opened": "The club opened in the former fish market in 1998, before most of the neighbouring flats were "
        "built.",
        "opened_edit": "The club opened in the old fish market in 1998, before most of the neighbouring flats were "
        "built.",
        "opened_after": "The club opened in the former fish market in 1998, after most of the neighbouring flats were "
        "built.",
    },
    "kestria-post-deliveries": {
        "days": "Kestria Post will deliver letters on alternate weekdays from April, instead of every weekday, to cut "
        "costs.",
        "days_para": "To save money, Kestria Post will bring letters every other weekday from April rather than daily "
        "from Monday to Friday.",
        "days_parcels": "Kestria Post will deliver parcels on alternate weekdays from April, instead of every weekday, "
        "to cut costs.",
        "days_asked": "Kestria Post has asked the regulator for permission to deliver letters on alternate weekdays "
        "from April, instead of every weekday, to cut costs.",
        "save": "The change is expected to save 210 million crowns a year.",
        "save_para": "Annual savings from the change are expected to reach 210 million crowns.",
        "save_five": "The change is expected to save 210 million crowns over five years.",
        "jobs": "About 1,800 of the company's 14,000 delivery staff will lose their jobs, mostly through voluntary "
        "redundancy.",
        "jobs_para": "Roughly eighteen hundred of the 14,000 delivery jobs at the company will go, most of them by "
        "voluntary redundancy.",
        "jobs_all": "About 1,800 of the company's 14,000 delivery staff will lose their jobs, all through voluntary "
        "redundancy.",
        "first": "First-class letters will still arrive the next working day.",
        "first_not": "First-class letters will no longer arrive the next working day.",
        "first_two": "First-class letters will still arrive within two working days.",
        "volume": "Letter volumes have fallen by two thirds since 2005.",
        "volume_edit": "Letter volumes have dropped by two-thirds since 2005.",
        "volume_to": "Letter volumes have fallen to two thirds of their 2005 level.",
    },
    "oakhurst-robotics-championship": {
        "win": "A team of four pupils from Oakhurst Academy in Tadmarsh won the national schools robotics championship "
        "with a robot that sorts recycling.",
        "win_para": "The national schools robotics championship was won by four pupils from Tadmarsh's Oakhurst "
        "Academy, whose robot sorts recycling.",
        "win_second": "A team of four pupils from Oakhurst Academy in Tadmarsh came second in the national schools "
        "robotics championship with a robot that sorts recycling.",
        "win_laundry": "A team of four pupils from Oakhurst Academy in Tadmarsh won the national schools robotics "
        "championship with a robot that sorts laundry.",
        "code": "At 12, the team's youngest member, Priya Nandakumar, wrote most of the robot's code.",
        "code_para": "Most of the robot's code was written by Priya Nandakumar, who at twelve is the youngest in the "
        "team.",
        "code_oldest": "Most of the robot's code was written by Priya Nandakumar, who at twelve is the oldest in the "
        "team.",
        "code_all": "At 12, the team's youngest member, Priya Nandakumar, wrote all of the robot's code.",
        "finals": "The win earns the team a place at the world finals in Singapore in July.",
        "finals_hopes": "The team hopes to win a place at the world finals in Singapore in July.",
        "budget": "The school built the robot for under 300 pounds, mostly from spare parts.",
        "budget_edit": "The school built the robot for less than 300 pounds, mostly from spare parts.",
        "budget_over": "The school built the robot for over 300 pounds, mostly from spare parts.",
        "teams": "A record 212 teams entered this year's contest, up from 140 last year.",
        "teams_para": "This year's contest drew 212 teams, more than ever before, compared with 140 a year earlier.",
        "teams_down": "This year's contest drew 140 teams, compared with a record 212 a year earlier.",
    },
    "kelverton-balloon-fiesta": {
        "wind": "Strong winds grounded all 60 hot-air balloons at the Kelverton Balloon Fiesta on Saturday morning.",
        "wind_para": "None of the 60 hot-air balloons at the Kelverton Balloon Fiesta could take off on Saturday "
        "morning because the wind was too strong.",
        "wind_half": "Strong winds grounded half of the 60 hot-air balloons at the Kelverton Balloon Fiesta on "
        "Saturday morning.",
        "wind_evening": "Strong winds grounded all 60 hot-air balloons at the Kelverton Balloon Fiesta on Saturday "
        "evening.",
        "mass": "On Sunday, 52 balloons took off together in a mass ascent watched by about 90,000 people.",
        "mass_para": "Some 90,000 spectators watched as 52 balloons rose together in Sunday's mass ascent.",
        "mass_25": "On Sunday, 25 balloons took off together in a mass ascent watched by about 90,000 people.",
        "mass_more": "More than 90,000 spectators watched as 52 balloons rose together in Sunday's mass ascent.",
        "fine": "A balloon pilot was fined 2,000 pounds for flying over the city's airport control zone without "
        "permission.",
        "fine_edit": "A balloon pilot was fined £2,000 for flying over the city's airport control zone without "
        "permission.",
        "fine_cleared": "A balloon pilot was cleared of flying over the city's airport control zone without "
        "permission.",
        "teapot": "This year's special-shape balloon, a 40-metre-tall teapot, was built in Poland.",
        "teapot_feet": "This year's special-shape balloon, a 40-foot-tall teapot, was built in Poland.",
        "loss": "Organisers said the fiesta would go ahead next year despite a loss of 150,000 pounds.",
        "loss_fact": "The fiesta will go ahead next year despite a loss of 150,000 pounds.",
        "loss_profit": "Organisers said the fiesta would go ahead next year thanks to a profit of 150,000 pounds.",
    },
    "fenmoor-potato-blight": {
        "blight": "Late blight has destroyed about a third of the potato crop in the Fenmoor district after the "
        "wettest July on record.",
        "blight_para": "After a July wetter than any before it on record, roughly one third of the Fenmoor district's "
        "potatoes have been wiped out by late blight.",
        "blight_tomato": "Late blight has destroyed about a third of the tomato crop in the Fenmoor district after the "
        "wettest July on record.",
        "blight_driest": "Late blight has destroyed about a third of the potato crop in the Fenmoor district after the "
        "driest July on record.",
        "blight_damaged": "After a July wetter than any before it on record, roughly one third of the Fenmoor "
        "district's potatoes have been damaged by late blight.",
        "price": "Wholesale potato prices have risen 45 percent since June.",
        "price_para": "Since June, the wholesale price of potatoes has gone up by 45%.",
        "price_retail": "Retail potato prices have risen 45 percent since June.",
        "spray": "Farmers sprayed fungicide up to twelve times this season, compared with five or six times in a "
        "normal year.",
        "spray_para": "Up to a dozen fungicide sprays were needed this season, against five or six in an ordinary "
        "year.",
        "spray_fifteen": "Farmers sprayed fungicide up to twelve times this season, compared with fifteen or sixteen "
        "times in a normal year.",
        "resistant": "Growers who planted the blight-resistant Halla Rose variety lost almost none of their crop.",
        "resistant_edit": "Growers that planted the blight-resistant Halla Rose variety lost almost none of their "
        "crop.",
        "resistant_all": "Growers who planted the blight-resistant Halla Rose variety lost almost all of their crop.",
        "aid": "The farmers' union has asked the government for emergency compensation.",
        "aid_agreed": "The government has agreed to pay the farmers emergency compensation.",
    },
    "lauzac-tiger-mosquito": {
        "eggs": "Asian tiger mosquito eggs have been found in traps at two motorway service stations near Lauzac, the "
        "first record of the species in the province.",
        "eggs_para": "For the first time in the province, the Asian tiger mosquito has been recorded: its eggs turned "
        "up in traps at a pair of motorway service stations near Lauzac.",
        "eggs_country": "Asian tiger mosquito eggs have been found in traps at two motorway service stations near "
        "Lauzac, the first record of the species in the country.",
        "eggs_adults": "For the first time in the province, the Asian tiger mosquito has been recorded: adults turned "
        "up in traps at a pair of motorway service stations near Lauzac.",
        "eggs_twelve": "Asian tiger mosquito eggs have been found in traps at twelve motorway service stations near "
        "Lauzac, the first record of the species in the province.",
        "dengue": "Health officials stressed that no case of dengue or chikungunya has been linked to the mosquitoes.",
        "dengue_case": "Health officials confirmed that a case of dengue has been linked to the mosquitoes.",
        "dengue_fact": "No case of dengue or chikungunya has been linked to the mosquitoes.",
        "treat": "Pest controllers will treat water-holding containers within 200 metres of each site.",
        "treat_para": "Containers that hold water will be treated by pest controllers in a 200 m radius around each of "
        "the sites.",
        "treat_feet": "Pest controllers will treat water-holding containers within 200 feet of each site.",
        "treat_may": "Pest controllers may treat water-holding containers within 200 metres of each site.",
        "lorries": "Experts think the mosquitoes arrived in tyres or plants carried by lorries from the south.",
        "lorries_edit": "Experts believe the mosquitoes arrived in tyres or plants carried by lorries from the south.",
        "lorries_shown": "Experts have established that the mosquitoes arrived in tyres or plants carried by lorries "
        "from the south.",
    },
    "harnley-driving-test-backlog": {
        "wait": "Learner drivers in Harnley now wait an average of 21 weeks for a practical driving test, up from six "
        "weeks before the pandemic.",
        "wait_para": "Before the pandemic, Harnley learners waited six weeks on average for a practical driving test; "
        "now they wait 21.",
        "wait_theory": "Learner drivers in Harnley now wait an average of 21 weeks for a theory test, up from six "
        "weeks before the pandemic.",
        "wait_up_to": "Learner drivers in Harnley now wait up to 21 weeks for a practical driving test, up from six "
        "weeks before the pandemic.",
        "wait_down": "Learner drivers in Harnley now wait an average of six weeks for a practical driving test, down "
        "from 21 weeks before the pandemic.",
        "examiners": "The agency will recruit 90 more examiners and offer tests on Sundays until the backlog is "
        "cleared.",
        "examiners_para": "Until the backlog has gone, the agency is going to take on an extra 90 examiners and hold "
        "tests on Sundays.",
        "examiners_months": "The agency will recruit 90 more examiners and offer tests on Sundays for the next three "
        "months.",
        "bots": "Some booking slots are being bought up by bots and resold for up to three times the official 62-pound "
        "fee.",
        "bots_edit": "Some booking slots are being snapped up by bots and resold for up to three times the official "
        "£62 fee.",
        "bots_most": "Most booking slots are being bought up by bots and resold for up to three times the official "
        "62-pound fee.",
        "pass": "The pass rate at the Harnley test centre is 44 percent, below the national average of 48 percent.",
        "pass_para": "At 44%, the Harnley test centre's pass rate trails the national average of 48%.",
        "pass_swapped": "The pass rate at the Harnley test centre is 48 percent, above the national average of 44 "
        "percent.",
    },
    "canivax-dog-vaccine": {
        "approved": "Regulators have approved Canivax-L, the first vaccine to protect dogs against all four common "
        "strains of leptospirosis with a single yearly shot.",
        "approved_para": "Canivax-L, the first vaccine that guards dogs against each of the four common leptospirosis "
        "strains with one injection a year, has been given regulatory approval.",
        "approved_three": "Regulators have approved Canivax-L, the first vaccine to protect dogs against three of the "
        "four common strains of leptospirosis with a single yearly shot.",
        "approved_cats": "Regulators have approved Canivax-L, the first vaccine to protect cats against all four "
        "common strains of leptospirosis with a single yearly shot.",
        "approved_reviewing": "Regulators are reviewing Canivax-L, the first vaccine to protect dogs against all four "
        "common strains of leptospirosis with a single yearly shot.",
        "trial": "In trials, the vaccine prevented infection in 94 percent of vaccinated dogs.",
        "trial_para": "Ninety-four out of every hundred dogs given the vaccine in trials were protected from "
        "infection.",
        "trial_49": "In trials, the vaccine prevented infection in 49 percent of vaccinated dogs.",
        "trial_severe": "In trials, the vaccine prevented severe illness in 94 percent of vaccinated dogs.",
        "swelling": "Mild swelling at the injection site was the most common side effect, seen in about one dog in 20.",
        "swelling_para": "The side effect seen most often, in roughly 5% of dogs, was mild swelling where the needle "
        "went in.",
        "swelling_200": "Mild swelling at the injection site was the most common side effect, seen in about one dog in "
        "200.",
        "humans": "Leptospirosis can pass from dogs to people.",
        "humans_swapped": "Leptospirosis can pass from people to dogs.",
    },
    "corvath-dark-sky-reserve": {
        "named": "The Corvath hills have been named an international dark-sky reserve, the fourth in the country.",
        "named_para": "The Corvath hills are now an international dark-sky reserve, and only three other places in the "
        "country hold that status.",
        "named_first": "The Corvath hills have been named an international dark-sky reserve, the first in the country.",
        "named_applied": "The Corvath hills have applied to be named an international dark-sky reserve, which would be "
        "the fourth in the country.",
        "lamps": "Three villages in the reserve have replaced 1,400 street lights with dimmer, amber LEDs that point "
        "downwards.",
        "lamps_para": "Fourteen hundred street lights in three of the reserve's villages have been swapped for dimmer "
        "amber LEDs aimed at the ground.",
        "lamps_brighter": "Three villages in the reserve have replaced 1,400 street lights with brighter, amber LEDs "
        "that point downwards.",
        "lamps_all": "All the villages in the reserve have replaced 1,400 street lights with dimmer, amber LEDs that "
        "point downwards.",
        "stars": "On a clear night, about 2,000 stars can be seen with the naked eye from the hills.",
        "stars_edit": "On a clear night, around 2,000 stars can be seen with the naked eye from the hills.",
        "stars_telescope": "On a clear night, about 2,000 stars can be seen through a small telescope from the hills.",
        "visitors": "The park authority hopes the status will bring in 25,000 extra visitors a year, mostly in winter.",
        "visitors_brought": "The park authority says the status has brought in 25,000 extra visitors a year, mostly in "
        "winter.",
        "visitors_summer": "The park authority hopes the status will bring in 25,000 extra visitors a year, mostly in "
        "summer.",
    },
    "glenarva-sheepdog-trials": {
        "won": "Shepherd Ewan Tulloch and his dog Moss won the national sheepdog trials at Glenarva for the second "
        "year running.",
        "won_para": "For a second consecutive year, the national sheepdog trials at Glenarva were won by the shepherd "
        "Ewan Tulloch with his dog, Moss.",
        "won_runner_up": "For a second consecutive year, shepherd Ewan Tulloch and his dog, Moss, were runners-up at "
        "the national sheepdog trials at Glenarva.",
        "score": "The pair scored 96 points out of 110, four points clear of the runner-up.",
        "score_para": "Out of a possible 110, the pair scored 96, beating the second-placed team by four points.",
        "score_one": "The pair scored 96 points out of 110, one point clear of the runner-up.",
        "course": "The course required the dog to gather five sheep from 400 metres away and pen them within 15 "
        "minutes.",
        "course_yards": "The course required the dog to gather five sheep from 400 yards away and pen them within 15 "
        "minutes.",
        "retire": "Tulloch said Moss, who is nine, would retire from competition after this season.",
        "retire_fact": "Moss, who is nine, will retire from competition after this season.",
        "retire_might": "Tulloch said Moss, who is nine, might retire from competition after this season.",
        "entries": "Entries fell to 74 this year from 110 in 2019, as fewer young people take up shepherding.",
        "entries_edit": "Entries dropped to 74 this year from 110 in 2019, as fewer young people take up shepherding.",
        "entries_by": "Entries fell by 74 this year from 110 in 2019, as fewer young people take up shepherding.",
    },
    "pendleby-giant-pumpkin": {
        "record": "A pumpkin grown by retired postman Alf Brereton weighed 1,152 kilograms at the Pendleby Show, a "
        "national record.",
        "record_para": "At 1,152 kg, retired postman Alf Brereton's pumpkin set a national record when it was weighed "
        "at the Pendleby Show.",
        "record_world": "A pumpkin grown by retired postman Alf Brereton weighed 1,152 kilograms at the Pendleby Show, "
        "a world record.",
        "record_pounds": "At 1,152 pounds, retired postman Alf Brereton's pumpkin set a national record when it was "
        "weighed at the Pendleby Show.",
        "growth": "At its peak the pumpkin was putting on 25 kilograms a day.",
        "growth_para": "At the height of its growth, the pumpkin gained as much as 25 kg daily.",
        "growth_week": "At its peak the pumpkin was putting on 25 kilograms a week.",
        "water": "Brereton said he watered it with up to 400 litres a day in July.",
        "water_fact": "The pumpkin was watered with up to 400 litres a day in July.",
        "water_least": "Brereton said he watered it with at least 400 litres a day in July.",
        "previous": "The previous record, 1,098 kilograms, was set in 2021 by Brereton's neighbour, Gwen Pryce.",
        "previous_edit": "The previous record of 1,098 kilograms was set in 2021 by Brereton's neighbour, Gwen Pryce.",
        "previous_swapped": "The previous record, 1,098 kilograms, was set in 2021 by Gwen Pryce's neighbour, Alf "
        "Brereton.",
        "seeds": "Seeds from the pumpkin will be auctioned for a children's hospice.",
        "seeds_sold": "Seeds from the pumpkin were auctioned for a children's hospice.",
    },
    "velmark-tattoo-inks": {
        "ban": "From January, tattoo inks sold in Velmark must not contain any of 4,000 chemicals listed as hazardous.",
        "ban_para": "None of the 4,000 chemicals on the hazardous list will be allowed in tattoo inks sold in Velmark "
        "from January.",
        "ban_trace": "From January, tattoo inks sold in Velmark must not contain more than trace amounts of 4,000 "
        "chemicals listed as hazardous.",
        "ban_made": "From January, tattoo inks made in Velmark must not contain any of 4,000 chemicals listed as "
        "hazardous.",
        "pigments": "Artists say the rules will in effect ban two widely used pigments, Blue 15 and Green 7, for which "
        "no safe substitute exists yet.",
        "pigments_para": "According to tattoo artists, the rules amount to a ban on Blue 15 and Green 7, two common "
        "pigments that cannot yet be replaced safely.",
        "pigments_fact": "The rules will in effect ban two widely used pigments, Blue 15 and Green 7, for which no "
        "safe substitute exists yet.",
        "pigments_substitute": "Artists say the rules will in effect ban two widely used pigments, Blue 15 and Green "
        "7, for which a safe substitute already exists.",
        "studios": "The country has about 3,100 licensed tattoo studios, three times as many as in 2010.",
        "studios_para": "Velmark has some 3,100 licensed tattoo studios, triple the number it had in 2010.",
        "studios_third": "The country has about 3,100 licensed tattoo studios, a third as many as in 2010.",
        "removal": "Demand for laser tattoo removal has risen by a quarter in five years.",
        "removal_edit": "Demand for laser tattoo removal has gone up by a quarter in five years.",
        "removal_months": "Demand for laser tattoo removal has risen by a quarter in five months.",
    },
    "falconer-house-lifts": {
        "lift": "Residents of the 22-storey Falconer House in Drayle have been without a working lift for five weeks.",
        "lift_para": "Falconer House, a 22-storey block in Drayle, has had no working lift for five weeks.",
        "lift_days": "Residents of the 22-storey Falconer House in Drayle have been without a working lift for five "
        "days.",
        "lift_heating": "Residents of the 22-storey Falconer House in Drayle have been without working heating for "
        "five weeks.",
        "lift_one": "Falconer House, a 22-storey block in Drayle, has had only one working lift for five weeks.",
        "part": "The landlord, Oakway Housing, said a replacement part had to be made in Germany.",
        "part_fact": "A replacement part had to be made in Germany.",
        "part_shipped": "The landlord, Oakway Housing, said a replacement part had to be shipped from Germany.",
        "carried": "Firefighters have carried four residents down the stairs to hospital appointments.",
        "carried_para": "Four residents have been carried down the stairs by firefighters to get to hospital "
        "appointments.",
        "carried_up": "Firefighters have carried four residents up the stairs from hospital appointments.",
        "rent": "Oakway will knock a week's rent off for every household in the block.",
        "rent_edit": "Oakway will take a week's rent off for every household in the block.",
        "rent_tenth": "Oakway will knock a week's rent off for every household above the tenth floor.",
        "rent_demand": "Residents are demanding that Oakway knock a week's rent off for every household in the block.",
    },
    "circo-valente-animals": {
        "tour": "Circo Valente will tour without animal acts for the first time in its 120-year history.",
        "tour_para": "Circo Valente, which has never toured without animal acts in its 120 years, will now do so.",
        "tour_12": "Circo Valente will tour without animal acts for the first time in its 12-year history.",
        "tour_with": "Circo Valente will tour with animal acts for the first time in its 120-year history.",
        "horses": "The circus's last six horses have been retired to a sanctuary in the Marnay hills.",
        "horses_para": "A sanctuary in the Marnay hills has taken in the circus's six remaining horses, now retired.",
        "horses_16": "The circus's last sixteen horses have been retired to a sanctuary in the Marnay hills.",
        "horses_school": "The circus's last six horses have been sold to a riding school in the Marnay hills.",
        "sales": "Ticket sales fell by 40 percent over the past decade, the circus's director, Livia Rossetti, said.",
        "sales_edit": "Ticket sales fell by 40% over the past decade, the circus's director, Livia Rossetti, said.",
        "sales_fact": "Ticket sales fell by 40 percent over the past decade.",
        "sales_protests": "Ticket sales fell by 40 percent over the past decade because of protests against animal "
        "acts, the circus's director, Livia Rossetti, said.",
        "acrobats": "The new show features 28 acrobats from nine countries.",
        "acrobats_para": "Twenty-eight acrobats from nine different countries appear in the new show.",
        "acrobats_swapped": "The new show features nine acrobats from 28 countries.",
    },
    "ellingham-cemetery-space": {
        "full": "Ellingham's city cemetery will run out of space for new graves within four years, a council report "
        "warns.",
        "full_para": "According to a council report, in four years or less there will be no room left for new graves "
        "in Ellingham's city cemetery.",
        "full_fact": "Ellingham's city cemetery will run out of space for new graves within four years.",
        "full_14": "Ellingham's city cemetery will run out of space for new graves within fourteen years, a council "
        "report warns.",
        "reuse": "The council is considering reusing graves that are more than 75 years old and have not been visited.",
        "reuse_started": "The council has started reusing graves that are more than 75 years old and have not been "
        "visited.",
        "reuse_25": "The council is considering reusing graves that are more than 25 years old and have not been "
        "visited.",
        "reuse_any": "The council is considering reusing graves that are more than 75 years old, whether or not they "
        "are visited.",
        "cremation": "Four in five funerals in the city are now cremations, up from two in three in 2000.",
        "cremation_para": "Cremations now account for 80 percent of the city's funerals, compared with about 67 "
        "percent in 2000.",
        "cremation_burials": "Four in five funerals in the city are now burials, up from two in three in 2000.",
        "fees": "Burial fees for people from outside the city will double from April.",
        "fees_edit": "Burial fees for people from outside the city are to double from April.",
        "fees_residents": "Burial fees for people from the city will double from April.",
    },
    "montalric-truffles": {
        "haul": "Truffle hunters around Montalric found barely a fifth of a normal winter's black truffles this season "
        "after a dry autumn.",
        "haul_para": "After an autumn with little rain, this season's black truffle haul around Montalric was only "
        "about 20 percent of what a normal winter yields.",
        "haul_white": "Truffle hunters around Montalric found barely a fifth of a normal winter's white truffles this "
        "season after a dry autumn.",
        "haul_more": "Truffle hunters around Montalric found a fifth more black truffles than in a normal winter this "
        "season after a dry autumn.",
        "haul_wet": "Truffle hunters around Montalric found barely a fifth of a normal winter's black truffles this "
        "season after a wet autumn.",
        "price": "Black truffles sold for 1,600 euros a kilo at the Montalric market in January, double last year's "
        "price.",
        "price_para": "In January the market price of black truffles in Montalric reached €1,600 per kilogram, twice "
        "what it was a year before.",
        "price_treble": "Black truffles sold for 1,600 euros a kilo at the Montalric market in January, treble last "
        "year's price.",
        "dogs": "A trained truffle dog can sell for more than 10,000 euros, the breeders' association says.",
        "dogs_fact": "A trained truffle dog can sell for more than 10,000 euros.",
        "dogs_usually": "A trained truffle dog usually sells for more than 10,000 euros, the breeders' association "
        "says.",
        "theft": "Police are investigating the theft of truffles from three plantations at night.",
        "theft_edit": "Police are investigating the night-time theft of truffles from three plantations.",
        "theft_closed": "Police have closed their investigation into the theft of truffles from three plantations at "
        "night.",
    },
    "saltcote-oyster-norovirus": {
        "halt": "Harvesting at the Saltcote oyster beds has been suspended after norovirus was linked to 48 cases of "
        "illness.",
        "halt_para": "Oyster harvesting at the Saltcote beds has been halted since norovirus was linked to 48 people "
        "falling ill.",
        "halt_ecoli": "Harvesting at the Saltcote oyster beds has been suspended after E. coli was linked to 48 cases "
        "of illness.",
        "halt_could": "Harvesting at the Saltcote oyster beds could be suspended if norovirus is linked to 48 cases of "
        "illness.",
        "halt_permanent": "Harvesting at the Saltcote oyster beds has been permanently banned after norovirus was "
        "linked to 48 cases of illness.",
        "overflow": "Tests found the virus in oysters from beds downstream of a storm overflow that discharged for 600 "
        "hours last year.",
        "overflow_edit": "Tests found the virus in oysters from beds downstream of a storm overflow which discharged "
        "for 600 hours last year.",
        "overflow_60": "Tests found the virus in oysters from beds downstream of a storm overflow that discharged for "
        "60 hours last year.",
        "reopen": "The beds can reopen only after two clear tests at least a week apart.",
        "reopen_para": "Reopening requires two clean tests taken no less than seven days apart.",
        "reopen_most": "The beds can reopen only after two clear tests at most a week apart.",
        "diners": "Most of the cases were diners at two restaurants in Wennacombe.",
        "diners_staff": "Most of the cases were staff at two restaurants in Wennacombe.",
    },
    "brackenholt-dinosaur-fossil": {
        "found": "Quarry workers at Brackenholt found the fossilised skeleton of a plant-eating dinosaur about 150 "
        "million years old.",
        "found_para": "A plant-eating dinosaur's fossil skeleton, roughly 150 million years old, was discovered by "
        "quarry workers at Brackenholt.",
        "found_meat": "Quarry workers at Brackenholt found the fossilised skeleton of a meat-eating dinosaur about 150 "
        "million years old.",
        "found_190": "A plant-eating dinosaur's fossil skeleton, roughly 190 million years old, was discovered by "
        "quarry workers at Brackenholt.",
        "found_tooth": "Quarry workers at Brackenholt found a fossilised tooth of a plant-eating dinosaur about 150 "
        "million years old.",
        "complete": "Researchers estimate that about 70 percent of the skeleton has survived.",
        "complete_para": "Around seven-tenths of the skeleton survives, researchers estimate.",
        "complete_missing": "Researchers estimate that about 70 percent of the skeleton is missing.",
        "species": "It may be a species new to science, said Dr Hanna Okafor of the Westmarch Museum.",
        "species_is": "It is a species new to science, said Dr Hanna Okafor of the Westmarch Museum.",
        "species_fact": "It may be a species new to science.",
        "dig": "Excavation will take about two years, and the quarry has paused blasting in that part of the site.",
        "dig_edit": "Excavation will take around two years, and the quarry has paused blasting in that part of the "
        "site.",
        "dig_continued": "Excavation will take about two years, and the quarry has continued blasting in that part of "
        "the site.",
    },
    "wennstrom-lost-score": {
        "score": "A lost score by the composer Ida Wennström has been found in a box of papers in the archive of the "
        "Saint Oda convent.",
        "score_para": "In a box of papers in the Saint Oda convent's archive, a score by the composer Ida Wennström "
        "that was thought to be lost has turned up.",
        "score_letter": "A lost letter by the composer Ida Wennström has been found in a box of papers in the archive "
        "of the Saint Oda convent.",
        "score_sold": "A lost score by the composer Ida Wennström has been sold to the archive of the Saint Oda "
        "convent.",
        "date": "Experts date the manuscript to around 1840, when Wennström was 19.",
        "date_para": "The manuscript was written in about 1840, when Wennström was nineteen, according to experts.",
        "date_29": "Experts date the manuscript to around 1840, when Wennström was 29.",
        "match": "Her handwriting and the paper's watermark both match other works from her early years, archivists "
        "said.",
        "match_one": "Her handwriting matches other works from her early years but the paper's watermark does not, "
        "archivists said.",
        "match_fact": "Her handwriting and the paper's watermark both match other works from her early years.",
        "premiere": "The piece, a string quartet, will be performed for the first time in May.",
        "premiere_edit": "The piece, a string quartet, is to be performed for the first time in May.",
        "premiere_quintet": "The piece, a string quintet, will be performed for the first time in May.",
        "premiere_was": "The piece, a string quartet, was performed for the first time in May.",
    },
    "rivoli-film-festival": {
        "tickets": "The Rivoli Film Festival in Castellan sold 61,000 tickets this year, a fifth more than last year.",
        "tickets_para": "Ticket sales at Castellan's Rivoli Film Festival rose 20 percent on last year, to 61,000.",
        "tickets_fewer": "The Rivoli Film Festival in Castellan sold 61,000 tickets this year, a fifth fewer than last "
        "year.",
        "tickets_young": "The Rivoli Film Festival in Castellan sold 61,000 tickets this year, a fifth of them to "
        "people under 25.",
        "tickets_16": "Ticket sales at Castellan's Rivoli Film Festival rose 20 percent on last year, to 16,000.",
        "award": "The festival's top prize, the Golden Lantern, went to Salt Roads, a documentary by the first-time "
        "director Amira Khoury.",
        "award_para": "Salt Roads, a documentary by first-time director Amira Khoury, won the Golden Lantern, the "
        "festival's highest award.",
        "award_audience": "The festival's audience prize, the Silver Reel, went to Salt Roads, a documentary by the "
        "first-time director Amira Khoury.",
        "walkout": "About a hundred people walked out of the opening film, the festival's director said.",
        "walkout_fact": "About a hundred people walked out of the opening film.",
        "online": "For the first time, half of the programme could also be watched online.",
        "online_para": "For the first time, 50 percent of the films in the programme were also available to stream.",
        "online_all": "For the first time, the whole programme could also be watched online.",
    },
    "lowmoss-meteorite": {
        "fell": "A meteorite weighing 3.2 kilograms crashed through the roof of a garage in Lowmoss on Tuesday night.",
        "fell_para": "On Tuesday night a 3.2 kg meteorite smashed through a garage roof in Lowmoss.",
        "fell_grams": "A meteorite weighing 3.2 grams crashed through the roof of a garage in Lowmoss on Tuesday "
        "night.",
        "fell_house": "A meteorite weighing 3.2 kilograms crashed through the roof of a house in Lowmoss on Tuesday "
        "night.",
        "fireball": "The fireball was seen by hundreds of people across three counties and recorded by 40 doorbell "
        "cameras.",
        "fireball_para": "Hundreds of people in three counties saw the fireball, and forty doorbell cameras caught it "
        "on video.",
        "fireball_dashboard": "The fireball was seen by hundreds of people across three counties and recorded by 40 "
        "dashboard cameras.",
        "age": "Scientists at Quenby University said the rock is probably about 4.5 billion years old.",
        "age_confirmed": "Scientists at Quenby University confirmed that the rock is about 4.5 billion years old.",
        "age_million": "Scientists at Quenby University said the rock is probably about 4.5 million years old.",
        "owner": "Under the country's law, the meteorite belongs to the owner of the land where it fell.",
        "owner_edit": "Under the country's law the meteorite belongs to the owner of the land on which it fell.",
        "owner_state": "Under the country's law, the meteorite belongs to the state.",
        "nobody": "Nobody was in the garage at the time.",
        "nobody_one": "One person was in the garage at the time.",
    },
    "coastwatch-lifeguard-cuts": {
        "cut": "Lifeguards will patrol only four of the county's eleven beaches this summer, down from all eleven last "
        "year, because of a funding cut.",
        "cut_para": "Because its funding was cut, the lifeguard service will cover just four of the county's 11 "
        "beaches this summer, having covered every one of them last year.",
        "cut_staff": "Lifeguards will patrol only four of the county's eleven beaches this summer, down from all "
        "eleven last year, because of a shortage of trained staff.",
        "cut_all_but": "Lifeguards will patrol all but four of the county's eleven beaches this summer, down from all "
        "eleven last year, because of a funding cut.",
        "money": "The Coastwatch charity, which runs the service, said it needed another 380,000 pounds to cover every "
        "beach.",
        "money_para": "A further £380,000 would be needed to cover every beach, according to Coastwatch, the charity "
        "that runs the service.",
        "money_fact": "Another 380,000 pounds is needed to cover every beach.",
        "money_38": "The Coastwatch charity, which runs the service, said it needed another 38,000 pounds to cover "
        "every beach.",
        "drowned": "Three people drowned on unpatrolled beaches in the county last summer.",
        "drowned_edit": "Three people drowned on unguarded beaches in the county last summer.",
        "drowned_patrolled": "Three people drowned on patrolled beaches in the county last summer.",
        "signs": "Beaches without lifeguards will have warning signs and emergency phones instead.",
        "signs_no_phones": "Beaches without lifeguards will have warning signs but no emergency phones.",
        "volunteers": "Surf clubs have offered volunteers to patrol two of the beaches at weekends.",
        "volunteers_daily": "Surf clubs have offered volunteers to patrol two of the beaches every day.",
        "volunteers_will": "Surf clubs will send volunteers to patrol two of the beaches at weekends.",
    },
}

STORY_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "castelmar-amoxicillin-shortage": [
        ("paraphrase", "out", "out_para"),
        ("paraphrase", "import", "import_para"),
        ("paraphrase", "price", "price_para"),
        ("light_edit", "swap", "swap_edit"),
        ("attribution", "out", "out_fact"),
        ("entity", "out", "out_tablets"),
        ("quantifier", "out_para", "out_more"),
        ("time_span", "import", "import_weeks"),
        ("modality", "import", "import_considering"),
        ("entity", "blame", "blame_ministry"),
        ("negation", "swap", "swap_cannot"),
        ("direction", "price", "price_fall"),
    ],
    "brannock-mushroom-poisoning": [
        ("paraphrase", "ill", "ill_para"),
        ("paraphrase", "cap", "cap_para"),
        ("paraphrase", "season", "season_para"),
        ("light_edit", "advice", "advice_edit"),
        ("quantifier", "ill", "ill_all"),
        ("related", "ill_para", "ill_died"),
        ("roles", "cap", "cap_swapped"),
        ("attribution", "app", "app_fact"),
        ("related", "app", "app_blamed"),
        ("number", "season", "season_2006"),
    ],
    "lantern-rooms-noise-ruling": [
        ("paraphrase", "order", "order_para"),
        ("paraphrase", "db", "db_para"),
        ("light_edit", "opened", "opened_edit"),
        ("number", "order", "order_1am"),
        ("negation", "order", "order_refused"),
        ("quantifier", "order_para", "order_sundays"),
        ("number", "db", "db_swapped"),
        ("entity", "db", "db_club"),
        ("attribution", "appeal", "appeal_fact"),
        ("modality", "appeal", "appeal_lodged"),
        ("direction", "opened", "opened_after"),
    ],
    "kestria-post-deliveries": [
        ("paraphrase", "days", "days_para"),
        ("paraphrase", "save", "save_para"),
        ("paraphrase", "jobs", "jobs_para"),
        ("light_edit", "volume", "volume_edit"),
        ("entity", "days", "days_parcels"),
        ("modality", "days", "days_asked"),
        ("time_span", "save", "save_five"),
        ("quantifier", "jobs", "jobs_all"),
        ("negation", "first", "first_not"),
        ("number", "first", "first_two"),
        ("number", "volume", "volume_to"),
    ],
    "oakhurst-robotics-championship": [
        ("paraphrase", "win", "win_para"),
        ("paraphrase", "code", "code_para"),
        ("paraphrase", "teams", "teams_para"),
        ("light_edit", "budget", "budget_edit"),
        ("number", "win", "win_second"),
        ("entity", "win_para", "win_laundry"),
        ("direction", "code_para", "code_oldest"),
        ("quantifier", "code", "code_all"),
        ("modality", "finals", "finals_hopes"),
        ("quantifier", "budget", "budget_over"),
        ("direction", "teams_para", "teams_down"),
    ],
    "kelverton-balloon-fiesta": [
        ("paraphrase", "wind", "wind_para"),
        ("paraphrase", "mass", "mass_para"),
        ("light_edit", "fine", "fine_edit"),
        ("quantifier", "wind", "wind_half"),
        ("time_span", "wind", "wind_evening"),
        ("number", "mass", "mass_25"),
        ("quantifier", "mass_para", "mass_more"),
        ("negation", "fine", "fine_cleared"),
        ("number", "teapot", "teapot_feet"),
        ("attribution", "loss", "loss_fact"),
        ("direction", "loss", "loss_profit"),
    ],
    "fenmoor-potato-blight": [
        ("paraphrase", "blight", "blight_para"),
        ("paraphrase", "price", "price_para"),
        ("paraphrase", "spray", "spray_para"),
        ("light_edit", "resistant", "resistant_edit"),
        ("entity", "blight", "blight_tomato"),
        ("negation", "blight", "blight_driest"),
        ("related", "blight_para", "blight_damaged"),
        ("entity", "price", "price_retail"),
        ("number", "spray", "spray_fifteen"),
        ("quantifier", "resistant", "resistant_all"),
        ("modality", "aid", "aid_agreed"),
    ],
    "lauzac-tiger-mosquito": [
        ("paraphrase", "eggs", "eggs_para"),
        ("paraphrase", "treat", "treat_para"),
        ("light_edit", "lorries", "lorries_edit"),
        ("entity", "eggs", "eggs_country"),
        ("entity", "eggs_para", "eggs_adults"),
        ("number", "eggs", "eggs_twelve"),
        ("negation", "dengue", "dengue_case"),
        ("attribution", "dengue", "dengue_fact"),
        ("number", "treat", "treat_feet"),
        ("hedge", "treat", "treat_may"),
        ("hedge", "lorries", "lorries_shown"),
    ],
    "harnley-driving-test-backlog": [
        ("paraphrase", "wait", "wait_para"),
        ("paraphrase", "examiners", "examiners_para"),
        ("paraphrase", "pass", "pass_para"),
        ("light_edit", "bots", "bots_edit"),
        ("entity", "wait", "wait_theory"),
        ("quantifier", "wait", "wait_up_to"),
        ("direction", "wait", "wait_down"),
        ("time_span", "examiners", "examiners_months"),
        ("quantifier", "bots", "bots_most"),
        ("number", "pass", "pass_swapped"),
    ],
    "canivax-dog-vaccine": [
        ("paraphrase", "approved", "approved_para"),
        ("paraphrase", "trial", "trial_para"),
        ("paraphrase", "swelling", "swelling_para"),
        ("quantifier", "approved", "approved_three"),
        ("entity", "approved", "approved_cats"),
        ("modality", "approved", "approved_reviewing"),
        ("number", "trial", "trial_49"),
        ("related", "trial", "trial_severe"),
        ("number", "swelling", "swelling_200"),
        ("roles", "humans", "humans_swapped"),
    ],
    "corvath-dark-sky-reserve": [
        ("paraphrase", "named", "named_para"),
        ("paraphrase", "lamps", "lamps_para"),
        ("light_edit", "stars", "stars_edit"),
        ("number", "named", "named_first"),
        ("modality", "named", "named_applied"),
        ("negation", "lamps", "lamps_brighter"),
        ("quantifier", "lamps", "lamps_all"),
        ("entity", "stars", "stars_telescope"),
        ("modality", "visitors", "visitors_brought"),
        ("entity", "visitors", "visitors_summer"),
    ],
    "glenarva-sheepdog-trials": [
        ("paraphrase", "won", "won_para"),
        ("paraphrase", "score", "score_para"),
        ("light_edit", "entries", "entries_edit"),
        ("number", "won_para", "won_runner_up"),
        ("number", "score", "score_one"),
        ("number", "course", "course_yards"),
        ("attribution", "retire", "retire_fact"),
        ("hedge", "retire", "retire_might"),
        ("number", "entries", "entries_by"),
    ],
    "pendleby-giant-pumpkin": [
        ("paraphrase", "record", "record_para"),
        ("paraphrase", "growth", "growth_para"),
        ("light_edit", "previous", "previous_edit"),
        ("quantifier", "record", "record_world"),
        ("number", "record_para", "record_pounds"),
        ("time_span", "growth", "growth_week"),
        ("attribution", "water", "water_fact"),
        ("quantifier", "water", "water_least"),
        ("roles", "previous", "previous_swapped"),
        ("modality", "seeds", "seeds_sold"),
    ],
    "velmark-tattoo-inks": [
        ("paraphrase", "ban", "ban_para"),
        ("paraphrase", "pigments", "pigments_para"),
        ("paraphrase", "studios", "studios_para"),
        ("light_edit", "removal", "removal_edit"),
        ("quantifier", "ban", "ban_trace"),
        ("entity", "ban", "ban_made"),
        ("attribution", "pigments", "pigments_fact"),
        ("negation", "pigments", "pigments_substitute"),
        ("direction", "studios", "studios_third"),
        ("time_span", "removal", "removal_months"),
    ],
    "falconer-house-lifts": [
        ("paraphrase", "lift", "lift_para"),
        ("paraphrase", "carried", "carried_para"),
        ("light_edit", "rent", "rent_edit"),
        ("time_span", "lift", "lift_days"),
        ("entity", "lift", "lift_heating"),
        ("quantifier", "lift_para", "lift_one"),
        ("attribution", "part", "part_fact"),
        ("related", "part", "part_shipped"),
        ("direction", "carried", "carried_up"),
        ("quantifier", "rent", "rent_tenth"),
        ("modality", "rent", "rent_demand"),
    ],
    "circo-valente-animals": [
        ("paraphrase", "tour", "tour_para"),
        ("paraphrase", "horses", "horses_para"),
        ("paraphrase", "acrobats", "acrobats_para"),
        ("light_edit", "sales", "sales_edit"),
        ("number", "tour", "tour_12"),
        ("negation", "tour", "tour_with"),
        ("number", "horses", "horses_16"),
        ("entity", "horses", "horses_school"),
        ("attribution", "sales", "sales_fact"),
        ("related", "sales", "sales_protests"),
        ("number", "acrobats", "acrobats_swapped"),
    ],
    "ellingham-cemetery-space": [
        ("paraphrase", "full", "full_para"),
        ("paraphrase", "cremation", "cremation_para"),
        ("light_edit", "fees", "fees_edit"),
        ("attribution", "full", "full_fact"),
        ("number", "full", "full_14"),
        ("modality", "reuse", "reuse_started"),
        ("number", "reuse", "reuse_25"),
        ("quantifier", "reuse", "reuse_any"),
        ("entity", "cremation", "cremation_burials"),
        ("entity", "fees", "fees_residents"),
    ],
    "montalric-truffles": [
        ("paraphrase", "haul", "haul_para"),
        ("paraphrase", "price", "price_para"),
        ("light_edit", "theft", "theft_edit"),
        ("entity", "haul", "haul_white"),
        ("direction", "haul", "haul_more"),
        ("negation", "haul", "haul_wet"),
        ("number", "price", "price_treble"),
        ("attribution", "dogs", "dogs_fact"),
        ("quantifier", "dogs", "dogs_usually"),
        ("related", "theft", "theft_closed"),
    ],
    "saltcote-oyster-norovirus": [
        ("paraphrase", "halt", "halt_para"),
        ("paraphrase", "reopen", "reopen_para"),
        ("light_edit", "overflow", "overflow_edit"),
        ("entity", "halt", "halt_ecoli"),
        ("modality", "halt", "halt_could"),
        ("time_span", "halt", "halt_permanent"),
        ("number", "overflow", "overflow_60"),
        ("quantifier", "reopen", "reopen_most"),
        ("entity", "diners", "diners_staff"),
    ],
    "brackenholt-dinosaur-fossil": [
        ("paraphrase", "found", "found_para"),
        ("paraphrase", "complete", "complete_para"),
        ("light_edit", "dig", "dig_edit"),
        ("entity", "found", "found_meat"),
        ("number", "found_para", "found_190"),
        ("quantifier", "found", "found_tooth"),
        ("negation", "complete", "complete_missing"),
        ("hedge", "species", "species_is"),
        ("attribution", "species", "species_fact"),
        ("negation", "dig", "dig_continued"),
    ],
    "wennstrom-lost-score": [
        ("paraphrase", "score", "score_para"),
        ("paraphrase", "date", "date_para"),
        ("light_edit", "premiere", "premiere_edit"),
        ("entity", "score", "score_letter"),
        ("related", "score", "score_sold"),
        ("number", "date", "date_29"),
        ("quantifier", "match", "match_one"),
        ("attribution", "match", "match_fact"),
        ("number", "premiere", "premiere_quintet"),
        ("modality", "premiere", "premiere_was"),
    ],
    "rivoli-film-festival": [
        ("paraphrase", "tickets", "tickets_para"),
        ("paraphrase", "award", "award_para"),
        ("paraphrase", "online", "online_para"),
        ("direction", "tickets", "tickets_fewer"),
        ("related", "tickets", "tickets_young"),
        ("number", "tickets_para", "tickets_16"),
        ("entity", "award", "award_audience"),
        ("attribution", "walkout", "walkout_fact"),
        ("quantifier", "online", "online_all"),
    ],
    "lowmoss-meteorite": [
        ("paraphrase", "fell", "fell_para"),
        ("paraphrase", "fireball", "fireball_para"),
        ("light_edit", "owner", "owner_edit"),
        ("number", "fell", "fell_grams"),
        ("entity", "fell", "fell_house"),
        ("entity", "fireball", "fireball_dashboard"),
        ("hedge", "age", "age_confirmed"),
        ("number", "age", "age_million"),
        ("entity", "owner", "owner_state"),
        ("negation", "nobody", "nobody_one"),
    ],
    "coastwatch-lifeguard-cuts": [
        ("paraphrase", "cut", "cut_para"),
        ("paraphrase", "money", "money_para"),
        ("light_edit", "drowned", "drowned_edit"),
        ("entity", "cut", "cut_staff"),
        ("quantifier", "cut", "cut_all_but"),
        ("attribution", "money", "money_fact"),
        ("number", "money", "money_38"),
        ("negation", "drowned", "drowned_patrolled"),
        ("negation", "signs", "signs_no_phones"),
        ("time_span", "volunteers", "volunteers_daily"),
        ("modality", "volunteers", "volunteers_will"),
    ],
}

# SciFact training claims (no earlier split used them or an abstract they cite), quoted under the key ORIGINAL; the
# texts written by hand from each, and the pairs.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    74: {
        "para": "The active urease of H. pylori is a polymer built from five different subunits.",
        "two": "Active H. pylori urease has a polymeric structure consisting of two distinct subunits.",
        "catalase": "The active catalase of H. pylori is a polymer built from five different subunits.",
    },
    105: {
        "para": "When origin firing is altered, the zones where Okazaki fragments terminate shift.",
        "unchanged": "Altering origin firing leaves the termination zones of Okazaki fragments unchanged.",
        "swapped": "Changes in the termination zones of Okazaki fragments cause alteration of origin firing.",
        "initiation": "Alteration of origin firing causes changes in initiation zones of Okazaki fragments.",
    },
    160: {
        "para": "A positive culture of the cerebrospinal fluid allows bacterial meningitis to be diagnosed.",
        "edit": "Bacterial meningitis can be diagnosed based on positive cerebrospinal fluid (CSF) cultures.",
        "viral": "Viral meningitis can be diagnosed on the basis of positive cerebrospinal fluid (CSF) cultures.",
        "blood": "A positive blood culture allows bacterial meningitis to be diagnosed.",
    },
    161: {
        "para": "The phages MS2 and Qβ belong to the family Leviviridae.",
        "t4": "Bacteriophages MS2 and T4 are members of the Leviviridae.",
        "myoviridae": "The phages MS2 and Qβ belong to the family Myoviridae.",
        "only_ms2": "Of the bacteriophages MS2 and Qβ, only MS2 is a member of the Leviviridae.",
    },
    173: {
        "para": "Rpl23 is chaperoned by Bcp1.",
        "swapped": "Rpl23 is a chaperone for Bcp1.",
        "rpl3": "Bcp1 is a chaperone for Rpl3.",
    },
    181: {
        "para": "Neuronal loss induced by TDP-43 is prevented when TDP-43 is stopped from interacting with the complex "
        "I proteins ND3 and ND6.",
        "accelerates": "Blocking the interaction between TDP-43 and respiratory complex I proteins ND3 and ND6 "
        "accelerates TDP-43-induced neuronal loss.",
        "nd1": "Neuronal loss induced by TDP-43 is prevented when TDP-43 is stopped from interacting with the complex "
        "I proteins ND1 and ND4.",
        "fus": "Blocking the interaction between FUS and respiratory complex I proteins ND3 and ND6 prevents "
        "FUS-induced neuronal loss.",
    },
    201: {
        "para": "In mice, CD28 signalling controls how autoreactive T cells traffic into their target tissues.",
        "edit": "CD28 signals regulate the trafficking of murine autoreactive T cells into target tissues.",
        "ctla4": "CTLA-4 signals regulate trafficking of murine auto-reactive T cells into target tissues.",
        "no_part": "In mice, CD28 signalling plays no part in how autoreactive T cells traffic into their target "
        "tissues.",
    },
    262: {
        "para": "lncRNAs acting in cis regulate the expression of genes located near the sites where they are "
        "transcribed.",
        "trans": "Trans-acting lncRNAs control the expression of genes that are positioned in the vicinity of their "
        "transcription sites.",
        "far": "lncRNAs acting in cis regulate the expression of genes located far from the sites where they are "
        "transcribed.",
    },
    266: {
        "para": "How much Cnn1 is recruited changes over the course of the cell cycle.",
        "edit": "Cnn1 recruitment varies with the timing of the cell cycle.",
        "constant": "Cnn1 recruitment stays constant throughout the cell cycle.",
        "cse4": "Cse4 recruitment varies with cell cycle timing.",
    },
    330: {
        "para": "No interaction between Deltex and eIF3f is known.",
        "known": "Deltex is known to interact with eIF3f.",
        "notch": "No interaction between Notch and eIF3f is known.",
        "eif4e": "Deltex has no known interactions with eIF4E.",
    },
    366: {
        "para": "In ankylosing spondylitis, SNPs in ERAP1 are epistatic to HLA alleles.",
        "swapped": "HLA alleles are epistatic to ERAP1 SNPs for ankylosing spondylitis.",
        "ra": "In rheumatoid arthritis, SNPs in ERAP1 are epistatic to HLA alleles.",
        "erap2": "ERAP2 SNPs are epistatic to HLA alleles for ankylosing spondylitis.",
    },
    432: {
        "para": "In both muscle cells and fibroblasts, Foxk2 controls genes involved in autophagy.",
        "muscle_only": "Foxk2 regulates autophagy genes in muscle cells but not in fibroblast cells.",
        "apoptosis": "In both muscle cells and fibroblasts, Foxk2 controls genes involved in apoptosis.",
        "foxo3": "Foxo3 regulates autophagy genes in muscle cells and fibroblast cells.",
    },
    526: {
        "para": "Deleting both copies of the Sbds gene from osterix-expressing mesenchymal stem and progenitor cells "
        "in mice causes oxidative stress.",
        "heterozygous": "Heterozygous deletion of murine Sbds gene from osterix-expressing mesenchymal stem and "
        "progenitor cells (MPCs) induces oxidative stress.",
        "protects": "Deleting both copies of the Sbds gene from osterix-expressing mesenchymal stem and progenitor "
        "cells in mice protects them against oxidative stress.",
    },
    568: {
        "para": "When secretion of Wingless-Int-1 is blocked in naive mouse embryonic stem cells, their self-renewal "
        "is hindered.",
        "enhances": "In a naive state, blocking Wingless-Int-1 secretion from mouse embryonic stem cells enhances "
        "self-renewal of the mouse embryonic stem cells.",
        "primed": "When secretion of Wingless-Int-1 is blocked in primed mouse embryonic stem cells, their "
        "self-renewal is hindered.",
        "human": "In a naive state, blocking Wingless-Int-1 secretion from human embryonic stem cells inhibits "
        "self-renewal of the human embryonic stem cells.",
    },
    576: {
        "para": "Exhausted PD-1+Eomes+ CD8 T cells in melanoma are reinvigorated by anti-CTLA-4 treatment.",
        "pd1": "In melanoma, anti-PD-1 treatment reinvigorates exhausted PD-1+Eomes+CD8 T cells.",
        "lung": "Exhausted PD-1+Eomes+ CD8 T cells in lung cancer are reinvigorated by anti-CTLA-4 treatment.",
        "fails": "In melanoma, anti-CTLA-4 treatment fails to reinvigorate exhausted PD-1+Eomes+CD8 T cells.",
    },
    740: {
        "para": "By interacting with IκB kinase β, MUC1-C switches on NF-κB p65 signalling.",
        "inhibits": "MUC1-C inhibits the NF-κB p65 signaling pathway by interacting with IκB kinase ß.",
        "swapped": "IκB kinase ß activates the NF-κB p65 signaling pathway by interacting with MUC1-C.",
        "muc1n": "By interacting with IκB kinase β, MUC1-N switches on NF-κB p65 signalling.",
    },
    984: {
        "para": "A transcript encoded by the pseudogene PTENP1 controls the expression of PTEN.",
        "kras": "Pseudogene KRASP1 encodes a transcript that regulates KRAS expression.",
        "swapped": "PTEN encodes a transcript that regulates the expression of the pseudogene PTENP1.",
    },
    1001: {
        "para": "By making Dcr2 more selective for long dsRNA, R2D2 prevents the production of miRNAs.",
        "decreasing": "R2D2 stops miRNA production by decreasing the selectivity of Dcr2 for long dsRNA.",
        "dcr1": "By making Dcr1 more selective for long dsRNA, R2D2 prevents the production of miRNAs.",
        "sirna": "R2D2 stops siRNA production by increasing the selectivity of Dcr2 for long dsRNA.",
    },
    1091: {
        "para": "During inflammation in vivo, mature DCs carry Sn on their surface.",
        "immature": "Sn is present on immature DCs during inflammation in vivo.",
        "absent": "Sn is absent from mature DCs during inflammation in vivo.",
        "vitro": "During inflammation in vitro, mature DCs carry Sn on their surface.",
    },
    1383: {
        "para": "aPKCz suppresses tumours through its effect on glutamine metabolism.",
        "edit": "aPKCζ causes tumour suppression by affecting glutamine metabolism.",
        "promotes": "aPKCz promotes tumour growth by affecting glutamine metabolism.",
        "glucose": "aPKCz suppresses tumours through its effect on glucose metabolism.",
    },
    1405: {
        "para": "In Arabidopsis, embryos of the taa1 tar1 tar2 triple mutant fail to form a root meristem.",
        "shoot": "taa1 tar1 tar2 triple mutants in Arabidopsis do not make shoot meristem during embryogenesis.",
        "double": "In Arabidopsis, embryos of the taa1 tar1 double mutant fail to form a root meristem.",
        "normal": "taa1 tar1 tar2 triple mutants in Arabidopsis make a normal root meristem during embryogenesis.",
    },
    1407: {
        "para": "Microtubules can be bound by β1/Ketel.",
        "actin": "β1/Ketel is able to bind actin filaments.",
        "unable": "β1/Ketel is unable to bind microtubules.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    74: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "two"),
        ("entity", "para", "catalase"),
    ],
    105: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "unchanged"),
        ("roles", ORIGINAL, "swapped"),
        ("entity", ORIGINAL, "initiation"),
    ],
    160: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "viral"),
        ("entity", "para", "blood"),
    ],
    161: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "t4"),
        ("entity", "para", "myoviridae"),
        ("quantifier", ORIGINAL, "only_ms2"),
    ],
    173: [
        ("paraphrase", ORIGINAL, "para"),
        ("roles", ORIGINAL, "swapped"),
        ("entity", ORIGINAL, "rpl3"),
    ],
    181: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "accelerates"),
        ("entity", "para", "nd1"),
        ("entity", ORIGINAL, "fus"),
    ],
    201: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "ctla4"),
        ("negation", "para", "no_part"),
    ],
    262: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "trans"),
        ("negation", "para", "far"),
    ],
    266: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "constant"),
        ("entity", ORIGINAL, "cse4"),
    ],
    330: [
        ("paraphrase", ORIGINAL, "para"),
        ("negation", ORIGINAL, "known"),
        ("entity", "para", "notch"),
        ("entity", ORIGINAL, "eif4e"),
    ],
    366: [
        ("paraphrase", ORIGINAL, "para"),
        ("roles", ORIGINAL, "swapped"),
        ("entity", "para", "ra"),
        ("entity", ORIGINAL, "erap2"),
    ],
    432: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "muscle_only"),
        ("entity", "para", "apoptosis"),
        ("entity", ORIGINAL, "foxo3"),
    ],
    526: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "heterozygous"),
        ("direction", "para", "protects"),
    ],
    568: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "enhances"),
        ("entity", "para", "primed"),
        ("entity", ORIGINAL, "human"),
    ],
    576: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "pd1"),
        ("entity", "para", "lung"),
        ("negation", ORIGINAL, "fails"),
    ],
    740: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "inhibits"),
        ("roles", ORIGINAL, "swapped"),
        ("entity", "para", "muc1n"),
    ],
    984: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "kras"),
        ("roles", ORIGINAL, "swapped"),
    ],
    1001: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "decreasing"),
        ("entity", "para", "dcr1"),
        ("entity", ORIGINAL, "sirna"),
    ],
    1091: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "immature"),
        ("negation", ORIGINAL, "absent"),
        ("entity", "para", "vitro"),
    ],
    1383: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "promotes"),
        ("entity", "para", "glucose"),
    ],
    1405: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "shoot"),
        ("number", "para", "double"),
        ("negation", ORIGINAL, "normal"),
    ],
    1407: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "actin"),
        ("negation", ORIGINAL, "unable"),
    ],
}


SPLIT = HandSplit(9, ID_PREFIX, STORY_HAND, STORY_PAIRS, SCIFACT_HAND, SCIFACT_PAIRS, ORIGINAL)


if __name__ == "__main__":
    SPLIT.main(__doc__)
