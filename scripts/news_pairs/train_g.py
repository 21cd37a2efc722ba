from common import split, story

split("train")

story(
    "plastic-bag-ban",
    "environment",
    [
        (
            "Single-use plastic bags will be banned in shops nationwide from 1 January under a law approved by the "
            "senate "
            "on Tuesday by 61 votes to 12. Retailers that break the rule face fines of up to 5,000 euros. The retail "
            "federation said its members supported the ban but needed more time to use up existing stock."
        ),
    ],
    [
        (0, "PS", "The senate passed a nationwide ban on single-use plastic bags in shops."),
        (0, "NUM", "Shops that break the new plastic bag ban face fines of up to 50,000 euros."),
        (0, "DATE", "The nationwide ban on single-use plastic bags takes effect on 1 June."),
        (0, "AS", "The retail federation said its members supported the ban on single-use plastic bags."),
        (0, "AC", "The retail federation said its members opposed the ban on single-use plastic bags."),
        (0, "NUM", "The senate approved the plastic bag ban by 61 votes to 21."),
        (0, "PN", "The plastic bag ban also covers market stalls and takeaway restaurants."),
        (0, "PS", "Retailers asked for extra time to use up their existing stocks of plastic bags."),
    ],
)

story(
    "harrowgate-prison-escape",
    "police",
    [
        (
            "Two inmates escaped from Harrowgate prison early on Sunday by cutting through a ventilation grille, the "
            "justice ministry said. One of them, 34-year-old Milos Radic, was recaptured six hours later at a bus "
            "station "
            "in Kelby. Police said the second man, who was serving a sentence for armed robbery, was still at large."
        ),
    ],
    [
        (0, "PS", "Two prisoners broke out of Harrowgate prison by cutting through a ventilation grille."),
        (0, "Q", "Both inmates who escaped from Harrowgate prison have been recaptured."),
        (0, "PLACE", "Escaped inmate Milos Radic was recaptured at a railway station in Kelby."),
        (0, "NUM", "Milos Radic was recaptured 16 hours after escaping from Harrowgate prison."),
        (0, "AS", "Police said the Harrowgate escapee still at large was serving a sentence for armed robbery."),
        (0, "PN", "Milos Radic was serving a sentence for drug trafficking at Harrowgate prison."),
        (0, "AN", "The governor of Harrowgate prison said the inmates escaped through a ventilation grille."),
        (0, "NUM", "Milos Radic, 43, was recaptured after escaping from Harrowgate prison."),
    ],
)

story(
    "torran-hikers-found",
    "disaster",
    [
        (
            "Three hikers missing for two nights in the Torran Mountains were found alive on Tuesday by a helicopter "
            "crew, "
            "the regional rescue service said. The group, two women and a man, had lost their way in fog and sheltered "
            "in "
            "a hut. A rescue service spokesperson said they were cold but had no serious injuries."
        ),
    ],
    [
        (0, "PS", "Three hikers lost for two nights in the Torran Mountains were found alive."),
        (0, "NUM", "Four hikers who went missing in the Torran Mountains were found alive."),
        (0, "ENT", "The missing Torran Mountains hikers were found by a search-dog team on foot."),
        (
            0,
            "AS",
            "A rescue service spokesperson said the hikers found in the Torran Mountains had no serious injuries.",
        ),
        (0, "NEG", "One of the hikers found in the Torran Mountains was seriously injured."),
        (0, "PN", "The hikers found in the Torran Mountains were visitors from Germany."),
        (0, "DATE", "The hikers missing in the Torran Mountains were found on Saturday."),
        (0, "PS", "The Torran Mountains hikers got lost in fog and took shelter in a hut."),
    ],
)

story(
    "unemployment-15-year-claim",
    "factcheck",
    [
        (
            "The unemployment rate fell to 6.2 percent in the second quarter from 6.8 percent in the first, the "
            "national "
            "statistics office said on Thursday. Labour Minister Ruben Faria said the figure was 'the lowest in 15 "
            "years'. "
            "However, the statistics office's own records show the rate stood at 6.0 percent in 2016, eight years ago."
        ),
    ],
    [
        (0, "AS", "Labour Minister Ruben Faria said the unemployment rate was the lowest in 15 years."),
        (0, "FD", "The second-quarter unemployment rate of 6.2 percent was the lowest in 15 years."),
        (0, "PS", "Unemployment dropped from 6.8 percent to 6.2 percent between the first and second quarters."),
        (0, "NUM", "The unemployment rate fell to 6.8 percent in the second quarter."),
        (0, "NEG", "The statistics office said unemployment rose in the second quarter."),
        (0, "AN", "The prime minister said unemployment was at a 15-year low."),
        (0, "PN", "Youth unemployment fell below 15 percent in the second quarter."),
        (0, "PS", "Statistics office records show the unemployment rate was 6.0 percent in 2016."),
    ],
)

story(
    "may-inflation-figures",
    "business",
    [
        (
            "Annual inflation slowed to 3.1 percent in May from 3.8 percent in April, mainly because of lower fuel "
            "prices, "
            "the statistics office said. Food prices were still 7 percent higher than a year earlier. Finance Minister "
            "Sofia Lind said the government's measures were working, while opposition leader Tomas Brandt claimed, "
            "without "
            "citing data, that the real figure was 'closer to 10 percent'."
        ),
    ],
    [
        (0, "PS", "Inflation eased to 3.1 percent in May, the statistics office said."),
        (0, "NUM", "Annual inflation slowed to 1.3 percent in May."),
        (0, "NEG", "Annual inflation accelerated in May, according to the statistics office."),
        (0, "AS", "Opposition leader Tomas Brandt claimed real inflation was closer to 10 percent."),
        (0, "FD", "The real annual inflation rate in May was close to 10 percent."),
        (0, "AC", "Finance Minister Sofia Lind said the government's measures had failed to curb inflation."),
        (0, "ENT", "Lower food prices were the main reason inflation slowed in May."),
        (0, "PN", "The central bank is expected to cut interest rates after May's inflation figures."),
    ],
)

story(
    "dairy-price-fixing-fine",
    "business",
    [
        (
            "The competition authority fined four supermarket chains a total of 212 million euros on Wednesday for "
            "coordinating the prices of dairy products between 2017 and 2021. Chainway, the largest, received the "
            "biggest "
            "fine, 98 million euros. Two of the chains said they would appeal, while Chainway said it was studying the "
            "decision."
        ),
    ],
    [
        (0, "PS", "The competition authority imposed fines totalling 212 million euros on four supermarket chains."),
        (0, "NUM", "The competition authority fined six supermarket chains for fixing dairy prices."),
        (0, "ENT", "Four supermarket chains were fined for coordinating the prices of bread."),
        (
            0,
            "DATE",
            "The supermarket chains coordinated dairy prices between 2015 and 2019, the competition authority found.",
        ),
        (0, "AS", "Chainway said it was studying the competition authority's decision to fine it."),
        (0, "Q", "All four supermarket chains said they would appeal the price-fixing fines."),
        (0, "PN", "Dairy prices fell after the competition authority opened its investigation."),
        (0, "AN", "Consumer groups said the supermarket chains had coordinated dairy prices for four years."),
        (0, "PS", "Chainway was hit with a 98 million euro fine, the largest of the four."),
    ],
)

story(
    "hollis-air-cabin-strike",
    "labour",
    [
        (
            "Hollis Air cancelled 340 flights on Friday as cabin crew staged a one-day strike over rosters, affecting "
            "around 45,000 passengers, the airline said. The cabin crew union said 95 percent of its members had "
            "joined "
            "the walkout. Hollis Air said passengers would be offered refunds or rebooking."
        ),
    ],
    [
        (0, "PS", "Hollis Air scrapped 340 flights because of a one-day cabin crew strike."),
        (0, "NUM", "The Hollis Air cabin crew strike affected about 4,500 passengers."),
        (0, "AS", "The cabin crew union said 95 percent of its members joined the Hollis Air strike."),
        (0, "AN", "Hollis Air said 95 percent of its cabin crew had joined Friday's strike."),
        (0, "AC", "Hollis Air said passengers on cancelled flights would not be offered refunds."),
        (0, "PN", "Friday's cabin crew strike was the first in Hollis Air's history."),
        (0, "DATE", "Hollis Air cancelled 340 flights on Monday because of a cabin crew strike."),
        (0, "AS", "Hollis Air said passengers on cancelled flights could choose a refund or rebooking."),
    ],
)

story(
    "estmark-valdoria-mackerel",
    "diplomacy",
    [
        (
            "Talks between Estmark and Valdoria over mackerel quotas in the North Sea ended without agreement on "
            "Friday, "
            "Estmark's fisheries ministry said. Estmark said Valdoria had demanded a 35 percent share of the catch, up "
            "from 22 percent. Valdoria's negotiator, Ivo Marek, called that figure 'a distortion' and said his side "
            "had "
            "asked for 28 percent."
        ),
    ],
    [
        (0, "AS", "Estmark's fisheries ministry said Valdoria had demanded 35 percent of the mackerel catch."),
        (0, "AS", "Valdoria's negotiator Ivo Marek said his country had asked for 28 percent of the mackerel catch."),
        (0, "DS", "Ivo Marek rejected Estmark's account of Valdoria's mackerel quota demand."),
        (0, "AC", "Ivo Marek said Valdoria had demanded 35 percent of the North Sea mackerel catch."),
        (0, "NEG", "Estmark and Valdoria reached an agreement on mackerel quotas on Friday."),
        (0, "AC", "Estmark said Valdoria's current share of the mackerel catch was 32 percent."),
        (0, "PN", "The next round of mackerel talks between Estmark and Valdoria will be held in March."),
        (0, "AN", "Valdoria's fisheries minister said talks with Estmark had ended without agreement."),
    ],
)

story(
    "kellin-border-closure",
    "diplomacy",
    [
        (
            "Marovia closed its main border crossing with Ostrel at Kellin on Tuesday night, saying it needed to "
            "upgrade "
            "customs equipment. Ostrel's interior minister, Hanna Rolf, called the closure 'retaliation' over a "
            "dispute "
            "about transit fees. Hundreds of lorries were queuing on the Ostrel side on Wednesday, a border police "
            "spokesperson said."
        ),
    ],
    [
        (0, "PS", "Marovia shut its main border crossing with Ostrel at Kellin on Tuesday night."),
        (0, "AS", "Marovia said it closed the Kellin crossing to upgrade customs equipment."),
        (0, "AS", "Ostrel's interior minister Hanna Rolf described the Kellin border closure as retaliation."),
        (0, "FC", "Marovia closed the Kellin border crossing in retaliation for a dispute over transit fees."),
        (0, "ENT", "Ostrel closed its main border crossing with Marovia at Kellin."),
        (0, "Q", "Only a handful of lorries were waiting at the Kellin crossing on Wednesday."),
        (0, "PN", "The Kellin border crossing is expected to reopen next Monday."),
        (0, "AN", "Marovia's foreign minister said the Kellin border closure was only temporary."),
    ],
)

story(
    "sandvik-refinery-fire",
    "environment",
    [
        (
            "A fire broke out at the Sandvik oil refinery on Wednesday afternoon, sending a column of black smoke over "
            "the "
            "city, and was brought under control after about five hours, the fire brigade said. Residents in three "
            "districts were told to keep windows closed. Refinery owner Nordra said two workers suffered minor burns "
            "and "
            "that production would be reduced for several days."
        ),
    ],
    [
        (0, "PS", "A fire at the Sandvik refinery was brought under control after roughly five hours."),
        (
            0,
            "NUM",
            "Residents in 13 districts were told to keep their windows closed during the Sandvik refinery fire.",
        ),
        (0, "AS", "Nordra said two workers suffered minor burns in the Sandvik refinery fire."),
        (0, "AC", "Nordra said no one was hurt in the fire at its Sandvik refinery."),
        (0, "AC", "Nordra said production at the Sandvik refinery would not be affected by the fire."),
        (0, "PN", "The fire at the Sandvik refinery started in a storage tank."),
        (0, "DATE", "The fire at the Sandvik oil refinery broke out on Wednesday morning."),
        (0, "AN", "The city's mayor said two Sandvik refinery workers suffered minor burns."),
    ],
)
