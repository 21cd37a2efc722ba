from common import split, story

split("val")

story(
    "grant-hale-defamation",
    "courts",
    [
        (
            "A court in Marlbury on Monday ordered blogger Tessa Grant to pay 45,000 euros in damages to businessman "
            "Victor Hale, ruling that her posts accusing him of tax fraud were false and defamatory. Grant said she "
            "would "
            "appeal. The judge noted that tax authorities had audited Hale's companies in 2022 and found no "
            "irregularities."
        ),
    ],
    [
        (
            0,
            "PS",
            (
                "A Marlbury court ordered blogger Tessa Grant to pay 45,000 euros in damages to Victor Hale for "
                "defamation."
            ),
        ),
        (0, "FD", "Businessman Victor Hale committed tax fraud through his companies."),
        (0, "AS", "Tessa Grant accused Victor Hale of tax fraud in posts on her blog."),
        (0, "NUM", "Tessa Grant was ordered to pay Victor Hale 54,000 euros in damages."),
        (0, "AS", "Tessa Grant said she would appeal the Marlbury court's defamation ruling."),
        (0, "DATE", "Tax authorities audited Victor Hale's companies in 2020 and found no irregularities."),
        (0, "NEG", "The Marlbury court dismissed Victor Hale's defamation case against Tessa Grant."),
        (0, "AN", "Victor Hale said a tax audit had found no irregularities at his companies."),
    ],
)

story(
    "diesel-subsidy-tractor-protest",
    "protest",
    [
        (
            "Farmers drove about 1,400 tractors into the capital on Wednesday to protest against cuts to diesel "
            "subsidies, "
            "according to police. The farmers' union put the number at 4,000. Agriculture Minister Nils Haugen met "
            "union "
            "leaders in the afternoon and said he would present a revised plan within two weeks."
        ),
    ],
    [
        (0, "AS", "Police said about 1,400 tractors were driven into the capital during the farmers' protest."),
        (0, "AS", "The farmers' union said 4,000 tractors took part in the diesel subsidy protest."),
        (0, "AC", "Police estimated that 4,000 tractors took part in the farmers' protest in the capital."),
        (0, "AC", "The farmers' union said about 1,400 tractors joined the protest against diesel subsidy cuts."),
        (0, "AS", "Agriculture Minister Nils Haugen said he would present a revised plan within two weeks."),
        (0, "AC", "Nils Haugen said he would present a revised diesel subsidy plan within two months."),
        (0, "PN", "The diesel subsidy cuts would cost an average farm 3,000 euros a year."),
        (0, "ENT", "Farmers drove tractors into the capital to protest against cuts to fertiliser subsidies."),
    ],
)

story(
    "ulvik-fireball",
    "science",
    [
        (
            "A bright fireball seen across the northern provinces late on Saturday was a small asteroid burning up in "
            "the "
            "atmosphere, the national astronomy institute said, adding that it had received more than 600 reports from "
            "the "
            "public. Social media claims that fragments had damaged a barn in Ulvik were false, police said after "
            "visiting "
            "the farm, where the roof had been damaged by a storm a week earlier."
        ),
    ],
    [
        (
            0,
            "AS",
            (
                "The national astronomy institute said Saturday's fireball was a small asteroid burning up in the "
                "atmosphere."
            ),
        ),
        (0, "FD", "Fragments of Saturday's fireball damaged a barn in Ulvik."),
        (0, "AS", "Social media posts claimed that fragments of the fireball had damaged a barn in Ulvik."),
        (0, "NUM", "The astronomy institute received more than 6,000 reports of the fireball from the public."),
        (
            0,
            "PS",
            "According to police, the barn roof in Ulvik had been damaged by a storm a week before the fireball.",
        ),
        (0, "DATE", "The fireball was seen across the northern provinces early on Saturday morning."),
        (0, "AN", "The astronomy institute said the Ulvik barn had been damaged by a storm."),
        (0, "PN", "Scientists have recovered fragments of the asteroid seen over the northern provinces."),
    ],
)

story(
    "hollander-kessington-deal",
    "business",
    [
        (
            "Hollander Bank agreed on Monday to buy its smaller rival Kessington Savings for 2.6 billion euros in "
            "cash, "
            "the two lenders said. The deal still needs approval from the competition authority. Hollander said it "
            "planned "
            "to close about 40 overlapping branches, while Kessington's staff union said it had been told up to 900 "
            "jobs "
            "were at risk."
        ),
    ],
    [
        (0, "PS", "Hollander Bank is acquiring Kessington Savings in a 2.6 billion euro cash deal."),
        (0, "ENT", "Kessington Savings agreed to buy its larger rival Hollander Bank."),
        (0, "NUM", "Hollander Bank agreed to pay 6.2 billion euros for Kessington Savings."),
        (0, "AS", "Kessington's staff union said it had been told up to 900 jobs were at risk from the takeover."),
        (0, "AC", "Hollander Bank said it planned to close about 400 branches after buying Kessington Savings."),
        (0, "NEG", "The competition authority has already approved Hollander Bank's purchase of Kessington Savings."),
        (0, "AN", "Hollander Bank said up to 900 jobs were at risk from the Kessington Savings deal."),
        (0, "PN", "Kessington Savings shares rose 20 percent after the takeover was announced."),
        (0, "AS", "Hollander Bank said it intended to shut roughly 40 branches that overlap with Kessington's."),
    ],
)

story(
    "maro-cholera",
    "health",
    [
        (
            "Health authorities in the coastal district of Maro have reported 145 suspected cholera cases and four "
            "deaths "
            "over the past two weeks, the health ministry said on Saturday. Laboratory tests had confirmed cholera in "
            "31 "
            "of the cases. The ministry said contaminated wells were the likely source and that water purification "
            "tablets "
            "were being distributed."
        ),
    ],
    [
        (0, "PS", "Maro district has reported 145 suspected cholera cases and four deaths in two weeks."),
        (0, "Q", "All 145 suspected cholera cases in Maro have been confirmed by laboratory tests."),
        (0, "NUM", "Laboratory tests confirmed cholera in 13 of the suspected cases in Maro."),
        (0, "FC", "Contaminated wells caused the cholera outbreak in Maro district."),
        (0, "AS", "The health ministry said contaminated wells were the likely source of the Maro cholera outbreak."),
        (0, "NUM", "Fourteen people have died of suspected cholera in Maro district."),
        (0, "PN", "A cholera vaccination campaign has started in Maro district."),
        (0, "AN", "The World Health Organization said 145 suspected cholera cases had been reported in Maro."),
    ],
)

story(
    "brennhall-tram-derailment",
    "transport",
    [
        (
            "A tram derailed on a curve in central Brennhall on Friday evening, injuring 12 passengers, one of them "
            "seriously, the city transport company said. Citing data from the vehicle's recorder, the company said the "
            "tram had been travelling at 19 kilometres per hour, within the 20 km/h limit. A passengers' group claimed "
            "the "
            "tram had been 'going far too fast'."
        ),
    ],
    [
        (0, "PS", "Twelve people were hurt when a tram came off the rails in central Brennhall."),
        (
            0,
            "AS",
            "Brennhall's transport company said the derailed tram had been travelling at 19 kilometres per hour.",
        ),
        (0, "FD", "The tram that derailed in central Brennhall was travelling above the speed limit."),
        (0, "AS", "A passengers' group claimed the Brennhall tram had been going far too fast."),
        (0, "AC", "Brennhall's transport company said the tram had been travelling at 29 kilometres per hour."),
        (0, "Q", "Several passengers were seriously injured in the Brennhall tram derailment."),
        (0, "DATE", "A tram derailed in central Brennhall on Friday morning."),
        (0, "PN", "Tram services in central Brennhall resumed on Saturday."),
    ],
)

story(
    "ravensby-road-contract",
    "politics",
    [
        (
            "An opposition councillor in Ravensby alleged on Tuesday that Mayor Gerald Amis had awarded a 4 million "
            "euro "
            "road contract to a firm owned by his brother-in-law. Amis did not respond to requests for comment. The "
            "city's "
            "public procurement register lists the contract as awarded to Stonegate Paving, but does not show the "
            "company's owners."
        ),
    ],
    [
        (
            0,
            "AS",
            (
                "A Ravensby opposition councillor alleged that Mayor Gerald Amis gave a road contract to his "
                "brother-in-law's firm."
            ),
        ),
        (0, "FC", "Ravensby Mayor Gerald Amis awarded a road contract to a firm owned by his brother-in-law."),
        (0, "AC", "Mayor Gerald Amis denied awarding a road contract to his brother-in-law's firm."),
        (0, "PS", "Ravensby's procurement register shows a road contract awarded to Stonegate Paving."),
        (0, "NUM", "The Ravensby road contract at the centre of the allegation was worth 14 million euros."),
        (0, "AN", "Ravensby's city auditor said the road contract went to a firm owned by the mayor's brother-in-law."),
        (0, "PN", "Stonegate Paving was founded two years before it won the Ravensby road contract."),
        (0, "PS", "The Ravensby procurement register does not list who owns Stonegate Paving."),
    ],
)

story(
    "greyhaven-flood-video",
    "factcheck",
    [
        (
            "A video shared this week as showing cars swept away by floods in the town of Greyhaven was filmed in 2018 "
            "in "
            "another region, the local newspaper Greyhaven Echo reported, after matching buildings in the clip to a "
            "street "
            "in Port Amber. Greyhaven's council said the town's streets had not flooded, though some basements took in "
            "water after Monday's heavy rain."
        ),
    ],
    [
        (0, "FD", "Cars were swept away by floods in the streets of Greyhaven this week."),
        (0, "AS", "The Greyhaven Echo reported that the viral flood video was filmed in Port Amber in 2018."),
        (0, "DATE", "The video of cars swept away by floods was filmed in Port Amber in 2020."),
        (0, "AS", "Greyhaven's council said some basements in the town took in water after Monday's rain."),
        (0, "AC", "Greyhaven's council said several streets in the town were flooded on Monday."),
        (0, "PS", "Buildings seen in the viral flood video were matched to a street in Port Amber."),
        (0, "AN", "Greyhaven's council said the viral flood video had been filmed in Port Amber."),
        (0, "PN", "The misleading Greyhaven flood video was first posted by a local politician."),
    ],
)

story(
    "orland-census",
    "politics",
    [
        (
            "The population of the Orland region rose 4.2 percent over the past decade to 1.38 million, according to "
            "census results published on Thursday by the statistics office. Regional governor Ana Ferro said the "
            "figures "
            "proved young people were moving back to the region. The statistics office said the growth was driven "
            "mainly "
            "by people over 65 moving in from other regions."
        ),
    ],
    [
        (0, "PS", "Orland's population grew by 4.2 percent in ten years to 1.38 million."),
        (0, "NUM", "Orland's population rose 2.4 percent over the past decade, census results showed."),
        (0, "AS", "Governor Ana Ferro said the census showed young people were returning to Orland."),
        (0, "FD", "Population growth in Orland over the past decade was driven mainly by young people moving back."),
        (0, "AC", "The statistics office said young people returning to Orland drove the region's population growth."),
        (0, "NEG", "The latest census showed Orland's population fell over the past decade."),
        (0, "PN", "Orland's regional capital grew faster than the rest of the region."),
        (0, "AS", "The statistics office said people over 65 moving from other regions mainly drove Orland's growth."),
    ],
)
