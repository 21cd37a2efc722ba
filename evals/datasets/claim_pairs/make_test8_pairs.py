"""Build pairs_test8.jsonl: an eighth fresh test split of claim pairs, "the same claim" (1) or "a different claim" (0).

Reads the SciFact training claims (``../shared/datasets/scifact/claims_train.jsonl``, or --scifact; and BEIR's
``qrels/test.tsv`` beside it, for the abstracts the dev claims cite); every other text is written by hand below, as
stories in domains no earlier split used (a chess tournament, a textile mill, dentists, water polo, a cathedral spire,
a start-up's funding round, honey, a violin auction, a lighthouse, a cheese's protected name, a video game, a botanic
garden, a glacier, a cable car, a minority language, ride-hailing, cat microchips, a data centre, a bird count, a whale
stranding, a road tunnel, a lottery jackpot, a coral reef and a bell foundry). The verifier's news and WiCE files
(``workbench/verifier/data``, or --news, --news-val and --wice) are read only to check that no hand text is one of
their claims and no story has one of their topics. No text of it is in pairs.jsonl or pairs_test.jsonl ...
pairs_test7.jsonl, no story of it is a group there, has the topic of a story there or is worded like one of their
texts, and no SciFact claim of it (nor an abstract such a claim cites) is used by any of them: the script checks, and
stops if one is. README.md beside this file describes the rows, the sources and their licences.

    .venv/bin/python evals/datasets/claim_pairs/make_test8_pairs.py

The output is deterministic: the same inputs give the same file, byte for byte.
"""

from __future__ import annotations

from pairs_common import HandSplit

# The splits already looked at (pairs_common.earlier_splits): no text of this file may appear in them, and no story
# or claim of it may be used there; HandSplit below checks.
# In SCIFACT_PAIRS this key stands for the claim quoted from the SciFact file.
ORIGINAL = "claim"

# Stories written by hand for this split (invented places, people and companies). STORY_HAND holds each story's texts
# under short keys; STORY_PAIRS pairs them, with the kind of the pair. Each story is the group 'story8-<topic>'.
STORY_HAND: dict[str, dict[str, str]] = {
    "valmont-chess-open": {
        "win": "Grandmaster Tomasz Reyes won the Valmont Chess Open on Sunday with 7.5 points from nine rounds.",
        "win_para": "With seven and a half points out of a possible nine, grandmaster Tomasz Reyes took first place at "
        "the Valmont Chess Open on Sunday.",
        "win_65": "Grandmaster Tomasz Reyes won the Valmont Chess Open on Sunday with 6.5 points from nine rounds.",
        "win_shared": "Grandmaster Tomasz Reyes shared first place at the Valmont Chess Open on Sunday with 7.5 points "
        "from nine rounds.",
        "upset": "In the sixth round, 15-year-old Lena Voss beat the top seed, Arkady Belov, with the black pieces.",
        "upset_para": "Arkady Belov, the top seed, lost his sixth-round game to 15-year-old Lena Voss, who had black.",
        "upset_swapped": "In the sixth round, the top seed, Arkady Belov, beat 15-year-old Lena Voss with the black "
        "pieces.",
        "upset_white": "In the sixth round, 15-year-old Lena Voss beat the top seed, Arkady Belov, with the white "
        "pieces.",
        "norm": "Voss's result earned her a first grandmaster norm.",
        "norm_edit": "Voss's result earned her her first grandmaster norm.",
        "norm_short": "Voss's result left her one game short of a first grandmaster norm.",
        "prize": "The Valmont Chess Open's prize fund was 120,000 euros, the largest in its 40-year history.",
        "prize_para": "Never in its 40 years has the Valmont Chess Open offered more prize money than this year's "
        "€120,000.",
        "prize_among": "The Valmont Chess Open's prize fund was 120,000 euros, one of the largest in its 40-year "
        "history.",
        "arbiter": "The chief arbiter said no player had been caught using a computer during the games.",
        "arbiter_one": "The chief arbiter said one player had been caught using a computer during the games.",
        "arbiter_fact": "No player was caught using a computer during the games.",
    },
    "brisley-mill-uniform-cloth": {
        "orders": "The Brisley Mill in Cardew will hire 150 weavers after winning a five-year contract to supply wool "
        "cloth for army uniforms.",
        "orders_para": "A five-year deal to make woollen cloth for army uniforms means 150 new weaving jobs at "
        "Cardew's Brisley Mill.",
        "orders_navy": "The Brisley Mill in Cardew will hire 150 weavers after winning a five-year contract to supply "
        "wool cloth for navy uniforms.",
        "orders_if": "The Brisley Mill in Cardew will hire 150 weavers if it wins a five-year contract to supply wool "
        "cloth for army uniforms.",
        "orders_month": "A five-month deal to make woollen cloth for army uniforms means 150 new weaving jobs at "
        "Cardew's Brisley Mill.",
        "looms": "The mill is replacing its 1960s looms with 40 new electronic looms made in Italy.",
        "looms_para": "Forty Italian-made electronic looms are taking the place of the mill's looms from the 1960s.",
        "looms_adding": "The mill is adding 40 new electronic looms made in Italy alongside its 1960s looms.",
        "looms_germany": "Forty German-made electronic looms are taking the place of the mill's looms from the 1960s.",
        "owner": "The Brisley family sold the mill to its 230 employees through an employee ownership trust in 2022.",
        "owner_half": "The Brisley family sold half of the mill to its 230 employees through an employee ownership "
        "trust in 2022.",
        "dye": "Brisley Mill took over its main supplier, Hatton Dyeworks, last spring.",
        "dye_swapped": "Hatton Dyeworks took over its main customer, Brisley Mill, last spring.",
        "energy": "Energy now accounts for about 30 percent of the mill's running costs, up from 12 percent three "
        "years ago.",
        "energy_para": "Three years ago 12% of the mill's running costs went on energy; the share is now around 30%.",
        "energy_swapped": "Energy now accounts for about 12 percent of the mill's running costs, down from 30 percent "
        "three years ago.",
    },
    "rowanford-dental-access": {
        "closed": "Half of the dental practices in Rowanford are no longer accepting new adult patients on the public "
        "scheme, a survey by the district health board found.",
        "closed_para": "According to a survey by the district health board, one in two Rowanford dental practices has "
        "stopped taking on new adult patients under the public scheme.",
        "closed_children": "Half of the dental practices in Rowanford are no longer accepting new child patients on "
        "the public scheme, a survey by the district health board found.",
        "closed_fact": "One in two Rowanford dental practices has stopped taking on new adult patients under the "
        "public scheme.",
        "closed_again": "Half of the dental practices in Rowanford have started accepting new adult patients on the "
        "public scheme again, a survey by the district health board found.",
        "wait": "Patients in Rowanford wait an average of 14 months for a first appointment with a public dentist.",
        "wait_para": "On average, Rowanford patients spend 14 months waiting to see a public dentist for the first "
        "time.",
        "wait_weeks": "Patients in Rowanford wait an average of 14 weeks for a first appointment with a public "
        "dentist.",
        "wait_up_to": "Rowanford patients spend up to 14 months waiting to see a public dentist for the first time.",
        "fee": "The health board will pay dentists an extra 45 pounds for every new patient they take on from April.",
        "fee_para": "From April, every new patient a dentist accepts will earn them an extra £45 from the health "
        "board.",
        "fee_proposed": "The health board has proposed paying dentists an extra 45 pounds for every new patient they "
        "take on from April.",
        "school": "A mobile dental unit will visit every primary school in the district twice a year.",
        "school_edit": "A mobile dental unit is going to visit every primary school in the district twice a year.",
        "school_once": "A mobile dental unit will visit every primary school in the district once a year.",
    },
    "lindhaven-water-polo-title": {
        "final": "Lindhaven Swimming Club beat Port Oriel 10-9 to win the national water polo championship for the "
        "first time.",
        "final_para": "For the first time, the national water polo title goes to Lindhaven Swimming Club, who defeated "
        "Port Oriel by ten goals to nine.",
        "final_swapped": "Port Oriel beat Lindhaven Swimming Club 10-9 to win the national water polo championship for "
        "the first time.",
        "final_third": "Lindhaven Swimming Club beat Port Oriel 10-9 to win the national water polo championship for "
        "the third time.",
        "final_108": "For the first time, the national water polo title goes to Lindhaven Swimming Club, who defeated "
        "Port Oriel by ten goals to eight.",
        "scorer": "Captain Nadia Okonjo scored five of Lindhaven's goals, including the winner with 40 seconds left.",
        "scorer_para": "Five of Lindhaven's goals came from captain Nadia Okonjo, among them the winning goal 40 "
        "seconds from the end.",
        "scorer_four": "Captain Nadia Okonjo scored four of Lindhaven's goals, including the winner with 40 seconds "
        "left.",
        "coach": "Port Oriel played the last quarter without their coach, who was sent off for arguing with the "
        "referee.",
        "coach_para": "Sent off for arguing with the referee, Port Oriel's coach was absent for the final quarter.",
        "coach_captain": "Port Oriel played the last quarter without their captain, who was sent off for arguing with "
        "the referee.",
        "pool": "The club said it would use its 8,000-pound prize money to keep its pool open on Sundays.",
        "pool_might": "The club said it might use its 8,000-pound prize money to keep its pool open on Sundays.",
    },
    "st-aldrics-spire-restoration": {
        "spire": "Restoration of the spire of St Aldric's Cathedral in Mereford will take six years and cost 14 "
        "million pounds.",
        "spire_para": "Mereford's St Aldric's Cathedral faces a six-year, £14m project to restore its spire.",
        "spire_tower": "Restoration of the tower of St Aldric's Cathedral in Mereford will take six years and cost 14 "
        "million pounds.",
        "spire_months": "Mereford's St Aldric's Cathedral faces a six-month, £14m project to restore its spire.",
        "stone": "Masons will replace about 2,300 weathered stones with limestone from the quarry that supplied the "
        "original builders in the 13th century.",
        "stone_para": "Roughly 2,300 eroded blocks will be swapped for limestone cut from the same quarry the "
        "13th-century builders used.",
        "stone_sandstone": "Masons will replace about 2,300 weathered stones with sandstone from the quarry that "
        "supplied the original builders in the 13th century.",
        "stone_14th": "Roughly 2,300 eroded blocks will be swapped for limestone cut from the same quarry the "
        "14th-century builders used.",
        "donors": "Public donations have covered 9 million pounds of the cost, with the rest coming from a heritage "
        "lottery grant.",
        "donors_para": "Of the cost, £9m has come from donations by the public and the remainder from a heritage "
        "lottery grant.",
        "donors_swapped": "A heritage lottery grant has covered 9 million pounds of the cost, with the rest coming "
        "from public donations.",
        "open": "The cathedral will stay open to visitors throughout the work.",
        "open_closed": "The cathedral will close to visitors for the duration of the work.",
        "dean": "The dean, Canon Ruth Adebayo, said the spire had been in danger of collapse.",
        "dean_might": "The dean, Canon Ruth Adebayo, said the spire might have been in danger of collapse.",
        "dean_fact": "The spire had been in danger of collapse.",
    },
    "thermiq-funding-round": {
        "raise": "Heat pump start-up Thermiq has raised 60 million euros in a funding round led by Arden Ventures.",
        "raise_para": "Arden Ventures led a €60m funding round for the heat pump start-up Thermiq.",
        "raise_solway": "Heat pump start-up Thermiq has raised 60 million euros in a funding round led by Solway "
        "Capital.",
        "raise_seeking": "Heat pump start-up Thermiq is seeking to raise 60 million euros in a funding round led by "
        "Arden Ventures.",
        "valuation": "The round values Thermiq at 400 million euros, twice its valuation a year ago.",
        "valuation_para": "On the terms of the round Thermiq is worth €400m, double what it was valued at a year "
        "earlier.",
        "valuation_half": "The round values Thermiq at 400 million euros, half its valuation a year ago.",
        "staff": "Thermiq plans to double its workforce to 500 by the end of next year.",
        "staff_done": "Thermiq has doubled its workforce to 500 over the past year.",
        "staff_from": "Thermiq plans to double its workforce from 500 by the end of next year.",
        "profit": "Thermiq has not yet made a profit.",
        "profit_first": "Thermiq made its first profit last year.",
        "founded": "Thermiq was founded in 2019 by two former engineers at Kelvar Energy.",
        "founded_edit": "Thermiq was set up in 2019 by two former engineers at Kelvar Energy.",
        "founded_three": "Thermiq was set up in 2019 by three former engineers at Kelvar Energy.",
    },
    "tarrow-valley-honey": {
        "harvest": "Beekeepers in the Tarrow valley collected about half as much honey this summer as last year after "
        "weeks of rain.",
        "harvest_para": "After weeks of rain, the Tarrow valley's honey harvest this summer was roughly 50 percent "
        "down on last year's.",
        "harvest_twice": "Beekeepers in the Tarrow valley collected about twice as much honey this summer as last year "
        "after weeks of rain.",
        "harvest_drought": "After weeks of drought, the Tarrow valley's honey harvest this summer was roughly 50 "
        "percent down on last year's.",
        "mite": "The Varroa mite was found in 60 percent of the hives inspected in the valley.",
        "mite_para": "Inspectors found Varroa mites in three in five of the valley's hives that they checked.",
        "mite_all": "The Varroa mite is present in 60 percent of the hives in the valley.",
        "losses": "About one in four colonies in the valley died over the winter, the Tarrow Beekeepers' Association "
        "estimates.",
        "losses_fact": "About one in four colonies in the valley died over the winter.",
        "losses_two": "About one in four colonies in the valley died over the past two winters, the Tarrow Beekeepers' "
        "Association estimates.",
        "price": "Local honey now sells for 14 pounds a jar at the Tarrow farmers' market, up from 9 pounds.",
        "price_edit": "Local honey now sells for £14 a jar at the Tarrow farmers' market, up from £9.",
        "price_kilo": "Local honey now sells for 14 pounds a kilo at the Tarrow farmers' market, up from 9 pounds.",
        "label": "The association wants supermarkets to label blended honey with every country of origin.",
        "label_law": "A new law requires supermarkets to label blended honey with every country of origin.",
    },
    "bellandi-violin-auction": {
        "sale": "A violin made by Giacomo Bellandi in 1721 sold for 4.6 million pounds at Harcourt & Lyle in London, a "
        "record for the maker.",
        "sale_para": "Harcourt & Lyle in London auctioned a 1721 Giacomo Bellandi violin for £4.6m, more than any "
        "other instrument of his has fetched.",
        "sale_1712": "A violin made by Giacomo Bellandi in 1712 sold for 4.6 million pounds at Harcourt & Lyle in "
        "London, a record for the maker.",
        "sale_viola": "Harcourt & Lyle in London auctioned a 1721 Giacomo Bellandi viola for £4.6m, more than any "
        "other instrument of his has fetched.",
        "sale_any": "A violin made by Giacomo Bellandi in 1721 sold for 4.6 million pounds at Harcourt & Lyle in "
        "London, a record for any violin.",
        "sale_expected": "A violin made by Giacomo Bellandi in 1721 is expected to sell for 4.6 million pounds at "
        "Harcourt & Lyle in London, which would be a record for the maker.",
        "estimate": "The price was more than double the auction house's top estimate of 2 million pounds.",
        "estimate_para": "The auction house's top estimate had been £2m, less than half of what the violin fetched.",
        "estimate_low": "The price was more than double the auction house's lowest estimate of 2 million pounds.",
        "buyer": "The buyer, bidding by phone, was a foundation that lends instruments to young musicians.",
        "buyer_para": "A foundation that lends instruments to young players bought the violin with a telephone bid.",
        "buyer_sells": "The buyer, bidding by phone, was a foundation that sells instruments to young musicians.",
        "seller": "The violin was sold by the heirs of the conductor Emil Sandor, who had owned it since 1958.",
        "seller_until": "The violin was sold by the heirs of the conductor Emil Sandor, who had owned it until 1958.",
    },
    "skerrow-point-lighthouse-sale": {
        "sold": "The Skerrow Point lighthouse has been sold at auction for 850,000 pounds to a couple who plan to turn "
        "it into a six-room hotel.",
        "sold_para": "A couple bought Skerrow Point lighthouse at auction for £850,000 and intend to convert it into a "
        "hotel with six rooms.",
        "sold_sixteen": "A couple bought Skerrow Point lighthouse at auction for £850,000 and intend to convert it "
        "into a hotel with sixteen rooms.",
        "sold_museum": "The Skerrow Point lighthouse has been sold at auction for 850,000 pounds to a couple who plan "
        "to turn it into a museum.",
        "sold_withdrawn": "The Skerrow Point lighthouse was withdrawn from auction after bids failed to reach its "
        "reserve price of 850,000 pounds.",
        "beam": "The lighthouse's beam will keep working and will still be maintained by the Coastal Lights Board.",
        "beam_para": "The Coastal Lights Board will go on looking after the lighthouse's beam, which stays in service.",
        "beam_off": "The lighthouse's beam will be switched off, and the Coastal Lights Board will no longer maintain "
        "it.",
        "beam_owners": "The lighthouse's beam will keep working and will be maintained by the new owners.",
        "built": "The lighthouse was built in 1849 and was automated in 1991, when its last keepers left.",
        "built_edit": "The lighthouse was built in 1849 and automated in 1991, when its last keepers left.",
        "built_1919": "The lighthouse was built in 1849 and was automated in 1919, when its last keepers left.",
        "open": "The couple said they expected the hotel to open in the summer of 2027.",
        "open_would": "The couple said the hotel would open in the summer of 2027.",
    },
    "bryher-blue-cheese-name": {
        "status": "Bryher Blue cheese has been given protected designation of origin status, so only cheese made in "
        "the Bryher hills can use the name.",
        "status_para": "The name Bryher Blue may now be used only for cheese from the Bryher hills, after the cheese "
        "won protected designation of origin status.",
        "status_applied": "Bryher Blue cheese has applied for protected designation of origin status, so that only "
        "cheese made in the Bryher hills could use the name.",
        "status_geo": "The name Bryher Blue may now be used only for cheese from the Bryher hills, after the cheese "
        "won protected geographical indication status.",
        "milk": "The rules require Bryher Blue to be made from the raw milk of cows grazed on the hills for at least "
        "180 days a year.",
        "milk_para": "Under the rules, Bryher Blue must be made with unpasteurised milk from cows that spend no fewer "
        "than 180 days a year grazing on the hills.",
        "milk_sheep": "The rules require Bryher Blue to be made from the raw milk of sheep grazed on the hills for at "
        "least 180 days a year.",
        "milk_most": "The rules require Bryher Blue to be made from the raw milk of cows grazed on the hills for at "
        "most 180 days a year.",
        "milk_pasteurised": "Under the rules, Bryher Blue must be made with pasteurised milk from cows that spend no "
        "fewer than 180 days a year grazing on the hills.",
        "makers": "Only four dairies still make Bryher Blue, down from eleven in 1990.",
        "makers_edit": "Only four dairies make Bryher Blue today, down from eleven in 1990.",
        "makers_swapped": "Eleven dairies now make Bryher Blue, up from four in 1990.",
        "rival": "A dairy outside the hills, Feldon Creamery, said it would have to rename its blue cheese.",
        "rival_keep": "A dairy outside the hills, Feldon Creamery, said it would be allowed to keep the name of its "
        "blue cheese.",
    },
    "lanternforge-game-delay": {
        "delay": "Lanternforge Studios has delayed its game Ashen Tide from October to next February to fix bugs.",
        "delay_para": "Ashen Tide will not come out in October as planned: Lanternforge Studios has pushed it back to "
        "February next year to fix bugs.",
        "delay_december": "Lanternforge Studios has delayed its game Ashen Tide from October to next December to fix "
        "bugs.",
        "delay_forward": "Lanternforge Studios has brought its game Ashen Tide forward from next February to October.",
        "sales": "Lanternforge's previous game, Hollow Crown, sold 3 million copies in its first month.",
        "sales_para": "Within a month of its release, three million copies of Hollow Crown, Lanternforge's last game, "
        "had been sold.",
        "sales_year": "Lanternforge's previous game, Hollow Crown, sold 3 million copies in its first year.",
        "layoffs": "The studio denied reports that it was laying off a fifth of its 600 staff.",
        "layoffs_confirmed": "The studio confirmed reports that it was laying off a fifth of its 600 staff.",
        "layoffs_sixth": "The studio denied reports that it was laying off a sixth of its 600 staff.",
        "consoles": "Ashen Tide will be released on PC and both major consoles at the same time.",
        "consoles_edit": "Ashen Tide will come out on PC and both major consoles at the same time.",
    },
    "elmridge-titan-arum": {
        "bloom": "A titan arum at the Elmridge Botanic Garden has flowered for the first time since it was planted 14 "
        "years ago.",
        "bloom_para": "Fourteen years after it went into the ground, the Elmridge Botanic Garden's titan arum has "
        "produced its first flower.",
        "bloom_second": "A titan arum at the Elmridge Botanic Garden has flowered for the second time since it was "
        "planted 14 years ago.",
        "days": "The flower is expected to stay open for only about 48 hours.",
        "days_para": "The bloom will probably last only two days or so.",
        "days_week": "The flower is expected to stay open for only about a week.",
        "days_will": "The bloom will last only two days or so.",
        "visitors": "More than 9,000 people visited the garden on Saturday to see and smell the flower.",
        "visitors_edit": "Over 9,000 people visited the garden on Saturday to see and smell the flower.",
        "visitors_almost": "Almost 9,000 people visited the garden on Saturday to see and smell the flower.",
        "pollen": "The garden will send pollen from the plant to a seed bank in Gorsey Bay.",
        "pollen_received": "The garden received pollen for the plant from a seed bank in Gorsey Bay.",
        "smell": "The plant's smell, often compared to rotting meat, attracts the flies and beetles that pollinate it.",
        "smell_bees": "The plant's smell, often compared to rotting meat, attracts the bees that pollinate it.",
    },
    "vanter-glacier-retreat": {
        "retreat": "The Vanter Glacier retreated 62 metres last year, the most since measurements began in 1950.",
        "retreat_para": "No year since records started in 1950 has seen the Vanter Glacier shrink back further than "
        "last year's 62 metres.",
        "retreat_advanced": "The Vanter Glacier advanced 62 metres last year, the most since measurements began in "
        "1950.",
        "retreat_26": "No year since records started in 1950 has seen the Vanter Glacier shrink back further than last "
        "year's 26 metres.",
        "volume": "Scientists at the Alpenrand Institute estimate the glacier has lost a third of its ice volume since "
        "2000.",
        "volume_para": "A third of the glacier's ice by volume has gone since 2000, according to estimates from "
        "scientists at the Alpenrand Institute.",
        "volume_area": "Scientists at the Alpenrand Institute estimate the glacier has lost a third of its surface "
        "area since 2000.",
        "volume_fact": "A third of the glacier's ice by volume has gone since 2000.",
        "gone": "The institute said the glacier could disappear entirely by 2060.",
        "gone_would": "The institute said the glacier would disappear entirely by 2060.",
        "gone_half": "The institute said half of the glacier could disappear by 2060.",
        "hut": "A mountain hut built on the glacier's edge in 1932 is now a 40-minute walk from the ice.",
        "hut_edit": "A mountain hut built at the glacier's edge in 1932 is now a 40-minute walk from the ice.",
    },
    "corvallo-cable-car": {
        "open": "Corvallo's first urban cable car opened on Friday, linking the railway station with the hilltop "
        "district of San Remigio in eight minutes.",
        "open_para": "Corvallo opened its first urban cable car on Friday: the ride from the railway station up to the "
        "hilltop district of San Remigio takes eight minutes.",
        "open_eighteen": "Corvallo opened its first urban cable car on Friday: the ride from the railway station up to "
        "the hilltop district of San Remigio takes eighteen minutes.",
        "open_university": "Corvallo's first urban cable car opened on Friday, linking the railway station with the "
        "hilltop university campus in eight minutes.",
        "open_due": "Corvallo's first urban cable car is due to open on Friday, linking the railway station with the "
        "hilltop district of San Remigio in eight minutes.",
        "cabins": "The line has 34 cabins, each carrying up to ten passengers.",
        "cabins_para": "Each of the line's 34 cabins holds a maximum of ten people.",
        "cabins_at_least": "The line has 34 cabins, each carrying at least ten passengers.",
        "fare": "A single ride costs the same as a bus ticket, 1.80 euros.",
        "fare_edit": "A single ride costs the same as a bus ticket: €1.80.",
        "fare_return": "A return ride costs the same as a bus ticket, 1.80 euros.",
        "cost": "The cable car cost 48 million euros, a fraction of the 300 million euros a tram line up the hill "
        "would have cost.",
        "cost_swapped": "The cable car cost 300 million euros, far more than the 48 million euros a tram line up the "
        "hill would have cost.",
        "wind": "The cable car will stop running when winds exceed 70 kilometres an hour.",
        "wind_keep": "The cable car will keep running until winds exceed 70 kilometres an hour.",
        "wind_50": "The cable car will keep running until winds exceed 50 kilometres an hour.",
    },
    "orvic-language-lessons": {
        "schools": "All primary schools in the Orva region will teach the Orvic language for at least two hours a week "
        "from September.",
        "schools_para": "From September, Orvic will be taught for no less than two hours a week in every primary "
        "school in the Orva region.",
        "schools_secondary": "All secondary schools in the Orva region will teach the Orvic language for at least two "
        "hours a week from September.",
        "schools_most": "From September, Orvic will be taught for no less than two hours a week in most primary "
        "schools in the Orva region.",
        "speakers": "The census found that 41,000 people speak Orvic, down 9 percent in ten years.",
        "speakers_para": "Orvic has 41,000 speakers, 9% fewer than a decade earlier, according to the census.",
        "speakers_understand": "The census found that 41,000 people understand Orvic, down 9 percent in ten years.",
        "speakers_up": "Orvic has 41,000 speakers, 9% more than a decade earlier, according to the census.",
        "speakers_fact": "41,000 people speak Orvic, down 9 percent in ten years.",
        "teachers": "The regional government admits there are not yet enough Orvic-speaking teachers to meet the "
        "target.",
        "teachers_edit": "The regional government admits there are not enough Orvic-speaking teachers yet to meet the "
        "target.",
        "teachers_enough": "The regional government says there are already enough Orvic-speaking teachers to meet the "
        "target.",
        "teachers_union": "The teachers' union says there are not yet enough Orvic-speaking teachers to meet the "
        "target.",
    },
    "zoomo-licence-refusal": {
        "licence": "Brenmouth council has refused to renew the licence of ride-hailing firm Zoomo, which will have to "
        "stop operating in the city on 1 March.",
        "licence_para": "Ride-hailing company Zoomo must cease operating in Brenmouth on 1 March after the council "
        "declined to renew its licence.",
        "licence_agreed": "Brenmouth council has agreed to renew the licence of ride-hailing firm Zoomo, which will be "
        "able to keep operating in the city after 1 March.",
        "appeal": "Zoomo has 21 days to appeal and can keep operating until the appeal is heard.",
        "appeal_para": "Zoomo may continue operating pending its appeal, which it has 21 days to lodge.",
        "appeal_cannot": "Zoomo has 21 days to appeal but cannot keep operating until the appeal is heard.",
        "appeal_weeks": "Zoomo has 21 weeks to appeal and can keep operating until the appeal is heard.",
        "drivers": "About 2,600 drivers in Brenmouth use the Zoomo app, the company says.",
        "drivers_fact": "About 2,600 drivers in Brenmouth use the Zoomo app.",
        "drivers_riders": "About 2,600 passengers in Brenmouth use the Zoomo app, the company says.",
        "checks": "The council said Zoomo had failed to carry out background checks on 40 of its drivers.",
        "checks_edit": "The council said Zoomo had not carried out background checks on 40 of its drivers.",
        "checks_percent": "The council said Zoomo had failed to carry out background checks on 40 percent of its "
        "drivers.",
    },
    "castrania-cat-microchips": {
        "law": "From June, cat owners in Castrania must have their cats microchipped by the age of 20 weeks or face a "
        "fine of up to 500 euros.",
        "law_para": "Cats in Castrania will have to be microchipped by 20 weeks of age from June, with owners who fail "
        "to do so liable to fines of as much as €500.",
        "law_dogs": "From June, dog owners in Castrania must have their dogs microchipped by the age of 20 weeks or "
        "face a fine of up to 500 euros.",
        "law_advised": "From June, cat owners in Castrania are advised to have their cats microchipped by the age of "
        "20 weeks.",
        "strays": "Animal shelters took in 18,000 stray cats last year, of which fewer than one in ten could be "
        "returned to an owner.",
        "strays_para": "Fewer than 10 percent of the 18,000 stray cats taken in by animal shelters last year could be "
        "reunited with their owners.",
        "strays_more": "Animal shelters took in 18,000 stray cats last year, of which more than one in ten could be "
        "returned to an owner.",
        "vets": "Vets will scan and register a cat's chip for free during the first three months.",
        "vets_edit": "Vets will scan and register a cat's chip free of charge during the first three months.",
        "vets_after": "Vets will scan and register a cat's chip for free after the first three months.",
        "indoor": "Cats that never go outdoors will not be exempt from the law.",
        "indoor_exempt": "Cats that never go outdoors will be exempt from the law.",
    },
    "mirefield-data-centre": {
        "water": "A proposed data centre at Mirefield would use up to 1.9 million litres of water a day for cooling, "
        "the water company warned.",
        "water_para": "According to the water company, cooling the planned Mirefield data centre would need as much as "
        "1.9 million litres of water each day.",
        "water_19": "According to the water company, cooling the planned Mirefield data centre would need as much as "
        "19 million litres of water each day.",
        "water_developer": "A proposed data centre at Mirefield would use up to 1.9 million litres of water a day for "
        "cooling, the developer said.",
        "water_fact": "Cooling the planned Mirefield data centre would need as much as 1.9 million litres of water "
        "each day.",
        "jobs": "The developer, Halcyon Compute, says the centre would create 120 permanent jobs.",
        "jobs_para": "Halcyon Compute, which wants to build the centre, says 120 permanent jobs would come with it.",
        "jobs_construction": "The developer, Halcyon Compute, says the centre would create 120 construction jobs.",
        "power": "The data centre would draw as much electricity as 80,000 homes.",
        "power_para": "The data centre's electricity demand would match that of 80,000 households.",
        "power_more": "The data centre would draw more electricity than 80,000 homes.",
        "decision": "Councillors will decide on the application in November, after a public consultation.",
        "decision_before": "Councillors will decide on the application in November, before a public consultation.",
        "decision_approved": "Councillors approved the application in November, after a public consultation.",
    },
    "garden-bird-count": {
        "count": "House sparrows topped the annual Garden Bird Count for the 12th year in a row, with an average of "
        "4.1 seen per garden.",
        "count_para": "For a twelfth straight year, the house sparrow was the bird seen most often in the annual "
        "Garden Bird Count, averaging 4.1 per garden.",
        "count_starling": "Starlings topped the annual Garden Bird Count for the 12th year in a row, with an average "
        "of 4.1 seen per garden.",
        "count_second": "For a twelfth straight year, the house sparrow was the bird seen second most often in the "
        "annual Garden Bird Count, averaging 4.1 per garden.",
        "goldfinch": "Goldfinch sightings have risen by 80 percent since 2005, which experts link to more people "
        "putting out feeders.",
        "goldfinch_para": "Experts connect the 80% rise in goldfinch sightings since 2005 with more people putting out "
        "feeders.",
        "goldfinch_shown": "Goldfinch sightings have risen by 80 percent since 2005, which experts have shown is "
        "caused by more people putting out feeders.",
        "people": "About 610,000 people took part in this year's count, counting birds for one hour over a weekend in "
        "January.",
        "people_edit": "Some 610,000 people took part in this year's count, counting birds for an hour over a weekend "
        "in January.",
        "swifts": "Swifts were not included in the count because they spend the winter in Africa.",
        "swifts_included": "Swifts were included in the count although they spend the winter in Africa.",
    },
    "pellow-sands-whale-stranding": {
        "stranded": "Fourteen pilot whales stranded on Pellow Sands on Tuesday; volunteers refloated nine of them on "
        "the evening tide.",
        "stranded_para": "Volunteers got nine of the 14 pilot whales that beached at Pellow Sands on Tuesday back into "
        "the sea when the tide came in that evening.",
        "stranded_five": "Fourteen pilot whales stranded on Pellow Sands on Tuesday; volunteers refloated five of them "
        "on the evening tide.",
        "stranded_sperm": "Volunteers got nine of the 14 sperm whales that beached at Pellow Sands on Tuesday back "
        "into the sea when the tide came in that evening.",
        "died": "The five whales that could not be refloated died on the beach.",
        "died_put_down": "The five whales that could not be refloated were put down on the beach by vets.",
        "cause": "Marine biologists said it was too early to say why the whales had stranded.",
        "cause_para": "Why the whales stranded cannot yet be determined, according to marine biologists.",
        "cause_sonar": "Marine biologists said naval sonar may have caused the whales to strand.",
        "again": "It is the second mass stranding on that stretch of coast in three years.",
        "again_edit": "It's the second mass stranding on that stretch of coast in three years.",
        "again_months": "It is the second mass stranding on that stretch of coast in three months.",
        "beach": "Pellow Sands will stay closed to the public until the remaining carcasses are removed.",
        "beach_open": "Pellow Sands has reopened to the public although the remaining carcasses have not been removed.",
    },
    "kelso-ridge-tunnel": {
        "through": "Workers on the Kelso Ridge road tunnel broke through on Thursday, 14 months after boring began.",
        "through_para": "On Thursday, 14 months after boring started, the Kelso Ridge road tunnel was dug through to "
        "the far side.",
        "through_41": "Workers on the Kelso Ridge road tunnel broke through on Thursday, 41 months after boring began.",
        "length": "At 4.2 kilometres, the tunnel will be the longest road tunnel in the country.",
        "length_para": "No road tunnel in the country will be longer than the 4,200-metre Kelso Ridge tunnel.",
        "length_rail": "At 4.2 kilometres, the tunnel will be the longest rail tunnel in the country.",
        "length_second": "Only one road tunnel in the country will be longer than the 4,200-metre Kelso Ridge tunnel.",
        "cost": "The tunnel's cost has risen from 380 million to 510 million euros.",
        "cost_para": "The tunnel's price tag has gone up from €380m to €510m.",
        "cost_by": "The tunnel's cost has risen by 380 million to 510 million euros.",
        "journey": "The tunnel is due to open to traffic in spring 2027, taking 25 minutes off the journey between "
        "Kelso and Drumlin.",
        "journey_to": "The tunnel is due to open to traffic in spring 2027, cutting the journey between Kelso and "
        "Drumlin to 25 minutes.",
        "toll": "Drivers will not have to pay a toll to use the tunnel.",
        "toll_five": "Drivers will not have to pay a toll to use the tunnel for its first five years.",
    },
    "starline-lottery-jackpot": {
        "jackpot": "A single ticket bought in the town of Ostrey won the 38-million-pound Starline lottery jackpot on "
        "Saturday.",
        "jackpot_para": "The £38m Starline jackpot in Saturday's draw went to one ticket, sold in Ostrey.",
        "jackpot_two": "Two tickets bought in the town of Ostrey shared the 38-million-pound Starline lottery jackpot "
        "on Saturday.",
        "claim": "The winner has 180 days to claim the prize.",
        "claim_para": "The prize can be claimed by the winner for up to 180 days.",
        "claim_18": "The winner has 18 days to claim the prize.",
        "odds": "The odds of winning the jackpot are about one in 45 million.",
        "odds_edit": "The odds of winning the jackpot are roughly one in 45 million.",
        "odds_any": "The odds of winning any prize are about one in 45 million.",
        "rollover": "The jackpot had rolled over for nine draws in a row.",
        "rollover_weeks": "The jackpot had rolled over for nine weeks in a row.",
        "winner": "The lottery operator said the winner had not yet come forward.",
        "winner_fact": "The winner has not yet come forward.",
        "winner_anonymous": "The lottery operator said the winner had asked to stay anonymous.",
    },
    "marrin-reef-bleaching": {
        "bleach": "A survey found that 70 percent of the coral on Marrin Reef had bleached during the summer heatwave.",
        "bleach_para": "Seven in ten of Marrin Reef's corals were bleached in the summer heatwave, a survey found.",
        "bleach_died": "A survey found that 70 percent of the coral on Marrin Reef had died during the summer "
        "heatwave.",
        "bleach_fact": "Seven in ten of Marrin Reef's corals were bleached in the summer heatwave.",
        "recover": "Scientists expect most of the bleached coral to recover if water temperatures fall within weeks.",
        "recover_para": "If the water cools within weeks, scientists think the bulk of the bleached coral should "
        "recover.",
        "recover_little": "Scientists expect little of the bleached coral to recover if water temperatures fall within "
        "weeks.",
        "temp": "Sea temperatures on the reef peaked at 31.4C, 2.5 degrees above the summer average.",
        "temp_341": "Sea temperatures on the reef peaked at 34.1C, 2.5 degrees above the summer average.",
        "temp_below": "Sea temperatures on the reef peaked at 31.4C, 2.5 degrees below the summer average.",
        "fishing": "The government has banned fishing on the reef for a year to help it recover.",
        "fishing_edit": "The government has banned fishing on the reef for one year to help it recover.",
        "fishing_called": "Conservation groups have called on the government to ban fishing on the reef for a year to "
        "help it recover.",
    },
    "whitcombe-bell-foundry": {
        "close": "The Whitcombe Bell Foundry, which has cast church bells since 1683, will close in December because "
        "of falling orders.",
        "close_para": "Falling orders mean the Whitcombe Bell Foundry, a maker of church bells since 1683, is to shut "
        "in December.",
        "close_1863": "The Whitcombe Bell Foundry, which has cast church bells since 1863, will close in December "
        "because of falling orders.",
        "close_move": "Falling orders mean the Whitcombe Bell Foundry, a maker of church bells since 1683, is to move "
        "to a smaller site in December.",
        "close_costs": "The Whitcombe Bell Foundry, which has cast church bells since 1683, will close in December "
        "because of rising costs.",
        "staff": "Its 22 staff will be offered jobs at the owner's other foundry in Ludwell.",
        "staff_para": "The owner will offer the foundry's 22 workers jobs at its other foundry, in Ludwell.",
        "staff_some": "Some of its 22 staff will be offered jobs at the owner's other foundry in Ludwell.",
        "bell": "Its largest bell, cast in 1858 for Saint Peter's in Hollam, weighs 13 tonnes.",
        "bell_edit": "Its largest bell, cast in 1858 for St Peter's in Hollam, weighs 13 tonnes.",
        "bell_oldest": "Its oldest surviving bell, cast in 1858 for St Peter's in Hollam, weighs 13 tonnes.",
        "museum": "The building is listed, so it cannot be demolished, and a trust hopes to turn it into a museum.",
        "museum_will": "The building is listed, so it cannot be demolished, and a trust will turn it into a museum.",
        "museum_not": "The building is not listed, so it can be demolished, and a trust hopes to turn it into a "
        "museum.",
    },
}

STORY_PAIRS: dict[str, list[tuple[str, str, str]]] = {
    "valmont-chess-open": [
        ("paraphrase", "win", "win_para"),
        ("paraphrase", "upset", "upset_para"),
        ("paraphrase", "prize", "prize_para"),
        ("light_edit", "norm", "norm_edit"),
        ("number", "win", "win_65"),
        ("related", "win_para", "win_shared"),
        ("roles", "upset", "upset_swapped"),
        ("entity", "upset_para", "upset_white"),
        ("negation", "norm", "norm_short"),
        ("quantifier", "prize", "prize_among"),
        ("negation", "arbiter", "arbiter_one"),
        ("attribution", "arbiter", "arbiter_fact"),
    ],
    "brisley-mill-uniform-cloth": [
        ("paraphrase", "orders", "orders_para"),
        ("paraphrase", "looms", "looms_para"),
        ("paraphrase", "energy", "energy_para"),
        ("entity", "orders", "orders_navy"),
        ("modality", "orders", "orders_if"),
        ("time_span", "orders_para", "orders_month"),
        ("related", "looms", "looms_adding"),
        ("entity", "looms_para", "looms_germany"),
        ("quantifier", "owner", "owner_half"),
        ("roles", "dye", "dye_swapped"),
        ("direction", "energy", "energy_swapped"),
    ],
    "rowanford-dental-access": [
        ("paraphrase", "closed", "closed_para"),
        ("paraphrase", "wait", "wait_para"),
        ("paraphrase", "fee", "fee_para"),
        ("light_edit", "school", "school_edit"),
        ("entity", "closed", "closed_children"),
        ("attribution", "closed_para", "closed_fact"),
        ("negation", "closed", "closed_again"),
        ("time_span", "wait", "wait_weeks"),
        ("quantifier", "wait_para", "wait_up_to"),
        ("modality", "fee", "fee_proposed"),
        ("number", "school", "school_once"),
    ],
    "lindhaven-water-polo-title": [
        ("paraphrase", "final", "final_para"),
        ("paraphrase", "scorer", "scorer_para"),
        ("paraphrase", "coach", "coach_para"),
        ("roles", "final", "final_swapped"),
        ("number", "final", "final_third"),
        ("number", "final_para", "final_108"),
        ("number", "scorer", "scorer_four"),
        ("entity", "coach", "coach_captain"),
        ("hedge", "pool", "pool_might"),
    ],
    "st-aldrics-spire-restoration": [
        ("paraphrase", "spire", "spire_para"),
        ("paraphrase", "stone", "stone_para"),
        ("paraphrase", "donors", "donors_para"),
        ("entity", "spire", "spire_tower"),
        ("time_span", "spire_para", "spire_months"),
        ("entity", "stone", "stone_sandstone"),
        ("number", "stone_para", "stone_14th"),
        ("roles", "donors", "donors_swapped"),
        ("negation", "open", "open_closed"),
        ("hedge", "dean", "dean_might"),
        ("attribution", "dean", "dean_fact"),
    ],
    "thermiq-funding-round": [
        ("paraphrase", "raise", "raise_para"),
        ("paraphrase", "valuation", "valuation_para"),
        ("light_edit", "founded", "founded_edit"),
        ("entity", "raise", "raise_solway"),
        ("modality", "raise", "raise_seeking"),
        ("direction", "valuation", "valuation_half"),
        ("modality", "staff", "staff_done"),
        ("number", "staff", "staff_from"),
        ("negation", "profit", "profit_first"),
        ("number", "founded_edit", "founded_three"),
    ],
    "tarrow-valley-honey": [
        ("paraphrase", "harvest", "harvest_para"),
        ("paraphrase", "mite", "mite_para"),
        ("light_edit", "price", "price_edit"),
        ("direction", "harvest", "harvest_twice"),
        ("entity", "harvest_para", "harvest_drought"),
        ("quantifier", "mite", "mite_all"),
        ("attribution", "losses", "losses_fact"),
        ("time_span", "losses", "losses_two"),
        ("quantifier", "price", "price_kilo"),
        ("modality", "label", "label_law"),
    ],
    "bellandi-violin-auction": [
        ("paraphrase", "sale", "sale_para"),
        ("paraphrase", "estimate", "estimate_para"),
        ("paraphrase", "buyer", "buyer_para"),
        ("number", "sale", "sale_1712"),
        ("entity", "sale_para", "sale_viola"),
        ("quantifier", "sale", "sale_any"),
        ("modality", "sale", "sale_expected"),
        ("entity", "estimate", "estimate_low"),
        ("related", "buyer", "buyer_sells"),
        ("time_span", "seller", "seller_until"),
    ],
    "skerrow-point-lighthouse-sale": [
        ("paraphrase", "sold", "sold_para"),
        ("paraphrase", "beam", "beam_para"),
        ("light_edit", "built", "built_edit"),
        ("number", "sold_para", "sold_sixteen"),
        ("entity", "sold", "sold_museum"),
        ("related", "sold", "sold_withdrawn"),
        ("negation", "beam", "beam_off"),
        ("entity", "beam_para", "beam_owners"),
        ("number", "built", "built_1919"),
        ("hedge", "open", "open_would"),
    ],
    "bryher-blue-cheese-name": [
        ("paraphrase", "status", "status_para"),
        ("paraphrase", "milk", "milk_para"),
        ("light_edit", "makers", "makers_edit"),
        ("modality", "status", "status_applied"),
        ("entity", "status_para", "status_geo"),
        ("entity", "milk", "milk_sheep"),
        ("quantifier", "milk", "milk_most"),
        ("negation", "milk_para", "milk_pasteurised"),
        ("direction", "makers", "makers_swapped"),
        ("negation", "rival", "rival_keep"),
    ],
    "lanternforge-game-delay": [
        ("paraphrase", "delay", "delay_para"),
        ("paraphrase", "sales", "sales_para"),
        ("light_edit", "consoles", "consoles_edit"),
        ("number", "delay", "delay_december"),
        ("direction", "delay", "delay_forward"),
        ("time_span", "sales", "sales_year"),
        ("negation", "layoffs", "layoffs_confirmed"),
        ("number", "layoffs", "layoffs_sixth"),
    ],
    "elmridge-titan-arum": [
        ("paraphrase", "bloom", "bloom_para"),
        ("paraphrase", "days", "days_para"),
        ("light_edit", "visitors", "visitors_edit"),
        ("number", "bloom", "bloom_second"),
        ("time_span", "days", "days_week"),
        ("hedge", "days_para", "days_will"),
        ("quantifier", "visitors", "visitors_almost"),
        ("roles", "pollen", "pollen_received"),
        ("entity", "smell", "smell_bees"),
    ],
    "vanter-glacier-retreat": [
        ("paraphrase", "retreat", "retreat_para"),
        ("paraphrase", "volume", "volume_para"),
        ("light_edit", "hut", "hut_edit"),
        ("direction", "retreat", "retreat_advanced"),
        ("number", "retreat_para", "retreat_26"),
        ("entity", "volume", "volume_area"),
        ("attribution", "volume_para", "volume_fact"),
        ("hedge", "gone", "gone_would"),
        ("quantifier", "gone", "gone_half"),
    ],
    "corvallo-cable-car": [
        ("paraphrase", "open", "open_para"),
        ("paraphrase", "cabins", "cabins_para"),
        ("paraphrase", "wind", "wind_keep"),
        ("light_edit", "fare", "fare_edit"),
        ("number", "open_para", "open_eighteen"),
        ("entity", "open", "open_university"),
        ("modality", "open", "open_due"),
        ("quantifier", "cabins", "cabins_at_least"),
        ("entity", "fare", "fare_return"),
        ("number", "cost", "cost_swapped"),
        ("number", "wind_keep", "wind_50"),
    ],
    "orvic-language-lessons": [
        ("paraphrase", "schools", "schools_para"),
        ("paraphrase", "speakers", "speakers_para"),
        ("light_edit", "teachers", "teachers_edit"),
        ("entity", "schools", "schools_secondary"),
        ("quantifier", "schools_para", "schools_most"),
        ("related", "speakers", "speakers_understand"),
        ("direction", "speakers_para", "speakers_up"),
        ("attribution", "speakers", "speakers_fact"),
        ("negation", "teachers", "teachers_enough"),
        ("entity", "teachers", "teachers_union"),
    ],
    "zoomo-licence-refusal": [
        ("paraphrase", "licence", "licence_para"),
        ("paraphrase", "appeal", "appeal_para"),
        ("light_edit", "checks", "checks_edit"),
        ("negation", "licence", "licence_agreed"),
        ("negation", "appeal", "appeal_cannot"),
        ("time_span", "appeal", "appeal_weeks"),
        ("attribution", "drivers", "drivers_fact"),
        ("entity", "drivers", "drivers_riders"),
        ("number", "checks", "checks_percent"),
    ],
    "castrania-cat-microchips": [
        ("paraphrase", "law", "law_para"),
        ("paraphrase", "strays", "strays_para"),
        ("light_edit", "vets", "vets_edit"),
        ("entity", "law", "law_dogs"),
        ("modality", "law", "law_advised"),
        ("quantifier", "strays", "strays_more"),
        ("time_span", "vets", "vets_after"),
        ("negation", "indoor", "indoor_exempt"),
    ],
    "mirefield-data-centre": [
        ("paraphrase", "water", "water_para"),
        ("paraphrase", "jobs", "jobs_para"),
        ("paraphrase", "power", "power_para"),
        ("number", "water_para", "water_19"),
        ("entity", "water", "water_developer"),
        ("attribution", "water_para", "water_fact"),
        ("entity", "jobs", "jobs_construction"),
        ("quantifier", "power", "power_more"),
        ("negation", "decision", "decision_before"),
        ("modality", "decision", "decision_approved"),
    ],
    "garden-bird-count": [
        ("paraphrase", "count", "count_para"),
        ("paraphrase", "goldfinch", "goldfinch_para"),
        ("light_edit", "people", "people_edit"),
        ("entity", "count", "count_starling"),
        ("number", "count_para", "count_second"),
        ("hedge", "goldfinch", "goldfinch_shown"),
        ("negation", "swifts", "swifts_included"),
    ],
    "pellow-sands-whale-stranding": [
        ("paraphrase", "stranded", "stranded_para"),
        ("paraphrase", "cause", "cause_para"),
        ("light_edit", "again", "again_edit"),
        ("number", "stranded", "stranded_five"),
        ("entity", "stranded_para", "stranded_sperm"),
        ("related", "died", "died_put_down"),
        ("related", "cause", "cause_sonar"),
        ("time_span", "again", "again_months"),
        ("negation", "beach", "beach_open"),
    ],
    "kelso-ridge-tunnel": [
        ("paraphrase", "through", "through_para"),
        ("paraphrase", "length", "length_para"),
        ("paraphrase", "cost", "cost_para"),
        ("number", "through", "through_41"),
        ("entity", "length", "length_rail"),
        ("number", "length_para", "length_second"),
        ("number", "cost", "cost_by"),
        ("number", "journey", "journey_to"),
        ("time_span", "toll", "toll_five"),
    ],
    "starline-lottery-jackpot": [
        ("paraphrase", "jackpot", "jackpot_para"),
        ("paraphrase", "claim", "claim_para"),
        ("light_edit", "odds", "odds_edit"),
        ("number", "jackpot", "jackpot_two"),
        ("number", "claim", "claim_18"),
        ("quantifier", "odds", "odds_any"),
        ("time_span", "rollover", "rollover_weeks"),
        ("attribution", "winner", "winner_fact"),
        ("related", "winner", "winner_anonymous"),
    ],
    "marrin-reef-bleaching": [
        ("paraphrase", "bleach", "bleach_para"),
        ("paraphrase", "recover", "recover_para"),
        ("light_edit", "fishing", "fishing_edit"),
        ("related", "bleach", "bleach_died"),
        ("attribution", "bleach_para", "bleach_fact"),
        ("quantifier", "recover", "recover_little"),
        ("number", "temp", "temp_341"),
        ("direction", "temp", "temp_below"),
        ("modality", "fishing", "fishing_called"),
    ],
    "whitcombe-bell-foundry": [
        ("paraphrase", "close", "close_para"),
        ("paraphrase", "staff", "staff_para"),
        ("light_edit", "bell", "bell_edit"),
        ("number", "close", "close_1863"),
        ("related", "close_para", "close_move"),
        ("entity", "close", "close_costs"),
        ("quantifier", "staff", "staff_some"),
        ("entity", "bell_edit", "bell_oldest"),
        ("modality", "museum", "museum_will"),
        ("negation", "museum", "museum_not"),
    ],
}

# SciFact training claims (no earlier split used them or an abstract they cite), quoted under the key ORIGINAL; the
# texts written by hand from each, and the pairs.
SCIFACT_HAND: dict[int, dict[str, str]] = {
    2: {
        "para": "In the UK, abnormal PrP positivity is found in one in every five million people.",
        "n500k": "In the UK, abnormal PrP positivity is found in one in every 500,000 people.",
        "us": "1 in 5 million in the US have abnormal PrP positivity.",
        "fewer": "Fewer than 1 in 5 million in the UK have abnormal PrP positivity.",
    },
    67: {
        "para": "When DNA is damaged, activated Cdk5 adds phosphate groups to the ATM protein.",
        "swapped": "Activated ATM phosphorylates the Cdk5 protein in response to DNA damage.",
        "atr": "When DNA is damaged, activated Cdk5 adds phosphate groups to the ATR protein.",
        "dephosphorylates": "Activated Cdk5 dephosphorylates the ATM protein in response to DNA damage.",
    },
    79: {
        "para": "Pyroptosis is enhanced by the active form of the caspase-11 protein.",
        "protects": "Active caspase-11 protein protects cells against pyroptosis.",
        "caspase1": "Pyroptosis is enhanced by the active form of the caspase-1 protein.",
        "inactive": "Inactive caspase-11 protein promotes pyroptosis.",
    },
    184: {
        "para": "Adult macrophage compartments receive no contribution from bone marrow cells.",
        "edit": "Bone marrow cells do not contribute to adult macrophage compartments.",
        "replenished": "Adult macrophage compartments are replenished by bone marrow cells.",
        "embryonic": "Bone marrow cells don't contribute to embryonic macrophage compartments.",
        "little": "Bone marrow cells contribute little to adult macrophage compartments.",
    },
    197: {
        "para": "CCR7 is a receptor bound by CCL19.",
        "ccl21": "CCL21 is a ligand for CCR7.",
        "cxcr4": "CXCR4 is a receptor bound by CCL19.",
        "swapped": "CCR7 is a ligand for CCL19.",
    },
    204: {
        "para": "CDK6 binds poorly to p18 INK4C variants that have lost their function.",
        "tighter": "CDK6 binds more tightly to loss-of-function variants of p18 INK4C.",
        "cdk4": "CDK4 shows impaired binding to loss-of-function variants of p18 INK4C.",
        "p16": "CDK6 binds poorly to p16 INK4A variants that have lost their function.",
    },
    293: {
        "para": "In baker's yeast, hot spots of crossing over lie inside gene promoters.",
        "terminators": "Crossover hot spots are found within gene terminators in Saccharomyces cerevisiae.",
        "fission": "In fission yeast, hot spots of crossing over lie inside gene promoters.",
        "excluded": "Crossover hot spots are excluded from gene promoters in Saccharomyces cerevisiae.",
    },
    323: {
        "para": "G-CSF levels go up when Raptor is knocked out.",
        "lowers": "Deleting Raptor lowers G-CSF levels.",
        "rictor": "Deleting Rictor increases G-CSF levels.",
        "overexpressed": "G-CSF levels go up when Raptor is overexpressed.",
    },
    401: {
        "para": "MSX2 expression is switched on three hours after BMP4 is added, before T and CDX2 are expressed.",
        "n30": "Expression of MSX2 is induced 30 hours after the addition of BMP4, which is earlier than T and CDX2.",
        "later": "Expression of MSX2 is induced 3 hours after the addition of BMP4, which is later than T and CDX2.",
        "bmp2": "MSX2 expression is switched on three hours after BMP2 is added, before T and CDX2 are expressed.",
    },
    542: {
        "para": "By hindering the phosphorylation and translocation of STING, IFI16 lowers STING activation.",
        "edit": "IFI16 hinders STING phosphorylation and translocation, resulting in reduced activation of STING.",
        "promotes": "IFI16 promotes STING phosphorylation and translocation, resulting in increased activation of "
        "STING.",
        "aim2": "By hindering the phosphorylation and translocation of STING, AIM2 lowers STING activation.",
    },
    547: {
        "para": "When monocytes produce IL-10, the CD4+ T cell response is held back.",
        "cd8": "IL-10 production by monocytes inhibits CD8 + T cell response.",
        "swapped": "IL-10 production by CD4 + T cells inhibits the monocyte response.",
        "strengthened": "When monocytes produce IL-10, the CD4+ T cell response is strengthened.",
    },
    562: {
        "para": "Improved OER catalysts stay stably active for hundreds of hours.",
        "minutes": "Improvements in OER catalysts show stable activity over several hundred minutes.",
        "her": "Improved HER catalysts stay stably active for hundreds of hours.",
        "lose": "Improvements in OER catalysts lose their activity within several hundred hours.",
    },
    792: {
        "para": "When doctors and patients misunderstand each other, patients may end up not taking their treatment as "
        "prescribed.",
        "inevitably": "Misunderstandings between doctors and patients inevitably lead to non-adherence.",
        "pharmacists": "Misunderstandings between pharmacists and patients can lead to non-adherence.",
    },
    817: {
        "para": "The myelin sheath is a cellular structure with a high lipid content.",
        "edit": "Myelin sheaths are lipid rich cellular structures.",
        "poor": "Myelin sheaths are lipid-poor cellular structures.",
        "protein": "The myelin sheath is a cellular structure with a high protein content.",
    },
    846: {
        "para": "Large particles trigger neutrophils to make IL-1β.",
        "macrophages": "Macrophages produce IL-1β in response to large particles.",
        "small": "Small particles trigger neutrophils to make IL-1β.",
        "may": "Neutrophils may produce IL-1β in response to large particles.",
    },
    979: {
        "para": "In stem cells, progerin brings on early ageing.",
        "delays": "Progerin delays aging in stem cells.",
        "neurons": "In neurons, progerin brings on early ageing.",
        "lamin": "Lamin B1 induces premature aging in stem cells.",
    },
    1133: {
        "para": "Beta cells can be identified by the marker TMEM27.",
        "alpha": "TMEM27 is a marker for alpha cells.",
        "cannot": "Beta cells cannot be identified by the marker TMEM27.",
    },
    1162: {
        "para": "In Deinococcus radiodurans, the DdrB protein works as a complex of five subunits.",
        "hexamer": "The DdrB protein from Deinococcus radiodurans functions as a hexamer.",
        "ddra": "In Deinococcus radiodurans, the DdrA protein works as a complex of five subunits.",
    },
    1223: {
        "para": "Small parasite loads are hard for the innate immune response to clear.",
        "large": "The innate immune response struggles to remove large numbers of parasites.",
        "adaptive": "Small parasite loads are hard for the adaptive immune response to clear.",
        "easily": "The innate immune response easily removes small numbers of parasites.",
    },
    1258: {
        "para": "Kat8 is required for Wdr5 to be recruited to its target loci.",
        "swapped": "The recruitment of Kat8 to its target loci depends on Wdr5.",
        "independent": "Wdr5 is recruited to its target loci independently of Kat8.",
        "kat7": "Kat7 is required for Wdr5 to be recruited to its target loci.",
    },
    1356: {
        "para": "Vaccination in the gut protects the rectal and vaginal mucosa.",
        "edit": "Vaccinating the gastrointestinal tract induces protection of the rectal and vaginal mucosa.",
        "respiratory": "Vaccinating the respiratory tract induces protection of rectal and vaginal mucosa.",
        "rectal_only": "Vaccination in the gut protects the rectal but not the vaginal mucosa.",
    },
    1381: {
        "para": "In mouse models of ulcerative colitis, the intestine cannot regenerate without YAP/TAZ.",
        "crohns": "YAP/TAZ is required in intestinal regeneration in mouse models of Crohn's disease.",
        "normal": "In mouse models of ulcerative colitis, the intestine regenerates normally without YAP/TAZ.",
    },
}

SCIFACT_PAIRS: dict[int, list[tuple[str, str, str]]] = {
    2: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", "para", "n500k"),
        ("entity", ORIGINAL, "us"),
        ("quantifier", ORIGINAL, "fewer"),
    ],
    67: [
        ("paraphrase", ORIGINAL, "para"),
        ("roles", ORIGINAL, "swapped"),
        ("entity", "para", "atr"),
        ("direction", ORIGINAL, "dephosphorylates"),
    ],
    79: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "protects"),
        ("entity", "para", "caspase1"),
        ("negation", ORIGINAL, "inactive"),
    ],
    184: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", "para", "replenished"),
        ("entity", ORIGINAL, "embryonic"),
        ("quantifier", "edit", "little"),
    ],
    197: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "ccl21"),
        ("entity", "para", "cxcr4"),
        ("roles", ORIGINAL, "swapped"),
    ],
    204: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "tighter"),
        ("entity", ORIGINAL, "cdk4"),
        ("entity", "para", "p16"),
    ],
    293: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "terminators"),
        ("entity", "para", "fission"),
        ("negation", ORIGINAL, "excluded"),
    ],
    323: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "lowers"),
        ("entity", ORIGINAL, "rictor"),
        ("negation", "para", "overexpressed"),
    ],
    401: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "n30"),
        ("direction", ORIGINAL, "later"),
        ("entity", "para", "bmp2"),
    ],
    542: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("direction", ORIGINAL, "promotes"),
        ("entity", "para", "aim2"),
    ],
    547: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "cd8"),
        ("roles", ORIGINAL, "swapped"),
        ("direction", "para", "strengthened"),
    ],
    562: [
        ("paraphrase", ORIGINAL, "para"),
        ("time_span", ORIGINAL, "minutes"),
        ("entity", "para", "her"),
        ("negation", ORIGINAL, "lose"),
    ],
    792: [
        ("paraphrase", ORIGINAL, "para"),
        ("hedge", ORIGINAL, "inevitably"),
        ("entity", ORIGINAL, "pharmacists"),
    ],
    817: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("negation", ORIGINAL, "poor"),
        ("entity", "para", "protein"),
    ],
    846: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "macrophages"),
        ("entity", "para", "small"),
        ("hedge", ORIGINAL, "may"),
    ],
    979: [
        ("paraphrase", ORIGINAL, "para"),
        ("direction", ORIGINAL, "delays"),
        ("entity", "para", "neurons"),
        ("entity", ORIGINAL, "lamin"),
    ],
    1133: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "alpha"),
        ("negation", "para", "cannot"),
    ],
    1162: [
        ("paraphrase", ORIGINAL, "para"),
        ("number", ORIGINAL, "hexamer"),
        ("entity", "para", "ddra"),
    ],
    1223: [
        ("paraphrase", ORIGINAL, "para"),
        ("quantifier", ORIGINAL, "large"),
        ("entity", "para", "adaptive"),
        ("negation", ORIGINAL, "easily"),
    ],
    1258: [
        ("paraphrase", ORIGINAL, "para"),
        ("roles", ORIGINAL, "swapped"),
        ("negation", ORIGINAL, "independent"),
        ("entity", "para", "kat7"),
    ],
    1356: [
        ("paraphrase", ORIGINAL, "para"),
        ("light_edit", ORIGINAL, "edit"),
        ("entity", ORIGINAL, "respiratory"),
        ("quantifier", "para", "rectal_only"),
    ],
    1381: [
        ("paraphrase", ORIGINAL, "para"),
        ("entity", ORIGINAL, "crohns"),
        ("negation", "para", "normal"),
    ],
}


SPLIT = HandSplit(8, "da", STORY_HAND, STORY_PAIRS, SCIFACT_HAND, SCIFACT_PAIRS, ORIGINAL)


if __name__ == "__main__":
    SPLIT.main(__doc__)
