"""Balance pass: drop redundant perturbations, add supports and related-aspect passages."""

from common import PAT, STORIES

DROP = {
    "marlow-creek-boil-notice": ["Marlow Creek residents were told on Friday"],
    "port-esk-ferry-pier": ["Forty people were hurt"],
    "halden-library-closures": [
        "Halden's council voted 12-1",
        "Closing three Halden library branches is expected to save about 11",
    ],
    "brackwater-nurses-strike": ["Nurses at Brackwater General Hospital began a 24-hour"],
    "kellerby-ballot-shortage": ["Provisional results gave the Unity List 25"],
    "berend-epo-case": ["Tomas Berend, 31"],
    "saltmere-levee-breach": ["A levee on the River Tees"],
    "velmar-pension-march": ["The Velmar pension march ended outside the labour"],
    "kestrel-foods-q3": ["Kestrel Foods' revenue rose 16"],
    "skyvale-bordeaux-diversion": [
        "A Skyvale Airways flight made an emergency landing in Bordeaux on Wednesday",
        "The Skyvale Airways flight that diverted to Bordeaux was carrying 64",
    ],
    "dunmore-valley-wildfire": ["About 15,000 residents"],
    "ardena-earthquake": ["An earthquake struck near the town of Ardena late"],
    "karsten-pass-bus-crash": ["The tourist bus crash on the Karsten Pass happened on Tuesday"],
    "kallisto-exoplanet-water": ["The exoplanet where Kallisto astronomers detected water vapour is about 1,200"],
    "whitlow-coin-hoard": ["The Roman coins found in a field near Whitlow were made of gold"],
    "rail-drivers-strike": ["Rail Workers' Alliance train drivers will strike for 48"],
    "st-brennans-ransomware": ["St. Brennan's Hospital has been diverting ambulances since Thursday"],
    "hollin-ridge-mine-rescue": [
        "The Hollin Ridge miners were trapped underground for five",
        "Most of the rescued Hollin Ridge miners",
    ],
    "central-bank-hold": ["Four of the seven members"],
    "torvik-airbag-recall": [
        "Torvik Motors is recalling 84,000",
        "The Torvik recall covers Sola hatchbacks built between March 2019",
    ],
    "kallby-tuition-protest": ["The government plans to triple"],
    "pravexin-approval": ["Patients taking Pravexin had 1.4"],
    "carden-measles-outbreak": [
        "Carden County's health department is offering free vaccination clinics at 14",
        "Carden County has recorded 27 measles cases since early December",
    ],
    "arbel-tram-referendum": ["The new tram line approved by Arbel voters is expected to cost 230"],
    "kessler-bribery-sentence": ["Anton Kessler was convicted of accepting 4.1"],
    "rennick-arena-crowd-surge": ["Eighteen people were treated"],
    "halvard-marathon-record": ["Faith Jelagat won the Halvard Marathon in 2 hours 41"],
    "pension-age-bill": [
        "The bill raising the state pension age passed with 162",
        "The pension bill raises the state pension age from 65 to 68",
    ],
    "hennig-bridge-closure": ["Repairs to Oldport's Hennig Bridge are expected to cost about 35"],
    "july-heatwave-deaths": ["At least 140 deaths in the first week of August"],
    "typhoon-kessa": ["Typhoon Kessa made landfall in Binh Lam late on Thursday"],
    "grauhorn-avalanche": [
        "Avalanche danger near Grauhorn had been rated at level 2",
        "The avalanche near the Grauhorn ski resort happened on Sunday",
    ],
    "plastic-bag-ban": ["The senate approved the plastic bag ban by 61 votes to 21"],
    "harrowgate-prison-escape": ["Milos Radic, 43", "Milos Radic was recaptured 16 hours"],
    "torran-hikers-found": ["The hikers missing in the Torran Mountains were found on Saturday"],
    "may-inflation-figures": ["Annual inflation slowed to 1.3"],
    "dairy-price-fixing-fine": ["The supermarket chains coordinated dairy prices between 2015"],
    "sandvik-refinery-fire": ["Residents in 13 districts"],
    "rhondale-teacher-strikes": ["Rhondale secondary teachers will hold five"],
    "lunden-rent-cap": ["Lunden's cap on rent increases will remain in force for ten"],
    "voltra-billing-error": ["Voltra must pay a 20 million"],
    "kalu-land-ruling": ["The lower court ruling overturned by the supreme court in the Kalu case"],
    "vessen-cocaine-seizure": ["Five people were arrested"],
    "ember-river-deforestation": ["Forest loss in the Ember River basin fell 12"],
    "selby-point-wind-farm": ["The wind farm approved off Selby Point will have 64"],
    "brackley-red-panda": ["The red panda that escaped from Brackley Zoo was found about eight"],
    "calder-bank-app-outage": ["Calder Bank customers could not make card payments for about nine hours on Thursday"],
    "marlo-finch-data-breach": ["Hackers accessed Marlo & Finch customer data in November"],
    "hollis-air-cabin-strike": ["Hollis Air cancelled 340 flights on Monday"],
    "okafor-death-hoax": ["Actor Bernard Okafor, the subject of a death hoax, is 91"],
}

NEW_PASSAGES = {
    "kessler-bribery-sentence": "Vellamo's city council said on Wednesday it would review all public works contracts "
    "signed between 2014 and 2022 following the conviction of its former public works director. The review will be "
    "carried out by an outside auditing firm and is expected to take about a year, a council spokesperson said.",
    "typhoon-kessa": "Power had been restored to about 60 percent of homes in Binh Lam province by Friday, two days "
    "after Typhoon Kessa made landfall, the state electricity company said. Schools in the province will stay closed "
    "until Monday while buildings are checked for damage.",
    "stratocore-cloud-outage": "Shares in Stratocore fell 4 percent on Wednesday, a day after an outage at the cloud "
    "provider disrupted websites across Europe. Analysts at Brightline Securities said in a note that the incident was "
    "unlikely to dent the company's annual revenue but could hurt its reputation with banks.",
    "callander-dock-strike": "The national retailers' association warned on Tuesday of possible shortages of imported "
    "fruit in supermarkets if the strike at the port of Callander lasted more than a week. Some importers were already "
    "diverting cargo to smaller ports, the association said.",
    "hult-pipeline-leak": "Residents of Hult were told on Friday not to use water from private wells until tests are "
    "completed following an oil pipeline leak near the village, the municipal health service said. Bottled water is "
    "being handed out at the village hall.",
}

ADD = {
    "marlow-creek-boil-notice": [
        (
            0,
            "AS",
            (
                "According to the regional water authority, the Marlow Creek boil-water advisory will remain in place "
                "for "
                "at least three days."
            ),
        )
    ],
    "port-esk-ferry-pier": [
        (0, "PS", "A Northlight Ferries vessel arriving from Carrow Island hit a pier in Port Esk, injuring 14 people.")
    ],
    "halden-library-closures": [
        (0, "PS", "Halden's library cuts are expected to save the city roughly 1.1 million euros annually.")
    ],
    "veridane-insulin-pen-recall": [
        (
            0,
            "PS",
            "Veridane Pharma has had several dozen complaints about its insulin pens but no reports of serious harm.",
        )
    ],
    "kellerby-ballot-shortage": [
        (
            0,
            "AS",
            (
                "Civic Renewal alleged that some Kellerby voters could not cast ballots because polling stations ran "
                "out "
                "of papers."
            ),
        )
    ],
    "brightwell-mayor-fake-quote": [
        (
            0,
            "PS",
            (
                "A quote about scrapping night buses that was attributed to Brightwell Mayor Anita Corrigan spread "
                "widely "
                "online."
            ),
        )
    ],
    "berend-epo-case": [
        (0, "PS", "Belgian cyclist Tomas Berend was suspended by his team after an adverse test for EPO."),
        (0, "AS", "According to the cycling union, Tomas Berend's adverse EPO finding came from a test taken in May."),
    ],
    "saltmere-levee-breach": [
        (0, "PS", "No one was hurt when the River Aln levee failed and residents of Saltmere were evacuated.")
    ],
    "calder-bank-app-outage": [
        (0, "AS", "Calder Bank said no customer data was compromised during its Monday outage.")
    ],
    "velmar-pension-march": [
        (0, "PS", "Police reported no arrests at the pension reform march in Velmar, which ended peacefully.")
    ],
    "nuvolo-job-cuts": [(0, "PS", "Nuvolo Systems said most of its planned job cuts would hit its hardware division.")],
    "chemistry-exam-leak": [
        (0, "PS", "The national chemistry exam was called off after the paper appeared online the night before.")
    ],
    "kestrel-foods-q3": [
        (0, "PS", "Kestrel Foods left its full-year forecast unchanged after reporting third-quarter results.")
    ],
    "skyvale-bordeaux-diversion": [
        (
            0,
            "PS",
            "Everyone on board the Skyvale Airways flight, 164 passengers and six crew, got off safely in Bordeaux.",
        )
    ],
    "port-hallam-shark-photo": [
        (0, "AS", "According to a Coastal Herald fact-check, the viral photo of a shark in Port Hallam is fake.")
    ],
    "flu-vaccine-supply-dispute": [
        (0, "PS", "The health agency says its stock monitoring shows every clinic still has flu vaccine doses.")
    ],
    "dunmore-valley-wildfire": [
        (
            0,
            "PS",
            "People living in three villages were ordered out of their homes because of the Dunmore Valley wildfire.",
        )
    ],
    "ardena-earthquake": [(0, "PS", "No deaths were reported after the magnitude 5.8 earthquake near Ardena.")],
    "karsten-pass-bus-crash": [
        (0, "AS", "Regional police said they were still investigating what caused the Karsten Pass bus crash.")
    ],
    "ridgeway-police-shooting": [
        (0, "PS", "A handgun was recovered at the scene where Ridgeway police shot Darnell Pike.")
    ],
    "kallisto-exoplanet-water": [
        (0, "AS", "Kallisto astronomers said the water vapour detection did not mean the exoplanet could support life.")
    ],
    "rail-drivers-strike": [
        (
            0,
            "AS",
            "The transport ministry urged both sides in the rail pay dispute to go back to the negotiating table.",
        )
    ],
    "st-brennans-ransomware": [
        (
            0,
            "AS",
            (
                "The regional health board said it had so far found no evidence that patient data was taken from St. "
                "Brennan's Hospital."
            ),
        ),
        (
            0,
            "PS",
            (
                "Ambulances have been sent to other hospitals since Saturday because of the ransomware attack on St. "
                "Brennan's."
            ),
        ),
    ],
    "hollin-ridge-mine-rescue": [
        (0, "PS", "Two of the miners rescued from Hollin Ridge were hospitalised with broken bones."),
        (0, "PS", "The Hollin Ridge miners spent two days trapped underground before rescuers reached them."),
    ],
    "dressel-diesel-spill": [
        (0, "AS", "The environment agency said it had put booms on the River Mire after the diesel spill near Dressel.")
    ],
    "minimum-wage-rise": [(0, "PS", "The national minimum wage will go up to 13.40 an hour from 1 April.")],
    "torvik-airbag-recall": [
        (0, "PS", "The Torvik recall affects Sola hatchbacks built from March 2021 to June 2022.")
    ],
    "kallby-tuition-protest": [
        (0, "PS", "Police detained 11 people after paint was thrown at the education ministry in Kallby.")
    ],
    "pravexin-approval": [
        (0, "PS", "In Pravexin's main trial, patients given a placebo had 2.3 fewer migraine days a month.")
    ],
    "carden-measles-outbreak": [
        (
            0,
            "DS",
            (
                "Carden County health officials rejected a parents' group's claim that the measles outbreak started at "
                "a "
                "children's hospital."
            ),
        )
    ],
    "wessing-bird-flu": [
        (0, "PS", "A 3-kilometre protection zone surrounds the poultry farm near Wessing where bird flu was confirmed.")
    ],
    "kessler-bribery-sentence": [
        (0, "AS", "Judge Marta Oyelaran described Anton Kessler's bribe-taking as systematic."),
        (1, "RN", "Anton Kessler was sentenced to six years in prison for accepting bribes from construction firms."),
        (
            1,
            "PS",
            "Vellamo's council will have an outside auditor review public works contracts signed from 2014 to 2022.",
        ),
        (1, "PN", "Vellamo's review of its public works contracts will cost about 500,000 euros."),
    ],
    "rennick-arena-crowd-surge": [
        (
            0,
            "AS",
            (
                "According to its operator, ticket sales for Saturday's Rennick Arena concert stayed below the venue's "
                "licensed capacity."
            ),
        )
    ],
    "halvard-marathon-record": [(0, "PS", "Meseret Alemu of Ethiopia came second at the Halvard Marathon.")],
    "orbix-launch-failure": [
        (0, "PS", "Nobody was injured when the Orbix Aerospace rocket failed after lift-off from Tarrow Point.")
    ],
    "bitmora-withdrawal-freeze": [
        (0, "AS", "Bitmora said it had brought in advisers to review its finances after freezing withdrawals.")
    ],
    "callander-dock-strike": [
        (0, "AS", "The Callander port authority said it had offered dockworkers a 6 percent pay rise."),
        (1, "RN", "The Callander dockers' union is seeking a 12 percent pay rise over two years."),
        (
            1,
            "AS",
            (
                "The retailers' association warned of imported fruit shortages if the Callander port strike lasted "
                "over a "
                "week."
            ),
        ),
    ],
    "hennig-bridge-closure": [
        (
            0,
            "PS",
            "Pedestrians and cyclists can continue to cross Oldport's Hennig Bridge while it is closed to vehicles.",
        )
    ],
    "july-heatwave-deaths": [
        (0, "AS", "The statistics institute said most of those who died during the July heatwave were older than 75.")
    ],
    "typhoon-kessa": [
        (0, "PS", "Two fishermen were among the four people killed after Typhoon Kessa made landfall."),
        (1, "RN", "More than 230,000 people were moved to shelters before Typhoon Kessa made landfall in Binh Lam."),
        (
            1,
            "PS",
            "Most homes in Binh Lam province had their electricity back by Friday, the state power company said.",
        ),
        (1, "RN", "Provincial officials said four people had died after Typhoon Kessa hit Binh Lam."),
    ],
    "grauhorn-avalanche": [
        (0, "PS", "The avalanche risk near Grauhorn had been rated 4 on a 5-point scale on the day two skiers died.")
    ],
    "ember-river-deforestation": [
        (
            0,
            "PS",
            (
                "Satellite data from the national space research institute showed a drop in forest loss in the Ember "
                "River "
                "basin."
            ),
        )
    ],
    "harrowgate-prison-escape": [
        (0, "PS", "Milos Radic, one of two Harrowgate escapees, was caught at a bus station in Kelby six hours later.")
    ],
    "may-inflation-figures": [
        (0, "PS", "Food prices in May were 7 percent higher than a year earlier even as overall inflation slowed.")
    ],
    "hollis-air-cabin-strike": [
        (0, "PS", "Around 45,000 passengers were affected by the Hollis Air cabin crew strike.")
    ],
    "sandvik-refinery-fire": [
        (0, "AS", "Nordra said production at the Sandvik refinery would be reduced for several days after the fire.")
    ],
    "maren-gallery-theft": [
        (0, "PS", "The painting stolen from the Maren City Gallery was taken while the gallery was open to visitors.")
    ],
    "lunden-rent-cap": [(0, "AS", "Lunden's tenants' association welcomed the new cap on rent increases.")],
    "voltra-billing-error": [(0, "PS", "Voltra customers who were overcharged will get refunds averaging 64 euros.")],
    "fernhill-ashby-park-supermarket": [
        (0, "PS", "Residents of Fernhill demonstrated at the town hall against a supermarket planned for Ashby Park.")
    ],
    "westmoor-free-school-lunches": [
        (0, "PS", "Westmoor's free lunch scheme for primary pupils is projected to cost 95 million euros a year.")
    ],
    "kalu-land-ruling": [
        (0, "PS", "Judges found that the Kalu community's grazing land was taken in 1974 without compensation.")
    ],
    "stratocore-cloud-outage": [
        (
            1,
            "RN",
            "Stratocore said a software update pushed to its Frankfurt networking equipment caused Tuesday's outage.",
        ),
        (1, "PS", "Stratocore's share price dropped 4 percent the day after its cloud outage."),
        (1, "AN", "Stratocore's chief executive said the outage would not hurt the company's annual revenue."),
    ],
    "hult-pipeline-leak": [
        (1, "RN", "Tessaro Energy put the size of the oil spill near Hult at about 30,000 litres."),
        (1, "PS", "Hult residents were told not to use water from private wells until tests are finished."),
    ],
}


def apply():
    by_topic = {s["topic"]: s for s in STORIES["train"]}
    for t in list(DROP) + list(ADD) + list(NEW_PASSAGES):
        assert t in by_topic, t
    for t, prefixes in DROP.items():
        st = by_topic[t]
        for pre in prefixes:
            hits = [x for x in st["pairs"] if x[2].startswith(pre)]
            assert len(hits) == 1, (t, pre, len(hits))
            assert PAT[hits[0][1]][1] == "contradicts", (t, pre)
            st["pairs"].remove(hits[0])
    for t, text in NEW_PASSAGES.items():
        by_topic[t]["passages"].append(text)
        assert len(by_topic[t]["passages"]) == 2, t
    for t, items in ADD.items():
        by_topic[t]["pairs"].extend(items)
